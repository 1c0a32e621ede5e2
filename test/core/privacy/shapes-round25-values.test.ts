import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { cellDumpCells } from '../../../nodes/core/privacy/cell-dumps.js';
import { serialBirthDate } from '../../../nodes/core/privacy/column-values.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const births = valuesOf('DATE_OF_BIRTH');
const taxIds = valuesOf('DE_TAX_ID');
const phones = valuesOf('PHONE_NUMBER');
const persons = valuesOf('PERSON');
const passports = (text: string) => [...valuesOf('DE_PASSPORT')(text), ...valuesOf('DE_ID_CARD')(text)];
const scanner = new PrivacyScanner();

/**
 * Round 25 (part B): values in spreadsheets exported to text. A date of birth whose number format was lost
 * stands as a serial number (days since 1899-12-30); a cell dump ("A1: Name" … "A5: Jana Petersen") puts a
 * column's heading on another line than its values; a German tax id stands alone under its heading. Probes
 * written here; look-alikes beside them.
 */
describe('privacy detectors: shapes of round 25 (values in spreadsheets)', () => {
  describe('serial numbers under a birth-date heading', () => {
    it('reads a serial number as a date of birth within a plausible age', () => {
      // 32874 = 1990-01-01, 29000 = 1979-05-25; the document's latest year is 2026.
      const csv =
        'Nr;Vorname;Nachname;Geburtsdatum;Eintritt\n1;Hanne;Velte;32874;01.03.2026\n2;Oskar;Wirth;29000;01.04.2026\n';
      assert.deepEqual(births(csv), ['32874', '29000']);
      const tsv = 'First name\tLast name\tDate of birth\tStart\nMaud\tFerrier\t30000\t2026-02-01\n';
      assert.deepEqual(births(tsv), ['30000']);
    });

    it('leaves serial numbers under start, contract and interview headings, and implausible ones', () => {
      const starts = 'Vorname;Nachname;Eintrittsdatum;Vertragsbeginn\nHanne;Velte;45292;45323\n';
      assert.deepEqual(births(starts), []);
      // 45292 is 2024-01-01: a child of two at the latest year, no applicant's birth date; 5000 is 1913.
      const young = 'Name;DOB;Stage\nHanne Velte;45292;screen\nOskar Wirth;5000;offer\nNote: run 2026\n';
      assert.deepEqual(births(young), []);
      // An amount or an id with decimals or more digits under the heading is no serial date.
      assert.deepEqual(births('Name;DOB\nHanne Velte;32874.55\nOskar Wirth;3287412\n'), []);
    });

    it('knows the serial-number range from the latest year', () => {
      assert.equal(serialBirthDate('32874', 2026), true);
      assert.equal(serialBirthDate('45292', 2026), false);
      assert.equal(serialBirthDate('32874', 1995), false);
      assert.equal(serialBirthDate('abc', 2026), false);
    });
  });

  describe('cell dumps', () => {
    const dump = [
      '[Staff]',
      'A1: Name',
      'B1: Date of birth',
      'C1: Ort',
      'D1: Mobile',
      'E1: Passport',
      'F1: Steuer-ID',
      'A2: Jana Petersen',
      'B2: 12/03/1988',
      'C2: Berlin',
      'D2: 4915123456789',
      'E2: CFHWKNR7T2',
      'F2: 12345908551',
      'A3: Oskar Wirth',
      'B3: 31000',
      'C3: Leipzig',
      'D3: 1.5123E+10',
      'F3: 47037512969',
      '',
      'Conditional formatting: B2:B3',
    ].join('\n');

    it('ties each cell to the heading cell of its column', () => {
      const cells = cellDumpCells(dump).map((c) => [c.heading, dump.slice(c.start, c.end)]);
      assert.deepEqual(cells.slice(0, 3), [
        ['Name', 'Jana Petersen'],
        ['Date of birth', '12/03/1988'],
        ['Ort', 'Berlin'],
      ]);
      // Sheet-qualified references and "=" dumps read the same.
      const qualified = 'Sheet1!A1=Vorname\nSheet1!A2=Hanne\n';
      assert.deepEqual(
        cellDumpCells(qualified).map((c) => [c.heading, qualified.slice(c.start, c.end)]),
        [['Vorname', 'Hanne']],
      );
    });

    it('finds names, birth dates, phones, passports and tax ids under their headings', () => {
      assert.deepEqual(births(dump), ['12/03/1988', '31000']);
      assert.ok(persons(dump).includes('Jana Petersen'));
      assert.ok(persons(dump).includes('Oskar Wirth'));
      assert.ok(!persons(dump).includes('Berlin') && !persons(dump).includes('Leipzig'));
      assert.ok(phones(dump).includes('4915123456789'));
      assert.ok(!phones(dump).includes('1.5123E+10'));
      assert.deepEqual(passports(dump), ['CFHWKNR7T2']);
      assert.deepEqual(taxIds(dump), ['12345908551', '47037512969']);
    });

    it('leaves the values of other headings alone (German dump)', () => {
      const other = [
        'A1: Kostenstelle',
        'B1: Eintritt',
        'C1: Betrag',
        'D1: Notiz',
        'A2: 12345908551',
        'B2: 31000',
        'C2: 4915123456',
        'D2: CFHWKNR7T',
      ].join('\n');
      assert.deepEqual(births(other), []);
      assert.deepEqual(phones(other), []);
      assert.deepEqual(passports(other), []);
    });

    it('reads huge dumps in linear time', () => {
      const make = (n: number) =>
        'A1: Name\nB1: Geburtsdatum\nC1: Telefon\n' +
        Array.from(
          { length: n },
          (_, i) => `A${i + 2}: Jana Petersen\nB${i + 2}: 3${i % 9}874\nC${i + 2}: 0151 23456${i % 10}\n`,
        ).join('');
      assertLinearTime('cell dumps', (t) => scanner.scan(t), make(300), make(1200));
      assertLinearTime('cell dump reader', (t) => cellDumpCells(t), make(5000), make(20000));
    });
  });

  describe('tax ids and phones in sheet columns', () => {
    it('finds a German tax id under its heading in a tab-separated payroll sheet', () => {
      const sheet =
        'Staff no.\tName\tTax ID (DE)\tPension no.\tGross\nP-1\tHanne Velte\t12345908551\t08020277K870\t4633.30\nP-2\tOskar Wirth\t47037512969\t58070196G419\t5570.75\n';
      assert.deepEqual(taxIds(sheet), ['12345908551', '47037512969']);
      const de = 'Name;Steuer-ID;Brutto\nHanne Velte;12348886095;3100\n';
      assert.deepEqual(taxIds(de), ['12348886095']);
    });

    it('reads a form line of a tax label and its id as a form, the next line a field of its own', () => {
      const form = 'Refund request\n\nTax ID (DE) | 12345908551\nName | Hanne Velte\nE-mail | hv@example.org\n';
      assert.deepEqual(taxIds(form), ['12345908551']);
      assert.deepEqual(
        scanner
          .scan(form)
          .filter((e) => e.type === 'PERSON')
          .map((e) => [form.slice(e.start, e.end), e.score]),
        [['Hanne Velte', 0.9]],
      );
    });

    it('leaves an invalid eleven-digit number under a tax heading', () => {
      assert.deepEqual(taxIds('Name;Steuer-ID\nHanne Velte;12345678901\n'), []);
    });
  });
});

describe('privacy detectors: round 25 (a firm’s footer address on slides and sheets)', () => {
  const postal = valuesOf('POSTAL_ADDRESS');
  const scanner = new PrivacyScanner();

  it('drops a firm’s address beside its role mailbox in a footer', () => {
    assert.deepEqual(
      postal('Slide 6\nNext steps\ncontact@birchway-relocation.com\nHafenstraße 17, 04179 Leipzig\n'),
      [],
    );
    assert.deepEqual(postal('Gesamt;=B4*D4\n\nHafenstraße 17, 04179 Leipzig · team@kranwerk-personal.de\n'), []);
  });

  it('keeps a person’s address beside a personal mailbox, or on a line with words', () => {
    assert.deepEqual(postal('Folie 3\njana.petersen@gmail.com\nHafenstraße 17, 04179 Leipzig\n'), [
      'Hafenstraße 17, 04179 Leipzig',
    ]);
    assert.deepEqual(postal('Neue Adresse: Hafenstraße 17, 04179 Leipzig\nrelo@birchway-relocation.com\n'), [
      'Hafenstraße 17, 04179 Leipzig',
    ]);
  });

  it('drops the address closing a firm’s workbook, alone after a blank line', () => {
    const sheet =
      'Birchway Staffing Ltd – rota.xlsx\n\nWorker,Site\nJana Petersen,Hub West\n\n14 Quay Street, Leeds LS1 4DL\n';
    assert.deepEqual(postal(sheet), []);
    // No legal form in the title, or words on the line: kept.
    assert.deepEqual(postal(sheet.replace('Ltd ', '')), ['14 Quay Street, Leeds LS1 4DL']);
    assert.deepEqual(postal(sheet.replace('\n14', '\nNew home: 14')), ['14 Quay Street, Leeds LS1 4DL']);
  });

  it('reads many footers in linear time', () => {
    const make = (n: number) => 'info@kranwerk.de\nHafenstraße 17, 04179 Leipzig\n\n'.repeat(n);
    assertLinearTime('footers', (t) => scanner.scan(t), make(200), make(800));
  });
});
