import { LEGAL_FORM } from './addresses.js';
import type { Entity } from './entities.js';
import { LOWER, NAME_WORD, UPPER } from './letters.js';
import { isCommonWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person, wordLike } from './names.js';

/**
 * An initial and a surname ("J. Niehoff", "R. Zwahlen", "Anna M. Schmidt"), wherever it stands:
 * business documents sign, list and assign people this way. Found from the ". " after the initial,
 * which a search finds fast; the surname is no ordinary word, and the word before the initial is
 * no ordinary capitalised word ("Anlage B. Danach", "Plan A. The") nor "z." of "z. B.".
 */
const SURNAME = new RegExp(`${NAME_WORD}(?![${UPPER}${LOWER}\\d])`, 'y');
const WORD_BEFORE = new RegExp(`(${NAME_WORD})[ \\t]$`);

export function initialNames(text: string, out: Entity[]): void {
  for (let dot = text.indexOf('. '); dot !== -1; dot = text.indexOf('. ', dot + 2)) {
    const initial = text.charCodeAt(dot - 1);
    if (initial < 65 || initial > 90) continue;
    const before = text.charCodeAt(dot - 2);
    // The initial stands alone: at the text's or a line's start, after a blank, a bracket, a colon, a semicolon.
    if (dot > 1 && before !== 32 && before !== 10 && before !== 9 && before !== 40 && before !== 58 && before !== 59)
      continue;
    const first = text.charCodeAt(dot + 2);
    if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde))) continue;
    SURNAME.lastIndex = dot + 2;
    const m = SURNAME.exec(text);
    if (!m) continue;
    const surname = m[0];
    const end = dot + 2 + surname.length;
    if (wordLike(surname) || isCommonWord(surname) || (isEnglishWord(surname) && !isKnownName(surname))) continue;
    // "z. B. Müller", "u. A. Meier": abbreviations, not initials.
    if (dot >= 4 && text[dot - 3] === '.') continue;
    let start = dot - 1;
    const previous = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (previous) {
      // "Anna M. Schmidt": the given name before belongs to the name; any other capitalised word makes it a heading ("Anlage B. Danach").
      if (isGivenName(previous[1]) || isKnownName(previous[1])) start -= previous[0].length;
      else continue;
    }
    if (LEGAL_FORM.test(text.slice(end, end + 40))) continue;
    out.push(person(start, end, 0.8));
  }
}
