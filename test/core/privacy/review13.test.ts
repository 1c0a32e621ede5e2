import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';
import { birthDates } from '../../../nodes/core/privacy/birth-dates.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');
const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;

/**
 * Review 13 of detection round 15 and fix12: drops of a thing named after someone and of a firm's
 * address that lost real people and homes, and a traveller list read quadratically. Names and
 * addresses are made up.
 */
describe('privacy review 13: a person named like a prize, a trade or a club is kept', () => {
  it('keeps a surname that is a prize’s or trade’s word after a given name', () => {
    for (const [text, name] of [
      ['My name is Jane Shield and I live here.', 'Jane Shield'],
      ['Mein Name ist Lisa Stadion.', 'Lisa Stadion'],
      ['Hello, my name is Sarah Cup and I want a refund.', 'Sarah'],
    ]) {
      assert.ok(
        people(text).some((p) => p.includes(name)),
        text,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('keeps a person whose given name is a car maker’s', () => {
    for (const [text, name] of [
      ['Kia Thompson called about her order.', 'Kia Thompson'],
      ['Customer: Kia Thompson', 'Kia Thompson'],
      ['Tesla Nguyen rang the office.', 'Tesla Nguyen'],
      ['Dacia Popescu hat angerufen.', 'Dacia Popescu'],
    ]) {
      assert.ok(people(text).includes(name), text);
      assert.equal(route(text), 'local', text);
    }
    for (const text of ['Our VW Caddy is broken.', 'I drive a Kia Picanto.']) assert.deepEqual(people(text), [], text);
  });

  it('keeps names in a staff list whose next column is a department', () => {
    for (const text of [
      'Employee\tDepartment\nAnna Smith\tStores\nTom Baker\tPharmacy',
      'Staff list:\nAnna Smith    Pharmacy\nTom Baker     Academy',
    ]) {
      assert.ok(people(text).includes('Anna Smith'), text);
      assert.equal(route(text), 'local', text);
    }
  });

  it('keeps an expert ("SV", Sachverständiger) named with his letters', () => {
    for (const text of [
      'Gutachten durch SV Peter Müller, Termin am Montag.',
      'Der SV Peter Müller hat den Schaden besichtigt.',
      'Der Verein hat getagt. SV Peter Müller war als Gutachter da.',
    ]) {
      assert.ok(people(text).includes('Peter Müller'), text);
      assert.equal(route(text), 'local', text);
    }
  });

  it('keeps a quoted person before a verb that is also a thing’s noun, and a quoted model', () => {
    for (const text of [
      'Customer "Jane Walker" set up a direct debit yesterday.',
      'Note: "Jane Walker" print the form and sign it.',
      'Our model "Anna Schmidt" arrives at 9.',
    ]) {
      assert.ok(
        people(text).some((p) => p.includes('Walker') || p.includes('Schmidt')),
        text,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('still drops prizes, streets, clubs and quoted products named after people', () => {
    for (const text of [
      'The Mary Kingsley Trophy match is off.',
      'Deliveries via Edmund Halley Way, gate 3.',
      'Training des SV Otto Brandlhuber fällt aus.',
      'Der Vorstand des SV Ludwig Jahn 1920 e.V. lädt ein.',
      'We love the "Florence Nightingale" lamp.',
      'A "Jamie Oliver" style kitchen.',
      'We sold the "Florence Nightingale" lamp and the "Nelson Mandela" print.',
      'Yours, Clearview Eyecare',
      'Customer:        Kilnworth Plumbing & Heating Ltd',
    ])
      assert.deepEqual(people(text), [], text);
  });
});

describe('privacy review 13: a sentence about a firm keeps the home address after it', () => {
  it('keeps the writer’s address after prose that follows the firm’s legal form or an institution', () => {
    for (const [text, address] of [
      [
        'Ich bin Kunde der Müller GmbH und meine Lieferadresse ist Lindenweg 4, 12345 Berlin',
        'Lindenweg 4, 12345 Berlin',
      ],
      ['I bought from Acme Ltd, please send the refund to 12 Elm Road, Leeds LS6 2AB', '12 Elm Road, Leeds LS6 2AB'],
      ['Bei der Meier GmbH habe ich bestellt, Lieferung an Lindenweg 4, 12345 Berlin', 'Lindenweg 4, 12345 Berlin'],
      ['Ich war im Hotel Adler, bitte schick die Rechnung an Lindenweg 4, 12345 Berlin', 'Lindenweg 4, 12345 Berlin'],
    ]) {
      assert.ok(
        addresses(text).some((a) => a.includes(address)),
        text,
      );
      assert.equal(route(text), 'local', text);
    }
  });

  it('still drops a firm’s letterhead address', () => {
    for (const text of [
      'Müller GmbH, Lindenweg 4, 12345 Berlin',
      'Acme Ltd, 12 Elm Road, Leeds LS6 2AB',
      'Hotel Adler, Lindenweg 4, 12345 Berlin',
    ])
      assert.deepEqual(addresses(text), [], text);
  });
});

describe('privacy review 13: hostile input and state', () => {
  it('reads a traveller label repeated in one long word in linear time', () => {
    // Quadratic took seconds for 16,000 labels (160 KB); linear takes milliseconds.
    assertLinearTime('traveller labels', birthDates, repeated('Traveller-', 40_000), repeated('Traveller-', 160_000));
  });

  it('gives the same findings for a text scanned again after other texts', () => {
    const a =
      'first_name=Anna&last_name=Weber&phone=491564129102\nReisende 1: Vongani Mathebula, 3. August 1984\nFrau Pfeifen-\nberger\nTraining des SV Otto Brandlhuber';
    const b = 'Name,Ort\n"Null",Berlin\nI bought from Acme Ltd, please send it to 12 Elm Road, Leeds LS6 2AB';
    const first = JSON.stringify(scanner.scan(a));
    scanner.scan(b);
    assert.equal(JSON.stringify(scanner.scan(a)), first);
  });
});
