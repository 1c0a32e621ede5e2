import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { SFC64 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 29's inline marks: ⟦code:value⟧ (U+27E6/U+27E7, mathematical white square brackets, which no
 * chat-completion body, trace, JSONL line or Markdown answer of this set writes), stripped at load; the
 * codes are the shared ones (n, m, t, i, c, a, x, s, k, r, b, h). Recipes (i, c, x, s, k, r) of the
 * hand-written marks are computed by this set's value code from its SFC64 stream; the generator writes
 * its values itself and reads its marks without recipes.
 */
export const MARK = /⟦([a-z]):([^⟧]*)⟧/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<SFC64>({
  set: 29,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});

/** A mark for the generator: the value as it stands in the document. */
export const mark = (code: string, value: string): string => `⟦${code}:${value}⟧`;
