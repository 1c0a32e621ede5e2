import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { Ran1 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 49's inline marks: ⟦code:value⟧ (U+27E6/U+27E7, mathematical white square brackets, which no election office,
 * petition portal or search engine writes), stripped at load; the codes are the shared ones (n, m, t, i, c, a, x, s,
 * k, r, b, h). Recipes (i, c, x, s, k, r) of the hand-written marks are computed by this set's values.ts from its
 * ran1 stream; the generator writes its values itself.
 */
export const MARK = /⟦([a-z]):([^⟧]*)⟧/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<Ran1>({
  set: 49,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});
