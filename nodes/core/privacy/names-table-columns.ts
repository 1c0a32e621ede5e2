import { isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * Column headings that name a person by the role they have in the row (a lesson's instructor, a
 * shift's operator, an inspection's inspector): the cells under them hold names alone ("| Mo 4. Mai |
 * Autobahn | Oyelaran | 90 |"). Read by tables.ts beside its name headings; the other columns of such
 * a table (places, kinds, brands) are not read. Singular and plural, German and English.
 */
export const ROLE_COLUMN =
  /^(?:fahrlehrer(?:in|innen)?|ausbilder(?:in|innen)?|instruktor(?:in)?|instructors?|trainer(?:in|innen|s)?|prüfer(?:in|innen)?|inspektor(?:in)?|inspectors?|examiners?|techniker(?:in|innen)?|technicians?|monteur(?:in|e)?|mechaniker(?:in)?|mechanics?|fitters?|operators?|bediener(?:in)?|werker(?:in)?|maschinenführer(?:in)?|schichtführer(?:in)?|schichtleiter(?:in)?|shift lead(?:er)?s?|supervisors?|vorgesetzte[rn]?|disponent(?:in|en)?|dispatchers?|zusteller(?:in)?|kurier(?:in|e)?|couriers?|fahrzeugführer(?:in)?|lenker(?:in)?|sachbearbeiter(?:in)?|agents?|handled by|(?:redeemed|booked|bought|purchased|referred|gifted)[ \t]?by|bearbeitet von|erfasst von|gemeldet von|reported by|checked by|geprüft von|werkstattmeister(?:in)?|meister(?:in)?|kundenberater(?:in)?|serviceberater(?:in)?|service advisors?|worker|temp worker|zeitarbeitskraft|leiharbeiter(?:in)?|lehrkraft|consultants?|recruiter(?:in)?|betreuer(?:in)?|referenzgeber(?:in)?|referees?|kandidat(?:in|en)?|panel|interviewer(?:in|s)?|gutachter(?:in|innen)?|sachverständige[rn]?|schadenregulierer(?:in|innen)?|regulierer(?:in|innen)?|(?:loss[ \t]+)?adjusters?|assessors?|claims handlers?)$/i;

/** Words whose presence in a line lets tables.ts read it as a heading (cheap test before splitting cells). */
export const ROLE_COLUMN_HINTS =
  'fahrlehrer|ausbilder|instrukt|instructor|trainer|prüfer|inspekt|inspector|examiner|technik|technician|monteur|mechani|fitter|operator|bediener|werker|maschinenführer|schicht|shift|supervisor|vorgesetzt|disponent|dispatcher|zusteller|kurier|courier|fahrzeugführer|lenker|sachbearbeiter|agent|handled|redeemed|booked|bought|purchased|referred|gifted|bearbeitet|erfasst|gemeldet|reported|checked|geprüft|werkstattmeister|meister|kundenberater|serviceberater|service advisor|worker|zeitarbeitskraft|leiharbeiter|lehrkraft|consultant|recruiter|betreuer|referenzgeber|referee|kandidat|panel|interviewer|gutachter|sachverständig|regulierer|adjuster|assessor|claims handler'.split(
    '|',
  );

/** Words of a role column's cell that make it a machine, a team or a shift's sign, not a person. */
const NOT_A_PERSON_WORD =
  /^(?:team|crew|gruppe|group|schicht|shift|robot|roboter|bot|maschine|machine|anlage|line|linie|station|system|service|dienst|tool|automat(?:ic|isch)?|auto|n\/a|tbd|alle|all|bereitschaft|bereitschaftsdienst|notdienst|vertretung|pool|standby|on-call|duty|walk-in|laufkundschaft|laufkunde|online|web|app|kasse|till|reception|empfang|rezeption)$/i;

/** A surname's prefix before a capital ("MacRathaich", "NicLeòidich", "McKay", "DeAngelis"): no capital inside a tool's name. */
const SURNAME_PREFIX = /^(?:Mac|Mc|Nic|Ní|Mhic|Fitz|De|Di|Da|Du|La|Le|Van|Von)(?=\p{Lu}\p{Ll})/u;

/**
 * Whether a cell under a role heading (ROLE_COLUMN) may be a person: an "Operator", "Agent" or "Inspector"
 * column also lists machines ("Robot 3"), teams ("Team B"), operators of a language ("AND") and tools ("Chrome
 * DevTools"). No digit, no word in capitals only or with a capital inside, no team or machine word, and no word an
 * ordinary dictionary holds unless it is a known name ("Oyelaran", "Anna Weber" stay).
 */
export function roleCell(value: string): boolean {
  if (/\d/.test(value)) return false;
  const words = value.trim().split(/[ \t]+/);
  return words.every(
    (w) =>
      !/^\p{Lu}{2,}$/u.test(w) &&
      !/\p{Ll}\p{Lu}/u.test(w.replace(SURNAME_PREFIX, '')) &&
      !NOT_A_PERSON_WORD.test(w) &&
      (isGivenName(w) || isKnownName(w) || w.length < 3 || !(isEnglishWord(w.toLowerCase()) || isDictionaryWord(w))),
  );
}
