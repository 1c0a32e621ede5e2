import type { Mt19937 } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 20's inline marks: ⟦code:value⟧ (U+27E6/U+27E7, mathematical brackets no run sheet, roster or
 * call record uses), stripped at load. The value runs to the closing bracket and may hold line
 * breaks. For the codes in COMPUTED the value is a recipe, and the labelled value is computed by this
 * set's own checksum code from a fixed MT19937 stream.
 */
export const MARK = /⟦([a-z]):([^⟧]*)⟧/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<Mt19937>({ set: 20, mark: MARK, codes: CODES, values });
