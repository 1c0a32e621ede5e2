import type { Well512a } from './random.js';
import * as values from './values.js';
import { markReader, MARK_CODES } from '../held-out-markup.js';

export { COMPUTED } from '../held-out-markup.js';
export type { HandSource, TestDocument, TestLabel } from '../held-out-markup.js';

/**
 * Set 21's inline marks: ⦃code:value⦄ (U+2983/U+2984, white curly brackets no service order, CMR
 * note or shift plan uses), stripped at load. The value runs to the closing bracket. For the codes in
 * COMPUTED the value is a recipe, and the labelled value is computed by this set's own checksum code
 * from a fixed WELL512a stream.
 */
export const MARK = /⦃([a-z]):([^⦄]*)⦄/g;

export const CODES = MARK_CODES;

export const readMarks = markReader<Well512a>({ set: 21, mark: MARK, codes: CODES, values });

const NAMED: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  quot: '"',
  lt: '<',
  gt: '>',
};

/**
 * A value as a browser shows it: the HTML entities a scraper left (&amp;, &nbsp;, &#228;, &#xE4;)
 * decoded, a no-break space read as a space. Labels sit on the escaped characters as they stand;
 * the structure test checks the decoded value.
 */
export function unescapeEntities(_type: string, value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => (d === '160' ? ' ' : String.fromCodePoint(Number(d))))
    .replace(/&([a-z]+);/gi, (m, n: string) => NAMED[n] ?? m);
}
