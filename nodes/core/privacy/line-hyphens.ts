import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { isLetterChar } from './code-units.js';
import { isKnownName } from './name-list.js';

/**
 * Words hyphenated at a line's end, as a scanned or typeset page breaks them ("Vazul Lak-\natos",
 * "Am Kel-\nlerberg 12", "Rechtsanw-\naltsfachangestellte"), read as one word: the rules look
 * names, streets and cue words up whole. Only a hyphen between a lower-case letter and a line break
 * followed by a lower-case letter is a break's hyphen; before a capital it is the word's own
 * ("Müller-\nLüdenscheidt", "Baden-\nWürttemberg") and stays. The hyphen and the break (with a
 * carriage return, and blanks before the break) are left out of the view; a finding over the joined
 * word maps back over both parts and the break between them (normalize.ts).
 */

/** A lower-case letter: Latin-1 and Latin Extended ones by code, others by their Unicode category. */
const LOWER = /\p{Ll}/u;
const isLower = (ch: string | undefined) =>
  ch !== undefined && (ch >= 'a' && ch <= 'z' ? true : ch > '\x7f' && LOWER.test(ch));

/** Longest part of a hyphenated pair looked at: names are shorter. */
const MAX_PART = 24;

/**
 * Whether the hyphen joins two names written in lower case, as a user name or a double surname is
 * ("jana-\nnovak", "okafor-\ntom"): the hyphen is the value's own, and joined ("jananovak") neither
 * part is found any more. Kept as written, privacy first (an e-mail's local part is still joined). Each part is read up to MAX_PART letters.
 */
function namePair(text: string, hyphen: number, after: number): boolean {
  let start = hyphen;
  while (start > 0 && hyphen - start < MAX_PART && isLower(text[start - 1])) start--;
  // The left part is a whole lower-case word: "Heri-\nbert" opens with a capital and is one name.
  if (isLetterChar(text[start - 1])) return false;
  let end = after;
  while (end < text.length && end - after < MAX_PART && isLower(text[end])) end++;
  // An e-mail's local part ("jana-\nnovak@web.de") is joined: the address is then found whole.
  if (text[end] === '@') return false;
  const left = text.slice(start, hyphen);
  const right = text.slice(after, end);
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return left.length > 1 && right.length > 1 && isKnownName(cap(left)) && isKnownName(cap(right));
}

/** The view with line-end hyphens inside words removed, or undefined when there is none. */
export function joinLineHyphens(text: string): DecodedText | undefined {
  let at = text.indexOf('-\n');
  let atCr = text.indexOf('-\r\n');
  if (at === -1 && atCr === -1) return undefined;
  const pieces: DecodePiece[] = [];
  const parts: string[] = [];
  let copied = 0;
  let viewLength = 0;
  // One pass over the places of "-\n" (and "-\r\n"), in order.
  for (;;) {
    const next = at === -1 ? atCr : atCr === -1 ? at : Math.min(at, atCr);
    if (next === -1) break;
    const breakLength = next === atCr ? 3 : 2;
    const after = next + breakLength;
    if (next > 0 && isLower(text[next - 1]) && isLower(text[after]) && next >= copied && !namePair(text, next, after)) {
      parts.push(text.slice(copied, next));
      viewLength += next - copied;
      pieces.push({ view: viewLength, viewLength: 0, orig: next, origEnd: after });
      copied = after;
    }
    if (next === at) at = text.indexOf('-\n', next + 2);
    if (next === atCr) atCr = text.indexOf('-\r\n', next + 3);
  }
  if (pieces.length === 0) return undefined;
  parts.push(text.slice(copied));
  return { text: parts.join(''), pieces };
}
