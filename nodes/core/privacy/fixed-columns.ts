/** Where a value stands in one row of a fixed-width table, in the text's offsets. */
export interface ColumnCell {
  start: number;
  end: number;
}

/** How a column is found in a row: where its heading starts, and where the next column starts. */
export interface FixedColumn {
  /** The heading's first character, counted from the row's start. */
  offset: number;
  /** The next column's first character, counted from the row's start: a word starting there is no longer this value. */
  next?: number;
  /** How far the value's first character may stand from `offset` (exports shift headings, printers rag). */
  slack?: number;
  /** The most characters read for one value. */
  maxLength?: number;
}

const blank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r';

/**
 * The value of a fixed-width column in the row `text[rowStart, rowEnd)`: the word that starts near the column's
 * offset, on through single blanks, to two blanks, a tab, the row's end or a word starting in the next column.
 * Reports and exports pad their columns with blanks, so one blank joins a value's words ("LANGSTRASSE 141",
 * "ROY BARMAN") and two end it. The one reader of such cells for every fixed-width table.
 */
export function fixedColumnCell(
  text: string,
  rowStart: number,
  rowEnd: number,
  column: FixedColumn,
): ColumnCell | undefined {
  const { offset, slack = 2, maxLength = Number.MAX_SAFE_INTEGER } = column;
  const next = column.next === undefined ? rowEnd : rowStart + column.next;
  for (let a = Math.max(rowStart, rowStart + offset - slack); a <= rowStart + offset + slack && a < rowEnd; a++) {
    if ((a > rowStart && !blank(text[a - 1])) || blank(text[a])) continue;
    if (a >= next) return undefined;
    let b = a;
    for (;;) {
      while (b < rowEnd && b - a <= maxLength && !blank(text[b])) b++;
      const joins = text[b] === ' ' && b + 1 < rowEnd && !blank(text[b + 1]) && b + 1 < next && b - a < maxLength;
      if (!joins) break;
      b++;
    }
    return { start: a, end: b };
  }
  return undefined;
}
