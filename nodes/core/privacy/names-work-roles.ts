import { COURTESY_TITLES } from './person-titles.js';
import type { Entity } from './entities.js';
import { GERMAN_NOUN_ENDINGS, isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';
import { FIRM_AFTER_NAME } from './legal-forms.js';
import { continuedNameEnd, rareFirstWord } from './names-rare-words.js';

/**
 * Names after a WORK ROLE in the hand-written records of every trade: a site diary's "Bauleiter:
 * Sönke Harms", "Polier Jens Ohl, 4 Maurer", "Prüfstatiker Quast vor Ort", a workshop log's
 * "Werkstattleiter: …", a facility's "Hausmeister …", an induction's "first aider …", with a colon or
 * without one. The role says the words after it are a person, so one surname suffices; each word of the
 * name must be no ordinary word ("Bauleiter Abnahme am Freitag" names none). The same roles in brackets
 * after a name ("Jarle Thormählen (Ersthelfer)"), a surname after an action word at the end of a minutes
 * item ("Action Quennell.", "Verantwortlich: Ziesenitz") and a numbered attendance list with leaders
 * ("3. Sönke Ketelhut ........ krank") are read here too.
 */

/** Work roles and job titles (German with their feminine forms, English): THE list of them. */
export const WORK_ROLES = [
  // German trades and offices.
  '(?:ober)?bauleiter(?:in)?',
  'polier(?:in)?',
  'vorarbeiter(?:in)?',
  'schichtleiter(?:in)?',
  'werkstattleiter(?:in)?',
  'meister(?:in)?',
  'kranführer(?:in)?',
  'maschinist(?:in)?',
  'prüfstatiker(?:in)?',
  'statiker(?:in)?',
  'tragwerksplaner(?:in)?',
  'prüfingenieur(?:in)?',
  'prüfsachverständige[rn]?',
  'bauingenieur(?:in)?',
  'architekt(?:in)?',
  'vermesser(?:in)?',
  'ersthelfer(?:in)?',
  'sicherheitsfachkraft',
  'sicherheitsbeauftragte[rn]?',
  'sicherheitskoordinator(?:in)?',
  'sigeko',
  'hausmeister(?:in)?',
  'hauswart(?:in)?',
  'objektbetreuer(?:in)?',
  'hausverwalter(?:in)?',
  'haustechniker(?:in)?',
  'sachverständige[rn]?',
  // Delivery, transport and field roles (weighbridge tickets, consignment notes, hunting and forestry records).
  'fahrer(?:in)?',
  'beifahrer(?:in)?',
  // Public transport's staff on a vehicle or a line (fare inspections, complaints): "Prüfer Vettrani".
  'prüfer(?:in)?',
  'kontrolleur(?:in)?',
  'fahrkartenkontrolleur(?:in)?',
  'schaffner(?:in)?',
  'zugbegleiter(?:in)?',
  'disponent(?:in)?',
  'anlieferer(?:in)?',
  'abholer(?:in)?',
  'jagdaufseher(?:in)?',
  '(?:revier)?förster(?:in)?',
  'fischereiaufseher(?:in)?',
  'sprengmeister(?:in)?',
  'steiger(?:in)?',
  // Judges in a judgment's formula ("durch die Richterin am Amtsgericht …"): the court between role and name.
  'richter(?:in)? am (?:amts|land|oberlandes|verwaltungs|arbeits|sozial|finanz)gericht',
  'vorsitzende[r]? richter(?:in)?',
  // A club's staff (accident reports, match sheets): "Erstversorgung durch Übungsleiter …".
  'übungsleiter(?:in)?',
  'trainer(?:/in|in)?',
  'schiedsrichter(?:in)?',
  // English.
  'site manager',
  'site agent',
  'site supervisor',
  'project manager',
  'contracts manager',
  'foreman',
  'forewoman',
  'chargehand',
  'clerk of works',
  'quantity surveyor',
  'building surveyor',
  'building inspector',
  'structural engineer',
  'first aider',
  'fire marshal',
  'caretaker',
  'janitor',
  'superintendent',
  'concierge',
  'facilities manager',
  'maintenance technician',
  'driver',
  "haulier's driver",
  'inspector',
  'ticket inspector',
  'revenue inspector',
  'conductor',
  'dispatcher',
  'ghillie',
  'gillie',
  '(?:game)?keeper',
  'stalker',
  'warden',
  'ranger',
  'relief',
  'standby',
  'shot-?firer',
  'deputy',
  'coach',
  'referee',
];
/**
 * Offices and groups that a role word before them qualifies ("Deputy Mayor", "Relief Staff", "Standby Crew"): the
 * two words are one office, so the name comes after both, and the second word is never the name.
 */
const OFFICE_HEADS = [
  'staff',
  'crew',
  'team',
  'mayor',
  'head',
  'chair',
  'chairman',
  'chairwoman',
  'director',
  'manager',
  'officer',
  'supervisor',
  'leader',
  'clerk',
  'secretary',
  'minister',
  'governor',
  'commissioner',
  'principal',
  'president',
  'registrar',
];
const OFFICE_HEAD = new Set(OFFICE_HEADS);
const ROLE_ALTERNATION = `(?:${WORK_ROLES.join('|')})(?:[ \\t]+(?:${OFFICE_HEADS.join('|')}))?`;
const WHOLE_ROLE = new RegExp(`^(?:${ROLE_ALTERNATION})$`, 'iu');
/** Whether `label` (a key's words: "ghillie", "site manager") is a work role, which names the person holding it. */
export const isWorkRole = (label: string) => WHOLE_ROLE.test(label);
/**
 * The roles with the first letter of each word in either case, for patterns that must read capitals as such.
 * A word may start at the role's start, after a blank or a hyphen, at an alternative's start ("(?:amts|land)")
 * and after an optional part ("(?:ober)?bauleiter" reads "Bauleiter" as well as "Oberbauleiter"): every place.
 */
const anyFirst = (roles: string[]) =>
  roles
    .map((r) =>
      r.replace(/(^|\(\?:|\)\?|[ |-]|-\?)([a-zäöü])/g, (_m, b: string, l: string) => `${b}[${l}${l.toUpperCase()}]`),
    )
    .join('|');
const ROLE_ANY_FIRST = `(?:${anyFirst(WORK_ROLES)})(?:[ \\t]+(?:${anyFirst(OFFICE_HEADS)}))?`;
/** A work role and blanks at a finding's start, with a capitalised word after ("Polier Jens Ohl"). */
export const WORK_ROLE_BEFORE = new RegExp(`^(?:${ROLE_ANY_FIRST})[ \\t]+(?=\\p{Lu})`, 'u');

/** A role, then an optional colon, then blanks and titles ("Dipl.-Ing.", "Herr", "Mr"). */
const ROLE_BEFORE_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}-])(?:${ROLE_ALTERNATION})(:?)[ \\t]+(?:(?:(?:${COURTESY_TITLES})\\.?|Dipl\\.-Ing\\.|Ing\\.)[ \\t]+)*`,
  'giu',
);
/** One word of a name: a capital, then letters (hyphens and apostrophes inside). */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{Lu}?[\p{L}\p{M}]+)*/uy;

/** A part in capitals joined by a hyphen ("IT-Servicedesk", "Quell-IP"): an abbreviation, which no name holds. */
const ABBREVIATION_PART = /(?:^|-)\p{Lu}{2,}(?:-|$)/u;
/** Words for the plan a role heads ("Caretaker Rota", "Hausmeister Dienstplan") that the word lists lack. */
const ROLE_PLAN_WORDS = new Set([
  'rota',
  'rotas',
  'roster',
  'rosters',
  'dienstplan',
  'einsatzplan',
  // A form's field after the role ("Anlieferer Unterschrift: ____", "Fahrer Name").
  'unterschrift',
  'signature',
  'name',
  'datum',
  'kennzeichen',
]);
/**
 * Places and buildings a role's line names where the person would stand ("Polier: Rathaus", "Fahrer:
 * Werkstatt"): surnames too, so the name list takes them, but right after a role they say where.
 */
const ROLE_PLACE_WORDS = new Set(
  'rathaus baustelle werkstatt halle lager büro buero kantine hof werk bauhof wertstoffhof deponie revier grube schacht zentrale leitstelle office depot yard site'.split(
    ' ',
  ),
);
/** A number right after a word: a line's, a bus's or a platform's ("Linie 5"). */
const NUMBER_AFTER = /^[ \t]?\d/;
/** Endings of German abstract nouns, which no surname has. */
const NOUN_ENDING = new RegExp(`(?:${GERMAN_NOUN_ENDINGS}|ment|chen|lein|ei|ik|ur|age)$`, 'u');
/** Whether a word ends as a German abstract noun does ("Agentur", "Einweisung"), which no surname does. */
export const germanNounEnding = (word: string) => NOUN_ENDING.test(word);
/** The surest of them, and compounds' heads, for a word among others ("Wohnanlage Eichkamp"; "Koschnik" stays). */
const LONG_NOUN_ENDING = new RegExp(`(?:${GERMAN_NOUN_ENDINGS}|anlage)$`, 'u');

/**
 * Whether a word may be part of a name here: no abbreviation, and a known name or no ordinary German or
 * English word nor a sure German noun's ending ("Wohnanlage Eichkamp").
 */
const nameWord = (word: string) =>
  !ABBREVIATION_PART.test(word) &&
  (isKnownName(word) || !(isDictionaryWord(word) || isEnglishWord(word) || LONG_NOUN_ENDING.test(word)));

/** The name of one to three words at `at` (one blank between them), or undefined. */
function nameAt(text: string, at: number): { start: number; end: number; words: number } | undefined {
  let end = at;
  let words = 0;
  for (let pos = at; words < 3; words++) {
    NAME_WORD.lastIndex = pos;
    const m = NAME_WORD.exec(text);
    // Right after the role a plan word is the role's plan ("Caretaker Rota"), though "Rota" is a surname too.
    const lower = m?.[0].toLowerCase() ?? '';
    if (
      !m ||
      !nameWord(m[0]) ||
      (words === 0 && (ROLE_PLAN_WORDS.has(lower) || ROLE_PLACE_WORDS.has(lower) || OFFICE_HEAD.has(lower)))
    )
      break;
    end = pos + m[0].length;
    if (text[end] !== ' ') {
      words++;
      break;
    }
    pos = end + 1;
  }
  if (words === 0 || end === at) return undefined;
  // One word only: a German noun the dictionary lacks ("Einweisung", "Begehung") is no surname, nor one in "-e" whose
  // plural it holds ("Prüfer Stelle": "stellen"); a lone capital ("Fahrer B") or a word with a number after it
  // ("Fahrer Linie 5", "driver Bus 42") names a vehicle or a line.
  if (words === 1) {
    const word = text.slice(at, end);
    if (NOUN_ENDING.test(word) || word.length < 2 || NUMBER_AFTER.test(text.slice(end, end + 2))) return undefined;
    // An abbreviation with its dot ("Disponent: Lfd. Nr. 14"): no vowel, which a name has.
    if (text[end] === '.' && !/[aeiouyäöüáéíóúàèìòù]/iu.test(word)) return undefined;
    if (word.endsWith('e') && isDictionaryWord(`${word.toLowerCase()}n`)) return undefined;
  }
  if (FIRM_AFTER_NAME.test(text.slice(end, end + 24))) return undefined;
  // A rare first word after the role: the name may go on in ordinary English words ("ghillie Wambli Runs Far").
  NAME_WORD.lastIndex = at;
  const first = NAME_WORD.exec(text);
  if (first && rareFirstWord(first[0])) end = continuedNameEnd(text, end);
  return { start: at, end, words };
}

/** Whether a name (not an ordinary word) starts at `at` of `text`, after a role. */
export const nameAfterRole = (text: string, at: number) => nameAt(text, at) !== undefined;

/** A name of one to three capitalised words ending right before its role in brackets. */
const ROLE_IN_BRACKETS = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(\\p{Lu}[\\p{L}\\p{M}'’-]*(?: \\p{Lu}[\\p{L}\\p{M}'’-]*){0,2})[ \\t]+\\((?:${ROLE_ANY_FIRST})\\)`,
  'gu',
);
/** An action word, then one surname (or two joined by "/") closing a minutes item. */
const ACTION_OWNER =
  /(?<![\p{L}\p{M}])(?:Action|Actions|Aktion|Verantwortlich|Zuständig|Owner)(?:[ \t]*:[ \t]*| +)(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]*\/[ \t]*\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]*(?=[.;]|\r?\n|$)/gu;
/** A numbered line whose name is followed by leaders: "3. Sönke Ketelhut ........ krank". */
const NUMBERED_LEADERS =
  /^[ \t]*\d{1,3}[.)][ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2})[ \t]*\.{4,}/gmu;

const allNameWords = (value: string) => value.split(/[ \t]*\/[ \t]*| /).every(nameWord);

export function workRoleNames(text: string): Entity[] {
  const out: Entity[] = [];
  ROLE_BEFORE_NAME.lastIndex = 0;
  for (let m = ROLE_BEFORE_NAME.exec(text); m; m = ROLE_BEFORE_NAME.exec(text)) {
    // A heading in capitals ("CARETAKER ROTA — …") names the document, not a person.
    if (!/\p{Ll}/u.test(m[0])) continue;
    const name = nameAt(text, m.index + m[0].length);
    if (name) out.push({ type: 'PERSON', start: name.start, end: name.end, score: 0.85 });
  }
  ROLE_IN_BRACKETS.lastIndex = 0;
  for (let m = ROLE_IN_BRACKETS.exec(text); m; m = ROLE_IN_BRACKETS.exec(text)) {
    // Ordinary words before the name are the sentence's ("Notfall Jarle Thormählen"): the name is the words after them.
    const words = m[1].split(' ');
    let skip = 0;
    let from = m.index;
    while (skip < words.length && !nameWord(words[skip])) from += words[skip++].length + 1;
    if (skip < words.length && words.slice(skip).every(nameWord))
      out.push({ type: 'PERSON', start: from, end: m.index + m[1].length, score: 0.85 });
  }
  ACTION_OWNER.lastIndex = 0;
  for (let m = ACTION_OWNER.exec(text); m; m = ACTION_OWNER.exec(text))
    if (allNameWords(m[1])) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.8 });
    }
  NUMBERED_LEADERS.lastIndex = 0;
  for (let m = NUMBERED_LEADERS.exec(text); m; m = NUMBERED_LEADERS.exec(text)) {
    const words = m[1].split(' ');
    // Two name words, or one known name: a single unknown word is a task ("1. Erdarbeiten ..... offen").
    if (words.every(nameWord) && (words.length > 1 || isKnownName(words[0]))) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
    }
  }
  return out;
}
