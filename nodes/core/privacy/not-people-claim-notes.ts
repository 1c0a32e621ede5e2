import type { Entity } from './entities.js';

/**
 * Words the name rules read as a person in claims lists and forms (round 42, set 39's insurance documents), none of
 * them anyone's name:
 * 1. A cell's note that no person stands there: a bracket saying so ("Pool (kein fester Fahrer)", "(group scheme –
 *    unnamed)", "(anonym)"). A name never holds such a bracket; the word before it is the pool's or scheme's.
 * 2. A trade's master title after a person and a comma ("Inhaber: X, Malermeister (Einzelunternehmen)"): the
 *    person's qualification, read after the name found before it.
 * 3. A form's number label read with the word after it ("X, Versicherungsnummer PKV 0033-…"): a word ending in
 *    "-nummer" or "-kennzeichen" is a field's name.
 * 4. An agenda's adjective opening a line's label ("Nächste Runde: Montag, 10 Uhr", "Letzte Sitzung:").
 * 5. A place name opening a business's name ("Cape Town Dental", "Garden City Clinic"): its last word "Town" or
 *    "City" and a practice or trade word right after it.
 * Privacy first: each shape is bounded to its words; the name before a title or a label stays found.
 */

/** A bracket saying the cell names no one. */
const NO_ONE_NOTE =
  /\((?:[^()\n]{0,40}[ \t–-])?(?:kein(?:e[rns]?)?|ohne|unnamed|unbenannt|anonym\p{L}*|unbekannt|unknown|no[ \t]+(?:fixed|named|single)|not[ \t]+named|none)(?![\p{L}])[^()\n]{0,40}\)/iu;
/** A master craftsman's title, one word ("Malermeister", "Elektromeisterin", "Dachdeckermeister"). */
const MASTER_TITLE = /^\p{Lu}\p{Ll}{3,}meister(?:in)?$/u;
/** A field's number label among the finding's words. */
const NUMBER_LABEL = /(?:^|[ \t])\p{Lu}\p{Ll}{2,}(?:nummer|kennzeichen)(?![\p{L}])/u;
/** Agenda adjectives opening a label before its colon. */
const AGENDA_ADJECTIVE = /^(?:Nächste[rsnm]?|Naechste[rsnm]?|Letzte[rsnm]?|Kommende[rsnm]?|Übernächste[rsnm]?)[ \t]/u;
/** A place's last word, then a practice's or a trade's word after it. */
const PLACE_LAST = /[ \t](?:Town|City)$/u;
const BUSINESS_AFTER =
  /^[ \t]+(?:Dental|Clinic|Medical|Radiology|Pharmacy|Surgery|Practice|Hospital|Health|Motors?|Garage|Insurance|Brokers?|Praxis|Klinik|Apotheke)(?![\p{L}])/u;

/** Whether a value holds a bracket saying no one stands there (discovery-columns.ts keeps such a bracket with its cell). */
export const holdsNoOneNote = (value: string) => NO_ONE_NOTE.test(value);

export function withoutClaimNotes(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PERSON')) return found;
  const persons = found.filter((e) => e.type === 'PERSON');
  const kept = found.filter((e) => {
    if (e.type !== 'PERSON') return true;
    const value = text.slice(e.start, e.end);
    if (NO_ONE_NOTE.test(value)) return false;
    if (NUMBER_LABEL.test(value)) return false;
    if (MASTER_TITLE.test(value)) {
      // Right after another person's name and a comma.
      const before = text.slice(Math.max(0, e.start - 4), e.start);
      const comma = /,[ \t]*$/.exec(before);
      if (comma) {
        const at = e.start - (before.length - comma.index);
        if (persons.some((p) => p !== e && p.end === at)) return false;
      }
    }
    if (AGENDA_ADJECTIVE.test(value) && /^[ \t]*:/.test(text.slice(e.end, e.end + 3))) return false;
    if (PLACE_LAST.test(value) && BUSINESS_AFTER.test(text.slice(e.end, e.end + 20))) return false;
    return true;
  });
  return kept.length === found.length ? found : kept;
}
