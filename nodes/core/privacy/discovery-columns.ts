import { isKnownName } from './name-list.js';
import { holdsNoOneNote } from './not-people-claim-notes.js';

/**
 * Column headings of e-discovery and legal-hold exports whose cells hold persons: a legal hold's custodians and
 * acknowledgements (`hold_id,custodian,email,notice_sent,acknowledged,ack_ip`), a privilege log's authors and
 * recipients (`Nr;Dokument;Absender;Empfänger;Datum;Grundlage;Beschreibung`, `Doc ID,Date,Author,Recipients,…`),
 * a review's reviewers. Read by tables.ts beside its name headings (compared after its plainHeading, which drops
 * "_" and "*": "custodian_name" is "custodianname"). Columns of ids and counts ("custodian_id",
 * "custodian_count") stay unread. "From", "To" and "CC" are left out: a table of routes or date ranges has them.
 */
export const DISCOVERY_COLUMN =
  /^(?:(?:all[ -]?|duplicate[ -]?|other[ -]?)?custodians?|custodian[ -]?names?|hold[ -]?recipients?|acknowledged[ -]?by|ack(?:nowledg(?:ed|ment))?[ -]?by|reviewers|reviewed[ -]?by|authors|recipients|senders?|absender(?:in)?|verfasser(?:in)?|empfänger(?:in|innen)?|(?:daten)?verwahrer(?:in|innen)?|gewahrsamsinhaber(?:in|innen)?|document[ -]?owner)$/i;

/** Words whose presence in a line lets tables.ts read it as a heading (cheap test before splitting cells). */
export const DISCOVERY_COLUMN_HINTS = [
  'custodian',
  'acknowledged',
  'ack',
  'reviewer',
  'reviewed',
  'author',
  'recipient',
  'sender',
  'absender',
  'verfasser',
  'empfänger',
  'verwahrer',
  'gewahrsam',
];

/** A role in brackets after a name ("Aguará Zárate (Syndikusanwältin)", "Ana Ruiz (in-house counsel)"). */
const ROLE_AFTER = /^(.*?\S)[ \t]+\(([^()]{2,40})\)$/u;
/** What a bracket after a name says when it is another name ("geb. Schmidt", "née Ross", "formerly Ross"). */
const NAME_IN_BRACKET =
  /^(?:geb\.?|geborene|née|nee|born|verh\.?|verw\.?|formerly|früher|ehem\.?|alias|aka|a\.k\.a\.)\s/i;

/**
 * The length of a person cell's name when a role in brackets follows it: a privilege log writes the role of an
 * author or recipient after the name ("(Syndikusanwältin)", "(in-house counsel)"), which is no part of it. A
 * bracket that gives another name (a birth name "(geb. Schmidt)", a known name, a nickname) stays with the cell.
 */
export function nameBeforeRole(value: string): number {
  const m = ROLE_AFTER.exec(value);
  if (!m || m[1].includes('(')) return value.length;
  // "Pool (kein fester Fahrer)": a note that no one stands there stays with the cell, for withoutClaimNotes to read.
  if (holdsNoOneNote(value)) return value.length;
  const inside = m[2].trim();
  if (NAME_IN_BRACKET.test(inside + ' ')) return value.length;
  // A capitalised word that is a known name ("(Jana)", "(Kalsang)"): a nickname or a second person, kept.
  if (inside.split(/[\s/,-]+/).some((w) => /^\p{Lu}/u.test(w) && isKnownName(w))) return value.length;
  return m[1].length;
}
