import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';
import { lineBefore } from './line-index.js';
import { titleBefore } from './not-people-addressing.js';
import { isRegisterRole } from './names-register-roles.js';

/**
 * A domain's public places and parties, read where a person's name or address would stand (transport,
 * taxis, parking): none of them is a person's.
 * 1. A transport place: a run of capitalised words ending or starting with a station or stop word ("Kiel Hbf",
 *    "KL Sentral", "Union Station", "Greenlane hub", "Flughafen Nord"), or a word right after "Haltestelle" /
 *    "stop" ("Haltestelle Seekai"), or one word after such a place and a comma ("Kiel Hbf, Seekai"): no PERSON.
 *    A title before it ("Herr Bahnhof") or a listed given name in it ("Jana Station") keeps it.
 * 2. A street address right after a transport place and a comma ("Union Station, 800 N Main St"), after an
 *    office or customer centre's line or label ("Stadtwerke – Kundencenter\nMarktplatz 1"; "Office: 18 Main Road"),
 *    or a platform ("Bahnsteig 3"): the place's, not a person's — unless anything ties it to a person: a PERSON
 *    found on the line before, or a home, resident, holder or customer word before it on its line.
 * 3. A party's role noun alone where a name would stand ("Schuldner", "Antragstellerin", "Taxiunternehmer",
 *    "debtor"): a role, checked against the work and register role lists first.
 * 4. "<Given> <Surname> – <Surname> Cabs": the second surname is the firm's word, when the same surname was
 *    found in a person's name before it on that line (the person's name stays flagged).
 */

/** Station and stop words that open or close a place's name (abbreviations, compounds, other languages). */
const STATION_ABBREVIATIONS =
  'Hbf|Hbf\\.|Bf|Bf\\.|Hauptbahnhof|Busbahnhof|ZOB|Sentral|Bahnhof|Flughafen|Airport|Terminal|Haltestelle|Bushaltestelle|Estación|Stazione|Gare|Aeropuerto|Aeroporto';
/** Station words that can close a place's name; as a word of a person's name they are checked more closely. */
const STATION_WORDS = `${STATION_ABBREVIATIONS}|Station|station|Stop|stop|Hub|hub|Depot|depot|Interchange|Busstation|Stationen`;
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/** A transport place: one to four capitalised words (or an acronym) with a station word first or last. */
const PLACE = `(?:(?:${CAP_WORD}[ \\t]){0,3}(?:${STATION_WORDS})|(?:${STATION_ABBREVIATIONS})(?:[ \\t]${CAP_WORD}){1,3})`;
/** Station words no person's name holds: abbreviations and compounds. */
const NEVER_A_NAME = /^(?:Hbf\.?|Bf\.?|Hauptbahnhof|Busbahnhof|ZOB|Sentral|Haltestelle|Bushaltestelle)$/u;
const STATION_WORD = new RegExp(`^(?:${STATION_WORDS})$`, 'u');
const ABBREVIATION = new RegExp(`^(?:${STATION_ABBREVIATIONS})$`, 'u');
/** A stop's noun right before a name ("Haltestelle Seekai", "Nachbarhaltestelle Hörn", "the stop Kingsway"). */
const STOP_NOUN_BEFORE = /(?:[Hh]altestelle|\b(?:stop|Stop|station|Station|Bahnhof|Bf\.?|Hbf\.?))[ \t]+$/u;
/** A place and a comma right before ("Kiel Hbf, "), as the line reads up to the finding. */
const PLACE_COMMA_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PLACE})[ \\t]*,[ \\t]*$`, 'u');
/** A station word right after the finding on its line ("Kuala Lumpur hub"). */
const STATION_AFTER = new RegExp(`^ (?:${STATION_WORDS})(?![\\p{L}])`, 'u');

/** An office or customer centre's line or label before an address ("– Kundencenter", "Office:"). */
const OFFICE_WORDS =
  'Kundencenter|Kundenzentrum|Servicecenter|Service-Center|Kundenbüro|Geschäftsstelle|Verwaltung|Zentrale|Head office|Office|Customer centre|Customer center|Service centre|Service center|Head Office|Depot|Hub|hub|Reisezentrum|Fundbüro|Lost property office';
const OFFICE_LINE_END = new RegExp(`(?:^|[^\\p{L}])(?:${OFFICE_WORDS})[ \\t]*:?[ \\t]*$`, 'u');
/** A platform or stand, never a street ("am Bahnsteig 3", "Gleis 7", "Platform 2"). */
const PLATFORM = /^(?:Bahnsteig|Gleis|Bussteig|Steig|Platform|Stand|Bay)[ \t]+\d/u;
/**
 * Words that tie an address to a person: a home, a resident, a holder, a customer, the writer's own ("Meine neue
 * Adresse für das Kundencenter: …", "my address for the office:") — fail closed.
 */
const PERSON_TIE =
  /(?<!\p{L})(?:mein(?:e|er|en|em)?(?!\p{L})|my(?!\p{L})|neue[nr]? (?:adresse|anschrift)|new address|moved|umgezogen|lives|living|wohnt|wohnhaft|home|wohn|privat|private|resident|residence|holder|inhaber|halter(?:in)?(?!\p{L})|customer(?!\p{L})|kunde(?!\p{L})|kundin(?!\p{L})|client(?!\p{L})|passenger|fahrgast|address of|anschrift von|adresse von|postal_address|born|geb\.)/iu;

/** Party roles in a claim, a contract or an application (German with the feminine form, English). */
const PARTY_ROLE =
  /^(?:[\p{L}]*(?:schuldner|gläubiger|antragsteller|unternehmer|beschwerdeführer)(?:in|innen)?|halterin|debtor|creditor|applicant|claimant|complainant|licensee)$/iu;

/** How far back a line is read: a long one-line record's start is never looked for (linear time). */
const REACH = 240;
/** The start of the line holding `at`, or -1 when it lies further back than REACH. */
const lineStartNear = (text: string, at: number) => {
  const from = Math.max(0, at - REACH);
  const newline = text.slice(from, at).lastIndexOf('\n');
  if (newline >= 0) return from + newline + 1;
  return from === 0 ? 0 : -1;
};
/** Whether a PERSON finding is a transport place or a word of one (rule 1). */
function transportPlace(text: string, e: Entity, value: string): boolean {
  if (titleBefore(text, e.start)) return false;
  const words = value.split(/[ \t]+/);
  const before = lineBefore(text, e.start, 60);
  const othersNamed = (skip: number) => words.some((w, i) => i !== skip && isGivenName(w));
  const first = 0;
  const last = words.length - 1;
  // Nobody is called "Hbf", "ZOB" or "Sentral": a given name beside it is a town's ("Kiel Hbf").
  if (NEVER_A_NAME.test(words[last]) || NEVER_A_NAME.test(words[first])) return true;
  if (ABBREVIATION.test(words[last]) || ABBREVIATION.test(words[first]))
    return !othersNamed(ABBREVIATION.test(words[last]) ? last : first);
  if (words.length > 1 && (STATION_WORD.test(words[last]) || STATION_WORD.test(words[first]))) return !othersNamed(-1);
  if (words.length > 2 || words.some((w) => isGivenName(w))) return false;
  // One word and a single blank before the station word ("Port Velden hub"); a table's tab parts cells.
  if (words.length === 1 && STATION_AFTER.test(text.slice(e.end, e.end + 20))) return true;
  if (STOP_NOUN_BEFORE.test(before)) return true;
  return words.length === 1 && PLACE_COMMA_BEFORE.test(before);
}

/** Whether a PERSON finding is a party's role noun alone (rule 3). */
function partyRole(value: string): boolean {
  // Not the work roles: "Meister", "Polier" are surnames too; "Halter", "Schmidhalter" likewise (fail closed).
  if (/[ \t]/.test(value)) return false;
  return isRegisterRole(value) || PARTY_ROLE.test(value);
}

/** A firm's words after an owner's surname ("Wirtgen Cabs", "Meyer Taxi"). */
const FIRM_WORD_AFTER =
  /^[ \t]+(?:Cabs|Cab|Taxis?|Taxi-?[Bb]etrieb|Transport|Transports|Logistics|Logistik|Mietwagen|Cars|Coaches|Reisen|Tours)(?![\p{L}])/u;

/** Whether a one-word PERSON finding is the surname in a firm's name after its owner's whole name (rule 4). */
function ownersFirmWord(text: string, e: Entity, value: string, found: Entity[]): boolean {
  if (/[ \t]/.test(value) || !FIRM_WORD_AFTER.test(text.slice(e.end, e.end + 24))) return false;
  const from = Math.max(0, e.start - REACH);
  return found.some(
    (o) =>
      o !== e &&
      o.type === 'PERSON' &&
      o.start >= from &&
      o.end < e.start &&
      !text.slice(o.start, e.start).includes('\n') &&
      /[ \t]/.test(text.slice(o.start, o.end)) &&
      text.slice(o.start, o.end).endsWith(' ' + value),
  );
}

/** Whether a POSTAL_ADDRESS finding is a public place's or an office's address (rule 2). */
function placesAddress(text: string, e: Entity, found: Entity[]): boolean {
  const value = text.slice(e.start, e.end);
  const before = lineBefore(text, e.start, 80);
  if (PERSON_TIE.test(before)) return false;
  if (PLATFORM.test(value)) return true;
  const from = lineStartNear(text, e.start);
  const previousStart = from > 0 ? lineStartNear(text, from - 1) : -1;
  const previous = previousStart >= 0 ? text.slice(previousStart, from - 1) : '';
  const afterPlace = PLACE_COMMA_BEFORE.test(before) || OFFICE_LINE_END.test(before);
  // The line before names the office ("Stadtwerke – Kundencenter"), the address opening its own line.
  const belowOffice = before.trim() === '' && !PERSON_TIE.test(previous) && OFFICE_LINE_END.test(previous);
  if (!afterPlace && !belowOffice) return false;
  // A person found on the line before an address block opening its line: the address may be theirs (a letter's
  // sender block). Fail closed. Inside a one-line record ("from":"…") the line before is another record.
  const opensLine = from >= 0 && !/["'{[=]/.test(text.slice(from, e.start));
  if (!opensLine || previousStart < 0) return true;
  return !found.some((o) => o.type === 'PERSON' && o.end > previousStart && o.start < from);
}

/** The findings without public places, their addresses, party roles and owners' firm words (see above). */
export function withoutPublicPlaces(text: string, found: Entity[]): Entity[] {
  const kept = found.filter((e) => {
    if (e.type === 'POSTAL_ADDRESS') return !placesAddress(text, e, found);
    if (e.type !== 'PERSON') return true;
    const value = text.slice(e.start, e.end);
    if (value.includes('\n')) return true;
    return !(transportPlace(text, e, value) || partyRole(value) || ownersFirmWord(text, e, value, found));
  });
  return kept.length === found.length ? found : kept;
}
