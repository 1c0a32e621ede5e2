import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { Ran3 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 35's inline marks: ⁅code:value⁆ (U+2045/U+2046, square brackets with quill, which no message broker,
 * queue dump, CloudEvent or webhook body writes), stripped at load; the codes are the shared ones
 * (n, m, t, i, c, a, x, s, k, r, b, h). Recipes (i, c, x, s, k, r) of the hand-written marks are
 * computed by this set's values.ts from its ran3 stream; the generator writes its values itself.
 */
export const MARK = /⁅([a-z]):([^⁆]*)⁆/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<Ran3>({
  set: 35,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});
