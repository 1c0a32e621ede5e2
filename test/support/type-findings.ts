import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';

/**
 * Findings of one entity type as their texts, and assertions that a value is (or is not) inside one of them: the
 * helpers of the tests that ask "is this mailbox, number or name still flagged?" (rounds 32 and 33, reviews 31, 32).
 */
const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
export const found = (text: string, type: string): string[] =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

/** Asserts that a finding of `type` holds `value`. */
export const flagged = (text: string, type: string, value: string): void =>
  assert.ok(
    found(text, type).some((f) => f.includes(value)),
    `${value} flagged in ${JSON.stringify(found(text, type))}`,
  );

/** Asserts that no finding of `type` holds `value`. */
export const unflagged = (text: string, type: string, value: string): void =>
  assert.ok(
    !found(text, type).some((f) => f.includes(value)),
    `${value} not flagged in ${JSON.stringify(found(text, type))}`,
  );
