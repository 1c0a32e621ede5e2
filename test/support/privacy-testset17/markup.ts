import type { Cmwc } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 17's inline marks: ⟦code|value⟧ (mathematical white square brackets, U+27E6/U+27E7, which no
 * vCard, calendar, CSV or care form uses), stripped at load. For the codes in COMPUTED the value is
 * a recipe and the labelled value is computed by this set's own checksum code (a fixed seed).
 */
export const MARK = /⟦([a-z])\|([^⟧]*)⟧/g;

/** Set 17 writes p and e where the later sets write n (PERSON) and m (EMAIL_ADDRESS). */
const RENAMED: Readonly<Record<string, string>> = { n: 'p', m: 'e' };
export const CODES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MARK_CODES).map(([code, type]) => [RENAMED[code] ?? code, type]),
);

export const readMarks = markReader<Cmwc>({ set: 17, mark: MARK, codes: CODES, values });
