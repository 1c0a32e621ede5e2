import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { wordLike } from './names.js';
import { lowerRoleLabel } from './transcript-turns.js';

/**
 * Words a speech recogniser writes that look like names in lower-case text but name no one:
 * - a spelling alphabet's word after its letter ("g wie gustav", "s for sugar", "l for lima", "k as in kilo"): the
 *   word spells a letter;
 * - a number said in words ("null eins sechs", "einundzwanzig", "oh eight three"): phone numbers and house numbers
 *   are read out digit by digit;
 * - a radio callsign of a fire or rescue service ("Florian Kempten 1/11/1", "florian kiel 1/46/1", "Rotkreuz
 *   Passau 71/1"): a service's call name and its place, with the vehicle's numbers after them;
 * - a filler or a greeting a recogniser writes in lower case ("ähm", "servus", "ciao");
 * - a turn's label in lower case that is a role ("coastguard: …", "dispatcher: …").
 */
const FILLER_OR_GREETING = /^(?:äh|ähm|öh|öhm|hm|hmm|um|uh|erm|servus|ciao|tschüss|tschüs|moin|hallo|hello|hiya|bye)$/;
const LOWER_LABEL = /^\p{Ll}[\p{Ll}-]{1,30}$/u;

const GERMAN_UNITS = '(?:null|eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)';
const GERMAN_TENS = '(?:zehn|zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig)';
const NUMBER_WORD = new RegExp(
  `^(?:${GERMAN_UNITS}|elf|zwölf|zwoelf|${GERMAN_UNITS}?${GERMAN_TENS}|${GERMAN_UNITS}und${GERMAN_TENS}|(?:${GERMAN_UNITS})?hundert\\p{L}*|tausend\\p{L}*|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple)$`,
  'iu',
);

/** One lower-case word, and a subject pronoun right before a word (see spokenNoPerson). */
const LOWER_WORD = /^\p{Ll}+$/u;
const SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:er|sie|es|ich|du|wir|ihr|he|she|it|we|they|you)[ \t]+$/u;

/** One letter and the word that says it: "g wie", "s for", "k as in", "l like". */
const LETTER_BEFORE = /(?:^|[\s,.:;])(\p{L})[ \t]+(?:wie|für|for|as[ \t]+in|like)[ \t]+$/iu;

/** A callsign's numbers after a service's name and place: " 1/11/1", " 40/1". */
const CALLSIGN_NUMBERS = /^ (?:\p{L}+ )?\d{1,3}\/\d{1,3}(?:\/\d{1,3})?(?![\d/])/u;
/** The call names of German fire, rescue and relief services that start a callsign. */
const CALL_NAME =
  /^(?:florian|rotkreuz|sama|johannes|akkon|heros|pelikan|kater|leopold|adler|wasserwacht|dlrg)(?![\p{L}])/iu;

/** Whether a PERSON finding is one of the spoken look-alikes above. */
export function spokenNoPerson(text: string, e: Entity): boolean {
  const value = text.slice(e.start, e.end);
  if (!value.includes(' ') && (NUMBER_WORD.test(value) || FILLER_OR_GREETING.test(value))) return true;
  if (
    LOWER_LABEL.test(value) &&
    text[e.end] === ':' &&
    (e.start === 0 || text[e.start - 1] === '\n') &&
    lowerRoleLabel(value)
  )
    return true;
  // One dictionary word opening a turn ("Kunde: Moment bitte.", "Caller: Sorry?") is speech; a surname opening
  // a turn is one the name lists hold.
  if (
    !value.includes(' ') &&
    /:[ \t]+$/.test(text.slice(Math.max(0, e.start - 4), e.start)) &&
    // A field for a name ("Last name: Park", LDIF's "sn: Bedow", RFC 4519 surname) holds one, dictionary word or not.
    !/name|nom\b|inhaber|owner|contact|kontakt|^(?:sn|cn)::?[ \t]*$/i.test(
      text.slice(Math.max(0, text.lastIndexOf('\n', e.start) + 1, e.start - 60), e.start),
    ) &&
    wordLike(value) &&
    !isKnownName(value) &&
    !isGivenName(value)
  )
    return true;
  // A lower-case word right after a subject pronoun is what the subject does ("er blutet", "she says"); a name
  // after one is one the name lists hold ("fragen sie müller").
  if (
    LOWER_WORD.test(value) &&
    SUBJECT_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start)) &&
    !isKnownName(value) &&
    !isGivenName(value)
  )
    return true;
  const before = LETTER_BEFORE.exec(text.slice(Math.max(0, e.start - 12), e.start));
  if (before && before[1].toLowerCase() === value[0].toLowerCase() && !value.includes(' ')) return true;
  return CALL_NAME.test(value) && CALLSIGN_NUMBERS.test(text.slice(e.end, e.end + 24));
}

/** `found` without the spoken look-alikes (the same array when none is). */
export function withoutSpokenLookAlikes(text: string, found: Entity[]): Entity[] {
  const kept = found.filter((e) => e.type !== 'PERSON' || !spokenNoPerson(text, e));
  return kept.length === found.length ? found : kept;
}

/** A spoken number word ("sechs", "einundzwanzig", "oh"): no part of a name. */
export const isNumberWord = (word: string) => NUMBER_WORD.test(word);
