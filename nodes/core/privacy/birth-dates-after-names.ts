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

export function birthDatesAfterNames(text: string, found: Entity[]): Entity[] {
  // Cheap first: no bracket, no such date.
  if (!text.includes('(')) return [];
  const out: Entity[] = [];
  for (const person of found) {
    if (person.type !== 'PERSON') continue;
    OPEN.lastIndex = person.end;
    if (!OPEN.test(text)) continue;
    const dateStart = OPEN.lastIndex;
    const dateEnd = birthDateAt(text, dateStart);
    if (dateEnd === undefined) continue;
    CLOSE.lastIndex = dateEnd;
    if (!CLOSE.test(text)) continue;
    const year = YEAR.exec(text.slice(dateStart, dateEnd));
    if (!year || Number(year[0]) > latestBirthYear() - MIN_AGE) continue;
    if (found.some((e) => e.type === 'DATE_OF_BIRTH' && e.start < dateEnd && e.end > dateStart)) continue;
    out.push({ type: 'DATE_OF_BIRTH', start: dateStart, end: dateEnd, score: 0.85 });
  }
  return out;
}
