import type { Entity } from './entities.js';

/**
 * The people of an iCalendar event, named by the "CN" (common name) parameter of its ATTENDEE and
 * ORGANIZER lines: `ATTENDEE;CN=Ada Brinkmann;ROLE=REQ-PARTICIPANT:mailto:…`, quoted when the name holds a
 * comma (`ORGANIZER;CN="Brinkmann, Ada":mailto:…`). The key says the value is a person's display name, so
 * a name the lists do not know is one too. A room, a resource or a group (CUTYPE=ROOM, RESOURCE, GROUP)
 * is no person; nor is a value with digits or an e-mail address.
 *
 * Cost: one indexOf per "CN=" in the text; each line holding one is read once (its start found from the
 * previous line's end, its property and user type tested once).
 */

/** The property opening the line, in any case (RFC 5545 names are case-insensitive). */
const PEOPLE_PROPERTY = /^[ \t]*(?:ATTENDEE|ORGANIZER)[;:]/i;
/** A calendar user that is no person. */
const NOT_A_PERSON = /;CUTYPE="?(?:ROOM|RESOURCE|GROUP|UNKNOWN)/i;
/** A display name: letters, blanks, hyphens, apostrophes and dots, one "Surname, Given" comma at most; no digits. */
const NAME_VALUE = /^\p{L}[\p{L}\p{M}'’.-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,4}$/u;
/** How much of a property line is read: its parameters come first. */
const MAX_LINE = 1000;
const MAX_VALUE = 100;

export function calendarNames(text: string, out: Entity[]): void {
  // The line of the last "CN=" read, and whether it is an attendee's or organiser's that names a person.
  let lineStart = -1;
  let lineEnd = -1;
  let people = false;
  for (let at = text.indexOf('CN=', 0); at !== -1; at = text.indexOf('CN=', at + 3)) {
    // "CN=" is a parameter: ";" right before it.
    if (text.charCodeAt(at - 1) !== 59) continue;
    if (at > lineEnd) {
      lineStart = text.lastIndexOf('\n', at) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE));
      // The user's type may stand before or after the name.
      people = PEOPLE_PROPERTY.test(line) && !NOT_A_PERSON.test(line);
    }
    if (!people || at - lineStart > MAX_LINE) continue;
    let start = at + 3;
    let end: number;
    if (text[start] === '"') {
      start++;
      end = text.indexOf('"', start);
      if (end === -1 || end - start > MAX_VALUE) continue;
    } else {
      end = start;
      while (end < lineEnd && end - start <= MAX_VALUE && !';:\r'.includes(text[end])) end++;
    }
    const raw = text.slice(start, end);
    const value = raw.trim();
    if (!NAME_VALUE.test(value)) continue;
    const from = start + raw.indexOf(value);
    out.push({ type: 'PERSON', start: from, end: from + value.length, score: 0.9 });
  }
}
