import type { Entity } from './entities.js';
import { birthDateAt, latestBirthYear } from './birth-dates.js';
import { isNationalityWord } from './nationality-words.js';
import { LineIndex } from './line-index.js';

/**
 * A person's date of birth in a crew list's or a manifest's row, where no cue word stands beside the date:
 * - IMO FAL Form 5 (crew list) and Form 6 (passenger list) give each person one row, "family name, given names |
 *   rank or rating | nationality | date and place of birth | identity document": a cell opening with a date,
 *   in a row with a person's name and a nationality cell, is that person's date of birth, whether the header
 *   is in view or not ("| Novak, Jana | Master | Croatian | 04.05.1976, Split |");
 * - a crew or guest list written as comma rows, "Skipper: Jana Novak, 11.11.1980, Croatian": a date right after a
 *   person's name and right before a nationality.
 * Privacy first the rows are read by their shape, but only when the date lies far enough back (a person of at
 * least MIN_AGE years), so that a sailing's or a signing-on date in the same row is not taken.
 */
const MIN_AGE = 14;
const YEAR = /(?:1[89]|20)\d{2}/;
/** The comma between a row's fields, blanks around it. */
const FIELD_GAP = /[ \t]*,[ \t]*/y;
/** The rest of a name its finding left out ("Jana ⟨Novak-Šarić⟩"): up to two capitalised words. */
const NAME_REST = /(?:[ \t]\p{Lu}[\p{L}'’-]*){1,2}/uy;
/** A nationality word opening the field ("Croatian", "polnisch"), the field ending after it. */
const NATIONALITY_FIELD = /\p{L}+(?=[ \t]*(?:[,;|\n\r)]|$))/uy;
/** A cell's separator in a pipe or tab table. */
const CELL_SEPARATOR = /[|\t]/;

export function birthDatesInCrewRows(text: string, found: Entity[]): Entity[] {
  const out: Entity[] = [];
  const people = found.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return out;
  for (const person of people) {
    const date = dateAfterName(text, person.end);
    if (date) out.push(date);
  }
  if (text.includes('|') || text.includes('\t')) for (const date of datesInPersonRows(text, people)) out.push(date);
  return out;
}

/** "Jana Novak, 11.11.1980, Croatian": the date between a person's name and a nationality. */
function dateAfterName(text: string, nameEnd: number): Entity | undefined {
  NAME_REST.lastIndex = nameEnd;
  FIELD_GAP.lastIndex = NAME_REST.test(text) ? NAME_REST.lastIndex : nameEnd;
  if (!FIELD_GAP.test(text)) return undefined;
  const start = FIELD_GAP.lastIndex;
  const end = birthDateAt(text, start);
  if (end === undefined || !oldEnough(text.slice(start, end))) return undefined;
  FIELD_GAP.lastIndex = end;
  if (!FIELD_GAP.test(text)) return undefined;
  NATIONALITY_FIELD.lastIndex = FIELD_GAP.lastIndex;
  const word = NATIONALITY_FIELD.exec(text)?.[0];
  return word !== undefined && isNationalityWord(word) ? { type: 'DATE_OF_BIRTH', start, end, score: 0.85 } : undefined;
}

/** The dates opening a cell of a table row that holds a person's name and a nationality cell. */
function datesInPersonRows(text: string, people: Entity[]): Entity[] {
  const out: Entity[] = [];
  const rows = new Set<number>();
  // Line numbers by binary search, not a walk back per person: a dump's one huge row holds thousands of names.
  const lines = new LineIndex(text);
  for (const person of people) {
    const line = lines.lineOf(person.start);
    if (rows.has(line)) continue;
    rows.add(line);
    const rowStart = lines.lineStart(line);
    const row = text.slice(rowStart, lines.lineEnd(line));
    if (!CELL_SEPARATOR.test(row)) continue;
    const cells = cellsOf(row);
    if (!cells.some((cell) => isNationalityWord(cell.text))) continue;
    for (const cell of cells) {
      const at = rowStart + cell.start;
      const end = birthDateAt(text, at);
      if (end === undefined || end > rowStart + cell.start + cell.text.length) continue;
      if (!oldEnough(text.slice(at, end))) continue;
      out.push({ type: 'DATE_OF_BIRTH', start: at, end, score: 0.85 });
    }
  }
  return out;
}

/** The cells of a row split at pipes or tabs, each trimmed, with where its text starts in the row. */
function cellsOf(row: string): { start: number; text: string }[] {
  const cells: { start: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i <= row.length; i++) {
    if (i < row.length && row[i] !== '|' && row[i] !== '\t') continue;
    const raw = row.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ start: from + lead, text: raw.trim() });
    from = i + 1;
  }
  return cells;
}

/** Whether a date's year lies at least MIN_AGE years back. */
function oldEnough(date: string): boolean {
  const year = YEAR.exec(date);
  return year !== null && Number(year[0]) <= latestBirthYear() - MIN_AGE;
}
