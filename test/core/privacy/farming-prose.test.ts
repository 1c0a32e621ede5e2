import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { animalNoPerson } from '../../../nodes/core/privacy/not-people-animals.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

/**
 * Farming and veterinary prose (round 37): organisations' mailboxes, lines and accounts are no person's; animals'
 * names are no people; a keeper or producer named after a label is a person. Made-up names and values throughout.
 */
const scanner = new PrivacyScanner();
const values = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('farming prose: organisations’ mailboxes', () => {
  for (const box of [
    'tierkennzeichnung@lkv-suedland.example.de',
    'zuchtbuch@rinderzucht-moorland.de',
    'zucht@ziegenzucht-ost.example.de',
    'tierschutz@landkreis-moorheide.example.de',
    'asp@krisenstab-nord.example.de',
    'erinnerung@tierarzt-auental.de',
    'pharmacovigilance@agrovet.example.com',
  ])
    it(`reads ${box} as a desk's`, () => {
      const text = `Rückfragen an die Stelle: ${box}\nIhre Kundin: Ottilie Brambeck, ottilie.brambeck@gmx.de`;
      const found = values(text, 'EMAIL_ADDRESS');
      assert.ok(!found.includes(box), JSON.stringify(found));
      assert.ok(found.includes('ottilie.brambeck@gmx.de'), JSON.stringify(found));
    });
  it('keeps a named keeper’s mailbox at a breeders’ domain', () => {
    const found = values('Kontakt: zucht.wendland@rinderzucht-moorland.de', 'EMAIL_ADDRESS');
    assert.deepEqual(found, ['zucht.wendland@rinderzucht-moorland.de']);
  });
});

describe('farming prose: organisations’ lines', () => {
  it('reads a practice line for appointments and an out-of-hours number as the practice’s', () => {
    const text =
      'Practice line for appointments: 01389 604 410\nOut of hours number for clients stays 01389 604 499.\n' +
      'Helpline 0345 720 4410.\nMy own number is 01389 604 777.';
    const found = values(text, 'PHONE_NUMBER');
    assert.ok(!found.includes('01389 604 410'), JSON.stringify(found));
    assert.ok(!found.includes('01389 604 499'), JSON.stringify(found));
    assert.ok(!found.includes('0345 720 4410'), JSON.stringify(found));
    assert.ok(found.includes('01389 604 777'), JSON.stringify(found));
  });
  it('keeps a line given as someone’s own', () => {
    const found = values('My direct line for appointments: 01389 604 411', 'PHONE_NUMBER');
    assert.ok(found.includes('01389 604 411'), JSON.stringify(found));
  });
});

describe('farming prose: organisations’ accounts', () => {
  it('reads a practice’s, a yard’s and a cash office’s IBAN as theirs, not a private one', () => {
    const text =
      'Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00 (Praxis), Zahlungsziel 14 Tage.\n' +
      'Rückzahlungen: Landesoberkasse Nordmark, DE02 1203 0000 0000 2020 51\n' +
      "Livery fee by standing order to the yard's account GB82 WEST 1234 5698 7654 32.\n" +
      'Mein privates Konto: DE44 5001 0517 5407 3249 31';
    const found = values(text, 'IBAN_CODE');
    assert.deepEqual(found, ['DE44 5001 0517 5407 3249 31']);
  });
  it('keeps a practice account whose practitioner is named right after it', () => {
    const text =
      'Bitte überweisen auf DE89 3704 0044 0532 0130 00 (Praxiskonto).\nBehandelnde Tierärztin: Rieke Ambrosius';
    assert.deepEqual(values(text, 'IBAN_CODE'), ['DE89 3704 0044 0532 0130 00']);
  });
  it('keeps an IBAN whose holder is a person on the line', () => {
    const found = values('Landesoberkasse, für Frau Jorinde Wackersdorf: DE02 1203 0000 0000 2020 51', 'IBAN_CODE');
    assert.equal(found.length, 1);
  });
});

describe('farming prose: animals are no people', () => {
  it('drops a quoted patient name before a breed, keeps the owner', () => {
    const found = personSpans('Patient: "Krümel", Labrador, 6 years\nOwner: Bronwen Tallisker');
    hasNone(found, 'Krümel');
    has(found, 'Bronwen Tallisker');
  });
  it('drops a quoted name after a mare, keeps the seller', () => {
    const found = personSpans('Bill of sale: bay mare "Heather Mist"\nSeller: Ifor Pennant, Tyddyn Farm');
    hasNone(found, 'Heather');
    has(found, 'Ifor Pennant');
    const line = 'Bill of sale: chestnut gelding "Rosie Brook"';
    const start = line.indexOf('Rosie');
    assert.ok(animalNoPerson(line, start, start + 'Rosie Brook'.length));
    assert.ok(!animalNoPerson('Buyer: "Rosie Brook"', 8, 19));
  });
  it('keeps a person’s quoted name on a patient line with no animal word', () => {
    const found = personSpans('Patient: "Jorinde Wackersdorf", Zimmer 4');
    has(found, 'Jorinde Wackersdorf');
  });
});

describe('farming prose: keepers and producers', () => {
  it('reads a lone surname after "Tierhalter:" and "Producer:" as a person', () => {
    has(personSpans('Wartezeit 4 Tage\nAnwendung durch Tierhalter: Wimmelbauer\nAbgabe: Praxis'), 'Wimmelbauer');
    has(personSpans('Lot 12, 20 lambs\nProducer: Tawharau, lot 13, 8 hoggets'), 'Tawharau');
  });
});
