import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * The security trade's own words read as a person's name (read only around a PERSON finding, see not-people.ts):
 * - a detector's type after the detector's key ("Melder: Rauch", "melder: Magnetkontakt", "detector: Glasbruch"):
 *   "Melder" labels a reporting person elsewhere, in an alarm log it is the sensor;
 * - the alarm object's label itself ("Objekt:", "Anruf Objekt:") and a building's noun opening its value
 *   ("Alarmobjekt: Lager Mainfrankenpark", "Objekt: Halle 4");
 * - a shift's or control room's word in the finding ("Schichtübergabe NSL", "Leitstelle Nord"), the idiom
 *   "vor Ort" ("Streife vor Ort, Tür gesichert"), the Irish police ("Garda member 7711"), a centre's
 *   management before a shopping centre's name ("Centermanagement Donaupark"), a firm's unit in lower case
 *   ("Greywall mobile response").
 * Privacy first: a finding that opens with a given name keeps its person, except for the detector's fixed types.
 */

/** A detector's key right before the finding (`Melder: `, `melder = `, `"detector": "`). */
const DETECTOR_KEY_BEFORE =
  /(?<![\p{L}])(?:melder|meldertyp|detector|sensor|detector type)["']?[ \t]*[:=][ \t]*["']?$/iu;
/** Detector types of an intrusion or fire alarm. */
const DETECTOR_TYPES = new Set(
  'Rauch Rauchmelder Glasbruch Glasbruchmelder Magnetkontakt Riegelkontakt Öffnungsmelder Bewegungsmelder Bewegung PIR PIR-Dual Dual Wärme Wärmemelder Hitze Sabotage Überfall Überfallmelder Erschütterung Körperschall Wasser Gas Flamme Lichtschranke Smoke Heat Motion Shock Vibration Contact Beam Flood Tamper'.split(
    ' ',
  ),
);
/** The object's label as the finding's last word, a colon right after ("Objekt:", "Anruf Objekt:"). */
const OBJECT_LABEL = /(?:^|[ \t])(?:Objekt|Alarmobjekt|Einsatzobjekt|Object)$/u;
/** An object's label before the finding. */
const OBJECT_KEY_BEFORE = /(?<![\p{L}])(?:\p{L}*objekt|einsatzort|site|premises)[ \t]*:[ \t]*$/iu;
/** A building's noun opening an object's value. */
const BUILDING_FIRST =
  /^(?:Lager|Halle|Werk|Depot|Filiale|Gebäude|Objekt|Warehouse|Unit|Site|Büro|Markt|Tiefgarage)\b/u;
/** Words of the trade's shifts and rooms in a finding. */
const TRADE_WORD =
  /(?<![\p{L}])(?:Schichtübergabe|Schichtwechsel|Übergabe|Leitstelle|Notrufleitstelle|NSL|ARC|Streife|Revier|Alarmzentrale|Wachdienst|Sicherheitsdienst|Centermanagement|Objektleitung)(?![\p{L}])/u;
/** A unit's words in lower case inside a finding ("Greywall mobile response", "Nordwache patrol unit"). */
const UNIT_WORDS = /[ \t](?:mobile|patrol|response|monitoring|keyholding|guarding|dispatch)(?:[ \t]+\p{Ll}+)*$/u;
/** A unit's words in lower case right after a finding ("Greywall mobile response"). */
const UNIT_AFTER =
  /^[ \t]+(?:mobile|patrol|response|monitoring|keyholding|guarding|dispatch)[ \t]+(?:response|unit|team|patrol|service|centre|center)(?![\p{L}])/u;
/** The management word right before a finding. */
const MANAGEMENT_BEFORE = /(?:Centermanagement|Centermanager|Center-Management|Objektleitung)[ \t]+$/u;

export function securityTradeNoPerson(text: string, e: Entity, value: string): boolean {
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  if (DETECTOR_KEY_BEFORE.test(before) && DETECTOR_TYPES.has(value.trim())) return true;
  const first = value.split(/[ \t]+/)[0];
  if (OBJECT_LABEL.test(value) && text[e.end] === ':') return true;
  // "Garda member 7711": Ireland's police (An Garda Síochána), though "Garda" is a given name too.
  if (
    value === 'Garda' &&
    /^[ \t]+(?:member|station|sergeant|officer|Síochána|Siochana)\b/u.test(text.slice(e.end, e.end + 20))
  )
    return true;
  if (isGivenName(first)) return false;
  if (OBJECT_KEY_BEFORE.test(before) && BUILDING_FIRST.test(value)) return true;
  if (TRADE_WORD.test(value) || UNIT_WORDS.test(value) || UNIT_AFTER.test(text.slice(e.end, e.end + 40))) return true;
  if (/^Ort\b/u.test(value) && /(?<![\p{L}])vor[ \t]+$/iu.test(before)) return true;
  return MANAGEMENT_BEFORE.test(before);
}
