import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';
import { HONORIFIC_BEFORE } from './honorific-before.js';

/**
 * The justice trade's own words read as a person's name (read only around a PERSON finding, see not-people.ts;
 * test set 43, prisons, probation and youth justice):
 * - a finding made only of the trade's role nouns: a signature's title after the name ("Author: …, Probation
 *   Officer"), a cue's object that names the role, not the person ("Rückruf an Proband unter 0171 …"),
 *   "Bewährungshelferin", "Offender Manager", "Prison Officer", "Key Worker", "Chaplain";
 * - one word after a count and a package's noun: an inventory's goods ("2 Päckchen Tabak", "3 packets Rizla"),
 *   what a cell search found; a given name there stays, privacy first.
 */

/** The trade's role nouns (lower case), English and German with their feminine forms. */
const ROLE_WORDS = new Set(
  (
    'probation officer officers offender offenders manager managers prison prisoner prisoners inmate inmates key keyworker ' +
    'worker workers chaplain chaplaincy governor custodial supervisor youth justice case caseworker service user ' +
    'proband probandin probanden bewährungshelfer bewährungshelferin bewährungshilfe jugendgerichtshelfer ' +
    'jugendgerichtshelferin jugendgerichtshilfe vollzugsbeamter vollzugsbeamtin vollzugsbeamte justizvollzugsbeamter ' +
    'justizvollzugsbeamtin gefangener gefangene gefangenen insasse insassin insassen häftling häftlinge inhaftierter ' +
    'inhaftierte anstaltsleiter anstaltsleiterin anstaltsleitung seelsorger seelsorgerin gefängnisseelsorger ' +
    'sozialdienst sozialarbeiter sozialarbeiterin führungsaufsicht'
  ).split(' '),
);
/** Words that are roles only beside another role word ("Key Worker", "Case Manager"): alone a surname ("Key"). */
const ONLY_WITH_ANOTHER = new Set([
  'key',
  'worker',
  'workers',
  'case',
  'service',
  'user',
  'youth',
  'justice',
  'manager',
  'managers',
  'governor',
  'supervisor',
  'officer',
  'officers',
  'custodial',
]);
/** A count and a package's noun right before the finding. */
const PACKAGE_BEFORE =
  /(?<![\p{L}])\d{1,4}[ \t]+(?:Päckchen|Packung(?:en)?|Schachtel(?:n)?|Dose(?:n)?|Flasche(?:n)?|Beutel|Tüte(?:n)?|Stück|Kiste(?:n)?|Blister|packets?|packs?|pouch(?:es)?|bottles?|tins?|cans?|bags?|boxes?|sachets?)[ \t]+$/u;

export function justiceTradeNoPerson(text: string, e: Entity, value: string): boolean {
  // Review 46: a role word as a surname after a title of address stays a person, privacy first.
  if (HONORIFIC_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))) return false;
  const words = value
    .toLowerCase()
    .split(/[ \t\n,]+/)
    .filter(Boolean);
  if (
    words.length > 0 &&
    words.every((w) => ROLE_WORDS.has(w)) &&
    !(words.length === 1 && ONLY_WITH_ANOTHER.has(words[0]))
  )
    return true;
  if (words.length !== 1 || isGivenName(value)) return false;
  return PACKAGE_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start));
}
