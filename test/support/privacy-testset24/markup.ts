import type { Threefry } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 24's inline marks: ⟦code:value⟧ (U+27E6/U+27E7, mathematical white square brackets, which no
 * LaTeX, AsciiDoc, wiki or site-diary source of this set uses), stripped at load. The value runs to
 * the closing bracket and may hold markup (backslashes, braces, tildes, line breaks). For the codes in
 * COMPUTED the value is a recipe ("DE ~" for an IBAN whose groups are joined by ~), and the labelled
 * value is computed by this set's own checksum code from a fixed Threefry stream; without a stream
 * (the generator, which computes its values itself) every value is taken as written.
 */
export const MARK = /⟦([a-z]):([^⟧]*)⟧/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<Threefry>({ set: 24, mark: MARK, codes: CODES, values });

const ACCENTS: Record<string, Record<string, string>> = {
  '"': { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü', e: 'ë', i: 'ï' },
  "'": { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ć', n: 'ń', s: 'ś', z: 'ź', E: 'É' },
  '`': { a: 'à', e: 'è', o: 'ò', u: 'ù' },
  '^': { a: 'â', e: 'ê', o: 'ô', i: 'î', u: 'û' },
  '~': { n: 'ñ', a: 'ã', o: 'õ' },
  v: { c: 'č', s: 'š', z: 'ž', r: 'ř', e: 'ě', C: 'Č', S: 'Š', Z: 'Ž' },
  c: { c: 'ç', s: 'ş', C: 'Ç', S: 'Ş' },
};

/**
 * A labelled value read back from its markup, for the validity checks only (the label keeps the
 * original span): LaTeX accents and \ss{}, ~ and \, as spaces, \\ as a line break, escaped \_ \& \#,
 * and the markup of a tel: or mailto: link left out. The values as they stand are what the set scores.
 */
export function unmarked(_type: string, value: string): string {
  return value
    .replace(/\{?\\ss\{?\}?\}?/g, 'ß')
    .replace(/\{?\\([vc])\{(\w)\}\}?/g, (_m, a: string, l: string) => ACCENTS[a]?.[l] ?? l)
    .replace(/\{?\\(["'`^~])\{?(\w)\}?\}?/g, (_m, a: string, l: string) => ACCENTS[a]?.[l] ?? l)
    .replace(/\\\\\s*/g, '\n')
    .replace(/\\[,;:]|~/g, ' ')
    .replace(/\\([_&#%])/g, '$1');
}
