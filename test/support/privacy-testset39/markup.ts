import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { Ranlxs1 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 39's inline marks: ⟪code:value⟫ (U+27EA/U+27EB, mathematical double angle brackets, which no insurer,
 * broker or litigation-support platform writes), stripped at load; the codes are the shared ones (n, m, t, i, c,
 * a, x, s, k, r, b, h). Recipes (i, c, x, s, k, r) of the hand-written marks are computed by this set's values.ts
 * from its ranlxs1 stream; the generator writes its values itself.
 */
export const MARK = /⟪([a-z]):([^⟫]*)⟫/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<Ranlxs1>({
  set: 39,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});
