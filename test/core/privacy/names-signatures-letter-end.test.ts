import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): a letter signed with a name alone as its last line (names-signatures.ts letterEndNames).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('names-signatures: a letter signed with a name alone', () => {
  const letter = (end: string) =>
    'Sehr geehrte Frau Dijkstraet,\ngemäß Beschluss kündigen wir den Vertrag zum 30.06.2026.\nFür Rückfragen: 0251 9127704.\n\n' +
    end;
  it("finds the name on the letter's last line after a blank line", () => {
    assert.ok(found(letter('Zuze Sprūģis'), 'PERSON').includes('Zuze Sprūģis'));
    assert.ok(found(letter('Ninwaya Odishoaya\n'), 'PERSON').includes('Ninwaya Odishoaya'));
  });
  it("reads no firm's or desk's closing line as a name", () => {
    assert.ok(!found(letter('Ihre Hausverwaltung'), 'PERSON').some((n) => n.includes('Hausverwaltung')));
    assert.ok(!found(letter('Glanzwerk Gebäudereinigung'), 'PERSON').some((n) => n.includes('Gebäudereinigung')));
  });
});
