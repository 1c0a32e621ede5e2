import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';

/**
 * Names in the records of prisons, probation and youth justice, where the place, not the word, says "person"
 * (test set 43): a rare surname alone gives the name scorer nothing, these shapes do:
 * - whom a talk or a visit is about: "we're here about Dexil.", "wir sind hier wegen Parhat.", "Visit for Gretl
 *   Pescollderungg, CELL-…", "Besuch für Skarma Chospel" (a transcript's cue, one line);
 * - the trade's abbreviated roles before a name: "BewH Ernštreit" (Bewährungshelfer), "JGH …", "Rev Annõ Vaļģis",
 *   "PO …" (probation officer), "OM …" (offender manager);
 * - the person a case note is about, in lower case mid-sentence: "client Coatl Acatzin missed reporting",
 *   "offender …", "Proband …";
 * - an enrolment's or a roll's person, surname first: "Learner: Tabane, Teekoa", and a pay or roll list keyed by a
 *   prisoner number: "A4471KN Ruusop E.   5 sessions";
 * - an observation log: a time, one word, then what the person was doing ("02:00 Tiarite asleep, breathing
 *   observed."), the trade's watch on a person at risk.
 * Every name word must be no ordinary word of either dictionary, or a known name ("BewH Termin", "02:00 Lights
 * out", "client Portal", "Visit for Families" name no one); only a roll list's initial makes a dictionary surname
 * a name ("A4471KN Baker E."). Cost: one global search per shape, each anchored on its cue.
 */

/** One capitalised word of a name, letters and marks, with inner hyphens or apostrophes. */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*`;
/** One to three such words on one line. */
const WORDS = String.raw`${WORD}(?:[ \t]+${WORD}){0,2}`;

/** A talk or a visit about someone; the name closes at a mark, the line's end or "CELL". */
const TOPIC = new RegExp(
  String.raw`(?<![\p{L}])(?:we(?:'re|’re|[ \t]+are)[ \t]+here[ \t]+(?:about|for|regarding)|wir[ \t]+sind[ \t]+hier[ \t]+wegen|(?:[Vv]ideo[ \t]+)?[Vv]isit[ \t]+for|(?:[Vv]ideo)?[Bb]esuch[ \t]+für)[ \t]+(${WORDS})(?=[ \t]*(?:[.,;:!?)]|$))`,
  'gmu',
);
/** The trade's abbreviated roles and its lower-case person nouns before a name. */
const ROLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:BewH|JGH|Rev\.?|Revd\.?|PO|OM|client|offender|prisoner|inmate|probationer|service[ \t]+user|Proband(?:in)?|Klient(?:in)?|Häftling|Insass(?:e|in)|Gefangene[rn]?)[ \t]+(${WORDS})(?![\p{L}\p{N}])`,
  'gu',
);
/** A person's label and a surname-first name: "Learner: Tabane, Teekoa". */
const SURNAME_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?:Learner|Student|Prisoner|Offender|Inmate|Resident|Trainee|Client|Proband(?:in)?|Gefangene[r]?|Insass(?:e|in)|Klient(?:in)?|Teilnehmer(?:in)?)[ \t]*:[ \t]*(${WORD}),[ \t]*(${WORD})(?![\p{L}])`,
  'gu',
);
/** A roll or pay list's line: a prisoner number (A1234BC), a surname, an initial or a given name. */
const ROLL_LINE = new RegExp(
  String.raw`^[ \t]*[A-Z]\d{4}[A-Z]{2}[ \t]+(${WORD}(?:,?[ \t]+\p{Lu}\.|,?[ \t]+${WORD})?)(?![\p{L}\p{N}])`,
  'gmu',
);
/** An observation log's line: a time, one word, what the person was doing. */
const OBSERVED = new RegExp(
  String.raw`^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[-–]|Uhr))?[ \t]+(${WORD})[ \t]+(?:asleep|awake|sleeping|lying|sitting|standing|reading|watching|eating|talking|pacing|settled|calm|agitated|shouting|crying|observed|seen|appears|appeared|refused|declined|requested|showering|washing|returned|schläft|wach|liegt|sitzt|steht|ruhig|unruhig|isst|liest|verweigert)(?![\p{L}])`,
  'gmu',
);

/**
 * A word of a name: a given name, or no ordinary word of either dictionary (a surname that is also a word, "Money",
 * "Portal", is read as the word: "we're here about Money." names no one).
 */
const nameWord = (word: string) =>
  isGivenName(word) ||
  (!isDictionaryWord(word) && !isEnglishWord(word.toLowerCase()) && (!isCommonWord(word) || isKnownName(word)));

/**
 * The group's words up to its last name word, as a finding ("Annõ Vaļģis": a dictionary folding "Annõ" to "Anno"
 * must not lose the given name before a surname no dictionary holds); none when no word is a name word.
 */
function pushName(out: Entity[], start: number, value: string, score: number): void {
  const words = value.split(/([ \t]+)/);
  let end = 0;
  let length = 0;
  for (let i = 0; i < words.length; i += 2) {
    length += (i > 0 ? words[i - 1].length : 0) + words[i].length;
    const word = words[i].replace(/,$/, '');
    if (nameWord(word)) end = length - (words[i].length - word.length);
  }
  if (end > 0) out.push(person(start, start + end, score));
}

export function namesInJusticeRecords(text: string): Entity[] {
  const out: Entity[] = [];
  for (const pattern of [TOPIC, ROLE_BEFORE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      pushName(out, m.index + m[0].length - m[1].length, m[1], 0.85);
    }
  }
  SURNAME_FIRST.lastIndex = 0;
  for (let m = SURNAME_FIRST.exec(text); m; m = SURNAME_FIRST.exec(text)) {
    if (!nameWord(m[1]) && !nameWord(m[2])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push(person(start, m.index + m[0].length, 0.85));
  }
  ROLL_LINE.lastIndex = 0;
  for (let m = ROLL_LINE.exec(text); m; m = ROLL_LINE.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // A surname with its initial is a person however ordinary the word; otherwise the words up to the last name word.
    if (/\p{Lu}\.$/u.test(m[1])) out.push(person(start, start + m[1].length, 0.85));
    else pushName(out, start, m[1], 0.85);
  }
  OBSERVED.lastIndex = 0;
  for (let m = OBSERVED.exec(text); m; m = OBSERVED.exec(text)) {
    if (!nameWord(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1], m[0].search(/\d[ \t]/));
    out.push(person(start, start + m[1].length, 0.85));
  }
  return out;
}
