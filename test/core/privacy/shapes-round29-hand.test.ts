import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { countedBracketNames } from '../../../nodes/core/privacy/names-counted-brackets.js';
import { statementPayees } from '../../../nodes/core/privacy/names-statement-payees.js';
import type { Entity } from '../../../nodes/core/privacy/entities.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 29: hand-written documents of set 27', () => {
  it('reads a room or a unit with its number after a handler label as no person', () => {
    const text =
      'Finanzamt Nordheide · Bearbeiter: Sachgebiet 34\nSachbearbeiterin: Zimmer 118, Durchwahl -412.\n' +
      'Sachbearbeiter: Olmbrecht\nPatient: Fischer 12.03.1980';
    const names = found(text, 'PERSON');
    assert.ok(!names.includes('Sachgebiet'), names.join('|'));
    assert.ok(!names.includes('Zimmer'), names.join('|'));
    assert.ok(names.includes('Olmbrecht'), names.join('|'));
    assert.ok(names.includes('Fischer'), names.join('|'));
  });

  it('reads one word ending in an office noun as a firm, not a person', () => {
    const text =
      'KYC-Aktennotiz (Sorgfaltspflichtgesetz), Treuhandbüro Seeblick Anstalt, Schaan\n\n' +
      'Ansprechpartnerin: Ilvy Marxer\nLohnbüro Sternkamp: Unterlagen fehlen.';
    const names = found(text, 'PERSON');
    assert.ok(!names.some((n) => /büro/.test(n)), names.join('|'));
    assert.ok(names.includes('Ilvy Marxer'), names.join('|'));
  });

  it('reads the article of a receipt line (quantity, article, price) as no person', () => {
    const text =
      'Gasthaus am Deich, Tisch 4\n2x Scholle Hallerbruch       39,80\n1 x Pannfisch Oldenwarf  17,50 €\n' +
      'Bedient von Okke Hinrichsen';
    const names = found(text, 'PERSON');
    assert.ok(!names.some((n) => /Scholle|Hallerbruch|Oldenwarf/.test(n)), names.join('|'));
    assert.ok(
      names.some((n) => /Hinrichsen/.test(n)),
      names.join('|'),
    );
  });

  it('reads the surnames in brackets after a sentence that counts people', () => {
    const text =
      'Feststellung 4 – Lohn\n\nBei zwei Arbeitnehmern fehlte die Änderungsmeldung\n(Okwuosa, Vantriek). Weiteres folgt.\n' +
      'Three employees were paid twice (Brudzinski, Tavakoliyan, Mbekwa).\n' +
      'Die Filialen (Hamburg, Bremen) sind betroffen. Zwei Programme liefen (Excel, Word).';
    const names = found(text, 'PERSON');
    for (const n of ['Okwuosa', 'Vantriek', 'Brudzinski', 'Tavakoliyan', 'Mbekwa']) assert.ok(names.includes(n), n);
    for (const n of ['Hamburg', 'Bremen', 'Excel', 'Word']) assert.ok(!names.includes(n), n);
  });

  it('reads an address after "address is" in a sentence', () => {
    const text =
      "Enclosed is Form 8821. The taxpayer's mailing address is 412 Brackenridge, Flagstaff, AZ 86001.\n" +
      'Ihre neue Anschrift lautet Am Sonnenhang 7, 34119 Kassel.\nThe reason is 3 of them, as we said.';
    const addresses = found(text, 'POSTAL_ADDRESS');
    assert.ok(addresses.includes('412 Brackenridge, Flagstaff, AZ 86001'), addresses.join('|'));
    assert.ok(
      addresses.some((a) => a.includes('Am Sonnenhang 7, 34119 Kassel')),
      addresses.join('|'),
    );
    assert.equal(addresses.length, 2, addresses.join('|'));
  });

  it("reads a private counterparty after a bank statement's transfer code", () => {
    const text =
      '1. 03/10  £650.00 out – "SO KELDA MUIRHEAD RENT"\n2. 04/10  £40.00 out – FPO ORLA BRANNIGAN LOAN\n' +
      '3. 05/10  £31.20 out – SO THAMES WATER\n4. 06/10  £9.99 out – FPO ACME LTD\n5. 07/10  £55.00 out – DD BRITISH GAS';
    const names = found(text, 'PERSON');
    assert.ok(names.includes('KELDA MUIRHEAD'), names.join('|'));
    assert.ok(names.includes('ORLA BRANNIGAN'), names.join('|'));
    for (const n of names) assert.ok(!/THAMES|WATER|ACME|BRITISH|RENT|LOAN/.test(n), n);
  });

  it('reads brackets in linear time', () => {
    const run = (text: string) => countedBracketNames(text, [] as Entity[]);
    const lists = (size: number) => repeated('zwei Mitarbeiter (Abc, Def, Ghi, Jkl, Mno, Pqr, Stu, ', size);
    assertLinearTime('open lists', run, lists(200_000), lists(800_000));
    const brackets = (size: number) => repeated('(Abc, Def) ', size);
    assertLinearTime('brackets without a count', run, brackets(200_000), brackets(800_000));
    const codes = (size: number) => repeated('SO ABCDE FGHIJ KLMNO PQRST ', size);
    assertLinearTime('transfer codes', (t) => statementPayees(t, [] as Entity[]), codes(200_000), codes(800_000));
    const receipt = (size: number) => repeated('2x Scholle Pannfisch Labskaus Grünkohl   ', size);
    assertLinearTime('receipt line', (t) => scanner.scan(t), receipt(50_000), receipt(200_000));
  });
});
