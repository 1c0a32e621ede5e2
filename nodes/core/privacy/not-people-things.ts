import { isGivenName } from './name-list.js';

/**
 * Two-word findings that name a thing by what it is, the last word saying so (read only around a
 * PERSON finding, see not-people.ts):
 * - a dish or a cake ("Apple Crumble", "Bakewell Tart", "Apfel Strudel"): the last word a dish, no
 *   given name before it ("Victoria Sponge" is left to the eponym list, "Cherry Pie" kept if a list
 *   calls Cherry a given name);
 * - a practice, office or clinic named by its street ("Zahnarztpraxis Lindenplatz", "Kinderarztpraxis
 *   Sierichstraße"): an institution's compound first, a street's compound last — a practice named
 *   after its doctor ("Zahnarztpraxis Okonkwo") is kept.
 */

/** Dishes and cakes no surname is: the last word of a dish's name. */
const DISH_WORDS = new Set([
  'Crumble',
  'Tart',
  'Sponge',
  'Pudding',
  'Soup',
  'Salad',
  'Strudel',
  'Torte',
  'Kuchen',
  'Suppe',
  'Salat',
  'Auflauf',
]);

/** An institution's compound's end: the first word of a practice, office or clinic named by its street. */
const INSTITUTION_ENDS = ['praxis', 'kanzlei', 'klinik', 'apotheke', 'büro', 'amt', 'zentrum'];
/** A street's compound's end: the last word of a street's name. */
const STREET_ENDS = ['straße', 'strasse', 'platz', 'weg', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'markt'];
/** Checked with endsWith, not a pattern: asked for every two-word finding. */
const endsWithOne = (word: string, ends: string[]) => ends.some((end) => word.endsWith(end));

/** Whether a finding of exactly two words names a dish or a practice by its street (see above). */
export function thingNoPerson(value: string): boolean {
  const space = value.indexOf(' ');
  if (space < 0 || value.indexOf(' ', space + 1) >= 0) return false;
  const first = value.slice(0, space);
  const last = value.slice(space + 1);
  if (DISH_WORDS.has(last)) return !isGivenName(first);
  return endsWithOne(first, INSTITUTION_ENDS) && endsWithOne(last, STREET_ENDS);
}
