import type { Entity } from './entities.js';
import { birthDateAt, latestBirthYear } from './birth-dates.js';

/**
 * Dates of birth in a register's rows whose header is out of sight: a diff's hunk, a pasted excerpt or a log shows
 * rows of a delimited file without its header line ("E-2024-159;Iyán Arbesú;1. August 2001;\"Spitalgasse 11, 3011
 * Bern\";FD-GT 5514;2026-03-19 21:07", "Nurmuhammet Saparow;11.04.1966;94837569200;…"). The column headers that decide
 * a birth date column (tables.ts: "geb", "dob" …) are not there, so the rows are read by their shape:
 * - a block of at least two consecutive rows with the same count of one delimiter (`;`, tab, `|`, `,`; quoted
 *   fields are one field); a first row with fewer fields joins it (a hunk header's context line cut short);
 * - no header in sight: a row of the block without any digit (and no person's name) is a header line, and then the
 *   header decides (a row's "Eintritt", "start date" or "gueltig_ab" column is no birth date column);
 * - a cell that is one whole date, in a row that holds a person's name (found by the detectors), lying MIN_AGE to
 *   MAX_AGE years before today or the newest date of its row if later (an expiry); not the document's newest date,
 *   which in a register shown alone may be a birth date itself;
 * - every other date of its column lies as far back (a column of birth dates, not of event dates: a log's or an
 *   order's recent dates keep the column out).
 * A register of firms (no person in the row) and dates in prose (no delimited block) stay unread.
 * One row alone (`grep` shows the one matching line of a register: "07857;Ana Berg;07.03.1982;+41 78 934 25 53") is
 * read the same way when it holds a person's name AND a phone number or an e-mail address as well: a contact record,
 * whose old whole-date cell is the person's birth date (fail closed; an event's date lies less than MIN_AGE back).
 */
const MIN_AGE = 14;
const MAX_AGE = 110;
const DELIMITERS = [';', '\t', '|', ','];
/** A person's row holds at least this many fields (two delimiters): "Name;date" alone is too little of a register. */
const MIN_DELIMITERS = 2;
/** A field of a register is short; prose cut at commas is not. */
const MAX_CELL = 80;
/** Dates with a four-digit year in a row or a document: ISO, dotted or slashed, or a month word before the year. */
const DATED =
  /(?<!\d)((?:19|20)\d{2})-[01]\d-[0-3]\d(?!\d)|(?<![\d.])[0-3]?\d[./-][01]?\d[./-]((?:19|20)\d{2})(?!\d)|\b[A-Za-zÄÖÜäöüé]{3,9}\.?[ \t]+(?:[0-3]?\d[ \t]+(?:[\d:]+[ \t]+)?)?((?:19|20)\d{2})(?!\d)/g;
const FOUR_DIGIT_YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/;
const TWO_DIGIT_YEAR = /(?<!\d)(\d{2})$/;
const DIGIT = /\d/;

export interface Cell {
  start: number;
  end: number;
}
export interface Row {
  start: number;
  end: number;
  cells: Cell[];
}

export function birthDatesInHeaderlessRows(text: string, found: Entity[]): Entity[] {
  const people = found
    .filter((e) => e.type === 'PERSON')
    .map((e) => e.start)
    .sort((a, b) => a - b);
  if (people.length === 0) return [];
  // Not the document's newest date: in a register shown alone the newest date may be a birth date itself.
  const today = latestBirthYear();
  const contacts = found
    .filter((e) => e.type === 'PHONE_NUMBER' || e.type === 'EMAIL_ADDRESS')
    .map((e) => e.start)
    .sort((a, b) => a - b);
  const out: Entity[] = [];
  const taken = new Set<number>();
  for (const block of delimitedBlocks(text, 1)) {
    if (block.length === 1 && !(startsIn(block[0], people) && startsIn(block[0], contacts))) continue;
    readBlock(text, block, people, today, out, taken);
  }
  return out;
}

/**
 * The delimited blocks of `text`, for each delimiter in turn: at least `minRows` consecutive lines with the same
 * count (at least MIN_DELIMITERS) of the delimiter, quoted fields one field; a first row with fewer fields joins the
 * rows below it (a hunk header's context line cut short). Shared with names-by-column-consensus.ts.
 */
export function delimitedBlocks(text: string, minRows: number): Row[][] {
  const blocks: Row[][] = [];
  const lines = linesOf(text);
  for (const delimiter of DELIMITERS) {
    if (!text.includes(delimiter)) continue;
    let block: Row[] = [];
    let count = -1;
    const flush = () => {
      if (block.length >= minRows) blocks.push(block);
      block = [];
    };
    for (const [start, end] of lines) {
      const row = rowOf(text, start, end, delimiter);
      if (row.cells.length - 1 < MIN_DELIMITERS) {
        flush();
        count = -1;
        continue;
      }
      // A first row cut short (a hunk header's context line is truncated; a header line may have fewer cells) joins
      // the rows below it, its cells read from the left.
      const cutAbove = block.length === 1 && count < row.cells.length;
      if (row.cells.length !== count && !cutAbove) flush();
      count = row.cells.length;
      block.push(row);
    }
    flush();
  }
  return blocks;
}

function readBlock(
  text: string,
  block: Row[],
  people: number[],
  today: number,
  out: Entity[],
  taken: Set<number>,
): void {
  // A header line in sight decides the columns (tables.ts reads it): the block is left to it.
  if (block.some((row) => !DIGIT.test(text.slice(row.start, row.end)) && !startsIn(row, people))) return;
  if (block.some((row) => row.cells.some((c) => c.end - c.start > MAX_CELL))) return;
  const columns = block[block.length - 1].cells.length;
  for (let column = 0; column < columns; column++) {
    const dates: { row: Row; cell: Cell; old: boolean }[] = [];
    for (const row of block) {
      const cell = row.cells[column];
      if (cell === undefined || cell.end === cell.start || birthDateAt(text, cell.start) !== cell.end) continue;
      const reference = Math.max(newestYear(text, row.start, row.end, cell) ?? today, today);
      const year = yearOf(text.slice(cell.start, cell.end), reference);
      dates.push({ row, cell, old: year !== undefined && reference - year >= MIN_AGE && reference - year <= MAX_AGE });
    }
    if (dates.length === 0 || dates.some((d) => !d.old)) continue;
    for (const { row, cell } of dates) {
      if (!startsIn(row, people) || taken.has(cell.start)) continue;
      taken.add(cell.start);
      out.push({ type: 'DATE_OF_BIRTH', start: cell.start, end: cell.end, score: 0.85 });
    }
  }
}

/** The date's year; a two-digit year is the latest one not after the reference ("09.12.26" of 2026 is recent). */
function yearOf(date: string, reference: number): number | undefined {
  const four = FOUR_DIGIT_YEAR.exec(date);
  if (four) return Number(four[0]);
  const two = TWO_DIGIT_YEAR.exec(date);
  if (!two) return undefined;
  const yy = Number(two[1]);
  const century = Math.floor(reference / 100) * 100;
  return century + yy <= reference ? century + yy : century - 100 + yy;
}

/** The newest four-digit year of a date between start and end, the cell `skip` left out. */
function newestYear(text: string, start: number, end: number, skip: Cell | undefined): number | undefined {
  let newest: number | undefined;
  const part = text.slice(start, end);
  DATED.lastIndex = 0;
  for (let m = DATED.exec(part); m; m = DATED.exec(part)) {
    const at = start + m.index;
    if (skip && at < skip.end && at + m[0].length > skip.start) continue;
    const year = Number(m[1] ?? m[2] ?? m[3]);
    if (newest === undefined || year > newest) newest = year;
  }
  return newest;
}

/** Whether a finding (a person's name, a contact) starts in the row (`starts` sorted: binary search, a dump holds thousands). */
function startsIn(row: Row, starts: number[]): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < row.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] < row.end;
}

/** The line's fields split at `delimiter` outside double quotes, trimmed of blanks and quotes. */
function rowOf(text: string, start: number, end: number, delimiter: string): Row {
  const cells: Cell[] = [];
  let quoted = false;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i] : delimiter;
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && (!quoted || i === end)) {
      cells.push(trimmed(text, from, i));
      from = i + 1;
    }
  }
  return { start, end, cells };
}

function trimmed(text: string, start: number, end: number): Cell {
  while (start < end && /[ \t"']/.test(text[start])) start++;
  while (end > start && /[ \t"'\r]/.test(text[end - 1])) end--;
  return { start, end };
}

function linesOf(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines.push([start, end === -1 ? text.length : end]);
    if (end === -1) return lines;
    start = end + 1;
  }
}
