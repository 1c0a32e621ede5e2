import { organisationUser } from './calendar-users.js';
import type { Entity } from './entities.js';

/**
 * The people of an iCalendar event, named by the "CN" (common name) parameter of its ATTENDEE and
 * ORGANIZER lines: `ATTENDEE;CN=Ada Brinkmann;ROLE=REQ-PARTICIPANT:mailto:…`, quoted when the name holds a
 * comma (`ORGANIZER;CN="Brinkmann, Ada":mailto:…`). The key says the value is a person's display name, so
 * a name the lists do not know is one too. A room, a resource or a group (CUTYPE=ROOM, RESOURCE, GROUP)
 * is no person; nor is a value with digits or an e-mail address. Exporters fold lines longer than 75 octets
 * (RFC 5545: a line break and one blank or tab go on with the line), often inside a name ("CN=Ada Brink\r\n
 * mann"): a value is read across one fold, and "CN=" may open the continuation line.
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
    // "CN=" is a parameter: ";" right before it, or before the fold it starts after.
    if (!parameterBefore(text, at)) continue;
    if (at > lineEnd) {
      lineStart = text.lastIndexOf('\n', at) + 1;
      // A folded line's continuation (a blank or tab first): its property is on the line before.
      if (isFoldBlank(text.charCodeAt(lineStart)) && lineStart > 0)
        lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
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
      let folds = 0;
      while (end < text.length && end - start <= MAX_VALUE) {
        // One fold read across (RFC 5545: a line break and one blank or tab go on with the line), even mid-word.
        const fold = foldAt(text, end);
        if (fold > 0 && folds === 0) {
          folds++;
          end += fold;
          continue;
        }
        if (';:\r\n'.includes(text[end])) break;
        end++;
      }
    }
    const raw = text.slice(start, end);
    // The value unfolded for reading; the finding covers the fold, as the name does.
    const value = raw.replace(FOLD, '').trim();
    if (!NAME_VALUE.test(value)) continue;
    // A firm's display name over its role mailbox ("Pietät Lindenhof GmbH", "Elmhurst Cemetery Office") is no person.
    if (organisationUser(value, mailboxOf(text, lineStart))) continue;
    let from = start;
    while (isSpaceCode(text.charCodeAt(from))) from++;
    let to = end;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    out.push({ type: 'PERSON', start: from, end: to, score: 0.9 });
    if (to > lineEnd) lineEnd = text.indexOf('\n', to) === -1 ? text.length : text.indexOf('\n', to);
  }
}

/** The mailbox of the property line at `lineStart`, read across its folds (RFC 5545 3.1). */
function mailboxOf(text: string, lineStart: number): string {
  let end = lineStart;
  for (let n = 0; n < 20; n++) {
    const next = text.indexOf('\n', end);
    if (next === -1 || next - lineStart > MAX_LINE) {
      end = next === -1 ? text.length : next;
      break;
    }
    end = next;
    if (!isFoldBlank(text.charCodeAt(next + 1))) break;
    end = next + 1;
  }
  const line = text.slice(lineStart, Math.min(end, lineStart + MAX_LINE)).replace(FOLD, '');
  return /:mailto:([^\s"';:,<>]+)/i.exec(line)?.[1] ?? '';
}

/** A fold: CRLF or LF, then one blank or tab. */
const FOLD = /\r?\n[ \t]/g;
const isFoldBlank = (c: number) => c === 32 || c === 9;
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** The length of the fold at `at` (0 if none). */
function foldAt(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return 0;
  return isFoldBlank(text.charCodeAt(i + 1)) ? i + 2 - at : 0;
}
/** Whether ";" stands right before `at`, or before a fold that ends right there. */
function parameterBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) === 59) return true;
  if (!isFoldBlank(text.charCodeAt(at - 1)) || text.charCodeAt(at - 2) !== 10) return false;
  const before = text.charCodeAt(at - 3) === 13 ? at - 4 : at - 3;
  return text.charCodeAt(before) === 59;
}
