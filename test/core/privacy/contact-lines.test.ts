import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { valuesOf } from '../../support/privacy-found.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();
const found = (text: string) => scanner.scan(text).map((e) => [e.type, text.slice(e.start, e.end)]);
const ofType = (text: string, type: EntityType) => valuesOf(type)(text);

describe('privacy detectors: contact lines and address fields', () => {
  it('an address under a label is found whatever its street is called, with its postcode line', () => {
    assert.deepEqual(ofType('Anschrift:              Sonnenhang 14, 34117 Kassel\nSteuer-ID: …', 'POSTAL_ADDRESS'), [
      'Sonnenhang 14, 34117 Kassel',
    ]);
    assert.deepEqual(ofType('Wohnort: Am Sonnenhang 2, 66111 Saarbrücken', 'POSTAL_ADDRESS'), [
      'Am Sonnenhang 2, 66111 Saarbrücken',
    ]);
    assert.deepEqual(ofType('Address: 12 Station Approach\nExeter EX4 6PX\nTelephone: none', 'POSTAL_ADDRESS'), [
      '12 Station Approach\nExeter EX4 6PX',
    ]);
    assert.deepEqual(ofType('Home address (since 2021): 7 Orchard Rise, Leeds LS6 2QT', 'POSTAL_ADDRESS'), [
      '7 Orchard Rise, Leeds LS6 2QT',
    ]);
    assert.deepEqual(ofType('Sie ist wohnhaft in Talblick 9, 07743 Jena.', 'POSTAL_ADDRESS'), [
      'Talblick 9, 07743 Jena',
    ]);
  });

  it('labels of other addresses, and address fields without an address, are left alone', () => {
    // The label alone claims no address; a street the street detector knows is still found under any
    // label (a firm's address kept local costs less than a home sent out).
    assert.deepEqual(ofType('Company address: 12 Station Approach, Exeter EX4 6PX', 'POSTAL_ADDRESS'), [
      '12 Station Approach, Exeter EX4 6PX',
    ]);
    for (const text of [
      'Company address: 12 Long Acre, Exeter EX4 6PX',
      'Firmenanschrift: Sonnenhang 14, 34117 Kassel',
      'Geschäftsadresse: Talblick 9, 07743 Jena',
      'Adresse: siehe oben',
      'Address: unknown (form returned 12 May)',
      'Anschrift: Postfach 12 34',
      'Server address: 10 Gbit uplink',
    ])
      assert.deepEqual(ofType(text, 'POSTAL_ADDRESS'), [], text);
  });

  it('a number before a "·" separator is not part of the e-mail address after it; spelled-out dots still are', () => {
    const line = 'Am Lerchenfeld 27, 79098 Freiburg\n0761 208 11 94 · yejin.moon@mailbox.org';
    assert.deepEqual(ofType(line, 'EMAIL_ADDRESS'), ['yejin.moon@mailbox.org']);
    assert.deepEqual(ofType(line, 'PHONE_NUMBER'), ['0761 208 11 94']);
    assert.deepEqual(ofType('07946 117 330 • kwame.ofori@gmail.com', 'PHONE_NUMBER'), ['07946 117 330']);
    assert.deepEqual(found('max . muster @ example . de'), [['EMAIL_ADDRESS', 'max . muster @ example . de']]);
    assert.deepEqual(found('2019.jana@example.org'), [['EMAIL_ADDRESS', '2019.jana@example.org']]);
    assert.deepEqual(found('Mail: 1990 . mueller@example.de'), [['EMAIL_ADDRESS', '1990 . mueller@example.de']]);
  });

  it('a duration or time in brackets after a phone number does not hide it', () => {
    assert.deepEqual(ofType('New voicemail from +1 (720) 534-0319 (0:56)', 'PHONE_NUMBER'), ['+1 (720) 534-0319']);
    assert.deepEqual(ofType('New voicemail from 206.502.7710 (0:30)', 'PHONE_NUMBER'), ['206.502.7710']);
    assert.deepEqual(ofType('Rückruf +44 (0)29 2120 4303 (12:30)', 'PHONE_NUMBER'), ['+44 (0)29 2120 4303']);
    // Look-alikes: a bracketed number that is not a time stays part of the run; a time alone is no number.
    assert.deepEqual(ofType('Build 2024 (12:30) finished', 'PHONE_NUMBER'), []);
    assert.deepEqual(ofType('Meeting room 4 (10:00)', 'PHONE_NUMBER'), []);
  });

  it('a date and time in a table row is not a phone number; a product code after an article word is not a card', () => {
    assert.deepEqual(ofType('"T-55012","2026-02-03 09:12","open"', 'PHONE_NUMBER'), []);
    assert.deepEqual(ofType('tracking number 1Z110E66903343341, item 4060287980353.', 'CREDIT_CARD'), []);
    assert.deepEqual(ofType('EAN: 4060287980353', 'CREDIT_CARD'), []);
    // The same digits as a card number are one.
    assert.deepEqual(ofType('Karte 4060287980353, gültig bis 04/28', 'CREDIT_CARD'), ['4060287980353']);
    assert.deepEqual(ofType('Refund, product card 4060287980353', 'CREDIT_CARD'), ['4060287980353']);
  });
});
