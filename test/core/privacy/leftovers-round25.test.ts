import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Leftovers of earlier reviews, round 25: raw merge fields beside a real name, a build server's name
 * beside a person of that name, labelled postcodes inside an address. Examples written here.
 */
describe('privacy detectors: leftovers of round 25', () => {
  describe('a raw merge field beside a real name: the field is no name, the name beside it is', () => {
    it('finds the name after a MERGEFIELD or {{…}} field and leaves the field out', () => {
      for (const [text, name] of [
        ['Hallo MERGEFIELD Vorname Maria,\nwillkommen im Team.', 'Maria'],
        ['Sehr geehrte Frau MERGEFIELD Nachname Hofbauer,\nvielen Dank.', 'Hofbauer'],
        ['Hi {{last_name}} Okafor,\nthanks for signing up.', 'Okafor'],
        ['Sehr geehrter Herr «Nachname» Hofbauer,\nwir danken Ihnen.', 'Hofbauer'],
        ['Kontakt: «Nachname» Hofbauer', 'Hofbauer'],
        ['Liebe «Vorname» Maria,\nschön, dass du dabei bist.', 'Maria'],
        ['Dear <<Title>> Okafor,\nthank you.', 'Okafor'],
      ])
        assert.deepEqual(people(text), [name], text);
    });
    it('a lone merge field stays no name (look-alikes)', () => {
      for (const text of [
        'Hi {{first_name}},\nthanks for signing up.',
        'Sehr geehrte Frau «Nachname»,\nvielen Dank.',
        'Hallo MERGEFIELD Vorname,\nwillkommen im Team.',
        'Sehr geehrte Damen und Herren der «Firma» GmbH,\nvielen Dank.',
        'Hallo {{first_name}} Team,\nwillkommen.',
      ])
        assert.deepEqual(people(text), [], text);
    });
  });

  describe('a build server named like a person', () => {
    it('a person "Jenkins" elsewhere in a document that deploys with Jenkins stays a name', () => {
      const text = 'Deploy to staging: Jenkins\n\nMeeting notes: Jenkins will send the minutes.';
      assert.ok(people(text).includes('Jenkins'), JSON.stringify(people(text)));
    });
    it('Jenkins that builds and runs the tests is software (look-alike)', () => {
      const text = 'Deploy to staging: Jenkins\nBuild #412 passed.\nJenkins ran the smoke tests afterwards.';
      assert.deepEqual(people(text), []);
    });
  });

  describe('a postcode label inside an address', () => {
    it('"PLZ: 80331 München" stays inside the address, on its own line or after the street', () => {
      assert.deepEqual(addresses('Lieferadresse:\nMaria Hofbauer\nLindenweg 4\nPLZ: 80331 München'), [
        'Lindenweg 4\nPLZ: 80331 München',
      ]);
      assert.deepEqual(addresses('Anschrift: Sendlinger Str. 7, PLZ: 80331 München'), [
        'Sendlinger Str. 7, PLZ: 80331 München',
      ]);
    });
  });
});
