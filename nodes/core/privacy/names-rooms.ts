import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';
import { known, parseName, person, TITLES, wordLike } from './names.js';

/**
 * The occupant named right after a room's or bed's number at a line's start, as handovers, ward lists and
 * night reports write them ("Rm 7 Oswin Marchetti – restless, settled 03:00", "Zi. 14 Brigitta Aumüller: RR
 * 130/85", "- Bett 3 Hr. Quandt: nüchtern", "Zimmer 31: Ilić, Mara"): the line is about that person. A room
 * left empty or a note instead of a name ("Rm 4 Empty (deep clean)", "Zi. 12 unbelegt") has an ordinary word
 * there or no capital.
 *
 * Cost: a line is read only when it starts with a room word's first letter ("Z", "R", "B") after a bullet.
 */

/** A room's or bed's number opening the line, a bullet before it; a colon or dash after it. */
const ROOM_LEAD =
  /[ \t]*(?:[-*•][ \t]*)?(?:Zi\.?|Zimmer|Zi\.-Nr\.|Rm\.?|Room|Bett|Bed|Bay)[ \t]*\d{1,4}[a-dA-D]?[ \t]*[:–—-]?[ \t]+/y;
/** What may follow the occupant's name: a dash, a colon, a comma, a bracket, or the line's end. */
const AFTER_OCCUPANT = /^[ \t]*(?:[-–—:,(]|\r?$)/;
/** First letters after blanks and a bullet: Z, R, B. */
const mayLeadRoom = (c: number) => c === 90 || c === 82 || c === 66 || c === 45 || c === 42 || c === 0x2022 || c === 32;

export function roomOccupant(text: string, start: number, end: number, out: Entity[]): void {
  if (!mayLeadRoom(text.charCodeAt(start))) return;
  ROOM_LEAD.lastIndex = start;
  if (!ROOM_LEAD.test(text) || ROOM_LEAD.lastIndex >= end) return;
  let at = ROOM_LEAD.lastIndex;
  TITLES.lastIndex = at;
  if (TITLES.test(text)) at = TITLES.lastIndex;
  const name = parseName(text, at, true);
  if (!name || name.end > end || !AFTER_OCCUPANT.test(text.slice(name.end, end))) return;
  if (name.tokens.some(wordLike)) return;
  // One word: a name the lists know ("Rm 2 Okonjo –"); two or more words none of which is an ordinary one.
  if (name.tokens.length === 1 && !known(name) && !isGivenName(name.tokens[0])) return;
  out.push(person(at, name.end, 0.85));
}
