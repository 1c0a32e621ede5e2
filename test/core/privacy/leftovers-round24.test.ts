import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { legalForms } from '../../../nodes/core/privacy/legal-forms.js';

const phones = valuesOf('PHONE_NUMBER');
const emails = valuesOf('EMAIL_ADDRESS');
const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');

/** A firm's imprint footer with a phone number, over its copyright line. Examples written here. */
const footer = (town: string, phone: string) =>
  `Kranwerk GmbH · Hafenstraße 17 · ${town} · Tel. ${phone} · kontakt@kranwerk.de\n© 2026 Kranwerk GmbH`;

/**
 * Leftovers of earlier reviews, round 24: landline area codes read as mobiles in imprint footers, bylines after a
 * quote, package scopes after a blank read as e-mail, CSS properties and table headings read as names, Danish
 * district letters and labelled postcodes left outside the address span.
 */
describe('privacy detectors: leftovers of round 24', () => {
  describe('an imprint footer with a landline drops its switchboard; a mobile keeps the line', () => {
    it('reads German landline codes 071x–079x and 06x as landlines in a German footer', () => {
      for (const [town, phone] of [
        ['72764 Reutlingen', '07121 55120-0'],
        ['70173 Stuttgart', '0711 2290-0'],
        ['60311 Frankfurt am Main', '069 1234560'],
        ['72764 Reutlingen', '+49 7121 55120-0'],
      ]) {
        const text = footer(town, phone);
        assert.deepEqual(phones(text), [], text);
        assert.deepEqual(emails(text), [], text);
      }
    });
    it('keeps every value of a footer line with a real mobile number', () => {
      for (const [town, phone] of [
        ['72764 Reutlingen', '0171 5512034'],
        ['72764 Reutlingen', '+49 171 5512034'],
        ['72764 Reutlingen', '0152 28817265'],
        ['1010 Wien', '0664 1234567'],
        ['1010 Wien', '+43 664 1234567'],
        ['8001 Zürich', '079 123 45 67'],
        ['8001 Zürich', '+41 79 123 45 67'],
        ['London SW1A 1AA', '07700 900123'],
        ['London SW1A 1AA', '+44 7700 900123'],
      ]) {
        const text = footer(town, phone);
        assert.deepEqual(phones(text), [phone], text);
        // The GmbH's role mailbox is the firm's whatever stands beside it (round 32's convention); the mobile stays.
        assert.deepEqual(emails(text), [], text);
      }
    });
  });

  describe('one list of legal forms', () => {
    it('leaves out per use only forms it names, and refuses names it does not know', () => {
      const all = new RegExp(`^(?:${legalForms()})$`, 'u');
      for (const form of ['GmbH', 'gGmbH', 'KGaA', 'e.V.', 'Ltd.', 'PLC', 'S.A.R.L.', 'A/S', 'Oy'])
        assert.ok(all.test(form), form);
      const noPartners = new RegExp(`^(?:${legalForms(['GbR'])})$`, 'u');
      assert.ok(!noPartners.test('GbR'));
      assert.ok(noPartners.test('GmbH'));
      assert.throws(() => legalForms(['GmbHH']));
      assert.throws(() => legalForms([], ['Gruppe']));
    });
    it('keeps the values of a partnership of persons in its imprint, drops those of a Danish A/S', () => {
      const gbr =
        'Weber & Novak GbR · Lindenweg 4 · 72764 Reutlingen · Tel. 07121 55120-0 · kontakt@weber-novak.de\n© 2026 Weber & Novak GbR';
      assert.deepEqual(phones(gbr), ['07121 55120-0']);
      const dane =
        'Kranwerk A/S · Vestergade 12 · 8000 Aarhus C · CVR 12345678 · Tel. +45 86 12 34 56 · kontakt@kranwerk.dk';
      assert.deepEqual(phones(dane), []);
      assert.deepEqual(emails(dane), []);
    });
  });

  describe('review MEDIUMs', () => {
    it('finds the whole name of a byline after a dash, also after a quote', () => {
      assert.deepEqual(people('"The best café in town" — by Kugu Oyelaran (Google review)'), ['Kugu Oyelaran']);
      assert.deepEqual(people('„Schöner Laden“ — by Kugu Oyelaran'), ['Kugu Oyelaran']);
      assert.deepEqual(people('Notes on the release — by Kugu Oyelaran'), ['Kugu Oyelaran']);
    });
    it('reads no package scope or decorator after a blank as an e-mail address', () => {
      for (const text of [
        'Install it with npm i @vue.js and @types.node in the project.',
        'import the module @angular.core first',
        'add @nestjs.common to the deps',
      ])
        assert.deepEqual(emails(text), [], text);
      // Look-alikes: mailboxes stay, also a spaced "@" between two words.
      assert.deepEqual(emails('Schreib an anna@vue.js bitte.'), ['anna@vue.js']);
      assert.deepEqual(emails('mail to anna.berg@example.com please'), ['anna.berg@example.com']);
    });
    it('reads no CSS property joined to a given name as a person', () => {
      for (const text of [
        '@media (max-width: 600px) { .nav { display: none } }',
        'width / max-width / min-width',
        'headers: cache-control, max-age, grace-period',
      ])
        assert.deepEqual(people(text), [], text);
      // Look-alikes: lower-case notes with a hyphenated given name keep it.
      assert.deepEqual(people('anruf von anne-marie wegen schlüssel'), ['anne-marie']);
    });
    it('reads no heading row of a table as names', () => {
      assert.deepEqual(people('| Name | Wert |\n|---|---|\n| Farbe | blau |'), []);
      assert.deepEqual(people('| Name | Value |\n|---|---|\n| Colour | blue |'), []);
      // Look-alikes: a person in a value cell or under a person's heading stays.
      assert.deepEqual(people('| Name | Wert |\n|---|---|\n| Kunde | Anna Schmidt |'), ['Anna Schmidt']);
      assert.deepEqual(people('| Name | Abteilung |\n|---|---|\n| Anna Schmidt | Einkauf |'), ['Anna Schmidt']);
    });
  });

  describe('postal spans', () => {
    it('takes Danish district letters after the town into the address', () => {
      assert.deepEqual(addresses('Send to: Mette Jensen, Vestergade 12, 8000 Aarhus C, Denmark'), [
        'Vestergade 12, 8000 Aarhus C',
      ]);
      assert.deepEqual(addresses('Adresse: Søren Holm, Nørregade 4, 1620 København V'), [
        'Nørregade 4, 1620 København V',
      ]);
      assert.deepEqual(addresses('Anna Berg, Blegdamsvej 9, 2100 København Ø'), ['Blegdamsvej 9, 2100 København Ø']);
      // Look-alike: a capital that begins the next sentence is no district.
      assert.deepEqual(addresses('Anna Berg, Blegdamsvej 9, 2100 København. Vi ses'), [
        'Blegdamsvej 9, 2100 København',
      ]);
    });
    it('takes an Irish Eircode after the town (and a Dublin district) into the address', () => {
      assert.deepEqual(addresses('Address: Seán Murphy, 12 Main Street, Dublin 2, D02 X285, Ireland'), [
        '12 Main Street, Dublin 2, D02 X285',
      ]);
      assert.deepEqual(addresses('Address: 4 Patrick Street, Cork T12 X2DF'), ['4 Patrick Street, Cork T12 X2DF']);
      // Look-alike: "AB34" holds a B, which no Eircode does.
      assert.deepEqual(addresses('Address: 4 Patrick Street, Cork T12 AB34'), ['4 Patrick Street, Cork']);
    });
    it('takes the town after a labelled postcode into the address', () => {
      assert.deepEqual(addresses('Adresse: Lindenweg 4, Postleitzahl 80331 München'), [
        'Lindenweg 4, Postleitzahl 80331 München',
      ]);
    });
  });

  describe('after retraining on set 22', () => {
    it('reads no person in a column of things’ names, and still reads a name column', () => {
      assert.deepEqual(people('id;hostname;ip\n1;Tsogtbayar;10.0.0.4\n2;Oyunchimeg;10.0.0.5'), []);
      assert.deepEqual(people('Projektname\tBudget\nAltansukh\t12000'), []);
      assert.deepEqual(people('id;given_names;status\n1;Tsogtbayar;aktiv'), ['Tsogtbayar']);
      // A heading is the caller's text: written over a person's full or known name, it hides nothing.
      assert.deepEqual(people('id,file_names\n1,Anna Schmidt\n2,Jana Okafor'), ['Anna Schmidt', 'Jana Okafor']);
    });
    it('reads no name in a lower-case word right after a subject pronoun, but keeps a known surname there', () => {
      for (const text of [
        'SPEAKER_01: ödön várkonyi er blutet stark',
        // Whether the scorer proposes a lower-case surname at all depends on its context words: after the
        // retraining on sets 1 to 31 it no longer does right before "she" (README, round 34); the pronoun rule
        // is pinned here on the same shape with "he".
        'caller: ödön várkonyi he coughs and she breathes',
      ]) {
        const found = people(text);
        assert.ok(
          found.some((name) => name.includes('várkonyi')),
          text,
        );
        assert.deepEqual(
          found.filter((name) => /blutet|coughs|breathes/.test(name)),
          [],
          text,
        );
      }
    });
  });
});
