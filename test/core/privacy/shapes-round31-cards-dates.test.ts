import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const cards = valuesOf('CREDIT_CARD');
const births = valuesOf('DATE_OF_BIRTH');
const phones = valuesOf('PHONE_NUMBER');

/**
 * Round 31: card numbers of every major network by its published IIN range, dates of birth in a person's
 * comma-separated row and in a tool schema's example, and an organisation's switchboard beside its cue or
 * role mailbox. Names, numbers and firms are made up here.
 */
describe('privacy detectors: shapes of round 31 (card networks, birth dates in rows, switchboards)', () => {
  it('reads a Luhn-valid number in any major network range as a card, without a card word', () => {
    const numbers = [
      '3562047188302157', // JCB 3528–3589
      '6214839201756343', // UnionPay 62
      '2203371058629144', // Mir 2200–2204
      '8172039485761202', // RuPay / UnionPay 81
      '6521847305918261', // RuPay / Discover 65
      '9792018463750211', // Troy 9792
      '6448120935761489', // Discover 644–649
      '6767039182645034', // Maestro 67
      '5085417203964187', // RuPay 508
    ];
    for (const n of numbers) {
      assert.deepEqual(cards(`Action Input: {"pan": "${n}", "reason": "stolen"}`), [n], n);
      assert.deepEqual(cards(`Freeze ${n.replace(/(\d{4})(?=\d)/g, '$1 ')} now.`).length, 1, n);
    }
  });

  it('leaves numbers outside the ranges, failing Luhn, masked, or a 13-digit barcode unflagged', () => {
    assert.deepEqual(cards('"pan": "3562047188302150"'), []); // JCB range, Luhn fails
    assert.deepEqual(cards('Ref 7304185920374615 closed'), []); // Luhn-valid, no network
    assert.deepEqual(cards('Karte 3562 04•• •••• 2157 gesperrt'), []);
    assert.deepEqual(cards('Lot 5012345678908 shipped'), []); // EAN-13 with a GS1 prefix 50
    // A tax number beside a date, and digits over a blank line: mixed separators are no printed card.
    assert.deepEqual(cards('StNr. 57/412/30857  06/27/2025 ESt'), []);
    assert.deepEqual(cards('Anfrage 57412304   05.12.2025'), []);
    assert.deepEqual(cards('3562047188302157'.slice(0, 15) + '.\n\n7\n00:00:42'), []);
  });

  it('reads the date between a person and their address in one comma-separated row as a birth date', () => {
    const rows: [string, string][] = [
      ['Antragstellerin: Henrike Auböck, 4.9.1988, Lindenweg 14, 24103 Kiel.', '4.9.1988'],
      ['Kunde: Ottokar Semmelrock, 23.02.1957, Schmiedgasse 9, 8010 Graz', '23.02.1957'],
      ['Applicant: Marisol Quetzalli, 11/08/1979, 42 Birchwood Avenue, Leeds LS6 2QR.', '11/08/1979'],
      ['Applicant: Tobiah Renshaw, March 3, 1966, 18 Juniper Lane, Denver, CO 80203', 'March 3, 1966'],
      ['Customer: Wei Ling Tan, 1991-04-12, Blk 214 Tampines Street 23, #05-112, Singapore 520214', '1991-04-12'],
    ];
    for (const [text, date] of rows) assert.deepEqual(births(text), [date], text);
  });

  it('leaves a recent date after a name, and a date before no address, as it is', () => {
    assert.deepEqual(births('Zahlung an Henrike Auböck, 12.03.2025, 49,90 EUR'), []);
    assert.deepEqual(births('Applicant: Marisol Quetzalli, 11/08/2024, 42 Birchwood Avenue, Leeds LS6 2QR.'), []);
    assert.deepEqual(births('Reviewed by Tobiah Renshaw, 03/03/1996, approved.'), []);
  });

  it("reads a birth-date property's example in a tool schema, also one level down", () => {
    const schema =
      '{"properties": {"holder": {"type": "string", "example": "Imre Vaszary"},\n' +
      '  "date_of_birth": {"type": "string", "format": "date", "example": "1969-10-21"},\n' +
      '  "valid_from": {"type": "string", "format": "date", "example": "1999-01-01"}}}';
    assert.deepEqual(births(schema), ['1969-10-21']);
    const escaped = '{"arguments": "{\\"birthDate\\": {\\"type\\": \\"string\\", \\"example\\": \\"07.11.1983\\"}}"}';
    assert.deepEqual(births(escaped), ['07.11.1983']);
  });

  it("leaves an organisation's switchboard in international form after its cue unflagged", () => {
    const lines = [
      'Escalate to fincrime@orbitpay.example.com, switchboard +1 617 555 0187.',
      'Meldungen an aml@talbank.example.li, Zentrale +423 239 41 00.',
      'Sperr-Hotline: +43 1 71 590 0 (rund um die Uhr)',
      'Chargebacks team, +44 20 7946 0321',
    ];
    for (const line of lines) assert.deepEqual(phones(line), [], line);
  });

  it("keeps a person's number, and a national number after a cue, as the labelled sets do", () => {
    assert.equal(phones('Hotline: +49 171 4455667').length, 1); // a mobile
    assert.equal(phones('Mache ich. Rückfragen an 05563 21 08 17.').length, 1);
    // Where a text sends its questions is no organisation's cue: a person writes their direct line so (fail closed).
    assert.equal(phones('Ottokar Semmelrock ist verifiziert. Rückfragen an +49 30 4471 200.').length, 1);
    assert.equal(phones('Queries to 00353 1 664 3300, weekdays.').length, 1);
    // Round 32: a freephone number is an organisation's wherever it stands (freephone-numbers.ts).
    assert.equal(phones('Fragen? Unsere Hotline 0800 441 2200 ist kostenlos.').length, 0);
    assert.equal(phones('Kontakt: einspruch@kartenwerk.example.de · +49 89 5523 4400').length, 1);
    assert.equal(phones('Bitte rufen Sie mich an: +49 89 5523 4473').length, 1);
  });

  it('stays linear on long lines of rows, schemas and contact lines', () => {
    const scanner = new PrivacyScanner();
    const work = (text: string) => void scanner.scan(text);
    const row = 'Kunde: Ottokar Semmelrock, 23.02.1957, Schmiedgasse 9, 8010 Graz; ';
    assertLinearTime('person rows', work, repeated(row, 10000), repeated(row, 40000));
    const example = '{"dob": {"example": "1969-10-21"}, ';
    assertLinearTime('schema examples', work, repeated(example, 10000), repeated(example, 40000));
    const braceless = '"example": "1969-10-21", ';
    assertLinearTime('schema examples without braces', work, repeated(braceless, 10000), repeated(braceless, 40000));
    const contact = 'aml@talbank.example.li, Zentrale Tel. ';
    assertLinearTime(
      'mailbox before phone',
      work,
      repeated(contact, 10000) + '+423 239 41 00',
      repeated(contact, 40000) + '+423 239 41 00',
    );
  });
});
