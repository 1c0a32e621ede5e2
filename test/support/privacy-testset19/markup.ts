import type { RomuTrio32 } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 19's inline marks: ⁅code:value⁆ (U+2045/U+2046, which no register, form or minutes use),
 * stripped at load. The value runs to the closing bracket and may hold line breaks. For the codes
 * in COMPUTED the value is a recipe, and the labelled value is computed by this set's own checksum
 * code from a fixed RomuTrio32 stream.
 */
export const MARK = /⁅([a-z]):([^⁆]*)⁆/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<RomuTrio32>({ set: 19, mark: MARK, codes: CODES, values });
