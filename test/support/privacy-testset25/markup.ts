import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { AesCtr } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 25's inline marks: ⦃code:value⦄ (U+2983/U+2984, white curly brackets, which no SQL, log, config
 * or code artefact of this set writes), stripped at load; the codes are the shared ones (n, m, t, i, c,
 * a, x, s, k, r, b, h). The value runs to the closing bracket and may hold quotes, backslashes and
 * percent signs. Recipes (i, c, x, s, k, r) are computed by this set's own checksum code.
 */
export const MARK = /⦃([a-z]):([^⦄]*)⦄/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<AesCtr>({
  set: 25,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v) => grouped(v), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});

/**
 * A labelled value read back from its artefact, for the validity checks only (the label keeps the
 * original span): SQL's doubled quote, backslash escapes (\" \' \n), and URL encoding (%XX, and + for a
 * space in a name or address of a query string).
 */
export function unescaped(type: string, value: string): string {
  let v = value
    .replace(/''/g, "'")
    .replace(/\\n/g, '\n')
    .replace(/\\(["'])/g, '$1');
  // Encoded: every literal + was a space (a real + stands as %2B).
  if (/%[0-9A-Fa-f]{2}/.test(v)) return decodeURIComponent(v.replace(/\+/g, ' '));
  // Not encoded otherwise: a + inside (not a phone's leading one) is a query string's space.
  if (type === 'PERSON' || type === 'POSTAL_ADDRESS' || type === 'PHONE_NUMBER') v = v.replace(/(?!^)\+/g, ' ');
  return v;
}
