import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { PCG64 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 28's inline marks: ⸢code:value⸣ (U+2E22/U+2E23, top half brackets, which no vCard, iCalendar,
 * LDIF, CSV, XML or JSON export writes), stripped at load; the codes are the shared ones
 * (n, m, t, i, c, a, x, s, k, r, b, h). Recipes (i, c, x, s, k, r) of the hand-written marks are
 * computed by this set's own checksum code from its PCG64 stream; the generator writes its values
 * itself and reads its marks without recipes.
 */
export const MARK = /⸢([a-z]):([^⸣]*)⸣/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<PCG64>({
  set: 28,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v, sep) => grouped(v, sep), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});

/** A mark for the generator: the value as it stands on the screen or page. */
export const mark = (code: string, value: string): string => `⸢${code}:${value}⸣`;
