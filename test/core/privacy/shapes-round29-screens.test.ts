import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { screenFields } from '../../../nodes/core/privacy/screen-fields.js';
import { tableColumns } from '../../../nodes/core/privacy/tables.js';
import { iban } from '../../../nodes/core/privacy/detectors.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 29: box-drawn tables and ALV lists', () => {
  const creditors = [
    'Insolvenzverfahren 17 IN 208/25 - Gläubigerverzeichnis',
    '┌────┬──────────────────────────┬──────────────────────────────────────┬─────────────┐',
    '│Nr. │Gläubiger                 │Anschrift                             │    Forderung│',
    '├────┼──────────────────────────┼──────────────────────────────────────┼─────────────┤',
    '│1   │Wendelin, Oskara          │Quittenhang 17, 4470 Enns             │    4.310,55 │',
    '│2   │ Trebusch, Ilvana         │Am Ziegelgrund 3b, 39114 Magdeburg    │   12.004,10 │',
    '│3   │Stadtkasse Talheim        │Rathausplatz 1, 74388 Talheim         │      318,00 │',
    '└────┴──────────────────────────┴──────────────────────────────────────┴─────────────┘',
  ].join('\n');

  it('reads a box-drawn table by its headings: "Family, Given" under a creditor heading, the address cell whole', () => {
    const people = found(creditors, 'PERSON');
    assert.ok(people.includes('Wendelin, Oskara'), people.join(' | '));
    assert.ok(people.includes('Trebusch, Ilvana'), people.join(' | '));
    assert.ok(!people.some((p) => p.includes('Stadtkasse')), people.join(' | '));
    const addresses = found(creditors, 'POSTAL_ADDRESS');
    assert.ok(addresses.includes('Quittenhang 17, 4470 Enns'), addresses.join(' | '));
    assert.ok(
      addresses.some((a) => a.endsWith('Ziegelgrund 3b, 39114 Magdeburg')),
      addresses.join(' | '),
    );
    const cells = tableColumns(creditors).map((e) => creditors.slice(e.start, e.end));
    assert.ok(cells.includes('Am Ziegelgrund 3b, 39114 Magdeburg'), cells.join(' | '));
  });

  it('leaves the address of an office in a creditor list alone', () => {
    const cells = tableColumns(creditors).map((e) => creditors.slice(e.start, e.end));
    assert.ok(!cells.some((c) => c.includes('Rathausplatz')), cells.join(' | '));
  });

  it('reads an ERP list\'s numbered name field ("Name 1") and its address column', () => {
    const text = [
      'Debitoren - Offene Posten',
      '-------------------------------------------------------------------------------',
      '| Kunde  | Name 1               | Anschrift                          |  Betrag |',
      '-------------------------------------------------------------------------------',
      '| 410233 | Ysolde Brackwater    | Mühlwiese 12, 6850 Dornbirn        |  713,20 |',
      '| 410250 | Tjorven Aalderink    | Kastanienallee 4, 8010 Graz        |   88,10 |',
      '-------------------------------------------------------------------------------',
      '| Summe                                                               |  801,30 |',
      '-------------------------------------------------------------------------------',
    ].join('\n');
    const cells = tableColumns(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    assert.ok(cells.includes('PERSON:Ysolde Brackwater'), cells.join(' | '));
    assert.ok(cells.includes('POSTAL_ADDRESS:Kastanienallee 4, 8010 Graz'), cells.join(' | '));
    // The amounts and the customer numbers are nobody's.
    assert.ok(!cells.some((c) => /713|410233|Summe/.test(c)), cells.join(' | '));
  });

  it('reads long box-drawn lines in linear time', () => {
    const rows = (size: number) =>
      `│Name  │Anschrift │\n${repeated('│Quellweg 4, 4470 Enns      │Hollerbrand, Wiebke │\n', size)}`;
    assertLinearTime('box rows', tableColumns, rows(100_000), rows(400_000));
    const rules = (size: number) => `│Name  │Anschrift │\n│${repeated('─┼', size)}│`;
    assertLinearTime('one long rule', tableColumns, rules(200_000), rules(800_000));
  });
});

describe('shapes of round 29: terminal screens and credit files', () => {
  it('reads a screen field whose leader ends with the label\'s colon ("Name . . . . : value")', () => {
    const text = [
      'KDST020                KUNDENSTAMM ANZEIGEN                 04.03.2025',
      'Mandant 4412                                               USER: MIA0412',
      '',
      ' Name . . . . . . . .: Holtkämper',
      ' Vorname . . . . . . : Irmtraud',
      ' Geburtsdatum . . . .: 17.09.81',
      ' Anschrift . . . . . : Dornbuschweg 8, 5020 Salzburg',
      '',
      ' F3=Ende  F4=Auswahl  F12=Abbrechen',
    ].join('\n');
    const people = found(text, 'PERSON');
    assert.ok(people.includes('Holtkämper'), people.join(' | '));
    assert.ok(people.includes('Irmtraud'), people.join(' | '));
    // The user's login glued to digits is no one's name.
    assert.ok(!people.some((p) => p.startsWith('MIA') || p === 'Mia'), people.join(' | '));
    assert.deepEqual(found(text, 'POSTAL_ADDRESS'), ['Dornbuschweg 8, 5020 Salzburg']);
  });

  it('reads a credit file\'s fields set off by blanks, and no product screen\'s "Name"', () => {
    const text = [
      'CRD300  AUSKUNFT PRIVATPERSON          Anfrage 31750448   09.04.2025',
      '',
      ' Name     VELDHOVEN',
      ' Vorname  ROSWITHA',
      ' Geb.      12.08.1976',
      ' Anschr.  Birkenstiege 21, 94032 Passau',
      '',
      ' F1=Help  F3=Exit  F7=Bwd  F8=Fwd',
    ].join('\n');
    const fields = screenFields(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    assert.ok(fields.includes('PERSON:VELDHOVEN'), fields.join(' | '));
    assert.ok(fields.includes('PERSON:ROSWITHA'), fields.join(' | '));
    assert.ok(fields.includes('POSTAL_ADDRESS:Birkenstiege 21, 94032 Passau'), fields.join(' | '));
    // The enquiry's number and the date beside it are no phone number.
    assert.deepEqual(found(text, 'PHONE_NUMBER'), []);
    const product = ['ART100  ARTIKEL ANZEIGEN', '', ' Name     Standardpaket', ' Preis    12,00', ' Lager    4'].join(
      '\n',
    );
    assert.deepEqual(screenFields(product), []);
  });

  it('still reads a phone number with a date in the next column', () => {
    assert.deepEqual(found('Rückruf Tel. 0172 8610047   12.03.2025', 'PHONE_NUMBER'), ['0172 8610047']);
  });

  it('reads screens in linear time', () => {
    const blanks = (size: number) => `Name     VELDHOVEN\nGeb.  01.01.1970\n Name  a${repeated(' ', size)}b`;
    assertLinearTime('blank run', screenFields, blanks(200_000), blanks(800_000));
    const lines = (size: number) => repeated(' Name     VELDHOVEN\n', size);
    assertLinearTime('many fields', screenFields, lines(200_000), lines(800_000));
  });
});

describe('shapes of round 29: an IBAN printed in two columns', () => {
  it('reads the blocks on both sides of a wide gap as one IBAN when they validate', () => {
    assert.deepEqual(found('Bankverbindung    IBAN  DE45 1203 0000 1234      5678 90', 'IBAN_CODE'), [
      'DE45 1203 0000 1234      5678 90',
    ]);
    assert.deepEqual(found('Paid to account   IBAN  GB82 WEST 1234 5698      7654 32', 'IBAN_CODE'), [
      'GB82 WEST 1234 5698      7654 32',
    ]);
  });

  it('does not join blocks that fail the check digits, nor blocks across a line break', () => {
    assert.deepEqual(found('IBAN  DE45 1203 0000 1234      5678 91', 'IBAN_CODE'), []);
    assert.deepEqual(found('IBAN  DE45 1203 0000 1234\n      5678 90', 'IBAN_CODE'), []);
  });

  it('reads wide gaps in linear time', () => {
    const gaps = (size: number) => `IBAN ${repeated('DE45 1203      ', size)}`;
    assertLinearTime('gapped blocks', iban, gaps(200_000), gaps(800_000));
  });
});
