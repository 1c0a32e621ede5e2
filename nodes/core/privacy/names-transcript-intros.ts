import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';
import { person } from './names.js';

/**
 * Names in lower case in a speech recogniser's transcript, where nothing is capitalised: "hi it's
 * tshepiso moremi er i'm booked", "servus hier ist minik genau …", "hallo nshuti hier …", "mit an bord
 * noch Ilka Brandt und jorunn". The cue rules (names-shapes.ts) read names written with capitals; here,
 * only in a text marked as a transcript (speaker labels, timestamps), the one or two lower-case words
 * after a self-introduction ("it's", "this is", "my name is", "ich bin", "hier ist"), after a greeting
 * when a pause, "hier" or a comma follows ("hi olena (00:01)"), and after "und"/"and" ending a line
 * that names a capitalised person before it are a name, when neither is a word of English or German
 * (nor a filler, nor a term of endearment): "it's raining", "hier ist alles gut" are no one.
 *
 * Cost: one test for a transcript's marks; then one pass of each cue pattern.
 */
// A voicemail's "(00:03)" pause mark, not a chat's "Name (09:08):" time before the message.
const TRANSCRIPT_MARK =
  /SPEAKER_\d|\[\d{2}:\d{2}(?::\d{2})?\]|\(\d{2}:\d{2}\)(?!:)|\d{2}:\d{2}:\d{2}[.,]\d{3}[ \t]+-->/;
const INTRODUCTION =
  /(?<![\p{L}])(?:it's|it’s|it is|this is|my name is|my name's|name ist|ich bin|hier ist|hier spricht)[ \t]+(?=\p{Ll})/gu;
const GREETING = /(?<![\p{L}])(?:hi|hiya|hey|hallo|servus|moin)[ \t]+(?=\p{Ll})/gu;
/** After a greeting's name: a pause mark, a comma or "!", "hier", "it's", or the line's end. */
const AFTER_GREETED = /^[ \t]*(?:[(,!]|hier(?![\p{L}])|it's|it’s|$|\n)/u;
/** "Family Given und given": a capitalised pair, "und"/"and", a lower-case word ending the line or clause. */
const AND_LAST =
  /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(?:und|and)[ \t]+(\p{Ll}[\p{L}\p{M}'’-]{2,30})(?=[ \t]*(?:$|\n|[.,!?]))/gmu;
const LOWER_WORD = /\p{Ll}[\p{Ll}\p{M}'’-]{1,30}/uy;
const NOT_NAMES = new Set([
  'uh',
  'um',
  'er',
  'erm',
  'äh',
  'ähm',
  'öhm',
  'öh',
  'hm',
  'hmm',
  'schatz',
  'liebling',
  'darling',
  'babe',
  'mate',
  'leute',
  'zusammen',
  'alle',
  'alles',
  'nichts',
  'niemand',
  'jemand',
  'etwas',
  'everyone',
  'guys',
  'folks',
  'there',
  'du',
  'ihr',
  'sie',
]);

const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
/** A lower-case word no language list has (or a given name that is no English word). */
/** A German participle or adjective the lists miss ("umgezogen", "hingefallen", "gestresst", "müdig"). */
const GERMAN_FORM = /ge\p{Ll}*(?:t|en)$|(?:ig|lich|isch)$/u;
function nameWord(word: string): boolean {
  if (word.length < 3 || word.endsWith('-') || NOT_NAMES.has(word) || isEnglishWord(word)) return false;
  if (GERMAN_FORM.test(word)) return false;
  const cap = capitalised(word);
  return isGivenName(cap) || (!isDictionaryWord(cap) && !isCommonWord(word));
}

/** The one or two name words at `at` (lower case), as [start, end], or undefined. */
function lowerName(text: string, at: number): [number, number] | undefined {
  LOWER_WORD.lastIndex = at;
  const first = LOWER_WORD.exec(text);
  if (!first || !nameWord(first[0])) return undefined;
  let end = at + first[0].length;
  if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) return undefined;
  if (text[end] === ' ') {
    LOWER_WORD.lastIndex = end + 1;
    const second = LOWER_WORD.exec(text);
    if (second && nameWord(second[0]) && !/[\p{L}\p{N}]/u.test(text[end + 1 + second[0].length] ?? ''))
      end += 1 + second[0].length;
  }
  return [at, end];
}

export function transcriptLowerCaseNames(text: string): Entity[] {
  if (!TRANSCRIPT_MARK.test(text)) return [];
  const out: Entity[] = [];
  INTRODUCTION.lastIndex = 0;
  for (let m = INTRODUCTION.exec(text); m; m = INTRODUCTION.exec(text)) {
    const name = lowerName(text, m.index + m[0].length);
    if (name) out.push(person(name[0], name[1], 0.8));
  }
  GREETING.lastIndex = 0;
  for (let m = GREETING.exec(text); m; m = GREETING.exec(text)) {
    const name = lowerName(text, m.index + m[0].length);
    if (name && AFTER_GREETED.test(text.slice(name[1], name[1] + 12))) out.push(person(name[0], name[1], 0.8));
  }
  AND_LAST.lastIndex = 0;
  for (let m = AND_LAST.exec(text); m; m = AND_LAST.exec(text)) {
    const pair = [m[1], m[2]];
    if (pair.some((w) => isEnglishWord(w.toLowerCase()) || isDictionaryWord(w)) || !nameWord(m[3])) continue;
    const start = m.index + m[0].length - m[3].length;
    out.push(person(start, start + m[3].length, 0.8));
  }
  return out;
}
