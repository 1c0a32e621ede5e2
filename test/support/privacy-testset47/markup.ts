import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { Taus113 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 47's inline marks: ⟬code:value⟭ (U+27EC/U+27ED, mathematical white tortoise shell brackets, which no embassy
 * letter, HAR file, curl transcript or proxy log writes), stripped at load; the codes are the shared ones (n, m, t,
 * i, c, a, x, s, k, r, b, h). Recipes (i, c, x, s, k, r) of the hand-written marks are computed by this set's
 * values.ts from its taus113 stream; the generator writes its values itself.
 */
export const MARK = /⟬([a-z]):([^⟭]*)⟭/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<Taus113>({
  set: 47,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});
