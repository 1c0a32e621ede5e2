import type { Entity } from './entities.js';
import { columnValueType, latestYearOf } from './column-values.js';
import { isDictionaryWord } from './name-list.js';
import { roleCell } from './names-table-columns.js';
import { columnKind, fullNameValue, isRoleHeading, personCell } from './tables.js';

/**
 * Cell dumps: a workbook extracted one cell a line ("A1: Name", "B7=12.03.1988", "Sheet1!C3: …",
 * "'Q1 Staff'!D2: …"). A column's heading is no longer above its values but on another line, so the
 * heading rules of delimited tables cannot see it. This module ties each cell to the heading cell of
 * its column (the block's first row; a lone title cell above the headings is passed over), and finds
 * what a table's heading would: names under a name column, dates of birth (also serial numbers), phone
 * numbers, German tax ids and ID document numbers under theirs. "A1: Ort" … "A5: Berlin" is no name.
 */

/** One dumped cell below its block's heading row. */
export interface DumpCell {
  /** The heading cell's text of the cell's column. */
  heading: string;
  /** Whether the block is a form of labels and values ("A1: Kunde", "B1: Jana Petersen"), no table. */
  form: boolean;
  /** The value's span in the text (blanks and surrounding quotes left out). */
  start: number;
  end: number;
}

/** A dumped cell's reference and separator: an optional sheet, column letters, a row number, ":" or "=". */
const CELL_LINE =
  /^[ \t]*(?:('[^'\n]{1,60}'|[^\s!'=:][^!\n:=]{0,40})!)?\$?([A-Z]{1,3})\$?([1-9]\d{0,6})[ \t]*[:=][ \t]*/;

interface Parsed {
  sheet: string;
  column: string;
  row: number;
  start: number;
  end: number;
}

/** The dump line starting at `lineStart`, or undefined when the line is no dumped cell. */
function parseLine(text: string, lineStart: number, lineEnd: number): Parsed | undefined {
  // Only a line opening with a capital, "$", a quote or a sheet name can be a cell: a cheap test first.
  const m = CELL_LINE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 120)));
  if (!m) return undefined;
  let start = lineStart + m[0].length;
  let end = lineEnd;
  while (end > start && /[\s]/.test(text[end - 1])) end--;
  if (end - start >= 2 && text[start] === '"' && text[end - 1] === '"') {
    start++;
    end--;
  }
  return { sheet: m[1] ?? '', column: m[2], row: Number(m[3]), start, end };
}

/** Two to four capitalised words, none an ordinary word: a value, where a heading names what a column holds. */
function nameWords(value: string): boolean {
  const words = value.split(/[\s,]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !words.some((w) => isDictionaryWord(w) || columnKind(w) !== undefined)
  );
}

/** The heading row of a block: its first row, unless that row is a lone title cell with a fuller row after it. */
function headingRowOf(block: Parsed[]): number {
  const first = block[0].row;
  let firstCount = 0;
  let next = -1;
  let nextCount = 0;
  for (const cell of block) {
    if (cell.row === first) firstCount++;
    else if (next === -1 || cell.row === next) {
      next = cell.row;
      nextCount++;
    } else break;
  }
  return firstCount === 1 && nextCount >= 2 ? next : first;
}

/** Every dumped cell below a heading row, with its column's heading; blocks end at a line that is no cell. */
export function cellDumpCells(text: string): DumpCell[] {
  const out: DumpCell[] = [];
  let block: Parsed[] = [];
  const flush = () => {
    if (block.length > 1) {
      const headingRow = headingRowOf(block);
      const headings = new Map<string, string>();
      // A name heading with a full name right beside it in the same row: a label and its value, a form's row.
      // A heading row of just a label and a value ("A1: Kunde", "B1: Abdukerim Tursun") is one too: capitalised
      // words and no ordinary word beside a name heading, where a table's second heading holds headings' words.
      let form = false;
      let left: string | undefined;
      let count = 0;
      for (const cell of block) {
        if (cell.row !== headingRow) continue;
        const value = text.slice(cell.start, cell.end);
        if (left !== undefined && columnKind(left) === 'PERSON' && fullNameValue(value)) form = true;
        headings.set(cell.column, value);
        left = value;
        count++;
      }
      if (count === 2 && columnKind(headings.get('A') ?? '') === 'PERSON' && nameWords(headings.get('B') ?? ''))
        form = true;
      for (const cell of block) {
        if (cell.row <= headingRow || cell.end === cell.start) continue;
        const heading = headings.get(cell.column);
        if (heading !== undefined) out.push({ heading, form, start: cell.start, end: cell.end });
      }
    }
    block = [];
  };
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const parsed = parseLine(text, lineStart, lineEnd);
    if (parsed) {
      // Another sheet, or rows starting over: a new block with its own headings.
      const last = block[block.length - 1];
      if (last && (last.sheet !== parsed.sheet || parsed.row < block[0].row)) flush();
      block.push(parsed);
    } else if (text.slice(lineStart, lineEnd).trim()) flush();
    lineStart = lineEnd + 1;
  }
  flush();
  return out;
}

/**
 * A label in a name column: a heading itself ("Telefon") or a role with a gender mark ("Disponent/in",
 * "Fahrer*in"), which no one is called; a row of a contact below the table ("Disponent/in", name, phone).
 */
const labelValue = (value: string) =>
  columnKind(value) !== undefined || /(?:\/-?in(?:nen)?|\*in(?:nen)?|:innen|\(in(?:nen)?\))$/.test(value);

/** Findings in cell dumps: what the heading of each cell's column says the cell holds, the value confirming. */
export function cellDumpColumns(text: string): Entity[] {
  // No cell reference with a separator anywhere: no dump (the common case, one quick search).
  // The cell reference with its separator first, anywhere (one cheap pass; every line the second pattern takes holds
  // one): the line-anchored pattern tries up to 64 places on every line.
  if (!/[A-Z]\$?\d[ \t]*[:=]/.test(text) || !/^[ \t]*[^\n]{0,64}?[A-Z]\$?\d[ \t]*[:=]/m.test(text)) return [];
  const out: Entity[] = [];
  let year: number | undefined;
  const latestYear = () => (year ??= latestYearOf(text));
  for (const cell of cellDumpCells(text)) {
    const kind = cell.form ? undefined : columnKind(cell.heading);
    if (!kind) continue;
    const value = text.slice(cell.start, cell.end);
    if (value.length > 60) continue;
    let type: Entity['type'] | undefined;
    // A formula ("=CONCATENATE(B2;" ";C2)") is no value: the cells it points to are read where they stand.
    if (kind === 'PERSON')
      type =
        !value.startsWith('=') &&
        !labelValue(value) &&
        personCell(value) &&
        (!isRoleHeading(cell.heading) || roleCell(value))
          ? 'PERSON'
          : undefined;
    else type = columnValueType(kind, value, latestYear);
    if (type) out.push({ type, start: cell.start, end: cell.end, score: 0.9 });
  }
  return out;
}
