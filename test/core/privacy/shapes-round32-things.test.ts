import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

/** Each postal address the scanner finds in `text`, as its text. */
const addresses = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'POSTAL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 32: organisations, products and things read as names or addresses', () => {
  it("reads a copyright line's year as no house number", () => {
    const footer =
      'Hotline (517) 555-0142 · help@silverlakesmarine.com\n© 2025 Silver Lakes Marine Group. All rights reserved.';
    assert.deepEqual(addresses(footer), []);
    assert.deepEqual(addresses('Copyright 2019–2025 Pine Hills Outfitters Inc.'), []);
    // Look-alike: a house number on a street of the same words is an address.
    assert.deepEqual(addresses('Ship to Odell Franks, 2025 Silver Lakes Drive, Ann Arbor, MI 48104'), [
      '2025 Silver Lakes Drive, Ann Arbor, MI 48104',
    ]);
  });

  it("drops a team's handle in a table's name column, keeps the people", () => {
    const table =
      '| Rolle | Name | E-Mail |\n|---|---|---|\n| Schichtleitung | Hedda Marquardt | hedda.marquardt@stanzwerk-ost.de |\n| Versand | @lager-team | versand@stanzwerk-ost.de |\n';
    const found = personSpans(table);
    hasNone(found, '@lager-team');
    has(found, 'Hedda Marquardt');
  });

  it('reads the value of a damage, list, cover, scope or destination field as a thing', () => {
    hasNone(personSpans('Mietwagen KI-RT 4410\nSchaden: Kratzer Kotflügel vorne links.'), 'Kratzer');
    hasNone(personSpans('Übergabe\nVorschäden (Foto): Kratzer Heckklappe, Riss Spiegel'), 'Heckklappe');
    hasNone(personSpans('Treffer-ID: T-5501      Liste: Dow Jones PEP      Score: 0,88'), 'Dow Jones');
    hasNone(personSpans('Mitglied: Oskar Lindqvist   Cover: Roadside + Home Start\nOrt: A7'), 'Roadside');
    hasNone(personSpans('Abschleppauftrag\nZiel: Vertragswerkstatt Bregenz, Seestraße 9'), 'Vertragswerkstatt');
    // Privacy first: a person's name in such a field stays, and a name beside the phrase stays.
    has(personSpans('Teilnehmer\nListe: Berger Anna'), 'Berger Anna');
    has(personSpans('Abholung\nZiel: Annika Berglund, Wohnung 3'), 'Annika Berglund');
    has(personSpans('Schaden: Kratzer am Heck, gemeldet von Tamara Velic'), 'Tamara Velic');
    // "Cover:" in a rota names who covers: a name there stays.
    has(personSpans('Bereitschaft Woche 12\n  Cover: Tavita; Zentrale 0800 555 0199.\n'), 'Tavita');
    // In running text the word is no label ("der Schaden: …" is prose): the rule reads only labels.
  });

  it('reads a German negation opening a finding as no name, a known name after it stays', () => {
    hasNone(personSpans('Rückruf erfolgt. Kein Betrug festgestellt, Fall geschlossen.'), 'Kein Betrug');
    has(personSpans('Kein Betrug festgestellt, sagt Jana Wolff vom Prüfteam.'), 'Jana Wolff');
  });

  it("reads a Romance street's kind with a house number as a street", () => {
    hasNone(personSpans('Luxpay S.A. · 21, Rue Erasme · L-1468 Luxembourg'), 'Erasme');
    hasNone(personSpans('Harbourline Bank · Sir John Rogerson’s Quay 70 · Dublin 2'), 'Rogerson');
  });

  it('reads a bank or a firm named by its trade as no person; a sole trader stays', () => {
    hasNone(personSpans('You answer on behalf of Tidemark Neobank.\nContext: disputes'), 'Tidemark');
    hasNone(personSpans('I consent to Meridian Fleet Services checking my licence.'), 'Meridian');
    has(personSpans('Invoice from Ingrid Halvorsen Services, Oslo'), 'Ingrid Halvorsen');
  });

  it('reads a German trade compound ending a finding as the firm; a given name before it stays', () => {
    hasNone(personSpans('Steinmetz Grabmalkunst Ottokar Brenner – Marktgasse 4 – 54290 Trier'), 'Grabmalkunst');
    hasNone(personSpans('ORGANIZER;CN="Zimmermann Holzbautechnik":mailto:info@holzbau-z.de'), 'Holzbautechnik');
    has(personSpans('Ansprechpartnerin: Anna Kühne Haustechnik'), 'Anna Kühne Haustechnik');
  });

  it("reads a car maker's own model as a car, a person named like a maker stays", () => {
    hasNone(personSpans('| Opel Adam (KI-AB 4410) | 08:10 | 11:45 |'), 'Opel Adam');
    hasNone(personSpans('| Renault Zoe (B-EV 2203) | 09:00 | 12:30 |'), 'Renault Zoe');
    has(personSpans('Fahrer: Kia Thompson, Tour 4'), 'Kia Thompson');
  });

  it("finds a person-name property's example in a JSON Schema, not a product's", () => {
    const schema =
      '{\n  "properties": {\n    "accountHolderName": {\n      "type": "string",\n      "example": "Sunita Rally"\n    },\n    "name": {\n      "type": "string",\n      "example": "Premium Plan"\n    }\n  }\n}';
    const found = personSpans(schema);
    has(found, 'Sunita Rally');
    hasNone(found, 'Premium');
  });

  it('reads long lines in linear time', () => {
    const scan = (text: string) => scanner.scan(text);
    const line = (n: number) =>
      `Schaden: ${'Kratzer '.repeat(n)}\n© ${'2026 '.repeat(n)}Great Lakes\nVorschäden ${'('.repeat(n)}: Delle Tür\n`;
    assertLinearTime('round 32 things', scan, line(200), line(4000));
  });
});
