import { wholeBirthDate } from './birth-dates.js';
import type { Entity } from './entities.js';
import { BIRTH_DATE_COLUMN } from './tables.js';
import { PHONE_COLUMN, phoneCell } from './phone-columns.js';

/**
 * Columns of an Excel 2003 XML sheet (SpreadsheetML: `<Row><Cell><Data ss:Type="…">…</Data></Cell>…</Row>`), as
 * HR, CRM and telecom systems export them, known by their heading row: a birth-date column's dates are dates of
 * birth (a DateTime cell writes "1957-12-07T00:00:00.000"; the date part is the finding), a phone column's
 * numbers are phone numbers, however written (Excel drops the "+" of a Number cell: "491578174105").
 * No other cue stands beside these values, and the cells' own text carries no line structure the
 * CSV reader could use. Read only in text that holds `<Data ss:Type=`.
 */
export function spreadsheetColumns(text: string): Entity[] {
  if (!text.includes(DATA_OPEN)) return [];
  const out: Entity[] = [];
  // Each table's rows; its first row holds the headings.
  for (let table = text.indexOf('<Table'); table !== -1;) {
    const tableEnd = text.indexOf('</Table>', table);
    const end = tableEnd === -1 ? text.length : tableEnd;
    let kinds: (Kind | undefined)[] | undefined;
    for (let row = text.indexOf('<Row', table); row !== -1 && row < end;) {
      let rowEnd = text.indexOf('</Row>', row);
      if (rowEnd === -1 || rowEnd > end) rowEnd = end;
      const cells = cellsOf(text, row, rowEnd);
      if (kinds === undefined) {
        kinds = cells.map((c) => c && headingKind(text.slice(c.start, c.end)));
        if (!kinds.some(Boolean)) break;
      } else {
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i];
          const kind = kinds[i];
          if (c && kind) {
            const e = valueOf(text, c, kind);
            if (e) out.push(e);
          }
        }
      }
      row = text.indexOf('<Row', rowEnd);
    }
    table = tableEnd === -1 ? -1 : text.indexOf('<Table', tableEnd);
  }
  return out;
}

const DATA_OPEN = '<Data ss:Type=';

type Kind = 'DATE_OF_BIRTH' | 'PHONE_NUMBER';

interface Cell {
  start: number;
  end: number;
  type: string;
}

function headingKind(heading: string): Kind | undefined {
  const h = heading.trim();
  if (BIRTH_DATE_COLUMN.test(h)) return 'DATE_OF_BIRTH';
  if (PHONE_COLUMN.test(h)) return 'PHONE_NUMBER';
  return undefined;
}

/**
 * The row's cells by column, `ss:Index` honoured (a cell may skip empty columns): each cell's `<Data>` text, or
 * undefined for a cell without one.
 */
function cellsOf(text: string, from: number, to: number): (Cell | undefined)[] {
  const cells: (Cell | undefined)[] = [];
  for (let at = text.indexOf('<Cell', from); at !== -1 && at < to; at = text.indexOf('<Cell', at + 5)) {
    const tagEnd = text.indexOf('>', at);
    if (tagEnd === -1 || tagEnd > to) break;
    const index = INDEX.exec(text.slice(at, tagEnd));
    if (index) while (cells.length < Number(index[1]) - 1) cells.push(undefined);
    const data = text.indexOf(DATA_OPEN, tagEnd);
    const cellEnd = text.indexOf('</Cell>', tagEnd);
    if (data === -1 || cellEnd === -1 || data > cellEnd || cellEnd > to) {
      cells.push(undefined);
      continue;
    }
    const typeEnd = text.indexOf('"', data + DATA_OPEN.length + 1);
    const open = text.indexOf('>', data);
    const close = text.indexOf('</Data>', open);
    if (typeEnd === -1 || open === -1 || close === -1 || close > cellEnd) {
      cells.push(undefined);
      continue;
    }
    cells.push({ start: open + 1, end: close, type: text.slice(data + DATA_OPEN.length + 1, typeEnd) });
  }
  return cells;
}
const INDEX = /ss:Index="(\d{1,4})"/;

/** A DateTime cell's date part: "1957-12-07" of "1957-12-07T00:00:00.000". */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[\d:.]+$/;

function valueOf(text: string, c: Cell, kind: Kind): Entity | undefined {
  const value = text.slice(c.start, c.end);
  if (kind === 'DATE_OF_BIRTH') {
    const m = c.type === 'DateTime' ? DATE_TIME.exec(value) : null;
    if (m) return { type: kind, start: c.start, end: c.start + m[1].length, score: 0.9 };
    return wholeBirthDate(value.trim()) ? { type: kind, start: c.start, end: c.end, score: 0.9 } : undefined;
  }
  return phoneCell(value.trim()) ? { type: kind, start: c.start, end: c.end, score: 0.9 } : undefined;
}
