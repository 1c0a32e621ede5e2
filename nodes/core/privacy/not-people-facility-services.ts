import type { Entity } from './entities.js';
import { isGivenName, isKnownName, isListedSurname } from './name-list.js';
import { HONORIFIC_BEFORE } from './honorific-before.js';

/**
 * The cleaning and facility-services trade's own words read as a person's name (read only around a PERSON finding,
 * see not-people.ts; test set 45: office and home cleaning, window cleaners, caretakers, pest control, chimney sweeps,
 * bulky-refuse collection, winter gritting, laundries):
 * - a finding made of the trade's services, departments and teams ("Grundreinigung", "Treppenhausreinigung",
 *   "Sperrmüllabholung", "Winterdienst Saison", "Servicetechnik"): one compound ending in the trade's word;
 * - a catalogue item's name: the "name" of a JSON object whose other keys are a code and a unit or a price
 *   (`{"code":"SV-452","name":"Grundreinigung","unit":"h","priceNet":"515.50"}`) — a general rule: such a record
 *   is an item sold, no one;
 * - a business customer's premises named by its kind ("Headingley Dental Practice", "Gourmet Bay Bistro");
 * - a state after "issued by", "ausgestellt von" or "Ausstellungsstaat" ("Passport … (issued by Germany, …)");
 * - a street: a finding ending in a street's abbreviated suffix ("Elizabeth St", "Otley Rd"), no Saint before a name.
 * Privacy first: a title of address before the finding keeps it ("Frau Winterdienst"); a given name in the finding
 * keeps it, except for the street's first word and the state (a street is named after someone, a state is none).
 */

/** The trade's service, department and team words ending a compound (lower case). */
const SERVICE_END =
  /^\p{L}{3,}(?:reinigung|abholung|entsorgung|dienst|technik|bekämpfung|wartung|pflege|räumung|schädlingsbekämpfung)$/u;
/** The trade's words that may stand beside a service in a catalogue's name (lower case). */
const SERVICE_WORDS = new Set(
  (
    'winterdienst saison saisonal pauschal büro buero grundreinigung unterhaltsreinigung glasreinigung ' +
    'treppenhausreinigung sperrmüllabholung sperrmüll hausmeisterdienst servicetechnik objektbetreuung ' +
    'schädlingsbekämpfung kaminkehrer schornsteinfeger kehrung'
  ).split(' '),
);
/** A business customer's kind ending its premises' name: a firm's word in a column of names too (names-by-column-consensus.ts). */
export const PREMISES_WORDS = new Set(['Practice', 'Bistro', 'Brasserie', 'Café', 'Cafe', 'Restaurant', 'Pharmacy']);
/** A business customer's kind ending its premises' name (capitalised). */
const PREMISES_END = /[ \t](?:Dental[ \t]+Practice|Practice|Surgery|Bistro|Brasserie|Café|Cafe|Restaurant|Pharmacy)$/u;
/** A JSON key "name" (or "title", "label") right before the quoted finding. */
const NAME_KEY_BEFORE = /"(?:name|title|label|bezeichnung|description)"[ \t]*:[ \t]*"$/u;
/** A catalogue's code key and a unit or price key in the same record. */
const CODE_KEY = /"(?:code|sku|articleNo|itemCode|artikelnummer|serviceCode)"[ \t]*:/u;
const UNIT_KEY = /"(?:unit|price\w*|preis\w*|einheit|rate|netPrice|unitPrice)"[ \t]*:/u;
/** Keys a person's record holds: never a catalogue item. */
const PERSON_KEY =
  /"(?:email|e-mail|mail|phone|mobile|tel\w*|birth\w*|dob|address|street|firstName|lastName|givenName|familyName|customer\w*|holder\w*)"[ \t]*:/iu;
/** A state's issuing words before the finding ("issued by", "ausgestellt von", "Ausstellungsstaat:"). */
const ISSUED_BY =
  /(?:issued[ \t]+by|ausgestellt[ \t]+(?:von|durch)|Ausstellungsstaat[ \t]*:?|issuing[ \t]+(?:state|country)[ \t]*:?)[ \t]+$/iu;
/** An identity document's word before the issuing words: a state issues it. */
const ID_DOCUMENT_BEFORE =
  /(?:^|[^\p{L}])(?:passport|pass|reisepass|personalausweis|ausweis|visa|visum|identity|ID|id[ \t]+card|residence[ \t]+permit|aufenthaltstitel|aufenthaltserlaubnis|driving[ \t]+licen[cs]e|driver['’]?s[ \t]+license|führerschein|travel[ \t]+document)(?![\p{L}])/iu;
/** An article or a possessive right before the finding ("an ", "my ", "ihren "). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:an?|the|my|his|her|their|our|your|einen?|ihren?|seinen?|meinen?)[ \t]+$/iu;
/** An identity document's word right after the finding ("Irish passport", "Nigerian citizenship"). */
const DOCUMENT_AFTER =
  /^[ \t]+(?:passport|citizenship|nationality|national[ \t]+id|id[ \t]+card|identity[ \t]+card|residence[ \t]+permit|driving[ \t]+licen[cs]e|Reisepass|Pass|Personalausweis|Staatsangehörigkeit|Aufenthaltstitel)(?![\p{L}])/iu;
/** States after the issuing words (those the name lists hold as names too). */
const STATES = new Set(
  (
    'germany deutschland austria österreich switzerland schweiz france frankreich italy italien spain spanien ' +
    'portugal poland polen ireland irland netherlands niederlande belgium belgien denmark dänemark sweden schweden ' +
    'norway norwegen finland finnland greece griechenland turkey türkei india china kenya nigeria ghana brazil ' +
    'canada australia jamaica georgia israel jordan chad'
  ).split(' '),
);
/** A street's abbreviated suffix ending the finding. */
const STREET_END = /^[\p{Lu}][\p{Ll}'’-]+[ \t]+(?:St|Rd|Ave|Str)$/u;
/** A field's label right before the finding (`Name: `, `Cleaner on shift: `). */
const FIELD_LABEL_BEFORE = /(?:^|\n)[^\n:]{0,30}:[ \t]*$/u;
/** A place's label: the street stays a street. */
const PLACE_LABEL_BEFORE =
  /(?:address|adresse|anschrift|location|site|ort|standort|property|objekt|street|straße|strasse|road|venue|einsatzort|route|depot|meet|at)[ \t]*:[ \t]*$/iu;
/** After "St": a full stop or a capitalised word makes it a Saint ("Elizabeth St. John"). */
const SAINT_AFTER = /^(?:\.|[ \t]+\p{Lu})/u;
/** The record `{…}` around the finding, up to 300 characters each way and not nested; undefined when none. */
function recordAround(text: string, start: number, end: number): string | undefined {
  // Searched inside the 300-character windows only: a scan over a long text without braces stays linear.
  const from = Math.max(0, start - 300);
  const open = text.slice(from, start).lastIndexOf('{');
  if (open < 0 || text.slice(from + open, start).includes('}')) return undefined;
  const close = text.slice(end, end + 300).indexOf('}');
  if (close < 0 || text.slice(end, end + close).includes('{')) return undefined;
  return text.slice(from + open, end + close + 1);
}

export function facilityServicesNoPerson(text: string, e: Entity, value: string): boolean {
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  if (HONORIFIC_BEFORE.test(before)) return false;
  const plain = value.split(/[ \t\n,]+/).filter(Boolean);
  if (plain.length === 0 || plain.length > 4) return false;
  // A state after its issuing words: no one (a state's name is none of a person's here).
  // Privacy first (review 48): only after an identity document's word ("Passport … issued by Jordan"), not a
  // person's issuing ("Invoice issued by Jordan, our apprentice").
  if (
    ISSUED_BY.test(before) &&
    plain.every((w) => STATES.has(w.toLowerCase())) &&
    ID_DOCUMENT_BEFORE.test(text.slice(Math.max(0, e.start - 80), e.start))
  )
    return true;
  // A street after a given-name-like word ("Elizabeth St car park"), no Saint before a name.
  // Privacy first (review 48): after a field's label other than a place's ("Name: Maria St", "Cleaner on shift: Jana
  // St") it is a person with a shortened surname.
  if (
    STREET_END.test(value) &&
    !SAINT_AFTER.test(text.slice(e.end, e.end + 3)) &&
    !(FIELD_LABEL_BEFORE.test(before) && !PLACE_LABEL_BEFORE.test(before))
  )
    return true;
  // A business customer's premises by its kind; one named after its owner stays ("Smith Dental Practice", "Jana Bistro").
  if (PREMISES_END.test(value) && plain.length >= 2) {
    const kindAt = value.search(PREMISES_END);
    const owner = value
      .slice(0, kindAt)
      .split(/[ \t]+/)
      .filter(Boolean);
    return owner.length > 0 && !isGivenName(owner[0]) && !owner.some((w) => isListedSurname(w));
  }
  // "hold an Irish passport", "has a Nigerian ID card": an article, one word, a document's word after it is the
  // issuing state's adjective (round 52); nobody's name stands between "an" and "passport".
  if (plain.length === 1 && ARTICLE_BEFORE.test(before) && DOCUMENT_AFTER.test(text.slice(e.end, e.end + 24)))
    return true;
  const given = plain.some((w) => isGivenName(w));
  if (given) return false;
  const words = plain.map((w) => w.toLowerCase());
  // Services and departments of the trade ("Grundreinigung", "Winterdienst Saison", "Servicetechnik").
  if (words.every((w) => SERVICE_WORDS.has(w) || (SERVICE_END.test(w) && !isKnownName(plain[words.indexOf(w)]))))
    return true;
  // A catalogue item's name: the record's other keys are a code and a unit or a price, none a person's.
  // Privacy first (review 48): a name of capitalised words only ("Okafor", "Jana Okafor") may be a worker's record
  // with a staff code and an hourly rate; an item's name has a lower-case word, a digit or a trade's word.
  const itemLike = plain.some((w) => !/^\p{Lu}[\p{L}'’-]*$/u.test(w)) || words.some((w) => SERVICE_WORDS.has(w));
  if (itemLike && NAME_KEY_BEFORE.test(before) && text[e.end] === '"') {
    const record = recordAround(text, e.start, e.end);
    if (record && CODE_KEY.test(record) && UNIT_KEY.test(record) && !PERSON_KEY.test(record)) return true;
  }
  return false;
}
