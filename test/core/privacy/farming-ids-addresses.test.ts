import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const phones = valuesOf('PHONE_NUMBER');
const addresses = valuesOf('POSTAL_ADDRESS');
const taxIds = valuesOf('DE_TAX_ID');
const ibans = valuesOf('IBAN_CODE');
const people = valuesOf('PERSON');

/**
 * Round 37b: livestock identifiers (holding numbers, ear tags, microchips) are no phone numbers; addresses that
 * put the street's name first and its kind after it (Hungarian, Croatian), Czech streets without a kind after an
 * address cue, Korean road addresses; an unlabelled German tax id in a table row. Values made up.
 */
describe('farming identifiers and street-name-first addresses (round 37b)', () => {
  it('reads holding numbers, ear tags and microchips as no phone numbers', () => {
    assert.deepEqual(phones('Bestandsbuch – Betrieb 07 318 2264 105\nTier DE 07 552 61839, Wirkstoff Penicillin'), []);
    assert.deepEqual(phones('Abholung vom Betrieb 04 612 0083 227, 2 Schafe'), []);
    assert.deepEqual(phones('Ohrmarken: DE 0761234509 und AT 0312987654'), []);
    assert.deepEqual(phones('Hund\tBello\t276098104455123\tgechipt'), []);
    assert.deepEqual(phones("VALUES(2,'040098731122456','Katze')"), []);
    assert.deepEqual(phones("INSERT INTO halter VALUES(1,'06 118 3391 442','Lind, Ove')"), []);
  });

  it('keeps phone numbers after a phone cue and ordinary phone numbers beside livestock ids', () => {
    assert.deepEqual(phones('Tel. 040 98961033, Betrieb 07 318 2264 105'), ['040 98961033']);
    assert.deepEqual(phones('Handy: 0171 4455667, Tier DE 07 552 61839'), ['0171 4455667']);
    assert.deepEqual(phones('Rückruf unter 0049 40 9896103'), ['0049 40 9896103']);
    assert.deepEqual(phones('Betrieb 0171 4455667'), ['0171 4455667']);
    // An IBAN stays one, an order number is no phone.
    assert.deepEqual(ibans('Konto DE89 3704 0044 0532 0130 00, Betrieb 07 318 2264 105'), [
      'DE89 3704 0044 0532 0130 00',
    ]);
    assert.deepEqual(phones('Bestellnummer 07 318 2264'), []);
  });

  it('finds Hungarian and Croatian addresses with the street kind after the name, and no person in them', () => {
    const hu = 'Kunde: Lenke Borsodi\nLieferadresse: Rákóczi Ferenc utca 27, 3530 Miskolc\nZahlung: Rechnung';
    assert.deepEqual(addresses(hu), ['Rákóczi Ferenc utca 27, 3530 Miskolc']);
    assert.ok(!people(hu).some((p) => p.includes('Rákóczi')));
    assert.deepEqual(addresses('Käufer: Zvonko Petrak, Lipova ulica 14, 42000 Varaždin\nGeb.'), [
      'Lipova ulica 14, 42000 Varaždin',
    ]);
    // Street and town without a house number: a place, not an address.
    assert.deepEqual(addresses('Treffpunkt Rákóczi Ferenc utca, 3530 Miskolc'), []);
  });

  it('finds a Czech street without its kind only after an address cue or a name', () => {
    assert.deepEqual(addresses('Rückruf unter 0171 4455667, Hof: Lesní 1712, 675 21 Okříšky\nDienst'), [
      'Lesní 1712, 675 21 Okříšky',
    ]);
    assert.deepEqual(addresses('She can be reached at Zahradní 1088, 294 71 Benátky.'), [
      'Zahradní 1088, 294 71 Benátky',
    ]);
    assert.deepEqual(addresses('Lager in Halle 12, 110 00 Praha'), []);
  });

  it('finds a Korean road name address with the postcode last', () => {
    assert.deepEqual(
      addresses('"address":"Sanmaeul-gil 41, Jeongseon-gun, Gangwon 26117","phone":"+82 10-5550-0192"'),
      ['Sanmaeul-gil 41, Jeongseon-gun, Gangwon 26117'],
    );
  });

  // Already read by postal-shapes.ts (the road word, the town and postcode after it): kept as a guard.
  it('finds a Pakistani house, road, town and postcode', () => {
    assert.deepEqual(addresses('Consignee: Imran Qadir\nHouse 27, Sargodha Road\nJhelum 49600\nMobile'), [
      'House 27, Sargodha Road\nJhelum 49600',
    ]);
    assert.deepEqual(addresses('Warehouse Sargodha Road, Jhelum 49600'), []);
  });

  it('reads an unlabelled tax id in a row beside a date of birth as a tax id, not a phone', () => {
    const row = '3\tGerlinde Aufhauser\t1979-04-02\t31015418293\tgerlinde@example.org';
    assert.deepEqual(taxIds(row), ['31015418293']);
    assert.deepEqual(phones(row), []);
    assert.deepEqual(taxIds('4\tGerlinde Aufhauser\t1979-04-02\t31 024 667 685\tx'), ['31 024 667 685']);
    // After a phone label eleven digits stay a phone number.
    assert.ok(phones('Tel. 31015418293').length === 1);
  });

  it('reads long lines in linear time', () => {
    const scanner = new PrivacyScanner();
    assertLinearTime(
      'street-name-first addresses',
      (t) => scanner.scan(t),
      repeated('Ab Cd utca 1, 1234 Ef Gh-gil 2, Ij, Kl 1234 Mn 12, 123 45 ', 20_000),
      repeated('Ab Cd utca 1, 1234 Ef Gh-gil 2, Ij, Kl 1234 Mn 12, 123 45 ', 80_000),
    );
  });
});
