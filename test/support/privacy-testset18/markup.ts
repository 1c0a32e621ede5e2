import type { Xoroshiro64 } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 18's inline marks: ⁅code:value⁆ (the square brackets with quill, U+2045/U+2046, which no
 * ticket, mail, log or subtitle format uses), stripped at load. The value runs to the closing
 * bracket and may hold line breaks and colons (IPv6). For the codes in COMPUTED the value is a
 * recipe, and the labelled value is computed by this set's own checksum code from a fixed seed.
 */
export const MARK = /⁅([a-z]):([^⁆]*)⁆/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<Xoroshiro64>({ set: 18, mark: MARK, codes: CODES, values });
