import type { Entity } from './entities.js';
import { birthDateAt, latestBirthYear } from './birth-dates.js';

/**
 * A whole date in brackets right after a person's name ("Patient: Jana Novak (1987-04-12)", "Player: Tom Reed
 * (1998/12/03)"): a report's or a squad list's way of writing the date of birth beside the name. Only the date
 * alone in its brackets counts: any word before it says what else it is ("(seit 2019-03-01)", "(joined …)",
 * "(Stand: …)"), and a date after it ("(1987-04-12, Rückraum)") is allowed only after a comma. Privacy first no
 * cue word is needed, but the date must lie MIN_AGE years back, so that a meeting's or an update's recent date in
 * brackets after a name is not taken.
 */
const MIN_AGE = 4;
const OPEN = /[ \t]*\([ \t]*/y;
const CLOSE = /[ \t]*[),;]/y;
const YEAR = /(?:1[89]|20)\d{2}/;
/**
 * The second form: "Schülerin: Lea Brandt, 03.02.2011", "Participant: Tom Reed, 19.04.2004": a list's label, the
 * person, a comma and a whole date ending its line or its comma-separated field. A roster's date beside a labelled
 * name is the person's date of birth; the MIN_AGE test keeps a recent or coming event's date out.
 */
const COMMA = /[ \t]*,[ \t]*/y;
const FIELD_END = /[ \t]*(?:[,;\r\n]|$)/y;
/** A label saying who signed, wrote or checked a document: the date after the name is that act's date. */
const SIGNING_LABEL =
  /(?:^|[^\p{L}])(?:von|by|signed|gez|geprüft|erstellt|approved|author|autor|stand|datum|date|updated|reviewed|unterschrift|verfasst|bearbeiter|sachbearbeiter\p{L}*)(?![\p{L}])/iu;
/** A label of one to three words and a colon, opening the line, right before the person. */
const LABEL_BEFORE = /^[ \t]*\p{L}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,2}[ \t]*:[ \t]*$/u;

export function birthDatesAfterNames(text: string, found: Entity[]): Entity[] {
  // Cheap first: no bracket and no comma, no such date.
  if (!text.includes('(') && !text.includes(',')) return [];
  const out: Entity[] = [];
  for (const person of found) {
    if (person.type !== 'PERSON') continue;
    const opening = dateAfter(text, person);
    if (!opening) continue;
    const [dateStart, close] = opening;
    const dateEnd = birthDateAt(text, dateStart);
    if (dateEnd === undefined) continue;
    close.lastIndex = dateEnd;
    if (!close.test(text)) continue;
    const year = YEAR.exec(text.slice(dateStart, dateEnd));
    if (!year || Number(year[0]) > latestBirthYear() - MIN_AGE) continue;
    if (found.some((e) => e.type === 'DATE_OF_BIRTH' && e.start < dateEnd && e.end > dateStart)) continue;
    out.push({ type: 'DATE_OF_BIRTH', start: dateStart, end: dateEnd, score: 0.85 });
  }
  return out;
}

/** Where a date may start after the person, and the pattern that must follow it: a bracket's, or a labelled line's comma form. */
function dateAfter(text: string, person: Entity): [number, RegExp] | undefined {
  OPEN.lastIndex = person.end;
  if (OPEN.test(text)) return [OPEN.lastIndex, CLOSE];
  COMMA.lastIndex = person.end;
  if (!COMMA.test(text)) return undefined;
  const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
  if (person.start - lineStart > 40 || !LABEL_BEFORE.test(text.slice(lineStart, person.start))) return undefined;
  if (SIGNING_LABEL.test(text.slice(lineStart, person.start))) return undefined;
  return [COMMA.lastIndex, FIELD_END];
}
