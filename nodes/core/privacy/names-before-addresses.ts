import type { Entity } from './entities.js';
import { NAME_WORD } from './letters.js';
import { plausibleName } from './names.js';
import { isOrganisationName } from './postal-shapes.js';

/**
 * A person named right before an address found on the same line, a comma between: list items and
 * table cells of repair requests, pick-up lists and class lists ("3\. **Damp** – Hilkka Räsänen, 49
 * Bishop\'s Walk, Leeds LS6 2AB", "- Wigand Griesinger, Am Mühlbach 82, 79098 Freiburg"). Whoever
 * stands right before a home address is its resident; a firm or an institution there is left to the
 * address rules (isOrganisationName), an ordinary word is no name (plausibleName).
 *
 * Cost: read only around the few addresses a text has, on at most a line's last 60 characters.
 */

/** A clock time opening a line of a round or a timetable: "07:45", "7.45 Uhr", "06:58:12". */
const CLOCK_TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?Uhr)?`;
/**
 * Two or three name words at the end of the text before the comma, after the line's start, a list
 * marker, a clock time opening the line ("07:45 Ilka Brünings, Deichweg 4, …": a care round's stop),
 * a dash, a colon, a bar, a bracket, or a payee's preposition ("paid in cash to Tiewlin Sohtun, 14 Victoria Ave"). Read on a slice of at most 60 characters: linear.
 */
const NAME_AT_END = new RegExp(
  `(?:^|[–—:|(]|[ \\t]-|[ \\t](?:to|an|for|für)|^[ \\t]*(?:\\d{1,3}\\\\?[.)]|[-*+]|${CLOCK_TIME}))[ \\t]*(${NAME_WORD}(?:[ \\t]${NAME_WORD}){1,2})$`,
  'u',
);
/**
 * A building's or residence's name, not a resident's: a hall or hostel word, or a compound named after
 * someone ("Wohnheim Albert-Schweitzer-Haus"). Only joined by a hyphen: "Neuhaus" is a surname.
 */
const BUILDING_WORD =
  /^(?:Wohnheim|Studentenwohnheim|Studierendenwohnheim|Hostel|Halls|Residence)$|-(?:Haus|Heim|Halle|Hall|House)$/u;
/** How far before the comma the name and what opens it may start. */
const REACH = 60;

/** PERSON findings for the names right before the addresses among `found`. */
export function namesBeforeAddresses(text: string, found: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of found) {
    if (e.type !== 'POSTAL_ADDRESS') continue;
    let comma = e.start - 1;
    while (comma > 0 && (text.charCodeAt(comma) === 32 || text.charCodeAt(comma) === 9)) comma--;
    if (text.charCodeAt(comma) !== 44) continue;
    let lineStart = comma;
    while (lineStart > 0 && comma - lineStart < REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    // Bold or italic marks around a label are not part of it ("**Damp** – ").
    const before = text.slice(lineStart, comma).replace(/[*_]/g, ' ');
    const m = NAME_AT_END.exec(before);
    if (!m) continue;
    const tokens = m[1].split(/[ \t]/);
    if (!plausibleName({ end: 0, tokens }) || isOrganisationName(m[1])) continue;
    if (tokens.some((t) => BUILDING_WORD.test(t))) continue;
    out.push({ type: 'PERSON', start: comma - m[1].length, end: comma, score: 0.8 });
  }
  return out;
}
