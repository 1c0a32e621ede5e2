import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/** The original text of each PERSON finding the default scanner makes in `text`. */
export const personSpans = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));

/** Asserts that one finding is exactly `name`. */
export const has = (found: string[], name: string) =>
  assert.ok(found.includes(name), `${name} in ${JSON.stringify(found)}`);

/** Asserts that no finding holds `word`. */
export const hasNone = (found: string[], word: string) =>
  assert.ok(!found.some((f) => f.includes(word)), `no ${word} in ${JSON.stringify(found)}`);
