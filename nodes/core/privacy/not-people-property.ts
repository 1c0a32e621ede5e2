import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * Property names taken for a person: a holiday let or estate named by its kind first ("Villa Thalassa", "Casa
 * Limonaia", "Finca Olivar"), an owners' association before its kind ("Birchwood Commons Homeowners
 * Association"), an agency or conveyancer named by its trade last ("Quayside Homes", "Millbrook Conveyancing"),
 * and a town under an address's locality key (`"locality": "Pully"` in a SCIM address). A given name among the
 * words (not after a saint's title, "San Pawl") keeps the finding (privacy first: "Agent (Jana Novak)", "Casa Maria Lopez" stay).
 */
const ESTATE_KIND = new Set([
  'Villa',
  'Casa',
  'Chalet',
  'Finca',
  'Quinta',
  'Masseria',
  'Podere',
  'Agriturismo',
  'Cortijo',
  'Domaine',
  'Château',
  'Chateau',
]);
const ASSOCIATION_AFTER =
  /^[ \t]+(?:Homeowners'?|Home Owners'?|Owners'?|Residents'?|Condominium|Tenants'?)[ \t]+Association\b/;
const AGENCY_TRADE = new Set([
  'Homes',
  'Properties',
  'Estates',
  'Realty',
  'Realtors',
  'Lettings',
  'Conveyancing',
  'Conveyancers',
  'Immobilien',
]);
/** A saint's title naming a town ("San Pawl", "St. Gallen", "Sankt Peter"): the given name after it is the town's. */
const SAINT = /^(?:San|Santa|Santo|Sant|São|Sao|St\.?|Ste\.?|Saint|Sainte|Sankt)$/u;
/** The key of an address's town in SCIM, vCard-JSON and schema.org addresses. */
const LOCALITY_KEY_BEFORE = /"(?:locality|addressLocality|city|town|municipality)"[ \t]*:[ \t]*"$/i;

export function propertyNoPerson(text: string, e: Entity, value: string): boolean {
  const words = value.split(/[ \t]+/);
  const noGivenName = (rest: string[]) => !rest.some((w) => isGivenName(w));
  if (words.length >= 2 && ESTATE_KIND.has(words[0]) && noGivenName(words.slice(1))) return true;
  if (words.length >= 2 && AGENCY_TRADE.has(words[words.length - 1]) && noGivenName(words.slice(0, -1))) return true;
  if (ASSOCIATION_AFTER.test(text.slice(e.end, e.end + 40)) && noGivenName(words)) return true;
  // A town under its key: the value runs to the closing quote on the same line ("San Pawl il-Baħar").
  if (LOCALITY_KEY_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))) {
    const close = text.indexOf('"', e.end);
    return (
      close !== -1 &&
      close - e.end <= 40 &&
      !/[\n,]/.test(text.slice(e.end, close)) &&
      noGivenName(words.filter((w, i) => !SAINT.test(w) && !SAINT.test(words[i - 1] ?? '')))
    );
  }
  return false;
}
