import type { Philox } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 22's inline marks: ⟬code:value⟭ (U+27EC/U+27ED, white tortoise-shell brackets, which no
 * contract, call sheet or rooming list uses), stripped at load. The value runs to the closing
 * bracket. For the codes in COMPUTED the value is a recipe, and the labelled value is computed by this
 * set's own checksum code from a fixed Philox4x32-10 stream.
 */
export const MARK = /⟬([a-z]):([^⟭]*)⟭/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<Philox>({ set: 22, mark: MARK, codes: CODES, values });

/**
 * A value as a reader of the document sees it: soft hyphens (U+00AD) dropped, no-break and narrow
 * no-break spaces read as spaces, and a page break the converter put inside the value (footer, form
 * feed, next page's header) read as one space. Labels sit on the characters as they stand; the
 * structure test checks the value read back.
 */
export function readBack(_type: string, value: string): string {
  return value
    .replace(/\s*\n[^\n]*\n\f[^\n]*\n\s*/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');
}
