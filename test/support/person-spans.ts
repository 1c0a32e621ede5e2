import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/** The original text of each finding of `type` the default scanner makes in `text`. */
export const spansOf = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

/** The original text of each PERSON finding the default scanner makes in `text`. */
export const personSpans = (text: string) => spansOf(text, 'PERSON');

/** Asserts that a finding of `type` holds `value`. */
export const flags = (text: string, type: string, value: string) =>
  assert.ok(
    spansOf(text, type).some((f) => f.includes(value)),
    `${value} should be flagged: ${JSON.stringify(spansOf(text, type))}`,
  );

/** Asserts that no finding of `type` holds `value`. */
export const leaves = (text: string, type: string, value: string) =>
  assert.ok(!spansOf(text, type).some((f) => f.includes(value)), `${value} should not be flagged`);

/** Asserts that one finding is exactly `name`. */
export const has = (found: string[], name: string) =>
  assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);

/** Asserts that no finding holds `word`. */
export const hasNone = (found: string[], word: string) =>
  assert.ok(!found.some((f) => f.includes(word)), `no ${word} in ${JSON.stringify(found)}`);
