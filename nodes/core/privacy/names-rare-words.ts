import { GERMAN_NOUN_ENDINGS, isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';

/**
 * Names of several capitalised ordinary English words ("Wambli Runs Far", "Ohanzee Black Horse",
 * "Wicapi Walking Elk"): the word lists call "Runs", "Black" or "Elk" words, so a rule reading a name
 * word by word stops at them. Read only where something strong already says a person stands here (a
 * work role, a phone note's phrase, a verb of meeting, a labelled person field), and only after a first
 * word that is no ordinary word: "Fahrer Tsering Abfahrt 10:00" keeps "Tsering" (a German noun ends it).
 */

/** A capitalised word, hyphens and apostrophes inside. */
const WORD = /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}?[\p{L}\p{M}]+)*/uy;
/** Words that end a name rather than continue it: places, firms, teams, days and months. */
const STOP = new Set(
  'Road Rd Street St Lane Way Avenue Drive Close Farm Wood Woods Forest River Loch Lough Lake Burn Tarn See Bach Teich Weiher Glen Estate Hill Park Ltd Limited Inc Co Group Team Office Club Society Anglers Association Council Trust Department Dept Unit Site Station Rota Roster Zentrale Sekretariat Amt Büro Referat Abteilung Leitstelle Unterschrift Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
/** Whether `word` names a place, a body of water, a firm, a team, a day or a month rather than continuing a name. */
export const isPlaceOrBodyWord = (word: string) => STOP.has(word);
/** German abstract nouns' endings, which no name word has. */
const NOUN_ENDING = new RegExp(`(?:${GERMAN_NOUN_ENDINGS})$`, 'u');

/** Whether `word` is rare enough to open a name (no ordinary German or English word, or a known name that is none). */
export const rareFirstWord = (word: string) =>
  !STOP.has(word) &&
  !/^\p{Lu}{2,}/u.test(word) &&
  !NOUN_ENDING.test(word) &&
  !isDictionaryWord(word) &&
  !isEnglishWord(word);

/** Whether `word` may continue a rare name: an English word or a name, no German noun, no place or team word. */
const continuesName = (word: string) =>
  !STOP.has(word) &&
  !/^\p{Lu}{2,}/u.test(word) &&
  !NOUN_ENDING.test(word) &&
  (isEnglishWord(word) || isKnownName(word) || !isDictionaryWord(word));

/** A short particle inside a name ("Ag", "ag", "bin", "ben", "van", "de"). */
const PARTICLE = /(?:Ag|ag|bin|ben|van|von|de|da|del|al|el)(?= \p{Lu})/uy;

/**
 * The end of a name continued from `end` by up to `max` more capitalised words (one blank between) that
 * `continuesName` allows, when the run ends there (a lower-case word, punctuation, a line's end): a
 * further capitalised word the test refuses makes the run a title or a heading, and `end` stands.
 */
export function continuedNameEnd(text: string, end: number, max = 3): number {
  let at = end;
  for (let n = 0; n < max && text[at] === ' '; n++) {
    WORD.lastIndex = at + 1;
    const m = WORD.exec(text);
    if (!m) break;
    if (!continuesName(m[0])) return end;
    at = at + 1 + m[0].length;
  }
  // A capitalised word right after the run: a title, not a name's end.
  return /^ \p{Lu}/u.test(text.slice(at, at + 2)) ? end : at;
}

/**
 * A rare name at `at`: a first word no ordinary word, particles and up to `max - 1` more words allowed by
 * `continuesName`; undefined where the first word is an ordinary word.
 */
export function rareNameAt(text: string, at: number, max = 4): { start: number; end: number } | undefined {
  WORD.lastIndex = at;
  const first = WORD.exec(text);
  if (!first || !rareFirstWord(first[0])) return undefined;
  const firstEnd = at + first[0].length;
  let end = firstEnd;
  // Particles ("Ag", "bin") between the words: read as part of the name.
  for (let n = 1; n < max && text[end] === ' '; n++) {
    PARTICLE.lastIndex = end + 1;
    const p = PARTICLE.exec(text);
    if (p) {
      end = end + 1 + p[0].length;
      continue;
    }
    WORD.lastIndex = end + 1;
    const m = WORD.exec(text);
    if (!m || !continuesName(m[0])) break;
    end = end + 1 + m[0].length;
  }
  // Bounded as continuedNameEnd is: a further capitalised word right after the run (no place, day or firm word,
  // which ends a name) makes the run a title or a heading ("Wambli Runs Far Gate Two"): the rare word alone stands.
  if (end > firstEnd) {
    WORD.lastIndex = end + 1;
    const next = text[end] === ' ' ? WORD.exec(text) : null;
    if (next && !STOP.has(next[0])) end = firstEnd;
  }
  return { start: at, end };
}
