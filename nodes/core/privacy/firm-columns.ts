import { HOME_CUE, isOrganisationName } from './postal-shapes.js';
import { LEGAL_FORM } from './addresses.js';

/**
 * A letterhead's column in a page flattened line by line: a customer on the left and the firm on the
 * right, read across ("Ġorġa Xuereb            Industriestraße 14" under "Kunde:   Sanitär Flachsmann GmbH",
 * "55 Haywain Court, Hexham    22 Market St, Bendigo" under "Rituparna Chattopadhyay    Clutch & Go Driving School").
 * An address in the right column, after a gap of three blanks or more, is the firm's when the line above
 * names a firm (a legal form, an institution or trade word) in that column; a home cue there keeps it.
 */

/** The gap between two columns: blanks, at least this many. */
const COLUMN_GAP = 3;
/** How far the column above may start before the address (a shorter line above shifts little). */
const COLUMN_SLACK = 4;
/** A letterhead cell: a few words. */
const MAX_CELL_WORDS = 6;

/** Whether the address at `start` (its line begins at `lineStart`, a real line start) is in a firm's column. */
export function firmColumnAbove(text: string, lineStart: number, start: number): boolean {
  if (lineStart === 0 || text.charCodeAt(lineStart - 1) !== 10) return false;
  // A gap of blanks right before the address, and something on its left.
  let gap = start;
  while (gap > lineStart && (text[gap - 1] === ' ' || text[gap - 1] === '\t')) gap--;
  if (start - gap < COLUMN_GAP || gap === lineStart) return false;
  const column = start - lineStart;
  // The line above, from about the same column to its end (at most 200 characters back).
  const aboveEnd = lineStart - 1;
  let aboveStart = aboveEnd;
  while (aboveStart > 0 && aboveEnd - aboveStart < 200 && text.charCodeAt(aboveStart - 1) !== 10) aboveStart--;
  if (aboveEnd - aboveStart <= column - COLUMN_SLACK) return false;
  // The cell above begins after a gap of blanks near the address's column.
  let cellStart = aboveStart + Math.max(0, column - COLUMN_SLACK);
  while (cellStart < aboveEnd && text[cellStart] !== ' ' && text[cellStart] !== '\t' && cellStart > aboveStart) {
    // Inside a word of the left column's text: move right to its end.
    cellStart++;
  }
  const cell = text.slice(cellStart, aboveEnd).trim();
  const words = cell.split(/\s+/).length;
  if (!cell || words > MAX_CELL_WORDS || HOME_CUE.test(cell)) return false;
  // One word without a legal form is a table's header ("Firma", "Company", "Büro"), not a firm's name: the
  // rows under it may be private customers ("Kundennr.   Firma\n4471   Lindenweg 4, 24105 Kiel").
  if (words === 1 && !LEGAL_FORM.test(cell)) return false;
  return isOrganisationName(cell);
}

/** The start of the last column gap (COLUMN_GAP blanks or more, or a tab) in `line`, or -1: a line split in cells. */
function lastGapEnd(line: string): number {
  let run = 0;
  let end = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) run++;
    else if (c === 9) run = COLUMN_GAP;
    else {
      if (run >= COLUMN_GAP) end = i;
      run = 0;
    }
  }
  return run >= COLUMN_GAP ? line.length : end;
}

/**
 * The address's own cell of what stands before it on its line: after the last column gap. A firm in
 * the left column ("Sanitär Flachsmann GmbH       Lindenweg 4, …") names the other column, not this one.
 */
export function ownCellBefore(before: string): string {
  const gap = lastGapEnd(before);
  return gap === -1 ? before : before.slice(gap);
}

/**
 * The cell of the line above (from aboveStart to aboveEnd) that stands over `column`: the whole line
 * when it has no column gap; '' when the line above ends before the column. A customer's address under
 * "Kunde   Meier GmbH" is under "Kunde", and the firm's name over the right column is not its letterhead.
 */
export function cellAbove(text: string, aboveStart: number, aboveEnd: number, column: number): string {
  const line = text.slice(aboveStart, aboveEnd);
  let cellStart = 0;
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      run += c === 9 ? COLUMN_GAP : 1;
      continue;
    }
    if (run >= COLUMN_GAP && i > 0) {
      // A new cell starts here: it is the address's when it starts at or before its column (with slack).
      if (i > column + COLUMN_SLACK) return line.slice(cellStart, i);
      cellStart = i;
    }
    run = 0;
  }
  return line.slice(cellStart);
}
