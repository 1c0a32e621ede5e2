/**
 * Schools, universities, their offices and childcare named right before an address: "das
 * Prüfungsamt (Universitätsplatz 1, 06108 Halle)", "the faculty office (1 College Green, Dublin 2)",
 * "Kita Sonnenblume, Gartenweg 3", "Office of the Registrar – McGill University, 845 Sherbrooke St W".
 * No one lives at such an address; the street detectors (addresses.ts, postal-shapes.ts) leave it
 * alone when the clause before it ends with the institution and at most its own one-word name.
 *
 * Privacy first: a person between the institution and the address makes the address theirs
 * ("Kita Sonnenblume, Mia Weber, Gartenweg 3", "Universität Bonn, Eltern: …", "Grundschule Nord,
 * Familie Weber, …"): more than one name word, a person or kin word, a colon, or prose after the
 * institution keeps the address. A home cue before it is read by the callers (HOME_CUE) first.
 */

import { isGivenName } from './name-list.js';

/**
 * The institutions, German compounds by their ending ("Prüfungsamt", "Grundschule",
 * "Studierendenkanzlei"; three letters or more before it, so no surname "Samt" is one), and the
 * English words in either case ("the faculty office").
 */
const SCHOOL_WORD =
  /(?<![\p{L}])(?:\p{Lu}\p{Ll}{3,}(?:amt|schule|kanzlei|sekretariat)|Universität|Hochschule|Fakultät|Institut|Schule|Gymnasium|Kita|KiTa|Kindergarten|Kindertagesstätte|Studierendenwerk|Studentenwerk|Dekanat|[Uu]niversity|[Cc]ollege|[Ff]aculty|[Ss]chool|[Rr]egistrar|[Nn]ursery|[Pp]reschool|[Kk]indergarten|Institute)(?![\p{L}])/gu;

/**
 * What may follow the institution's last word before its address: blanks and punctuation, "office",
 * and at most one capitalised word, the institution's own name ("Kita Sonnenblume, "). Each piece is
 * taken whole (no letter may follow it): linear.
 */
const SCHOOL_TAIL =
  /^[\s,;.·|/()"'„“”–—-]*(?:office(?![\p{L}])[\s,;.·|/()"'„“”–—-]*)?(?:\p{Lu}[\p{L}\p{M}'’.-]*(?![\p{L}\p{M}'’.-])[\s,;.·|/()"'„“”–—-]*)?$/u;

/**
 * A person, kin or school role word: whoever it names lives at the address after it ("Kita, Oma,
 * Lindenweg 4", "Schule – Schülerin, …", "Nursery – Grandma, …").
 */
const PERSON_WORDS =
  'Frau|Herrn?|Familie|Eltern|Mutter|Vater|Kind|Kinder|Tochter|Sohn|Oma|Opa|Großmutter|Großvater|Großeltern|Tante|Onkel|Schüler(?:in)?|Student(?:in)?|Studierende[rn]?|Lehrer(?:in)?|Erzieher(?:in)?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Family|Parents?|Mother|Father|Mum|Mom|Dad|Child|Son|Daughter|Grandma|Grandpa|Grandmother|Grandfather|Grandparents|Aunt|Uncle|Pupil|Student|Teacher|Nanny';
const PERSON_WORD = new RegExp(`^(?:${PERSON_WORDS})(?![\\p{L}])`, 'u');
/** English kin and school roles as prose writes them ("my daughter goes to the nursery, …"). */
const LOWER_PERSON_WORDS =
  'daughter|son|child|mum|mom|dad|mother|father|parents?|grandma|grandpa|grandmother|grandfather|pupil|student|teacher|nanny';
/**
 * The same words anywhere in the clause before the institution: "Schülerin der Grundschule Nord,
 * Lindenweg 4", "Tochter geht in die Kita Sonnenschein, …" speak of a person, and the address after
 * the institution is theirs. One character of look-behind: linear.
 */
const PERSON_WORD_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${PERSON_WORDS}|${LOWER_PERSON_WORDS})(?![\\p{L}])`, 'u');

/**
 * Whether the clause before an address ends with a school, university, its office or childcare (see
 * above). `address` is the address's own text: a street read from a person word on ("Eltern
 * Gartenweg 3") is someone's home.
 */
export function endsWithSchool(clause: string, address: string): boolean {
  if (PERSON_WORD.test(address)) return false;
  let head = -1;
  let tail = -1;
  for (const m of clause.matchAll(SCHOOL_WORD)) {
    head = m.index;
    tail = m.index + m[0].length;
  }
  if (tail < 0) return false;
  const rest = clause.slice(tail);
  if (!SCHOOL_TAIL.test(rest)) return false;
  if (PERSON_WORD_ANYWHERE.test(clause.slice(0, head))) return false;
  const name = /\p{Lu}/u.exec(rest);
  if (!name) return true;
  // The one word after the institution is its own name ("Kita Sonnenblume"), unless it is a person
  // word or a given name ("Kita – Mia, Lindenweg 4": the child's home).
  const word = /^[\p{L}\p{M}'’-]+/u.exec(rest.slice(name.index))?.[0] ?? '';
  return !PERSON_WORD.test(word) && !isGivenName(word);
}
