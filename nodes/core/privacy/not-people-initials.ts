import { isGivenName, isListedSurname, nameNoWord } from './name-list.js';
/**
 * A record that gives a person by initials says so ("Patientin: Initialen E.R.", "initials K.T."): the
 * word saying it is no name, and the initials after it are written to keep the name out (the labelled
 * sets do not count them as a name either).
 */
const INITIALS_WORD = /^(?:Initialen|Initials|Kürzel)$/i;
/** The word saying initials follow, and initials already read after it, right before a finding. */
const INITIALS_WORD_BEFORE = /(?:^|[^\p{L}])(?:initialen|initials|kürzel)[ \t]*:?[ \t]*(?:\p{Lu}\.?[ \t]?){0,3}$/iu;
/** One to three capitals, each with or without its dot ("R.", "E.R.", "KT"). */
const ONLY_INITIALS = /^(?:\p{Lu}\.?[ \t]?){1,3}$/u;

/**
 * The last letter of a dotted abbreviation written without blanks ("18 U.S.C. § 2702", "Washington D.C."): one
 * capital and its dot, right after one to three more; a name's initials come apart from it ("J. R. Okafor") or are
 * read with their surname.
 */
const DOTTED_ABBREVIATION_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.){1,3}$/u;
const ONE_INITIAL = /^\p{Lu}\.$/u;

export function initialsNoPerson(text: string, start: number, value: string): boolean {
  if (INITIALS_WORD.test(value)) return true;
  if (ONE_INITIAL.test(value) && DOTTED_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
    return true;
  return ONLY_INITIALS.test(value) && INITIALS_WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * A lettered heading of a form or a letter ("A. Angaben zur Person", "B. Grund: beabsichtigte Einbürgerung"): a
 * capital, its dot and one word at the start of a line, the heading going on in lower-case words or a colon, and
 * another line of the text starting with the letter before or after it and read the same way (the outline's next
 * point). A list of people by initial ("A. Berg und Frau\nB. Okafor") is no such outline: its next line is a name.
 */
const LETTERED_HEADING = /^\p{Lu}\.[ \t]\p{Lu}[\p{Ll}\p{M}]+$/u;
const HEADING_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const HEADING_GOES_ON = /^(?:[ \t]+(?:[a-zäöüß]{2,}|&|und|and)|[ \t]*:)/u;

/** The finding is the heading's letter and word, or its word alone after the letter (as the name scorer reads it). */
export function letteredHeadingNoPerson(text: string, start: number, end: number, value: string): boolean {
  let lineStart = start;
  if (!LETTERED_HEADING.test(value)) {
    if (!HEADING_WORD.test(value) || start < 3 || text[start - 2] !== '.' || text[start - 1] !== ' ') return false;
    lineStart = start - 3;
  }
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  // A surname or given name after the letter is a person by initial ("A. Okafor zur Person", review 50).
  const word = value.slice(value.lastIndexOf(' ') + 1);
  if (isListedSurname(word) || isGivenName(word) || nameNoWord(word)) return false;
  if (!HEADING_GOES_ON.test(text.slice(end, end + 12))) return false;
  const letter = text.charCodeAt(lineStart);
  if (letter < 65 || letter > 90) return false;
  // The outline's next or previous point is a heading too (a word, then lower-case words or a colon).
  const others = `${String.fromCharCode(letter - 1)}${String.fromCharCode(letter + 1)}`;
  return new RegExp(`(?:^|\\n)[${others}]\\. \\p{Lu}[\\p{Ll}\\p{M}]+(?:[ \\t]+[a-zäöüß]{2,}|[ \\t]*:)`, 'u').test(text);
}
