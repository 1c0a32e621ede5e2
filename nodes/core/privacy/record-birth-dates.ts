import type { Entity } from './entities.js';
import { wholeBirthDate } from './birth-dates.js';

/**
 * Birth dates in machine-made records, where a column's or key's meaning comes from its header:
 * SQL INSERTs (the column list names each value by position), fixed-width exports (the header names
 * each column by its offset), delimited exports (by its index), and field-diff rows ("P-1;dob;04/09/1962;19620409").
 */

/** A column name or key that means a birth date, compared without case, blanks, dots, "_" and "-": "DOB", "GEBDAT", "BIRTH_DT", "birthDate". */
const BIRTH_KEY =
  /^(?:dob|dateofbirth|birth(?:date|day|dt|dat)?|bday|geb|gebdat(?:um)?|gebdt|geburtsdatum|geburtstag|gebtag|dtbirth|borndate|born)$/;
const isBirthKey = (name: string) => BIRTH_KEY.test(name.toLowerCase().replace(/[\s._\-"'`[\]]/g, ''));
/** Where a header or key may name a birth date: found by search, then read. */
const HINT = /dob|birth|geb|bday|born/gi;
/** How many lines under a header are read as its rows; a blank line ends them sooner. */
const MAX_ROWS = 5000;
const MAX_FIELD = 40;

const date = (value: string) => value.length <= MAX_FIELD && wholeBirthDate(value);

export const recordBirthDates = (text: string): Entity[] => {
  const out: Entity[] = [];
  sqlInserts(text, out);
  let doneUntil = 0;
  HINT.lastIndex = 0;
  for (let m = HINT.exec(text); m; m = HINT.exec(text)) {
    if (m.index < doneUntil) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    doneUntil = lineEnd + 1;
    HINT.lastIndex = lineEnd;
    if (lineEnd - lineStart > 2000) continue;
    doneUntil = readHeader(text, lineStart, lineEnd, out);
    HINT.lastIndex = Math.max(HINT.lastIndex, doneUntil);
  }
  return out;
};

interface Field {
  start: number;
  end: number;
}

/** The fields of a line split by `delimiter`, blanks trimmed (quotes too). */
function fieldsOf(text: string, start: number, end: number, delimiter: string): Field[] {
  const fields: Field[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== delimiter) continue;
    let a = from;
    let b = i;
    while (a < b && (text[a] === ' ' || text[a] === '\t' || text[a] === '"')) a++;
    while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '"' || text[b - 1] === '\r')) b--;
    fields.push({ start: a, end: b });
    from = i + 1;
  }
  return fields;
}

/** Blank-separated tokens with their offsets (a fixed-width header). */
function tokensOf(text: string, start: number, end: number): Field[] {
  const tokens: Field[] = [];
  let i = start;
  while (i < end) {
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    const a = i;
    while (i < end && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\r') i++;
    if (i > a) tokens.push({ start: a, end: i });
  }
  return tokens;
}

function delimiterOf(text: string, start: number, end: number): string | undefined {
  const line = text.slice(start, end);
  for (const d of [';', '|', '\t', ',']) if (line.split(d).length >= 3) return d;
  return undefined;
}

/**
 * A line with a birth key: its own date fields are birth dates (a field-diff row); with none, it is a
 * header, and its column is read in the rows below. Returns where reading stopped.
 */
function readHeader(text: string, lineStart: number, lineEnd: number, out: Entity[]): number {
  const delimiter = delimiterOf(text, lineStart, lineEnd);
  const cells = delimiter ? fieldsOf(text, lineStart, lineEnd, delimiter) : tokensOf(text, lineStart, lineEnd);
  if (cells.length < 3) return lineEnd + 1;
  const column = cells.findIndex((c) => c.end - c.start <= MAX_FIELD && isBirthKey(text.slice(c.start, c.end)));
  if (column === -1) return lineEnd + 1;
  if (delimiter) {
    let own = false;
    for (const c of cells) {
      if (date(text.slice(c.start, c.end))) {
        out.push({ type: 'DATE_OF_BIRTH', start: c.start, end: c.end, score: 0.9 });
        own = true;
      }
    }
    if (own) return lineEnd + 1;
  }
  // The rows under the header: until a blank line, at most MAX_ROWS.
  let at = lineEnd + 1;
  for (let row = 0; row < MAX_ROWS && at < text.length; row++) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    if (end - at === 0 || /^\s*$/.test(text.slice(at, Math.min(end, at + 200)))) return at;
    if (end - at <= 2000) {
      const cell = delimiter
        ? fieldsOf(text, at, end, delimiter)[column]
        : tokenAtOffset(text, at, end, cells[column].start - lineStart);
      if (cell && date(text.slice(cell.start, cell.end)))
        out.push({ type: 'DATE_OF_BIRTH', start: cell.start, end: cell.end, score: 0.9 });
    }
    at = end + 1;
  }
  return at;
}

/** The token that begins at `offset` in the row (one character either way), as a fixed-width column. */
function tokenAtOffset(text: string, rowStart: number, rowEnd: number, offset: number): Field | undefined {
  for (const shift of [0, -1, 1]) {
    const a = rowStart + offset + shift;
    if (a < rowStart || a >= rowEnd) continue;
    if (a > rowStart && text[a - 1] !== ' ' && text[a - 1] !== '\t') continue;
    if (text[a] === ' ' || text[a] === '\t') continue;
    let b = a;
    // A date may hold single blanks ("13. Juni 1959"): the column ends at two blanks.
    while (
      b < rowEnd &&
      b - a <= MAX_FIELD &&
      !((text[b] === ' ' || text[b] === '\t') && (text[b + 1] === ' ' || text[b + 1] === '\t' || b + 1 >= rowEnd)) &&
      text[b] !== '\r'
    )
      b++;
    return { start: a, end: b };
  }
  return undefined;
}

const INSERT = /INSERT[ \t]+INTO[ \t]+[\w."`[\]]{1,100}[ \t]*\(([^()\n]{1,1000})\)[ \t]*VALUES[ \t]*/giy;
const INSERT_HINT = /INSERT[ \t]+INTO/gi;

/** SQL INSERTs: the column list names the values by position, in every row of VALUES. */
function sqlInserts(text: string, out: Entity[]): void {
  INSERT_HINT.lastIndex = 0;
  for (let h = INSERT_HINT.exec(text); h; h = INSERT_HINT.exec(text)) {
    INSERT.lastIndex = h.index;
    const m = INSERT.exec(text);
    if (!m) continue;
    const columns = m[1].split(',').map((c) => isBirthKey(c));
    if (!columns.includes(true)) continue;
    INSERT_HINT.lastIndex = readValues(text, INSERT.lastIndex, columns, out);
  }
}

/** Reads "(v, 'v', NULL), (…)" from `at`, each character once; returns where it stopped. */
function readValues(text: string, at: number, columns: boolean[], out: Entity[]): number {
  let i = at;
  while (i < text.length && text[i] === '(') {
    i++;
    let index = 0;
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') i++;
      let start = i;
      let end: number;
      if (text[i] === "'") {
        start = ++i;
        while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) i += text[i] === "'" ? 2 : 1;
        end = i;
        i++;
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== ')' && text[i] !== '\n') i++;
        end = i;
        while (end > start && text[end - 1] === ' ') end--;
      }
      if (columns[index] && end - start <= MAX_FIELD && date(text.slice(start, end)))
        out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.9 });
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (text[i] === ',') {
        i++;
        index++;
        continue;
      }
      break;
    }
    if (text[i] !== ')') return i;
    i++;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === ',') i++;
  }
  return i;
}
