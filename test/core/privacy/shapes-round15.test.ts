import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');
const births = valuesOf('DATE_OF_BIRTH');
const phones = valuesOf('PHONE_NUMBER');
const has = (found: string[], part: string) => found.some((v) => v.includes(part));

/**
 * Round 15: retail and e-commerce documents in transport encodings (JSON, URL-encoded forms, CSV,
 * quoted-printable), read in the decoded view. Names, streets and firms are made up here, not taken
 * from any set.
 */
describe('privacy detectors: shapes of round 15 (retail documents in transport encodings)', () => {
  describe('postal addresses', () => {
    it('reads an English address that opens a JSON value, its line break escaped', () => {
      const text = '{"customer":{"email":"w.o@example.org","ship_to":"42 Totara Street\\nRemuera, Auckland 1050"}}';
      assert.ok(has(addresses(text), '42 Totara Street'), addresses(text).join('|'));
    });

    it('reads a German street that opens a JSON value, after an escaped umlaut', () => {
      const text = '{"ship_to":"Am M\\u00fchlengrund 12, 10115 Berlin","note":"Klingel defekt"}';
      assert.ok(has(addresses(text), 'hlengrund 12'), addresses(text).join('|'));
    });

    it('reads a Swiss or Austrian postcode after its country prefix, the street without a street word', () => {
      const swiss = 'Lieferung an Ottilie Brandstätter, Sonnhalde 7, CH-6300 Zug\nTisch zerkratzt.';
      assert.ok(has(addresses(swiss), 'Sonnhalde 7, CH-6300 Zug'), addresses(swiss).join('|'));
      const austrian = '{"address":"Kirchbichl 3, A-6020 Innsbruck"}';
      assert.ok(has(addresses(austrian), 'Kirchbichl 3'), addresses(austrian).join('|'));
      // Four digits without a prefix are a year as often as a postcode: no street word, no address.
      assert.deepEqual(addresses('Stand 7, 2026 Messe'), []);
    });

    it('reads an address in a URL-encoded form body, with a four-digit postcode after the town', () => {
      const text = 'name=X&message=Delivery+address%3A+9+Wattle+Brow%2C+Pretoria+0002&consent=1';
      // Found in the decoded view, reported over the original escapes.
      assert.ok(has(addresses(text), '9+Wattle+Brow%2C+Pretoria+0002'), addresses(text).join('|'));
    });

    it("takes a firm's legal form only from the address's own clause on a long decoded line", () => {
      const text =
        'Dear Ms Ndlovu, regarding your purchase at Harbourline Traders Ltd, we offer a plan. Our records show your address as 17 Protea Road, Durban 4001. Direct debit follows.';
      assert.ok(has(addresses(text), '17 Protea Road'), addresses(text).join('|'));
      // Must keep the drop: the firm's own address right after its name is its letterhead.
      assert.deepEqual(addresses('Harbourline Traders Ltd, 5 Dock Road, Durban 4001'), []);
    });

    it('reads a street at the end of a long sentence before its postcode and town', () => {
      const text =
        'Hallo, auf meiner Kundenkarte fehlen seit dem letzten Einkauf im Markt am 3.11. leider 450 Punkte und ich wohne Kranichwiesen 14, 04229 Leipzig.';
      assert.ok(has(addresses(text), 'Kranichwiesen 14, 04229 Leipzig'), addresses(text).join('|'));
    });

    it('reads CSV rows with their quotes: an address cell over two lines, a note with a comma is no address', () => {
      const text = [
        'tour,stopp,kunde,adresse,telefon,hinweis',
        'T-1,1,"Wiltrud Obermoser","Am Kiesgrund 37',
        '80997 München",+49 151 5550101,"Aufbau ""Kari"" Schrank, 3. OG ohne Aufzug"',
        'T-1,2,"Jonas Brenntag","Lerchenfeld 5',
        '01277 Dresden",+49 151 5550102,"Anruf vorher, bitte"',
      ].join('\n');
      const found = addresses(text);
      assert.ok(has(found, 'Am Kiesgrund 37'), found.join('|'));
      assert.ok(has(found, 'Lerchenfeld 5'), found.join('|'));
      assert.ok(!has(found, '3. OG'), found.join('|'));
    });

    it('takes a gold ring and its hallmark for no street, but keeps a street of that name', () => {
      assert.deepEqual(addresses('{"item":"Goldring 585, Gravur","price":"129"}'), []);
      assert.ok(has(addresses('Wir wohnen Am Goldring 5, 10115 Berlin.'), 'Goldring 5'));
    });
  });

  describe('birth dates', () => {
    it("reads the date after each traveller's name in a booking's list", () => {
      const text = [
        'Buchung WEB-100200',
        'Reisende 1: Wiltrud Obermoser, 12. März 1981, Reisepass C01X00T7Z',
        'Reisende 2: Jonas Obermoser, 1979-02-03',
        'Traveller 1: Ana Ruiz Pardo, 24/08/1980, passport CKP4000005',
      ].join('\n');
      assert.deepEqual(births(text), ['12. März 1981', '1979-02-03', '24/08/1980']);
    });

    it('leaves a date still to come after a traveller alone: a travel date', () => {
      assert.deepEqual(births('Traveller 1: Ana Ruiz, 14 March 2099, flight NZ 12'), []);
    });
  });

  describe('names that name things', () => {
    it("drops a quoted product's or hotel's name beside its noun", () => {
      assert.deepEqual(people('The coupon is valid on the "Winston Churchill" armchair only.'), []);
      assert.deepEqual(people('Bitte den Sessel „Magnus Berg“ bis Freitag liefern.'), []);
      assert.deepEqual(people('Flug LH 1324, Hotel „Casa Ortensia“'), []);
      assert.deepEqual(people('Coupon valid on the ""Winston Churchill"" lamp'), []);
    });

    it('keeps a person quoted with no thing beside the quotes', () => {
      assert.ok(people('Die Kundin „Roswitha Eberl“ hat angerufen.').includes('Roswitha Eberl'));
      assert.ok(people('Note: the customer "Florence Ashdown" called twice.').includes('Florence Ashdown'));
    });

    it('drops a street, trophy, team, trade or car named after someone', () => {
      assert.deepEqual(people('Deliveries via Edmund Halley Way, gate 3.'), []);
      assert.deepEqual(people('The Mary Kingsley Trophy match is off.'), []);
      assert.deepEqual(people('Training des SV Otto Brandlhuber fällt aus.'), []);
      assert.deepEqual(people('Fahrzeug: VW Caddy, Kennzeichen folgt'), []);
    });

    it('keeps the same names where they name a person', () => {
      assert.ok(people('Please call Edmund Halley on Monday about the order.').includes('Edmund Halley'));
      // A signature with the firm's trade on the next line: the name is the writer's.
      const signature = 'Kind regards,\nMarian Kowalczyk\nPharmacy';
      assert.ok(people(signature).includes('Marian Kowalczyk'), people(signature).join('|'));
    });
  });

  describe('URL-encoded form bodies', () => {
    it("reads names and a subscriber's number by their keys", () => {
      const text =
        'action=sim_swap&msisdn=436641234567&holder_given=Wiltrud&holder_family=Obermoser&dob=04.10.1956&id_type=passport';
      assert.ok(people(text).includes('Wiltrud'), people(text).join('|'));
      assert.ok(people(text).includes('Obermoser'), people(text).join('|'));
      assert.ok(phones(text).includes('436641234567'), phones(text).join('|'));
    });

    it('reads no pair whose key is not opened by "&", "?" or a line start, nor an ordinary key', () => {
      assert.deepEqual(phones('if count = 2 and total=436641234567 & more'), []);
      assert.deepEqual(people('colour=Navy Blue&size=Large&fit=Regular'), []);
    });
  });
});
