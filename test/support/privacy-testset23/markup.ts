import type { ChaCha8 } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 23's inline marks: ⦃code:value⦄ (U+2983/U+2984, white curly brackets, which no offer letter,
 * timesheet or visa file uses), stripped at load. The value runs to the closing bracket. For the
 * codes in COMPUTED the value is a recipe, and the labelled value is computed by this set's own
 * checksum code from a fixed ChaCha8 stream.
 */
export const MARK = /⦃([a-z]):([^⦄]*)⦄/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<ChaCha8>({ set: 23, mark: MARK, codes: CODES, values });
