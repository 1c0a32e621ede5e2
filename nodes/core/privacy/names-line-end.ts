import { codeUnitTest } from './code-units.js';
import type { Entity } from './entities.js';
import { nameNoWord } from './name-list.js';
import { person } from './names.js';

/**
 * A surname alone after a comma at the end of a short line of two to four capitalised words, as registers, court
 * lists and address lines name the party or addressee after an institution and its town ("Amtsgericht Celle,
 * Kowalski", "Kreissparkasse Jena, Nowak"): a word of the name lists that is no ordinary word (not "Berlin, Mitte").
 * One word before the comma is a name written "Surname, Given" ("Oyelaran, Wiltrud"), read whole elsewhere.
 *
 * Cost: per line, its last word read back; the pattern only on a short line ending in ", " and a capitalised word.
 */
const LINE =
  /(?:\p{Lu}[\p{L}\p{M}.'’-]*[ \t]+){1,3}\p{Lu}[\p{L}\p{M}.'’-]*,[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]*(?=\r?\n|$)/uy;
const isLetterCode = codeUnitTest(/\p{L}/u);
const isCapitalCode = codeUnitTest(/\p{Lu}/u);

/**
 * Where the capitalised word that ends text[start, end) begins (blanks, a carriage return and one "." or "!" after
 * it), or -1: a cheap test of a line's end, read back over its last word only, before any pattern is run.
 */
export function lastCapitalisedWord(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 13))
    i--;
  if (i > start && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 33)) i--;
  const wordEnd = i;
  while (i > start && isLetterCode(text.charCodeAt(i - 1))) i--;
  return i < wordEnd && isCapitalCode(text.charCodeAt(i)) ? i : -1;
}

export function surnameEndingLine(text: string, start: number, end: number, out: Entity[]): void {
  if (end - start > 80) return;
  const c = text.charCodeAt(start);
  if (!(c >= 65 && c <= 90) && !(c >= 0xc0 && c <= 0xde)) return;
  // The line's last word capitalised, ", " before it: most lines end otherwise.
  const word = lastCapitalisedWord(text, start, end);
  if (word < start + 2 || text.charCodeAt(word - 1) !== 32 || text.charCodeAt(word - 2) !== 44) return;
  LINE.lastIndex = start;
  const m = LINE.exec(text);
  if (!m || LINE.lastIndex > end || !nameNoWord(m[1])) return;
  const at = start + m[0].lastIndexOf(m[1]);
  out.push(person(at, at + m[1].length, 0.7));
}
