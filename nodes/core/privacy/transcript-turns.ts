import { birthDateAt } from './birth-dates.js';
import { COURTESY_TITLES } from './person-titles.js';
import { forgetAfterEachScan } from './per-scan-caches.js';
import type { Entity } from './entities.js';
import { isCommonWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person, wordLike, type ParsedName } from './names.js';
import { isNumberWord } from './not-people-spoken.js';
import { rareNameAt } from './names-rare-words.js';

/**
 * Speech transcripts of calls ("[00:00:14] Leitstelle: …", "SPEAKER_01: …", WebVTT cues): turns, each a line with a
 * speaker's label before a colon. Two things are read here:
 * - a label that is a role or an office ("Police:", "Bootsführer:", "Fundbüro:") is no name: a recogniser's output
 *   and a call centre's transcript label turns by role; a person labelling turns ("[09:12] Jana:") stays a name;
 * - a turn that asks for a name ("ihr name bitte", "name des verletzten", "skipper's name", "wie heißen sie") makes
 *   the start of the next speaker's turn a name, in lower case too ("tomasz wielgosz äh …"): an answer is the
 *   strongest context a transcript has, and recognisers write names in lower case.
 */

/** German offices and agent nouns that end the compounds labelling a turn ("Sicherheitsfachkraft", "Spendentelefon"). */
const ROLE_HEAD =
  /(?:stelle|telefon|büro|buero|kraft|bearbeiter(?:in)?|helfer(?:in)?|spender(?:in)?|führer(?:in)?|fuehrer(?:in)?|leiter(?:in)?|leitung|kasse|polizei|dienst|wache|wacht|zentrale|rettung|wehr|hotline|guard|officer|desk|line|dispatch|service|team)$/;

/** The words written in lower case in the last text asked about (one text is scanned at a time). */
let lastText: string | undefined;
let lastWords = new Set<string>();
/** A word said in lower case: after a blank or a line's start, not a part of an address ("abebe@…", "….abebe"). */
const LOWER_WORD = /(?<![^\s])\p{Ll}[\p{L}\p{M}]{2,}(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])/gu;

forgetAfterEachScan(() => {
  lastText = undefined;
  lastWords = new Set();
});

function lowerWords(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastWords = new Set(text.match(LOWER_WORD) ?? []);
  }
  return lastWords;
}

/**
 * A turn's label that is a role, not a person: one word, no given name, and a German office's or
 * agent's compound, an English word or agent noun no name list holds, or a word the transcript also says in lower
 * case ("Coastguard: coastguard go ahead", "Skipper: … skipper's name").
 */
export function transcriptRole(text: string, name: ParsedName): boolean {
  if (name.tokens.length !== 1) return false;
  const word = name.tokens[0];
  if (isGivenName(word)) return false;
  const lower = word.toLowerCase();
  // An office's compound; not any dictionary word: a contact saved by a place's name ("Montserrat") is a person.
  if (ROLE_HEAD.test(lower)) return true;
  // Said in lower case too: a role, unless a name the lists hold (a chat mentions its people in lower case).
  if (lowerWords(text).has(lower) && (!isKnownName(word) || isEnglishWord(word))) return true;
  // A surname that is an English word too ("Walker", "Ward") labels a chat's turns as often: a role only when the
  // transcript says the word in lower case as well (above).
  return !isKnownName(word) && (isEnglishWord(word) || agentNoun(word));
}

/** A label in lower case at a line's start ("coastguard:", "dispatcher:"): a role when it is a word or an office. */
export function lowerRoleLabel(word: string): boolean {
  const capitalised = word[0].toUpperCase() + word.slice(1);
  return (
    !isGivenName(capitalised) &&
    (wordLike(capitalised) || isEnglishWord(capitalised) || ROLE_HEAD.test(word) || agentNoun(capitalised))
  );
}

/** An English agent noun the word list lacks: a verb and "-er" ("Dispatcher", "Adviser"). */
const agentNoun = (word: string) =>
  word.length > 5 && word.endsWith('er') && (isEnglishWord(word.slice(0, -2)) || isEnglishWord(word.slice(0, -1)));

/** A turn: an optional time in brackets, a speaker's label, a colon. */
export const TURN =
  /^[ \t]*(?:\[([\p{L}_][\p{L}\p{N}_.-]{0,30})[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\][ \t]*|(?:[[(][^\])\n]{0,30}[\])][ \t]*)?([\p{L}_][\p{L}\p{N}_ .-]{0,30}?)(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[\])]?[ \t]*:[ \t]+)/u;

/**
 * A question for a person's name at a turn's end: "ihr name bitte", "name und telefon bitte", "skipper's name",
 * "your name", "wie heißen sie", "und sie selbst"; "name des verletzten" / "name of the caller" when the word after it
 * names a person (an agent noun), not "name der straße" or "name of the street".
 */
const NAME_QUESTION =
  /(?:(?<![\p{L}])(?:nach|vor|familien|ruf|tauf|geburts|mädchen|sur|last[ \t]+|first[ \t]+|full[ \t]+|family[ \t]+)?(?:name|namen)(?:[ \t]+(?:des|der|von|of[ \t]+the|of)[ \t]+(\p{L}+))?|wie[ \t]+heißen[ \t]+sie|wie[ \t]+heisst[ \t]+du|wie[ \t]+heißt[ \t]+du|und[ \t]+sie[ \t]+selbst|and[ \t]+yourself|who[ \t]+am[ \t]+i[ \t]+speaking[ \t]+(?:to|with)|wer[ \t]+ist[ \t]+(?:am[ \t]+apparat|dran|da)|mit[ \t]+wem[ \t]+spreche[ \t]+ich|who(?:'s|’s|[ \t]+is)[ \t]+(?:calling|speaking|this))(?:[ \t]+(?:bitte|please|(?:und|and)(?:[ \t]+\p{L}+){1,3}|exactly[ \t]+as[ \t]+printed))?[ \t]*[?.]?[ \t]*$/iu;
/** The word after "name des" / "name of the" names a person: an agent or a participle noun. */
const PERSON_NOUN =
  /(?:er|ers|erin|in|ten|enten|ent|ents|or|ors|ant|ants|kind|kindes|child|person|mother|father|mutter|vaters|patient)$/i;

/** Words that open an answer before the name: fillers and the phrases that introduce one. */
const OPENER =
  /^(?:äh|ähm|öhm|öh|hm|um|uh|er|erm|also|genau|ja|yes|yeah|so|it's|its|it|is|das|ist|mein|name|my|ich|bin|i'm|i|am|this|hier|der|die|von)$/;
const SPOKEN_WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/uy;

/**
 * A question for a birth date at a turn's end ("wann ist er geboren?", "Geburtsdatum?", "and his date of birth?"): the
 * next speaker's answer gives it ("Dumenicucciu Ceccaldiolu, 02.08.1949. Wohnt …"), read as a birth date where a
 * date stands in the answer's first 120 characters.
 */
const BIRTH_QUESTION =
  /(?:(?<![\p{L}])(?:geboren|geburtsdatum|geburtstag|geb\.|born|birth|dob)|date[ \t]+of[ \t]+birth)[ \t]*\??[ \t]*$/iu;

/** The names at the start of answers to questions for a name, and the dates in answers to questions for a birth date. */
export function answersToNameQuestions(text: string): Entity[] {
  const out: Entity[] = [];
  let asked = false;
  let askedLabel = '';
  let birthAskedBy: string | undefined;
  let linesSince = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + 400));
    const turn = TURN.exec(line);
    if (turn) {
      const label = (turn[1] ?? turn[2]).trim().toLowerCase();
      const from = start + turn[0].length;
      if (asked && label !== askedLabel) answerName(text, from, end, out);
      if (birthAskedBy !== undefined && label !== birthAskedBy) answerBirthDate(text, from, end, out);
      birthAskedBy = BIRTH_QUESTION.test(text.slice(Math.max(from, end - 60), end).replace(/\r$/, ''))
        ? label
        : undefined;
      asked = false;
      const question = NAME_QUESTION.exec(text.slice(Math.max(from, end - 80), end));
      if (question && (!question[1] || PERSON_NOUN.test(question[1]))) {
        asked = true;
        askedLabel = label;
        linesSince = 0;
      }
    } else if (asked && ++linesSince > 2) asked = false;
    else if (!turn && text.slice(start, end).trim() !== '') birthAskedBy = undefined;
    companions(text, turn ? start + turn[0].length : start, end, out);
    start = end + 1;
  }
  return out;
}

/** The first date in an answer's first 120 characters, as a birth date. */
function answerBirthDate(text: string, from: number, end: number, out: Entity[]): void {
  const stop = Math.min(end, from + 120);
  for (let at = from; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57 || (at > from && /[\p{L}\p{N}]/u.test(text[at - 1]))) continue;
    const dateEnd = birthDateAt(text, at);
    if (dateEnd !== undefined) {
      out.push({ type: 'DATE_OF_BIRTH', start: at, end: dateEnd, score: 0.85 });
      return;
    }
  }
}

/** Up to three name words at the start of an answer, after fillers and "my name is", into `out`. */
function answerName(text: string, from: number, end: number, out: Entity[]): void {
  let at = from;
  let nameStart = -1;
  let nameEnd = -1;
  let words = 0;
  while (at < end && words < 3) {
    SPOKEN_WORD.lastIndex = at;
    const m = SPOKEN_WORD.exec(text);
    if (!m || m.index !== at) break;
    const word = m[0];
    const lower = word.toLowerCase();
    if (nameStart === -1 && OPENER.test(lower)) {
      at = skipBlanks(text, at + word.length, end);
      continue;
    }
    // After a name word, a surname the lists hold that is an English word too ("john smith", "anna baker").
    if (!nameWord(word) && !(nameStart !== -1 && surnameAfterName(word))) break;
    if (nameStart === -1) nameStart = at;
    nameEnd = at + word.length;
    words++;
    at = skipBlanks(text, nameEnd, end);
  }
  // One word before a subject pronoun is a verb of a sentence ("das möchte ich nicht sagen", "weiß ich nicht").
  if (nameStart !== -1 && (words > 1 || !SUBJECT_AFTER.test(text.slice(nameEnd, Math.min(end, nameEnd + 8)))))
    out.push(person(nameStart, nameEnd, 0.85));
}

const SUBJECT_AFTER = /^[ \t]+(?:ich|wir|sie|es|du|i|we|you|they|it)(?![\p{L}])/iu;

/** A surname of the lists after a name word, also when an English word ("smith"), not an ordinary word of the text. */
function surnameAfterName(word: string): boolean {
  const capitalised = word[0].toUpperCase() + word.slice(1);
  return word.length >= 3 && isKnownName(capitalised) && !wordLike(capitalised) && !isCommonWord(capitalised);
}

function skipBlanks(text: string, at: number, end: number): number {
  // A comma ends a name ("Rita Agius, born …").
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}

/** A word that may be part of a name in an answer: a known name, or no word of the dictionaries. */
function nameWord(word: string): boolean {
  if (word.length < 2 || isNumberWord(word)) return false;
  const capitalised = word[0].toUpperCase() + word.slice(1);
  // "he's", "we're": a contraction of an ordinary word.
  if (/n['’]t$/i.test(word)) return false;
  const contraction = /^(\p{L}+)['’](?:s|re|ll|ve|d|m|t)$/u.exec(capitalised);
  if (contraction && (isEnglishWord(contraction[1]) || isCommonWord(contraction[1]) || contraction[1].length < 4))
    return false;
  if (isGivenName(capitalised)) return true;
  if (wordLike(capitalised) || isCommonWord(capitalised) || OPENER.test(word.toLowerCase())) return false;
  return isKnownName(capitalised) || !isEnglishWord(capitalised);
}

/**
 * People a caller names after a word for a relation or for company ("my friend tyushtya erkay", "meine begleiterin
 * bainza deiana", "die tochter sakbe", "with me are manutea tauraa and …", "an bord noch …"): on a turn written in lower
 * case, up to two name words after the cue (fillers between), each group joined by "and"/"und".
 */
const COMPANION_CUE =
  /(?<![\p{L}])(?:my|his|her|our|meine?|seine?|ihre?|unsere?|die|der|the)[ \t]+(?:friend|brother|sister|son|daughter|wife|husband|mother|father|mum|mom|dad|partner|colleague|grandson|granddaughter|freund(?:in)?|bruder|schwester|sohn|tochter|frau|mann|mutter|vater|begleiter(?:in)?|partner(?:in)?|kollege|kollegin|enkel(?:in)?|oma|opa)[ \t]+|(?<![\p{L}])(?:frau|herr|herrn|this[ \t]+is|it's|it[ \t]+is|hier[ \t]+ist|my[ \t]+name[ \t]+is|mein[ \t]+name[ \t]+ist|name[ \t]+wie[ \t]+im[ \t]+pass|name[ \t]+as[ \t]+in[ \t]+the[ \t]+passport|name[ \t]+on[ \t]+the[ \t]+account|tausche?[ \t]+mit)[ \t]+|(?<![\p{L}])(hallo|hi|hiya|hey|servus|moin)[ \t]+|(?<![\p{L}])(?:with[ \t]+me[ \t]+(?:are|is)|bei[ \t]+mir[ \t]+(?:sind|ist)|an[ \t]+bord[ \t]+(?:noch|sind|ist))[ \t]+/giu;
const FILLER = /^(?:äh|ähm|öhm|öh|hm|um|uh|er|erm|also|genau|you|know|noch|ist|is)$/;

function companions(text: string, from: number, end: number, out: Entity[]): void {
  const turn = text.slice(from, end);
  // Recognisers' output: a turn without capitals (a capitalised name is the other rules' to find).
  if (turn.length > 400 || turn.length < 4 || turn !== turn.toLowerCase()) return;
  COMPANION_CUE.lastIndex = 0;
  for (let m = COMPANION_CUE.exec(turn); m; m = COMPANION_CUE.exec(turn)) {
    let at = from + m.index + m[0].length;
    for (let group = 0; group < 3; group++) {
      let nameStart = -1;
      let nameEnd = -1;
      let words = 0;
      while (at < end && words < 3) {
        SPOKEN_WORD.lastIndex = at;
        const w = SPOKEN_WORD.exec(text);
        if (!w || w.index !== at) break;
        if (nameStart === -1 && FILLER.test(w[0])) {
          at = skipBlanks(text, at + w[0].length, end);
          continue;
        }
        // Stricter than an answer's: an English word ("hasn't come home") is none unless a given name.
        const capitalised = w[0][0].toUpperCase() + w[0].slice(1);
        if (!nameWord(w[0]) || (isEnglishWord(capitalised) && !isGivenName(capitalised))) break;
        // After a greeting ("hi lingua bridge"), only a name the lists hold.
        if (m[1] && nameStart === -1 && !isGivenName(capitalised) && !isKnownName(capitalised)) break;
        if (nameStart === -1) nameStart = at;
        nameEnd = at + w[0].length;
        words++;
        at = skipBlanks(text, nameEnd, end);
      }
      if (nameStart === -1) break;
      out.push(person(nameStart, nameEnd, 0.8));
      const and = /^(?:and|und)[ \t]+/.exec(text.slice(at, at + 5));
      if (!and) break;
      at += and[0].length;
    }
  }
}

/** A turn's role label in capitals, then a name in brackets before the colon ("AGENT (Kanokwan):", "CALLER (Mr Okoro):"). */
const BRACKETED_SPEAKER = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{1,14}\][ \t]*)?\p{Lu}{2,}(?:[ _-]\p{Lu}{2,})?[ \t]*\((?:(?:${COURTESY_TITLES})\.?[ \t]+)?(?=\p{Lu})`,
  'gmu',
);

/**
 * A call centre's transcript names its agent or caller in brackets after the turn's role ("AGENT (Kanokwan): …"):
 * the label says a person speaks, so one rare or listed given name suffices, and a titled name ("CALLER (Mrs Grace
 * Hill):"); a bracket of ordinary words ("AGENT (Tier 2):", "CALLER (Mobile):") names no one.
 */
/** Capitalised words up to the bracket that closes a speaker's name before the colon. */
const BRACKET_WORDS = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?=[ \t]*\)[ \t]*:)/uy;

/** A title right after the bracket's opening: "(Mrs Grace Hill)". */
const TITLE_IN_BRACKET = new RegExp(String.raw`\((?:${COURTESY_TITLES})\b`);

export function bracketedSpeakerNames(text: string): Entity[] {
  const out: Entity[] = [];
  BRACKETED_SPEAKER.lastIndex = 0;
  for (let m = BRACKETED_SPEAKER.exec(text); m; m = BRACKETED_SPEAKER.exec(text)) {
    const at = m.index + m[0].length;
    // A rare name, or capitalised words opening with a listed given name or after a title ("AGENT (Grace):").
    const rare = rareNameAt(text, at);
    BRACKET_WORDS.lastIndex = at;
    const words = BRACKET_WORDS.exec(text);
    const end = rare && /^\)[ \t]*:/.test(text.slice(rare.end, rare.end + 4)) ? rare.end : undefined;
    const titled = TITLE_IN_BRACKET.test(m[0]);
    const given = words && (titled || isGivenName(words[0].split(/[ \t]/)[0])) ? at + words[0].length : undefined;
    const nameEnd = end ?? given;
    if (nameEnd !== undefined) out.push({ type: 'PERSON', start: at, end: nameEnd, score: 0.85 });
  }
  return out;
}
