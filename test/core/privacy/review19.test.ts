import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/**
 * Review of the capitals / joined-names / log-key / card-reference change: variations that escaped
 * (cards after an order or invoice word with card evidence, names joined by "." or written in mixed
 * case, log values after other person keys) and look-alikes the change flagged (departments in capitals,
 * month abbreviations and place names joined by "_", names of firms and institutes).
 */
const scanner = new PrivacyScanner();
const found = (text: string, type: EntityType = 'PERSON') =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('privacy: review 19 (capitals, joined names, log keys, card references)', () => {
  describe('a card after an order, invoice or booking word stays a card when the text says card', () => {
    const cards: [string, string][] = [
      ['Zahlung zur Rechnung 4111 1111 1111 1111 exp 12/27 cvv 123', '4111 1111 1111 1111'],
      ['Buchung 4111 1111 1111 1111 gültig bis 12/27', '4111 1111 1111 1111'],
      ['ref 4111 1111 1111 1111 CVV 123', '4111 1111 1111 1111'],
      ['Delivery 5500 0000 0000 0004 valid thru 03/28', '5500 0000 0000 0004'],
      ['booking: 5500000000000004 Ablauf 03/28 CVC 123', '5500000000000004'],
      ['Card used for order: 4111111111111111', '4111111111111111'],
      ['Kreditkarte für Buchung: 4111111111111111', '4111111111111111'],
    ];
    for (const [text, card] of cards)
      it(JSON.stringify(text), () => assert.deepEqual(found(text, 'CREDIT_CARD'), [card]));
    it('an order or invoice number without card evidence stays no card', () => {
      for (const text of [
        'Rechnung Nr. 4111111111111111',
        'Order #4915112345678 shipped 12/03',
        'Ticket 4111111111111111',
      ])
        assert.deepEqual(found(text, 'CREDIT_CARD'), [], text);
    });
  });

  describe('names joined in other ways are found whole', () => {
    const cases: [string, string][] = [
      ['export;Anna_SCHMIDT;2024', 'Anna_SCHMIDT'],
      ['owner SCHMIDT_Anna', 'SCHMIDT_Anna'],
      ['Login: Anna.Schmidt', 'Anna.Schmidt'],
      ['Benutzer ANNA.SCHMIDT gesperrt', 'ANNA.SCHMIDT'],
    ];
    for (const [text, name] of cases)
      it(JSON.stringify(text), () => assert.ok(found(text).includes(name), JSON.stringify(found(text))));
  });

  describe('lower-case names after person keys are found whole', () => {
    const cases: [string, string][] = [
      ['customer_name=ilse.brandauer status=ok', 'ilse.brandauer'],
      ['customer_name=ilse-brandauer status=ok', 'ilse-brandauer'],
      ['patient=anna schmidt', 'anna schmidt'],
      ['employee=anna schmidt', 'anna schmidt'],
      ['contact=anna schmidt', 'anna schmidt'],
      ['recipient=anna schmidt', 'anna schmidt'],
      ['assignee: anna maria schmidt', 'anna maria schmidt'],
      ['name=anna van der berg', 'anna van der berg'],
      ['user: schmidt anna', 'schmidt anna'],
      ['name=schmidt, anna', 'schmidt, anna'],
    ];
    for (const [text, name] of cases)
      it(JSON.stringify(text), () => assert.ok(found(text).includes(name), JSON.stringify(found(text))));
  });

  describe('kinship words before a comma are no part of the name', () => {
    const cases: [string, string][] = [
      ['Notfallkontakt: Schwiegermutter, Hildegard Strupp', 'Hildegard Strupp'],
      ['Notfallkontakt: Lebensgefährtin, Hildegard Strupp', 'Hildegard Strupp'],
      ['Emergency contact: Partner, Hans Meier', 'Hans Meier'],
    ];
    for (const [text, name] of cases) it(JSON.stringify(text), () => assert.deepEqual(found(text), [name]));
  });

  describe('names in capitals with ß are found whole', () => {
    const cases: [string, string][] = [
      ['Kontakt: GÜNTHER STRAẞBURGER', 'GÜNTHER STRAẞBURGER'],
      ['Kontakt: HANS-PETER MEIßNER', 'HANS-PETER MEIßNER'],
      ['Kontakt: ANNA-LENA VON DER HEYDE', 'ANNA-LENA VON DER HEYDE'],
      ["Kontakt: O'BRIEN, SEAN", "O'BRIEN, SEAN"],
      ['Betreuer: ANNA SCHMIDT', 'ANNA SCHMIDT'],
      // A surname in capitals after a given name, where a shorter finding of the given name scored higher.
      ['Sehr geehrte Frau Anna SCHMIDT,', 'Anna SCHMIDT'],
      ['Dear Ms Anna SCHMIDT, thank you', 'Anna SCHMIDT'],
    ];
    for (const [text, name] of cases)
      it(JSON.stringify(text), () => assert.ok(found(text).includes(name), JSON.stringify(found(text))));
  });

  describe('look-alikes stay unflagged', () => {
    const none = [
      'ANSPRECHPARTNER: IT-SUPPORT',
      'KONTAKT: VERTRIEB INNENDIENST',
      'SAN_FRANCISCO',
      'PAUL_SCHERRER_INSTITUT',
      'JACK_DANIELS_BOTTLE',
      'SKU: JOHN_DEERE_X300',
    ];
    for (const text of none) it(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  });

  it('dense repetitions of the new shapes stay linear', function () {
    this.timeout(120000);
    for (const unit of [
      'Anna.SCHMIDT.',
      'name=schmidt ',
      'user=schmidt, ',
      'name=anna maria maria ',
      'MEIßNER ',
      'Karte Order 4111111111111111 ',
    ])
      assertLinearTime(JSON.stringify(unit), (t) => scanner.scan(t), repeated(unit, 200_000), repeated(unit, 800_000));
  });
});
