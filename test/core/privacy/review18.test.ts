import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
/** Whether some finding of `type` covers all of `value` (first occurrence). */
const covers = (text: string, type: string, value: string) => {
  const at = text.indexOf(value);
  return scanner.scan(text).some((e) => e.type === type && e.start <= at && e.end >= at + value.length);
};

/** An Excel 2003 XML sheet with the given rows (each cell `[value, type]`). */
const sheet = (rows: [string, string][][], data = 'Data') =>
  '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n<Worksheet ss:Name="Sheet1">\n<Table>\n' +
  rows
    .map((r) => `<Row>${r.map(([v, t]) => `<Cell><${data} ss:Type="${t}">${v}</${data}></Cell>`).join('')}</Row>\n`)
    .join('') +
  '</Table>\n</Worksheet>\n</Workbook>';

/**
 * Review 18: hostile probes of round 20 and review 17 (key=value names, machine-format birth dates and phone
 * numbers, care-home addresses, life-event names). Each case is a small variation that let part of a value
 * through. Names are made up.
 */
describe('privacy review 18', () => {
  it('reads a log value’s surname that is an ordinary word, or followed by a comma, up to the next key', () => {
    for (const [text, name] of [
      ['event=login customer_name=Ilse Winter status=ok', 'Ilse Winter'],
      ['event=login customer_name=Ilse Sommer client_ip=10.0.0.1', 'Ilse Sommer'],
      ['event=login customer_name=Ilse Brandauer, status=ok', 'Ilse Brandauer'],
      ['event=login customer_name=Brandauer,Ilse status=ok', 'Brandauer,Ilse'],
    ])
      assert.ok(covers(text, 'PERSON', name), `${text}: ${JSON.stringify(found(text, 'PERSON'))}`);
  });

  it('still stops a log value at ordinary words that run on as prose', () => {
    const text = 'event=login customer_name=Ilse Brandauer Login failed for user';
    assert.ok(!found(text, 'PERSON').some((v) => v.includes('Login')), JSON.stringify(found(text, 'PERSON')));
  });

  it('reads a camelCase birth key in JSON ("dateOfBirth", "patientDob")', () => {
    for (const text of [
      '{"name": "Ilse Brandauer", "dateOfBirth": "1957-12-07"}',
      '{"patientDob": "1957-12-07", "ward": 3}',
      '{"customerBirthDate": "07.12.1957"}',
    ])
      assert.ok(covers(text, 'DATE_OF_BIRTH', text.includes('07.12') ? '07.12.1957' : '1957-12-07'), text);
  });

  it('reads a phone key with "Number" joined in camelCase as a phone number, not a card', () => {
    const text = 'GET /api?phoneNumber=4915112345678&x=1';
    assert.deepEqual(found(text, 'CREDIT_CARD'), []);
    assert.ok(covers(text, 'PHONE_NUMBER', '4915112345678'), text);
  });

  it('reads SpreadsheetML birth and phone columns under snake_case headings, a title row, or ss:Data', () => {
    const person: [string, string] = ['Ilse Brandauer', 'String'];
    const dob: [string, string] = ['1957-12-07T00:00:00.000', 'DateTime'];
    const phone: [string, string] = ['491578174105', 'Number'];
    for (const text of [
      sheet([
        [
          ['Name', 'String'],
          ['date_of_birth', 'String'],
          ['phone_number', 'String'],
        ],
        [person, dob, phone],
      ]),
      sheet([
        [['Mitarbeiterliste 2024', 'String']],
        [
          ['Name', 'String'],
          ['Geburtsdatum', 'String'],
          ['Telefon', 'String'],
        ],
        [person, dob, phone],
      ]),
      sheet(
        [
          [
            ['Name', 'String'],
            ['Geburtsdatum', 'String'],
            ['Telefon', 'String'],
          ],
          [person, dob, phone],
        ],
        'ss:Data',
      ),
    ]) {
      assert.ok(
        covers(text, 'DATE_OF_BIRTH', '1957-12-07'),
        `${text}: ${JSON.stringify(found(text, 'DATE_OF_BIRTH'))}`,
      );
      assert.ok(
        covers(text, 'PHONE_NUMBER', '491578174105'),
        `${text}: ${JSON.stringify(found(text, 'PHONE_NUMBER'))}`,
      );
    }
  });

  it('keeps a care-home resident’s address when the home’s name carries a legal form', () => {
    for (const [text, address] of [
      ['Frau Hildegard Strupp, Pflegeheim Lindenhof GmbH, Am Anger 3, 04109 Leipzig', 'Am Anger 3'],
      ['Bewohnerin: Hildegard Strupp, Pflegeheim Lindenhof gGmbH, Am Anger 3, 04109 Leipzig', 'Am Anger 3'],
      ['Mrs Edna Polglase, Rosewood Care Home Ltd, 12 Station Road, Truro TR1 2AB', '12 Station Road'],
    ])
      assert.ok(covers(text, 'POSTAL_ADDRESS', address), `${text}: ${JSON.stringify(found(text, 'POSTAL_ADDRESS'))}`);
    assert.deepEqual(found('Pflegeheim Lindenhof GmbH, Am Anger 3, 04109 Leipzig', 'POSTAL_ADDRESS'), []);
  });

  it('reads the whole name before a life event, and both possessives joined', () => {
    for (const [text, name] of [
      ["We planned Meilan Chen's birthday", 'Meilan Chen'],
      ['Pläne für Lena Brandauers Geburtstag', 'Lena Brandauer'],
      ["Lena's and Tom's wedding", 'Lena'],
    ])
      assert.ok(covers(text, 'PERSON', name), `${text}: ${JSON.stringify(found(text, 'PERSON'))}`);
  });

  it('takes no shop’s name before a life event for a person', () => {
    for (const text of ["Claire's birthday club", "Denny's birthday coupon"])
      assert.deepEqual(found(text, 'PERSON'), [], text);
  });

  it('takes no placeholder account for a name and no "isDob" flag for a birth key', () => {
    for (const text of ['event=login customer_name=Guest User status=ok', 'event=login customer_name=Test Account'])
      assert.deepEqual(found(text, 'PERSON'), [], text);
    assert.deepEqual(found('{"isDob": true, "expires": "2027-01-01"}', 'DATE_OF_BIRTH'), []);
    assert.deepEqual(found('isDob: true, expires 2027-01-01', 'DATE_OF_BIRTH'), []);
  });
});
