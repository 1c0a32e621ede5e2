import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): the office after "call the office at" and a poison centre's hotline (service-lines.ts).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('service-lines: "call the office at", a poison hotline', () => {
  it("reads the office's line and a poison centre's hotline as no one's", () => {
    assert.deepEqual(
      found('Estimate valid 30 days. Call the office at (303) 555-0199 to schedule.', 'PHONE_NUMBER'),
      [],
    );
    assert.deepEqual(
      found('Sicherheitshinweise.\nNotruf Vergiftungsinformationszentrale: 0761 19240', 'PHONE_NUMBER'),
      [],
    );
  });
  it("keeps a person's number beside them", () => {
    assert.deepEqual(found('Estimate valid 30 days. Call Jana at (303) 555-0199 to schedule.', 'PHONE_NUMBER'), [
      '(303) 555-0199',
    ]);
    assert.deepEqual(found('Notruf Vergiftungsinformationszentrale: 0761 1924077', 'PHONE_NUMBER'), ['0761 1924077']);
  });
});
