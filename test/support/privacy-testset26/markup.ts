import { MARK_CODES, markReader, type HandSource, type TestDocument, type TestLabel } from '../held-out-markup.js';
import type { Xoshiro } from './random.js';
import { card, cardPrinted, grouped, iban, icaoDigit, icaoNumber, pensionNumber, taxId } from './values.js';

export type { HandSource, TestDocument, TestLabel };

/**
 * Set 26's inline marks: ⟦code:value⟧ (U+27E6/U+27E7, mathematical white square brackets, which no
 * HL7, EDIFACT, X12, SWIFT, QR or MRZ payload writes), stripped at load; the codes are the shared ones
 * (n, m, t, i, c, a, x, s, k, r, b, h). The value runs to the closing bracket and may hold the
 * separators and escapes of the format. Recipes (i, c, x, s, k, r) are computed by this set's own
 * checksum code; the generator writes its values itself and reads its marks without recipes.
 */
export const MARK = /⟦([a-z]):([^⟧]*)⟧/g;
export const CODES = MARK_CODES;

export const readMarks = markReader<Xoshiro>({
  set: 26,
  mark: MARK,
  codes: CODES,
  values: { iban, grouped: (v) => grouped(v), card, cardPrinted, taxId, pensionNumber, icaoNumber },
});

/** A mark for the generator: the value as it stands in the message. */
export const mark = (code: string, value: string): string => `⟦${code}:${value}⟧`;

/**
 * A labelled value read back from its message, for the validity checks only (the label keeps the
 * original span): HL7 escapes (\F\ \S\ \T\ \R\ \E\), EDIFACT's release character (?+ ?: ?' ??), a
 * MT940 subfield tag (?32, ?33) where a name wraps, HL7 components of a phone or address (^), EDIFACT
 * elements and X12 elements of an address (+, *), and an MRZ document number labelled without its
 * check digit (the digit that follows it in the zone is added back).
 */
export function readBack(type: string, value: string): string {
  let v = value
    .replace(/\\F\\/g, '|')
    .replace(/\\S\\/g, '^')
    .replace(/\\T\\/g, '&')
    .replace(/\\R\\/g, '~')
    .replace(/\\E\\/g, '\\')
    .replace(/\n?\?3\d/g, '')
    .replace(/\?([+:'?])/g, '$1');
  if (type === 'PHONE_NUMBER' || type === 'POSTAL_ADDRESS') v = v.replace(/\^+/g, ' ').trim();
  if (type === 'POSTAL_ADDRESS') v = v.replace(/[+*<]+/g, ' ');
  if ((type === 'DE_ID_CARD' || type === 'DE_PASSPORT') && /^[A-Z0-9]{9}$/.test(v)) v += String(icaoDigit(v));
  return v;
}
