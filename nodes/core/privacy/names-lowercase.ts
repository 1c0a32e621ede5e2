import type { Entity } from './entities.js';
import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';

/**
 * Names in notes written in lower case ("edin anrufen wg. schlüssel", "ring hằng about the keys",
 * "paket für knežević", "rückruf an frau okwuosa"): on a line that starts in lower case and has at
 * most one capital (a month), a given name from the lists that is no English word is a person, with
 * a surname from the lists after it; after a title ("frau", "hr.", "mrs") a known name or a word no
 * dictionary holds; after a contact verb ("ring", "anrufen") or before a possessive ("'s") a word no
 * dictionary holds. Lines with capitals are read by the other rules, which need the capital.
 */

/** A lower-case word: letters, inner hyphens and apostrophes ("ye-jin", "o'neill"). */
const WORD = /[\p{Ll}]+(?:[-'’][\p{Ll}]+)*/uy;
const LETTER = /\p{L}/u;
/** Titles written in lower case before a surname. */
const TITLE = /^(?:frau|herr|herrn|hr\.?|fr\.?|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)$/;
/** After a word inside an address or a handle: "@", "_", a digit, or a dot with no blank after it. */
const IN_TOKEN_AFTER = /^(?:[@_\d]|\.[^\s.,;:!?)])/;
/** Verbs after which notes name the person to contact. */
const CONTACT_VERB = /^(?:ring|call|text|ask|tell|remind|meet|email|mail|ping|message|phone|anrufen|fragen|an)$/;
/** A possessive at a word's end: "thandiwe's", "edin’s". */
const POSSESSIVE_END = /['’]s$/;
/** Words after which notes name a person: contact verbs, prepositions, titles. */
const CUE_BEFORE =
  /^(?:ring|call|text|ask|tell|remind|meet|email|mail|ping|message|phone|anrufen|fragen|an|für|mit|von|bei|with|for|from|to|is|ist|hier|w\/|frau|herr|herrn|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|hello|hallo|hi|hey|moin|dear|liebe[rs]?|name|schrieb|wrote|of)$/;
/** A dash before a name inside a note ("angerufen – zinaida hat fieber"). */
const DASH_BEFORE = /[–—-][ \t]$/;
/** Words of fields and values written in lower case that name lists also hold ("iban de89 …", "pin 4711"). */
const FIELD_WORDS = new Set(['iban', 'bic', 'swift', 'tel', 'fax', 'pin', 'tan', 'ref', 'kto', 'blz', 'dob', 'geb']);
const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
/**
 * A given name joined by a hyphen to an ordinary English word ("max-width", "max-age", "grace-period"): a CSS
 * property or a compound, no name; names joined to names ("anne-marie", "dong-hyun") stay.
 */
const joinedToWord = (word: string) =>
  word
    .split('-')
    .slice(1)
    .some((part) => part.length > 2 && isEnglishWord(part) && !isKnownName(capitalised(part)));

/**
 * Whether the line from `start` to `end` is written in lower case: at most one capital letter in it
 * (a month, "März", "September"), Latin, Greek or Cyrillic.
 */
function withoutCapitals(text: string, start: number, end: number): boolean {
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
      (c > 0xff && text[i] !== text[i].toLowerCase())
    )
      if (++capitals > 1) return false;
  }
  return true;
}

/** The names of one line written in lower case, into `out` (the caller checked its first letter is lower case). */
export function lowercaseLine(text: string, start: number, end: number, out: Entity[]): void {
  if (end - start > 200 || !withoutCapitals(text, start, end)) return;
  let previous = '';
  let previousEnd = -1;
  // Where the line's first word starts, after blanks and a bullet.
  let lineFrom = start;
  while (text[lineFrom] === ' ' || text[lineFrom] === '\t' || text[lineFrom] === '-' || text[lineFrom] === '*')
    lineFrom++;
  for (let at = start; at < end;) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m || m.index + m[0].length > end) {
      at++;
      continue;
    }
    const wordEnd = at + m[0].length;
    const before = text.charCodeAt(at - 1);
    // The rest of a capitalised word ("T|ermin"): not a word of its own.
    if (at > start && LETTER.test(text[at - 1])) {
      at = wordEnd;
      continue;
    }
    // Parts of addresses, handles and file names ("jiayi.shen@", "@ryu", "edin_k") are not read.
    const inToken =
      before === 64 || before === 46 || before === 95 || IN_TOKEN_AFTER.test(text.slice(wordEnd, wordEnd + 2));
    // "thandiwe's birthday": the name without its possessive.
    const possessive = POSSESSIVE_END.test(m[0]);
    const word = possessive ? m[0].slice(0, -2) : m[0];
    if (!inToken && word.length > 2 && !FIELD_WORDS.has(word) && !joinedToWord(word)) {
      const cap = capitalised(word);
      // After a title any word that is no ordinary word: "frau okwuosa", "hr. lebedev".
      const titled =
        TITLE.test(previous) &&
        previousEnd === at - 1 &&
        (isKnownName(cap) || (!isDictionaryWord(cap) && !isEnglishWord(word)));
      // After a verb of contacting ("ring oyelaran", "call ruairi") or before a possessive ("thandiwe's
      // birthday"): a word no dictionary holds.
      const cued =
        ((CONTACT_VERB.test(previous) && previousEnd === at - 1 && text[at - 1] === ' ') || possessive) &&
        !isDictionaryWord(cap) &&
        !isEnglishWord(word);
      // A given name where notes put people: at the line's start, after a cue word or a dash, not inside a
      // list of things ("milch, brot, reis").
      const placed =
        at === lineFrom ||
        (previousEnd === at - 1 && CUE_BEFORE.test(previous)) ||
        DASH_BEFORE.test(text.slice(Math.max(start, at - 3), at));
      if (titled || cued || (placed && isGivenName(cap) && !isEnglishWord(word))) {
        let nameEnd = at + word.length;
        // A surname after the given name: "evangelos theodorakis", "dong-hyun noh".
        WORD.lastIndex = wordEnd + 1;
        const next = text[wordEnd] === ' ' ? WORD.exec(text) : null;
        if (
          next &&
          next.index === wordEnd + 1 &&
          next.index + next[0].length <= end &&
          isKnownName(capitalised(next[0])) &&
          !isDictionaryWord(capitalised(next[0])) &&
          !isEnglishWord(next[0])
        )
          nameEnd = next.index + next[0].length;
        out.push(person(at, nameEnd, 0.6));
        at = nameEnd;
        previous = '';
        continue;
      }
    }
    previous = word + (text[wordEnd] === '.' ? '.' : '');
    // "name: efren", "von: fulgencio": a field's colon stands between the cue and the name.
    previousEnd = wordEnd + (text[wordEnd] === '.' || text[wordEnd] === ':' ? 1 : 0);
    at = wordEnd;
  }
}

/** Whether the line's first letter, after blanks and a bullet ("- ", "* "), is a lower-case one. */
export function startsLowerCase(text: string, start: number): boolean {
  let at = start;
  let c = text.charCodeAt(at);
  while (c === 32 || c === 9 || c === 45 || c === 42) c = text.charCodeAt(++at);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
