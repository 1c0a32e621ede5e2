import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { travelNoPerson } from '../../../nodes/core/privacy/not-people-travel.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');

/** Whether the travel rule calls `value`, found at its first place in `text`, no person. */
function noPerson(text: string, value: string): boolean {
  const start = text.indexOf(value);
  assert.ok(start >= 0, value);
  return travelNoPerson(text, { type: 'PERSON', start, end: start + value.length, score: 0.7 }, value);
}

/**
 * Travel texts name lodgings, operators and places in name-like words: the scorer took hotels, camps, dive bases,
 * beaches, a price list's month ranges and greetings for persons. A person's full name among the words, or a role
 * word between the kind and the name, keeps the finding.
 */
describe('privacy: lodgings, travel operators and places are no persons', () => {
  it('reads a lodging named by its kind first, or the kind right before the finding', () => {
    assert.ok(noPerson('Unterkunft: Pension Talblick (Zimmer 3)', 'Pension Talblick'));
    assert.ok(noPerson('Unterkunft: Pension Talblick (Zimmer 3)', 'Talblick'));
    assert.ok(noPerson('Participant hotel: Riad Dar Selma; phone on file', 'Selma'));
    assert.ok(noPerson('Booking request – Ryokan Tsukikage', 'Ryokan Tsukikage'));
    assert.ok(noPerson('Tauchbasis Roca Verde, Anmeldung', 'Roca'));
    assert.ok(noPerson('Claim – Beach House "Salt Drift", stay 3 nights', 'Salt Drift'));
    assert.ok(noPerson('Hotel Alpenglanz Garni · Seestraße 4', 'Garni'));
  });

  it('reads an operator or camp named by its kind last or after it, and the town after its comma', () => {
    assert.ok(noPerson('Kestrel Ridge Camp – arrival form', 'Kestrel Ridge'));
    assert.ok(noPerson('ok, book Gozo Limo, charge to room', 'Gozo Limo'));
    assert.ok(noPerson('Chat – Tamarack Peak Snow School (widget)', 'Tamarack Peak'));
    assert.ok(noPerson('Reef Point Divers, Pulau Besar – release form', 'Pulau Besar'));
  });

  it('reads beaches, bays, trip nouns, month ranges, greetings and labels', () => {
    assert.ok(noPerson('Ort, Datum: Playa Serena, 03.02.2026', 'Playa Serena'));
    assert.ok(noPerson('Damage claim, Gull Bay – stay', 'Gull Bay'));
    assert.ok(noPerson('14 Nächte Rundreise Kerala, Halbpension', 'Kerala'));
    assert.ok(noPerson('Treffpunkt Parkplatz Mittersill um 6 Uhr', 'Mittersill'));
    assert.ok(noPerson('Nebensaison (Jan–Mär, Nov–Dez): 80 €', 'Nov–Dez'));
    assert.ok(noPerson('Liebe Gäste,\nvielen Dank', 'Gäste'));
    assert.ok(noPerson('Kia ora, see you at ten', 'Kia'));
    assert.ok(noPerson('Reise: Pauschalreise Zypern', 'Reise'));
    assert.ok(noPerson('Fahrer: Reisebus 4, Disposition', 'Reisebus'));
  });

  it('keeps a full name beside a kind word, and a role word between them', () => {
    assert.ok(!noPerson('Unterkunft: Pension Jana Novak', 'Pension Jana Novak'));
    assert.ok(!noPerson('Hotel Krone, Karim Alaoui', 'Hotel Krone, Karim Alaoui'));
    assert.ok(!noPerson('Riad owner Karim Alaoui', 'Karim Alaoui'));
    assert.ok(!noPerson('Camp manager: Jana Novak', 'Jana Novak'));
    assert.ok(!noPerson('Dear Jana Novak Travel team', 'Jana Novak'));
    assert.ok(!noPerson('Reise mit Kia', 'Kia'));
    assert.ok(!noPerson('Treffen mit Selma am Bahnsteig', 'Selma'));
    assert.ok(!noPerson('Familie Oberreiter (4)', 'Oberreiter'));
  });

  it('keeps guests through the whole scanner', () => {
    assert.ok(people('Hotel guest Anna Berg, room 12, late check-out').includes('Anna Berg'));
    assert.ok(people('Camp manager: Jana Novak, +43 660 1234567').some((v) => v.includes('Jana Novak')));
  });

  it('reads long lines in linear time', () => {
    const line = (n: number) => 'Hotel Seeblick Garni Kestrel Ridge Camp, '.repeat(n);
    assertLinearTime('travel look-alikes', (t) => new PrivacyScanner().scan(t), line(400), line(1600));
  });
});
