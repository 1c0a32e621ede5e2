import { LEGAL_FORM } from './addresses.js';
import type { Entity } from './entities.js';
import { LOWER, NAME_WORD, UPPER } from './letters.js';
import { isCommonWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person, wordLike } from './names.js';

/**
 * An initial and a surname ("J. Niehoff", "R. Zwahlen", "Anna M. Schmidt"): business documents
 * sign, list and assign people this way. Asked at every ". " the sentence-start pass finds and at
 * line starts; the surname is no ordinary word, and the word before the initial is no ordinary
 * capitalised word ("Anlage B. Danach", "Plan A. The") nor "z." of "z. B.".
 */
const SURNAME = new RegExp(`${NAME_WORD}(?![${UPPER}${LOWER}\\d])`, 'y');
const WORD_BEFORE = new RegExp(`(${NAME_WORD})[ \\t]$`);

/** An initial and a surname at `dot`, the dot after the initial (". " follows it), into `out`; `afterTitle`: right after "Dr. ", "Prof. ". */
export function initialAt(text: string, dot: number, out: Entity[], afterTitle = false): void {
  const initial = text.charCodeAt(dot - 1);
  if (initial < 65 || initial > 90 || text.charCodeAt(dot + 1) !== 32) return;
  const before = text.charCodeAt(dot - 2);
  // The initial stands alone: at the text's or a line's start, after a blank, a bracket, a colon, a semicolon.
  if (dot > 1 && before !== 32 && before !== 10 && before !== 9 && before !== 40 && before !== 58 && before !== 59)
    return;
  const first = text.charCodeAt(dot + 2);
  if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde))) {
    // "Hr. D. möchte verlängern", "Frau K. hat angerufen": after a title the initial alone, a verb after
    // it, names the person (a note that shortens the name).
    if (afterTitle && ((first >= 97 && first <= 122) || (first >= 0xdf && first <= 0xff)))
      out.push(person(dot - 1, dot + 1, 0.8));
    return;
  }
  SURNAME.lastIndex = dot + 2;
  const m = SURNAME.exec(text);
  if (!m) return;
  const surname = m[0];
  const end = dot + 2 + surname.length;
  if (wordLike(surname) || isCommonWord(surname) || (isEnglishWord(surname) && !isKnownName(surname))) return;
  // "z. B. Müller", "u. A. Meier": abbreviations, not initials.
  if (dot >= 4 && text[dot - 3] === '.' && !afterTitle) return;
  let start = dot - 1;
  const previous = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (previous) {
    // "Anna M. Schmidt": the given name before belongs to the name; any other capitalised word makes it a heading ("Anlage B. Danach").
    if (isGivenName(previous[1]) || isKnownName(previous[1])) start -= previous[0].length;
    else return;
  }
  if (LEGAL_FORM.test(text.slice(end, end + 40))) return;
  out.push(person(start, end, 0.8));
}

/**
 * An initial and a surname at a line's start (`start`: after blanks and bullets), for documents
 * where the sentence-start pass (names-shapes.ts, which asks initialAt at every ". ") does not run.
 */
export function initialAtLineStart(text: string, start: number, out: Entity[]): void {
  if (text.charCodeAt(start + 1) === 46) initialAt(text, start + 1, out);
}

/** A surname in capitals, a comma and a given name: "MAGALHÃES, Vitorino", "KOŁODZIEJ, Jolanta". */
const CAPITALS_COMMA_GIVEN = new RegExp(
  `[${UPPER}][${UPPER}'’-]{1,30},[ \\t]+(${NAME_WORD})(?![${UPPER}${LOWER}])`,
  'y',
);
/** The same without the comma, a particle in capitals allowed: "SANDOVAL Rose", "DE BEAUCHÊNE Octave", "JEON-OOSTERHOUT Bo-ram". */
const CAPITALS_GIVEN = new RegExp(
  `(?:[${UPPER}]{1,5}[ \\t])?[${UPPER}][${UPPER}'’-]{1,30}[ \\t]+(${NAME_WORD})(?![${UPPER}${LOWER}\\d])`,
  'y',
);

/**
 * A surname in capitals before a given name ("FITZGERALD, Eoghan, geboren am …", "SANDOVAL Rose"), as
 * registers, passports, ID checks and minutes write it, at `at`: a line's start, the value after a
 * line's first colon, or after a person cue ("Mrs OPREA Lăcrămioara", "passed it on to BARZANI Jiyan").
 * The given name must be one from the lists; a heading in capitals before a word ("HINWEIS, Bitte …")
 * is none.
 */
export function capitalsSurnameAt(text: string, at: number, out: Entity[]): void {
  const c = text.charCodeAt(at + 1);
  if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || (c > 0xff && c < 0x2000))) return;
  CAPITALS_COMMA_GIVEN.lastIndex = at;
  const m = CAPITALS_COMMA_GIVEN.exec(text);
  if (m) {
    const surname = text.slice(at, text.indexOf(',', at));
    if (!isGivenName(m[1]) || isCommonWord(surname) || wordLike(surname)) return;
    out.push(person(at, CAPITALS_COMMA_GIVEN.lastIndex, 0.8));
    return;
  }
  // Without the comma the given name carries the evidence: one from the lists, after a surname no word ("HINWEIS Bitte").
  CAPITALS_GIVEN.lastIndex = at;
  const bare = CAPITALS_GIVEN.exec(text);
  if (!bare) return;
  const end = CAPITALS_GIVEN.lastIndex;
  // A particle before the surname ("DE SCHOLTEN", "DELLA VALLE", "Ó SÚILLEABHÁIN") is a word of its own: the surname is the last.
  const surname = text
    .slice(at, end - bare[1].length)
    .trim()
    .split(/[ \t]/)
    .pop()!;
  if (!(isGivenName(bare[1]) || isKnownName(bare[1])) || isCommonWord(surname) || wordLike(surname)) return;
  out.push(person(at, surnameAfter(text, end), 0.75));
}

/** One capitalised word after one blank, read from where it is asked (sticky). */
const NEXT_NAME_WORD = new RegExp(`[ \\t](${NAME_WORD})(?![${UPPER}${LOWER}\\d])`, 'y');
/**
 * Where the name ends when the given name has a surname after it: letters before a given name need not
 * be a surname ("TSV Maria Huber", a club's letters), and a finding "TSV Maria" left "Huber" outside
 * the placeholder. A name from the lists or a word that is no word extends it; "SMITH John Street" does not.
 */
function surnameAfter(text: string, end: number): number {
  NEXT_NAME_WORD.lastIndex = end;
  const next = NEXT_NAME_WORD.exec(text);
  if (!next) return end;
  const word = next[1];
  return isKnownName(word) || !(wordLike(word) || isCommonWord(word)) ? NEXT_NAME_WORD.lastIndex : end;
}
