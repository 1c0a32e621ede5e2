import { COURTESY_TITLES } from './person-titles.js';
import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';

/**
 * Words where a name would stand that name no person, by how a letter or an address line is written
 * (read only around a PERSON finding, see not-people.ts):
 * - a title alone, the name written after it ("Dear Ms/Mr Dae-Pyeong": "Ms"; "Pfr. Gschwandtner"):
 *   nobody is called "Ms", the name after the title is found on its own;
 * - the two forms of a German role noun side by side ("Liebe Spenderin, lieber Spender", "Liebe
 *   Kameradinnen und Kameraden", "Leserinnen/Leser"): a greeting to everyone in that role;
 * - a building or street in an address line ("Unit 4, Mill Yard, Sheffield S3 8NP", "Quay House,
 *   Harbourside, Bristol BS1 4SB", "Lange Reihe 101, 20099 Hamburg"): the last word a street or
 *   building word, no given name before it, and the address going on right after it.
 */

/** Titles and forms of address written before a name. */
const TITLES = COURTESY_TITLES;
/** A title or form of address alone, with its full stop or without. */
const TITLE_ONLY = new RegExp(`^(?:${TITLES})\\.?$`);
/** A title or form of address right before a finding (read on the few characters before it). */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLES})\\.?[ \\t]+$`, 'u');

/** Whether a title or form of address stands right before `at` ("Mrs Court", "Dear Mr Bench"). */
export function titleBefore(text: string, at: number): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** Whether the finding names no person by how a letter or an address line is written (see above). */
export function addressingNoPerson(text: string, e: Entity, value: string): boolean {
  if (value.length <= 5 && TITLE_ONLY.test(value)) return true;
  const space = value.lastIndexOf(' ');
  // A form-encoded address's town ("Kloof+Street+122%2C+Cape+Town+8005"): the same town with "+" for its blanks.
  if (space < 0 && value.includes('+')) {
    const spaced = value.replace(/\+/g, ' ');
    return settlementInAddress(text, e, spaced, spaced.lastIndexOf(' '));
  }
  if (space < 0) return genderPair(text, e, value);
  return (
    placeInAddress(text, e, value, space) ||
    settlementAfterIn(text, e, value, space) ||
    settlementInAddress(text, e, value, space)
  );
}

/** Last words of a settlement's name ("Cape Town", "Kansas City", "Palm Springs"); none of them a given name. */
const SETTLEMENT_WORDS = new Set(['Town', 'City', 'Springs', 'Falls', 'Heights', 'Beach', 'Bay']);
/** A place's preposition right before the finding ("in", "near", "nach", "aus"). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|near|nach|aus)[ \t]+$/u;

/**
 * A settlement named after "in"/"near" ("a protection order in Cape Town", "nach Kansas City"): two or three words
 * ending in a settlement word, no given name among the others (privacy first: "in Jana Town" stays).
 */
function settlementAfterIn(text: string, e: Entity, value: string, space: number): boolean {
  if (!SETTLEMENT_WORDS.has(value.slice(space + 1))) return false;
  const words = value.slice(0, space).split(/[ \t]+/);
  if (words.length > 2 || words.some((w) => isGivenName(w))) return false;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start));
}

/** An address line's house number and comma right before the town ("Roeland Street 19, ", form-encoded "+19%2C+"). */
const HOUSE_NUMBER_BEFORE = /\p{L}[ \t+]\d{1,4}[a-z]?(?:,|%2C)[ \t+]$/iu;
/** A postcode of four or five digits right after the town ("Cape Town 8001", "+8005"), then no more digits. */
const POSTCODE_AFTER = /^[ \t+]\d{4,5}(?!\d)/;

/**
 * A settlement between an address line's house number and its postcode ("Roeland Street 19, Cape Town 8001", round
 * 50: set 47): two or three words ending in a settlement word, no given name among the others. The address itself
 * is another finding's and stays.
 */
function settlementInAddress(text: string, e: Entity, value: string, space: number): boolean {
  if (space < 0 || !SETTLEMENT_WORDS.has(value.slice(space + 1))) return false;
  const words = value.slice(0, space).split(/[ \t]+/);
  if (words.length > 2 || words.some((w) => isGivenName(w))) return false;
  return (
    HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)) &&
    POSTCODE_AFTER.test(text.slice(e.end, e.end + 8))
  );
}

/** Between the two forms: a comma and a greeting's adjective, "und"/"oder"/"and", or a slash. */
const PAIR_LINK_AFTER =
  /^[ \t]*(?:,[ \t]*)?(?:(?:liebe[rns]?|sehr[ \t]+geehrte[rns]?|und|oder|and)[ \t]+|\/[ \t]*)(\p{Lu}\p{Ll}+)/iu;
const PAIR_LINK_BEFORE =
  /(\p{Lu}\p{Ll}+)[ \t]*(?:,[ \t]*)?(?:[ \t](?:liebe[rns]?|sehr[ \t]+geehrte[rns]?|und|oder|and)[ \t]+|\/[ \t]*)$/iu;
const LETTERS_ONLY = /^\p{Lu}\p{Ll}+$/u;

/** The words that join the two forms, the word right before the second form (lower case). */
const PAIR_LINKS = new Set([
  'liebe',
  'lieber',
  'liebes',
  'lieben',
  'geehrte',
  'geehrter',
  'geehrtes',
  'geehrten',
  'und',
  'oder',
  'and',
]);

/**
 * Whether a one-word finding is one form of a German role noun with the other form beside it. Asked
 * for most one-word names, so the patterns run only where a form could be: the finding itself
 * feminine (the other form after it), or a joining word or slash right before it.
 */
function genderPair(text: string, e: Entity, value: string): boolean {
  if (value.length < 5 || !LETTERS_ONLY.test(value)) return false;
  if (value.endsWith('in') || value.endsWith('innen')) {
    const after = PAIR_LINK_AFTER.exec(text.slice(e.end, e.end + 32));
    if (after && rolePair(value, after[1])) return true;
  }
  if (!linkBefore(text, e.start)) return false;
  const before = PAIR_LINK_BEFORE.exec(text.slice(Math.max(0, e.start - 32), e.start));
  return before !== null && rolePair(before[1], value);
}

/** Whether a slash or a joining word (PAIR_LINKS) stands right before `at`. */
function linkBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (text[end - 1] === '/') return true;
  let start = end;
  while (start > 0 && end - start < 9 && /\p{L}/u.test(text[start - 1])) start--;
  return end - start >= 3 && PAIR_LINKS.has(text.slice(start, end).toLowerCase());
}

/**
 * Whether the two words are a role noun's forms and neither is a person's name: given names pair
 * up the same way ("Liebe Merlin, liebe Merle", "Kerstin und Kersten", "Karin und Karen"), and
 * those are two people greeted.
 */
function rolePair(feminine: string, masculine: string): boolean {
  return forms(feminine, masculine) && !isGivenName(feminine) && !isGivenName(masculine) && !isKnownName(feminine);
}

/**
 * Whether the first word is the feminine form ("-in", plural "-innen") of the second: the same stem,
 * the masculine form the stem alone or with "e", "n", "en" (Spenderin/Spender, Kundin/Kunde,
 * Kolleginnen/Kollegen, Leserinnen/Leser).
 */
function forms(feminine: string, masculine: string): boolean {
  const stem = feminine.endsWith('innen')
    ? feminine.slice(0, -5)
    : feminine.endsWith('in')
      ? feminine.slice(0, -2)
      : '';
  if (stem.length < 3 || !masculine.startsWith(stem)) return false;
  const ending = masculine.slice(stem.length);
  return ending === '' || ending === 'e' || ending === 'n' || ending === 'en';
}

/**
 * Street and building words that end a place's name. Not the ones that are surnames too ("Lane",
 * "Hill", "Court", "Close", "Street", "Way"): a person called "Penny Lane" is kept.
 */
const PLACE_WORDS = new Set([
  'Yard',
  'House',
  'Road',
  'Terrace',
  'Avenue',
  'Crescent',
  'Gardens',
  'Mews',
  'Square',
  'Wharf',
  'Quay',
  'Reihe',
  'Straße',
  'Strasse',
  'Weg',
  'Allee',
  'Gasse',
  'Platz',
  'Ufer',
  'Damm',
]);

/**
 * What follows a place in an address line: a house number ("Lange Reihe 101, 20099 Hamburg"), or a
 * comma and, on the same line, a postcode (British "S3 8NP", German "20099 Hamburg").
 */
const ADDRESS_GOES_ON =
  /^(?:[ \t]+\d{1,4}[a-z]?[ \t]*(?:,|\n|$)|,[^\n]{0,40}?(?:\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b|\b\d{5}[ \t]+\p{Lu}))/u;

/** Whether a finding of two words or more is a street or building in an address line (see above). */
function placeInAddress(text: string, e: Entity, value: string, space: number): boolean {
  if (!PLACE_WORDS.has(value.slice(space + 1))) return false;
  const words = value.slice(0, space).split(/[ \t\n]+/);
  if (words.some((w) => isGivenName(w))) return false;
  return ADDRESS_GOES_ON.test(text.slice(e.end, e.end + 64));
}
