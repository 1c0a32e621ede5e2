import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): names thanked without a comma, after a label (names-thanked.ts), with look-alikes.
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('names-thanked: "Thanks Sayrita!" without a comma', () => {
  it("finds the thanked name after a label's colon, without a comma", () => {
    assert.deepEqual(
      found("Reply from Mile High Exteriors: Thanks Sayrita! We'll pass this on to the crew.", 'PERSON'),
      ['Sayrita'],
    );
    assert.ok(found('Thanks Tendaimoyo. We will call tomorrow.', 'PERSON').includes('Tendaimoyo'));
  });
  it('reads no ordinary word as a name', () => {
    assert.deepEqual(found("Reply from the office: Thanks Team! We'll pass this on.", 'PERSON'), []);
    assert.deepEqual(found('Thanks Everyone! See you next week.', 'PERSON'), []);
    assert.deepEqual(found('Thanks Again! We will be there on Monday.', 'PERSON'), []);
  });
});
