import assert from 'node:assert/strict';
import type { Entity } from '../../../nodes/core/privacy/entities.js';
import { withoutPublicPlaces } from '../../../nodes/core/privacy/public-places.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/** A finding of `type` on the first occurrence of `value` (after `from`, when given). */
const at = (text: string, type: Entity['type'], value: string, from = ''): Entity => {
  const start = text.indexOf(value, from ? text.indexOf(from) : 0);
  assert.ok(start >= 0, value);
  return { type, start, end: start + value.length, score: 0.8 };
};
/** The values the filter keeps of the given findings. */
const keptOf = (text: string, found: Entity[]) =>
  withoutPublicPlaces(text, found).map((e) => text.slice(e.start, e.end));
const person = (text: string, value: string, from = '') => at(text, 'PERSON', value, from);
const address = (text: string, value: string, from = '') => at(text, 'POSTAL_ADDRESS', value, from);

describe("a domain's public places are no persons' (public-places)", () => {
  it('drops a station with its station word first or last, and keeps a titled or given-named look-alike', () => {
    const text =
      'Route: Brunsloh Hbf → Kettwinkel Bf, then "from": "MT Sentral"; Herr Bahnhof is the guard; Ilse Terminal signed.' +
      ' Change at Ilse Hbf.';
    const found = [
      person(text, 'Ilse Hbf'),
      person(text, 'Brunsloh Hbf'),
      person(text, 'Kettwinkel Bf'),
      person(text, 'MT Sentral'),
      person(text, 'Bahnhof', 'Herr'),
      person(text, 'Ilse Terminal'),
    ];
    assert.deepEqual(keptOf(text, found), ['Bahnhof', 'Ilse Terminal']);
  });

  it('drops a stop after "Haltestelle" and a word after a station and a comma; a given name there stays', () => {
    const text =
      'Automat an der Haltestelle Seeblick defekt. Ziel: "Brunsloh Hbf, Mövenkai". ' +
      'Abholung: "Brunsloh Hbf, Ilse Marquardt". Nächster Halt: Nachbarhaltestelle Krähenwall.';
    const found = [
      person(text, 'Seeblick'),
      person(text, 'Mövenkai'),
      person(text, 'Ilse Marquardt'),
      person(text, 'Krähenwall'),
    ];
    assert.deepEqual(keptOf(text, found), ['Ilse Marquardt']);
  });

  it('drops a word right before a hub word, keeps a whole name before it', () => {
    const text = 'Checklist – Port Velden hub\nMeet Ilse Marquardt hub manager.\n0417\tTadesse Worku\tDepot + office';
    const found = [person(text, 'Velden'), person(text, 'Ilse Marquardt'), person(text, 'Tadesse Worku')];
    assert.deepEqual(keptOf(text, found), ['Ilse Marquardt', 'Tadesse Worku']);
  });

  it("drops a street address right after a station's name, keeps it when a home word or a person ties it", () => {
    const text =
      '{"from":"Garnet Station, 410 W Ferrow St"}\n' +
      '{"home":"Garnet Station, 412 W Ferrow St"}\n' +
      'Ilse Marquardt\nGarnet Station, 414 W Ferrow St\n' +
      'return at the Kelby hub, 9 Marrow Lane Hwy (open 9-5)';
    const found = [
      address(text, '410 W Ferrow St'),
      address(text, '412 W Ferrow St'),
      person(text, 'Ilse Marquardt'),
      address(text, '414 W Ferrow St'),
      address(text, '9 Marrow Lane Hwy'),
    ];
    assert.deepEqual(keptOf(text, found), ['412 W Ferrow St', 'Ilse Marquardt', '414 W Ferrow St']);
  });

  it("drops a station's address inside a one-line record though the record before names a person", () => {
    const text =
      '{"rider":"Ilse Marquardt","from":"Garnet Station, 410 W Ferrow St"}\n' +
      '{"rider":"Hanne Voss","from":"Garnet Station, 416 W Ferrow St"}';
    const found = [person(text, 'Hanne Voss'), address(text, '416 W Ferrow St')];
    assert.deepEqual(keptOf(text, found), ['Hanne Voss']);
  });

  it("drops an office's or customer centre's address and a platform; a person's sender block stays", () => {
    const text =
      'Verkehrsbetrieb Molde – Kundencenter\nTorplatz 4, 9900 Molde\n\n' +
      'Office: 7 Lantern Road, Kessa\n' +
      'Aufzug am Bahnsteig 4 defekt.\n' +
      'Ilse Marquardt – Kundencenter\nTorplatz 6, 9900 Molde\n' +
      'Wohnanschrift: Torplatz 8, 9900 Molde\n';
    const found = [
      address(text, 'Torplatz 4, 9900 Molde'),
      address(text, '7 Lantern Road, Kessa'),
      address(text, 'Bahnsteig 4'),
      person(text, 'Ilse Marquardt'),
      address(text, 'Torplatz 6, 9900 Molde'),
      address(text, 'Torplatz 8, 9900 Molde'),
    ];
    assert.deepEqual(keptOf(text, found), ['Ilse Marquardt', 'Torplatz 6, 9900 Molde', 'Torplatz 8, 9900 Molde']);
  });

  it('drops a party role noun alone, keeps a name', () => {
    const text =
      'Schuldnerin: Ilse Marquardt (Kontoinhaber: Schuldner), Halterin: Antragstellerin, Busunternehmer, debtor.' +
      ' "familyName": "Kesselhalter"; Meister rief an.';
    const found = [
      person(text, 'Kesselhalter'),
      person(text, 'Meister'),
      person(text, 'Schuldner', 'Kontoinhaber'),
      person(text, 'Antragstellerin'),
      person(text, 'Busunternehmer'),
      person(text, 'debtor'),
      person(text, 'Ilse Marquardt'),
    ];
    assert.deepEqual(keptOf(text, found), ['Kesselhalter', 'Meister', 'Ilse Marquardt']);
  });

  it("drops an owner's surname repeated in the firm's name, keeps it when no person's name was found before", () => {
    const text = 'From: Brok Tammeling – Tammeling Cabs (sole trader)\nBooked with Dessauer Cabs via Hanne Voss.';
    const found = [person(text, 'Brok Tammeling'), person(text, 'Tammeling', '–'), person(text, 'Dessauer')];
    assert.deepEqual(keptOf(text, found), ['Brok Tammeling', 'Dessauer']);
  });

  it('the scanner finds no person in a trip payload naming stations', () => {
    const text = '{"ride":{"dropoff":{"address":"Brunsloh Hbf, Mövenkai"},"from":"MT Sentral","fare":{"amount":9.5}}}';
    const people = new PrivacyScanner()
      .scan(text)
      .filter((e) => e.type === 'PERSON')
      .map((e) => text.slice(e.start, e.end));
    assert.deepEqual(people, []);
  });

  it('reads long lines in linear time', () => {
    const unit = 'Haltestelle Brunsloh Hbf, Torplatz Kundencenter Office: Bahnsteig ';
    const run = (text: string) =>
      withoutPublicPlaces(text, [
        { type: 'PERSON', start: text.length - 8, end: text.length - 1, score: 0.8 },
        { type: 'POSTAL_ADDRESS', start: text.length - 12, end: text.length - 1, score: 0.8 },
      ]);
    assertLinearTime('public places', run, repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
