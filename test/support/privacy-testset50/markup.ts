import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { Random256Glibc2 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 50's inline marks: ⦃code:value⦄ (U+2983/U+2984, white curly brackets, which no recruiting office, veterans'
 * service, console or terminal recorder writes), stripped at load; the codes are the shared ones (n, m, t, i, c, a,
 * x, s, k, r, b, h). Recipes (i, c, x, s, k, r) of the hand-written marks are computed by this set's values.ts from
 * its random256_glibc2 stream; the generator writes its values itself.
 */
export const MARK = /⦃([a-z]):([^⦄]*)⦄/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<Random256Glibc2>({
  set: 50,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});
