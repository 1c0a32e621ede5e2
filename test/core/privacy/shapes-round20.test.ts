import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const births = valuesOf('DATE_OF_BIRTH');
const phones = valuesOf('PHONE_NUMBER');
const people = valuesOf('PERSON');
const ips = valuesOf('IP_ADDRESS');
const emails = valuesOf('EMAIL_ADDRESS');
const idCards = valuesOf('DE_ID_CARD');

/** An Excel 2003 XML (SpreadsheetML) sheet from a heading row and rows of [type, value] cells. */
function sheet(headings: string[], rows: [string, string][][]): string {
  const cell = ([type, value]: [string, string]) =>
    `<Cell${type === 'DateTime' ? ' ss:StyleID="s1"' : ''}><Data ss:Type="${type}">${value}</Data></Cell>`;
  const heading = `<Row>${headings.map((h) => cell(['String', h])).join('')}</Row>`;
  return [
    '<?xml version="1.0"?>',
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
    ' <Worksheet ss:Name="Export">',
    '  <Table>',
    `   ${heading}`,
    ...rows.map((r) => `   <Row>${r.map(cell).join('')}</Row>`),
    '  </Table>',
    ' </Worksheet>',
    '</Workbook>',
  ].join('\n');
}

/**
 * The classes round 20 covers (machine formats of IT, telecom and media): birth dates and digits-only phone
 * numbers in SpreadsheetML columns and query strings, a birth date answered in a WebVTT cue, and the
 * look-alikes beside them (IMEIs, order numbers, timestamps, versions, font names). Examples written here.
 */
describe('privacy detectors: shapes of round 20 (machine formats)', () => {
  it('reads birth dates in a SpreadsheetML column headed as one, DateTime or String cells', () => {
    const text = sheet(
      ['Kunde', 'Date of birth', 'Tarif'],
      [
        [
          ['String', 'Oyelaran, Tunde'],
          ['DateTime', '1963-04-19T00:00:00.000'],
          ['String', 'M-Flex'],
        ],
        [
          ['String', 'Ilse Vrancken'],
          ['String', '08.12.1990'],
          ['String', 'S-Basic'],
        ],
      ],
    );
    assert.deepEqual(births(text), ['1963-04-19', '08.12.1990']);
  });

  it('leaves dates in other SpreadsheetML columns alone', () => {
    const text = sheet(
      ['Name', 'Vertragsbeginn', 'Kündigung'],
      [
        [
          ['String', 'Ilse Vrancken'],
          ['DateTime', '1999-02-01T00:00:00.000'],
          ['String', '31.12.1999'],
        ],
      ],
    );
    assert.deepEqual(births(text), []);
  });

  it('reads digits-only phone numbers in a SpreadsheetML phone column, not IMEIs or order numbers beside it', () => {
    const text = sheet(
      ['Name', 'Handy', 'IMEI', 'Auftrag'],
      [
        [
          ['String', 'Ilse Vrancken'],
          ['Number', '4917623456781'],
          ['Number', '356938035643809'],
          ['Number', '202500417'],
        ],
        [
          ['String', 'Tunde Oyelaran'],
          ['Number', '447712345678'],
          ['Number', '490154203237518'],
          ['Number', '202500418'],
        ],
        [
          ['String', 'Lin Qiao'],
          ['String', '8123 4567'],
          ['Number', '353918058326701'],
          ['Number', '202500419'],
        ],
      ],
    );
    assert.deepEqual(phones(text), ['4917623456781', '447712345678', '8123 4567']);
  });

  it('reads local numbers without "+" or trunk "0" under a Markdown phone column, not the order numbers beside', () => {
    const text = [
      '| Customer | Contact | Phone | Order |',
      '|---|---|---|---|',
      '| Harbourside Dental | Lim Wei Ling | 9123 4567 | 20250417 |',
      '| Orchid Veterinary Clinic | Tan Boon Hock | 6789 0123 | 20250418 |',
    ].join('\n');
    assert.deepEqual(phones(text), ['9123 4567', '6789 0123']);
    // The customer column holds the accounts (firms), the contact column the people.
    assert.deepEqual(people(text), ['Lim Wei Ling', 'Tan Boon Hock']);
  });

  it('reads an MSISDN in a query string or a JSON field, not an IMEI or ICCID', () => {
    assert.deepEqual(phones('GET /v3/sim/lookup?msisdn=447911123456&verbose=1 HTTP/1.1" 200'), ['447911123456']);
    assert.deepEqual(phones('POST /hlr?MSISDN=31612345678 HTTP/2'), ['31612345678']);
    assert.deepEqual(phones('"GET /sim?msisdn=447911123456 HTTP/1.1" 404 18231 "-"'), ['447911123456']);
    assert.deepEqual(phones('{"msisdn": "4915112345678", "status": "active"}'), ['4915112345678']);
    assert.deepEqual(phones('{"msisdn": "4915112345678", "imei": "356938035643809", "iccid": "8949226000012345678"}'), [
      '4915112345678',
    ]);
    assert.deepEqual(phones('Mobile: handset swapped, IMEI 356938035643809, SIM re-used'), []);
  });

  it('reads a birth date answered in a WebVTT cue under the question', () => {
    const vtt = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000',
      '<v Operator>For security, what is your date of birth?',
      '',
      '2',
      '00:00:04.500 --> 00:00:07.000',
      '<v Ilse Vrancken>It is 14 March 1988.',
      '',
      '3',
      '00:00:07.500 --> 00:00:09.000',
      '<v Operator>Und Ihr Geburtsdatum, Herr Oyelaran?',
      '',
      '4',
      '00:00:09.500 --> 00:00:11.000',
      '<v Tunde Oyelaran>Der 1961-10-02.',
    ].join('\n');
    assert.deepEqual(births(vtt), ['14 March 1988', '1961-10-02']);
  });

  it('flags no phone number in timestamps, call ids or MIME boundaries', () => {
    assert.deepEqual(phones('{"text": "Rückruf bitte", "ts": "1712345678.123456"}'), []);
    assert.deepEqual(phones('NOTE call recording, call id 8123456790\n'), []);
    assert.deepEqual(phones('Anruf-ID: 4123456789, Rufnummer unterdrückt'), []);
    assert.deepEqual(
      phones('Content-Type: multipart/alternative; boundary="----=_Part_01234_567890123.1712345678000"'),
      [],
    );
  });

  it('flags no IP address in a browser version, no e-mail address in a Message-ID', () => {
    assert.deepEqual(ips('"Mozilla/5.0 (X11; Linux x86_64) Chrome/128.0.0.0 Safari/537.36" from 81.20.94.7'), [
      '81.20.94.7',
    ]);
    assert.deepEqual(emails('Message-ID: <1712345678.55123@mx.example.org>\nFrom: ilse@example.org'), [
      'ilse@example.org',
    ]);
  });

  it('flags no ID card in a chat export team id', () => {
    assert.deepEqual(idCards('{"user": "U02AB", "team": "T012345678", "text": "hi"}'), []);
  });

  it('flags no person in CSS fonts, user-agent comments, placeholders or date headers', () => {
    assert.deepEqual(people('<p style="margin:0;font-family:Verdana,Helvetica,sans-serif">Hallo</p>'), []);
    assert.deepEqual(people('<td style=3D"font-family:Arial,sans-serif">Danke</td>'), []);
    assert.deepEqual(people('Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4'), []);
    assert.deepEqual(people('+  "name": "DEMO_NAME",\n+  "city": "DEMO_CITY"'), []);
    assert.deepEqual(people('Author: Ilse Vrancken <ilse@example.org>\nCommitDate: Tue Apr 8 10:12:40 2025 +0200'), [
      'Ilse Vrancken',
    ]);
    assert.deepEqual(people('description: Zugang eingerichtet durch MSP, Ticket 4471'), []);
  });

  it('keeps names in capitals in forms, and a card after "Hotel:"', () => {
    assert.deepEqual(people('Familienname: TAKEDA\nVornamen: SAYURI\nGeburtsort: Osaka'), ['TAKEDA', 'SAYURI']);
    assert.deepEqual(valuesOf('CREDIT_CARD')('Kartenzahlung Hotel: 378282246310005'), ['378282246310005']);
  });
});
