import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { titleBefore } from './not-people-addressing.js';
import { PUBLIC_BODY_NAME } from './organisation-accounts.js';

/**
 * An organisation's desk taken for a person where a person would sign or send (round 49, set 46): a counter signing a
 * receipt note ("Quittung Nr. 0077 ausgegeben. – Theke"), a department as a reply's sender ("Am 16.02.2026 schrieb
 * ZNA Sekretariat:"), a pool's hotline in a roster's name column ("Pool-Hotline"). Every word is a desk's word, a
 * compound ending in one ("Pool-Hotline") or an abbreviation in capitals ("ZNA"), with a desk's word among them.
 * Privacy first: a given name among the words keeps the finding ("Sekretariat Jana Novak" is hers), and so does a form
 * of address before it ("Frau Kasse").
 */
const DESK_WORDS =
  'Theke|Empfang|Rezeption|Anmeldung|Sekretariat|Kasse|Pforte|Hotline|Servicehotline|Leitstelle|Disposition|Reception|Helpdesk|Frontdesk|Ausleihe|Fernleihe|Auskunft|Lesesaal|Aufsicht|Recherchedienst';
const DESK_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}]*-)?(?:${DESK_WORDS})$`, 'u');
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Whether a value is a desk's name alone ("Pool-Hotline", "ZNA Sekretariat"): also a name column's look-alike. */
export function isDeskName(value: string): boolean {
  const words = value.split(/[ \t]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 3 || !words.some((w) => DESK_WORD.test(w))) return false;
  return words.every((w) => DESK_WORD.test(w) || (ACRONYM.test(w) && !isGivenName(w)));
}

/**
 * A public body's name taken for a person (round 51, set 48): a library, an archive, a museum or a record office by
 * its compound or its word ("Steiermärkische Landesbibliothek", "Fernleihe Stadtbibliothek", "Schulbibliothek
 * Grünau", "Staatsarchiv Basel-Stadt") with at most three words. A given name among the words keeps the finding.
 */
export function isPublicBodyName(value: string): boolean {
  const words = value.split(/[ \t]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 3 || !PUBLIC_BODY_NAME.test(value)) return false;
  return !words.some((w) => isGivenName(w));
}

/**
 * A public archive's, library's or museum's name by its level of government right before a name ("Staatsarchiv ",
 * "Stadtbibliothek ", "Landesmuseum "): the word after it is its town or state, not a person. Not "Privatarchiv" nor
 * "Familienarchiv", which a person's name follows.
 */
export const JURISDICTION_BODY_BEFORE =
  /(?:^|[^\p{L}])(?:Staats|Stadt|Landes|Kreis|Bundes|Gemeinde|Universitäts|Kommunal|Regional)(?:archiv|bibliothek|bücherei|museum)[ \t]+$/u;
/** Whether a PERSON finding is a desk's or a public body's name, or the town after one (see above). */
/**
 * An office and its department's abbreviation ("Geprüft: Stadtkanzlei, Abt. Wahlen", "Planning, Dept. of Housing",
 * round 52): "Abt" is also a surname, read as "Surname, Given"; its full stop and the unit's name after it make it
 * the department. Privacy first: a known name before the comma keeps the finding ("Schmidt, Abt. Wahlen" is hers).
 */
const DEPARTMENT_ABBREVIATION = /^(\p{Lu}[\p{L}-]+),[ \t]+(?:Abt|Dept|Div|Ref)$/u;
const UNIT_AFTER = /^\.[ \t]+\p{Lu}/u;
function departmentNoPerson(text: string, e: Entity, value: string): boolean {
  const m = DEPARTMENT_ABBREVIATION.exec(value);
  return !!m && !isKnownName(m[1]) && UNIT_AFTER.test(text.slice(e.end, e.end + 3));
}

export function deskNoPerson(text: string, e: Entity, value: string): boolean {
  if (JURISDICTION_BODY_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start)) && !/[ \t]/u.test(value))
    return true;
  if (departmentNoPerson(text, e, value)) return true;
  return (isDeskName(value) || isPublicBodyName(value)) && !titleBefore(text, e.start);
}
