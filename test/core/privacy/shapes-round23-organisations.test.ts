import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime } from '../../support/linear-time.js';

const emails = valuesOf('EMAIL_ADDRESS');
const phones = valuesOf('PHONE_NUMBER');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Round 23 A: an organisation's contact data is not a person's (a company's imprint footer), e-mail spans
 * that swallowed a number or a word before them, date ranges read as phone numbers. Probes are made up
 * here, not taken from any set; each has a person's look-alike beside it that stays flagged.
 */
describe('privacy detectors: shapes of round 23 A (organisations, not people)', () => {
  it("reports no contact value of a company's imprint footer; a person's values in a footer-like line stay", () => {
    const footers = [
      'Kranwerk Lindenau GmbH · Hafenstraße 17 · 04179 Leipzig · Tel. 0341 55120-0 · kontakt@kranwerk-lindenau.de\n© 2026 Kranwerk Lindenau GmbH. Alle Rechte vorbehalten.',
      'Harwood Axles Ltd, Unit 9 Quarry Park, Leeds LS11 5DF · Registered in England 07712345 · enquiries@harwoodaxles.co.uk',
      'Bakkerij Vos B.V. | Dorpsstraat 12 | 3811 AB Amersfoort | KvK 55566677 | bestellingen@bakkerijvos.nl',
      'Fjord Traktor A/S, Havnevej 5, 9000 Aalborg, CVR 22334455, salg@fjordtraktor.dk\n© 2026 Fjord Traktor A/S. All rights reserved.',
    ];
    for (const text of footers) {
      assert.deepEqual(emails(text), [], text);
      assert.deepEqual(phones(text), [], text);
      assert.deepEqual(addresses(text), [], text);
    }
    // Look-alikes: a person's mailbox and direct line in the same kind of line stay personal, and so does a
    // sole trader's imprint that names its owner.
    const personal =
      'Kranwerk Lindenau GmbH · Hafenstraße 17 · 04179 Leipzig · Durchwahl 0341 55120-716 · jelena.markovic@kranwerk-lindenau.de\n© 2026 Kranwerk Lindenau GmbH.';
    assert.deepEqual(emails(personal), ['jelena.markovic@kranwerk-lindenau.de']);
    const owner =
      'Inhaberin Ilse Brandauer e.K. · Lindenweg 3 · 88212 Ravensburg · Tel. 0751 334455 · ilse@brandauer-moebel.de\n© 2026 Brandauer Möbel e.K.';
    assert.deepEqual(emails(owner), ['ilse@brandauer-moebel.de']);
    assert.equal(phones(owner).length, 1);
    // A letterhead without register number or copyright is not an imprint: left as it is (its role mailbox
    // "info@" is no person's since round 32, role-mailbox-contacts.ts; a mailbox of a name stays).
    const letterhead =
      'Dachbau Ostrau GmbH · Feldweg 2 · 01234 Dresden · Tel. 0351 998877 · j.ostrau@dachbau-ostrau.de\n\nFrau Petra Lenz';
    assert.deepEqual(emails(letterhead), ['j.ostrau@dachbau-ostrau.de']);
  });

  it('takes no register number, phone number or word before an e-mail address into it; an @mention is no address', () => {
    assert.deepEqual(emails('Kundennr. 09912345 · jana.okafor@example-fleet.co.uk'), [
      'jana.okafor@example-fleet.co.uk',
    ]);
    assert.deepEqual(emails('Tel. 0711 4455-0 · hallo@example-werk.de'), ['hallo@example-werk.de']);
    // (A mailbox of a name: a role mailbox such as "care@" is no person's since round 32.)
    assert.deepEqual(emails('Fon (404) 555-0199 · c.moyo@example-motors.com'), ['c.moyo@example-motors.com']);
    for (const text of [
      '- [ ] Messmittel kalibrieren @jonas.weyrich',
      'Thanks for checking @amara.okafor',
      'erledigt @p.novak',
    ])
      assert.deepEqual(emails(text), [], text);
    // Look-alikes: an address written with spaces around its "@" stays one.
    assert.deepEqual(emails('mail: jonas.weyrich @ example.de'), ['jonas.weyrich @ example.de']);
    assert.deepEqual(emails('write to jonas.weyrich@example.de'), ['jonas.weyrich@example.de']);
  });

  it('reads no date range or period stamp as a phone number; a phone number beside them stays', () => {
    for (const text of [
      'Zeitraum 04.–09.05.2026, beantragt vom Team',
      'Montage in Aalborg 11.–15.05.2026',
      'Beitragszeitraum 01.03.–31.05.2026',
      'Stand 04/2026 · Freigabe Werkleitung',
      'Period 12.–14.05.2026 requested',
    ])
      assert.deepEqual(phones(text), [], text);
    assert.deepEqual(phones('Zeitraum 04.–09.05.2026, Rückruf unter 0170 4455667'), ['0170 4455667']);
  });

  it('reads no works gate as a street; a street named after a gate stays an address', () => {
    for (const text of ['Zutritt 05:51 Tor 1 Ein · 14:07 Tor 2 Aus', '| 06:12 | Tor 3 | T-204 |'])
      assert.deepEqual(addresses(text), [], text);
    assert.equal(addresses('Lieferung an Am Tor 3, 04109 Leipzig').length, 1);
  });

  it('takes no field label of a table or form and no legal form for a name; a person in the value cell stays', () => {
    const people = valuesOf('PERSON');
    const card = [
      '| Feld | Wert |',
      '|---|---|',
      '| Name | Ayelet Brzezinski |',
      '| Geburtsdatum | 02.04.1971 |',
      '| Wohnanschrift | Lindenweg 3, 6020 Innsbruck |',
      '| Steuer-ID | 12 345 678 901 |',
      '| IBAN | AT611904300234573201 |',
    ].join('\n');
    assert.deepEqual(people(card), ['Ayelet Brzezinski']);
    const english = [
      '| Field | Value |',
      '|---|---|',
      '| Name | Oskar Vilhelmsen |',
      '| Date of birth | 4 May 1969 |',
      '| Home address | 9 Mill Lane, York YO1 7HH |',
      '| Pension insurance no. | 12040569V123 |',
    ].join('\n');
    assert.deepEqual(people(english), ['Oskar Vilhelmsen']);
    for (const text of [
      'Kunde: Havbrug Nord ApS, Industrivej 3, 7100 Vejle',
      'Lieferant: Fjord Logistiek B.V., Haven 4, Rotterdam',
      '© 2026 Fjord Traktor A/S. All rights reserved.',
      'Rechnung an Sønderby Maskinfabrik A/S wie vereinbart',
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('scans dense imprint footers in linear time', () => {
    const scanner = new PrivacyScanner();
    const unit =
      'Kranwerk Lindenau GmbH · Hafenstraße 17 · 04179 Leipzig · HRB 12345 · Tel. 0341 55120-0 · kontakt@kranwerk-lindenau.de\n© 2026 Kranwerk Lindenau GmbH. Alle Rechte vorbehalten.\n';
    assertLinearTime('round 23 imprint footers', (t: string) => scanner.scan(t), unit.repeat(150), unit.repeat(600));
  });
});
