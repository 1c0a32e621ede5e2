import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');
const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;

/**
 * Review 11 of detection round 13: a trade word anywhere before an address on its line made the address
 * a firm's, so a home named after prose about a farm shop, a caterer or a driving school went to the
 * cloud. Names and addresses are made up.
 */
describe('privacy review 11: a trade word in prose keeps the home address after it', () => {
  it('keeps an address after lower-case words that follow the trade word', () => {
    for (const [text, address] of [
      [
        'Ich war heute beim Obsthof Sonnenhalde, bitte schick das Paket an Hofweg 2, 24105 Kiel.',
        'Hofweg 2, 24105 Kiel',
      ],
      ["The catering for Saturday's party goes to 12 Elm Road, Leeds LS6 2AB.", '12 Elm Road, Leeds LS6 2AB'],
      [
        'Wir haben ein Gästehaus gebucht, aber die Post bitte weiter an Lindenweg 4, 24105 Kiel.',
        'Lindenweg 4, 24105 Kiel',
      ],
      ["the driving school sends my son's certificate to 12 Elm Road, Leeds LS6 2AB", '12 Elm Road, Leeds LS6 2AB'],
    ]) {
      assert.ok(
        addresses(text).some((a) => a.includes(address)),
        text,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('still drops the trade business’s own address right after its name', () => {
    for (const text of [
      'Obsthof Sonnenhalde, Hofweg 2, 24105 Kiel',
      'Kfz-Meisterbetrieb Zündfunke, Ringstraße 88, 24105 Kiel',
      'Sparkplug Motors, 3 Forge Lane, Leeds LS6 2AB',
      'Vereinsheim SV Grün-Weiß, Sportplatzweg 1, 24105 Kiel',
      'Gasthof zum Löwen, Dorfstraße 3, 24105 Kiel',
    ])
      assert.deepEqual(addresses(text), [], text);
  });

  it('gives the same findings for a text scanned again after other texts (no state between scans)', () => {
    const a =
      'Familienname\nVorname\nGeburtsdatum\n\nVaitkutė\nAušra\n11.11.1963\n\nUnterschrift: Pfeifen-\nberger\n\nTore\nBârsan 8.\nDebeljak 66.';
    const b =
      'Obsthof Sonnenhalde, Hofweg 2\nSigned off by customer:\nHeiri Flück-\niger\nAuswechslung: Thibaud für Bârsan';
    const first = JSON.stringify(scanner.scan(a));
    scanner.scan(b);
    assert.equal(JSON.stringify(scanner.scan(a)), first);
  });
});

describe('privacy review 11: a home described as next to a trade keeps its address', () => {
  it('keeps an address after a trade’s name when a home or the writer is named before the trade word', () => {
    for (const [text, address] of [
      ['Unser Haus liegt direkt neben der Bäckerei Hansen, Hofweg 2, 24105 Kiel.', 'Hofweg 2, 24105 Kiel'],
      ['Our house is opposite the bakery, 3 Forge Lane, Leeds LS6 2AB', '3 Forge Lane, Leeds LS6 2AB'],
      ['Her flat is above the Sunrise Bakery, 3 Forge Lane, Leeds LS6 2AB', '3 Forge Lane, Leeds LS6 2AB'],
    ]) {
      assert.ok(
        addresses(text).some((a) => a.includes(address)),
        text,
      );
      assert.equal(route(text), 'local', text);
    }
  });
});

describe('privacy review 11: a one-word table header above a column is no firm', () => {
  it('keeps a customer’s address under a header cell "Firma" or "Company"', () => {
    for (const text of [
      'Kundennr.        Firma\n4471             Lindenweg 4, 24105 Kiel',
      'Customer no.     Company\n4471             12 Elm Road, Leeds LS6 2AB',
    ]) {
      assert.equal(addresses(text).length, 1, text);
      assert.equal(route(text), 'local', text);
    }
    // A firm's name in the column above still makes the address under it the firm's.
    assert.deepEqual(addresses('Kunde:   Sanitär Flachsmann GmbH\nĠorġa Xuereb            Industriestraße 14'), []);
  });
});

describe('privacy review 11: a form’s birth date in the current year is a birth date', () => {
  it('reads a date of this year under a lone birth label as a birth date (a newborn’s form)', () => {
    const year = new Date().getUTCFullYear();
    const births = valuesOf('DATE_OF_BIRTH');
    for (const text of [
      `Geburtsdatum\n\n03.01.${year}`,
      `Familienname\nVorname\nGeburtsdatum\n\nKowalski\nLena\n03.01.${year}`,
    ]) {
      assert.deepEqual(births(text), [`03.01.${year}`], text);
      assert.equal(route(text), 'local', text);
    }
    // A year still to come is an arrival or a deadline, no birth.
    assert.deepEqual(births(`Geburtsdatum\n\n03.01.${year + 1}`), []);
  });
});

describe('privacy review 11: a trade firm’s letterhead with "·" is still the firm’s', () => {
  it('drops the address after a trade name and a middle dot (normalised to ".") beside a real home', () => {
    const text =
      'Genuss & Gabel Eventcatering · Am Kornspeicher 2 · 4020 Linz\n\nAngebot für Familie Hakobyan\nHochzeit im Garten: Almweg 14, 4020 Linz';
    assert.deepEqual(addresses(text), ['Almweg 14, 4020 Linz']);
    assert.deepEqual(
      addresses('SPEDITION HARMSEN & SÖHNE · Hafenweg 20 · 26871 Papenburg\nLieferschein Nr. LS-2026-4419'),
      [],
    );
  });
});
