import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type = 'PERSON') =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('names in lines no other reader knows: service, door logs, sign-offs, a mailbox beside a name', () => {
  it('reads the person served in legal service', () => {
    assert.ok(
      found(
        'On March 3, 2026 at 6:40 pm at 88 Elm Street, Buffalo, NY 14216 I served the summons and complaint upon\nKeixwnei Hotch by personal delivery. Description: male.',
      ).includes('Keixwnei Hotch'),
    );
    assert.ok(found('The notice was served on Tamsin Oakhurst at her home.').includes('Tamsin Oakhurst'));
  });

  it('leaves ordinary words after "served upon" alone', () => {
    assert.deepEqual(found('The papers were served upon the Defendant by mail.'), []);
    assert.deepEqual(found('Dinner is served on Monday at the Hall.'), []);
  });

  it('reads a door log line’s card holder after the transponder uid', () => {
    assert.ok(
      found(
        '2026-03-09 07:02:40 Lager 2      04D21A77C0E3B5 Kawennahere Diabo\n2026-03-09 07:15:03 Server  04AA',
      ).includes('Kawennahere Diabo'),
    );
    assert.deepEqual(found('2026-03-09 07:02:40 Lager 2      04D21A77C0E3B5 Lager Nord\n'), []);
  });

  it('reads a text message’s dash sign-off, not a route or a thanks', () => {
    assert.ok(found('2026-03-17 04:09:40 IN from +447958331207: "On my way - Entingi"\n').includes('Entingi'));
    assert.deepEqual(found('Route: "Berlin - Hamburg"\n'), []);
    assert.deepEqual(found('Reply: "see you at the gate - Thanks"\n'), []);
  });

  it('reads a name whose letters its bracketed mailbox spells, without the word before it', () => {
    assert.deepEqual(
      found('Ticket 30917 – App login blocked\nUser Lekishon Meitamei (lekishon.m@bigpond.com) locked out'),
      ['Lekishon Meitamei'],
    );
    assert.deepEqual(found('Please write to Harbour Support (harbour@example.com) for access.'), []);
    assert.deepEqual(found('User Admin (admin@example.com) locked out'), []);
    assert.deepEqual(found('Submitted by CrateLane Disputes (disputes@cratelane.com), option 3'), []);
    assert.deepEqual(found('Sperre veranlasst durch Ausweisstelle (ausweisstelle@glattal.ch)'), []);
    assert.deepEqual(found('Vidora Creator Payouts (payouts@vidora.tv)'), []);
  });

  it('drops a locksmiths’ firm but keeps a sole trader’s name', () => {
    assert.deepEqual(found('To: Northstar Locksmiths & Access, Monitoring Department\n'), []);
  });
});
