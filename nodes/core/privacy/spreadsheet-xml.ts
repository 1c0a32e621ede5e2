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
  if (!DATA_HINT.test(text)) return [];
  const out: Entity[] = [];
  // Each table's rows, read within the table's own text (a search never runs past it: hostile input stays linear).
  for (let table = text.indexOf('<Table'); table !== -1;) {
    const tableEnd = text.indexOf('</Table>', table);
    const body = text.slice(table, tableEnd === -1 ? text.length : tableEnd);
    let kinds: (Kind | undefined)[] | undefined;
    let rowsRead = 0;
    for (let row = body.indexOf('<Row'); row !== -1;) {
      let rowEnd = body.indexOf('</Row>', row);
      if (rowEnd === -1) rowEnd = body.length;
      const cells = cellsOf(body, row, rowEnd);
      if (kinds === undefined) {
        // The heading row: the first with a known heading, after at most a few title rows ("Mitarbeiterliste 2024").
        const headings = cells.map((c) => c && headingKind(body.slice(c.start, c.end)));
        if (headings.some(Boolean)) kinds = headings;
        else if (++rowsRead >= MAX_TITLE_ROWS) break;
      } else {
        for (let i = 0; i < cells.length; i++) {
          const c = cells[i];
          const kind = kinds[i];
          if (c && kind) {
            const e = valueOf(body, c, kind);
            if (e) out.push({ ...e, start: e.start + table, end: e.end + table });
          }
        }
      }
      row = body.indexOf('<Row', rowEnd);
    }
    table = tableEnd === -1 ? -1 : text.indexOf('<Table', tableEnd);
  }
  return out;
}

/** A cell's data element, also with the namespace prefix some writers add ("<ss:Data ss:Type='String'>"). */
const DATA_HINT = /<(?:ss:)?Data ss:Type=/;
const DATA_OPEN = /<(?:ss:)?Data ss:Type=["'](\w{1,20})["'][^>]{0,200}>/y;
/** Rows of a sheet's title above its headings that are read before giving the table up. */
const MAX_TITLE_ROWS = 4;
/** The longest cell read: a cell's text is short; a search never runs further. */
const MAX_CELL = 2000;

type Kind = 'DATE_OF_BIRTH' | 'PHONE_NUMBER';
/** The kinds of number a sheet's column heading names (also read by office-sheets.ts, the .xlsx parts). */
export type SheetColumnKind = Kind;

interface Cell {
  start: number;
  end: number;
  type: string;
}

/**
 * A column of SIM cards handed out ("New SIM no.", "Neue SIM-Nr."): the number a reader dials. A card's own serial
 * (ICCID, 19-20 digits) is no phone shape (`phoneCell` takes 7-15 digits) and stays unflagged.
 */
const SIM_COLUMN = /^(?:new |neue )?sim(?:[ -]?(?:karte|card))?(?:[ -]?(?:no\.?|nr\.?|number|nummer))?$/i;

export function headingKind(heading: string): Kind | undefined {
  // Exports write machine headings with "_" for blanks ("date_of_birth").
  const h = heading.trim().replace(/_/g, ' ');
  if (BIRTH_DATE_COLUMN.test(h)) return 'DATE_OF_BIRTH';
  if (PHONE_COLUMN.test(h) || SIM_COLUMN.test(h)) return 'PHONE_NUMBER';
  return undefined;
}

/**
 * The row's cells by column, `ss:Index` honoured (a cell may skip empty columns): each cell's `<Data>` text, or
 * undefined for a cell without one. Each cell is read within MAX_CELL characters, and within the row.
 */
function cellsOf(text: string, from: number, to: number): (Cell | undefined)[] {
  const cells: (Cell | undefined)[] = [];
  const row = text.slice(from, to);
  for (let at = row.indexOf('<Cell'); at !== -1; at = row.indexOf('<Cell', at + 5)) {
    const cell = row.slice(at, at + MAX_CELL);
    const tagEnd = cell.indexOf('>');
    if (tagEnd === -1) break;
    const index = INDEX.exec(cell.slice(0, tagEnd));
    if (index) while (cells.length < Number(index[1]) - 1) cells.push(undefined);
    const cellEnd = cell.indexOf('</Cell>', tagEnd);
    const data = cell.indexOf('Data ss:Type=', tagEnd);
    const open = data === -1 ? -1 : data - (cell[data - 1] === ':' ? 4 : 1);
    DATA_OPEN.lastIndex = open;
    const m = open < 0 || cellEnd === -1 || open > cellEnd ? null : DATA_OPEN.exec(cell);
    const close = m ? cell.indexOf('</', DATA_OPEN.lastIndex) : -1;
    if (!m || close === -1 || close > cellEnd) {
      cells.push(undefined);
      continue;
    }
    cells.push({ start: from + at + DATA_OPEN.lastIndex, end: from + at + close, type: m[1] });
  }
  return cells;
}
const INDEX = /ss:Index="(\d{1,4})"/;

/** An Excel serial day number of a date from 1900 to 2099 (a birth column's Number cell). */
const EXCEL_SERIAL = /^(?:[1-9]\d{2,3}|[1-6]\d{4}|7[0-2]\d{3})$/;
/** A DateTime cell's date part: "1957-12-07" of "1957-12-07T00:00:00.000". */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[\d:.]+$/;

function valueOf(text: string, c: Cell, kind: Kind): Entity | undefined {
  const value = text.slice(c.start, c.end);
  if (kind === 'DATE_OF_BIRTH') {
    const m = c.type === 'DateTime' ? DATE_TIME.exec(value) : null;
    if (m) return { type: kind, start: c.start, end: c.start + m[1].length, score: 0.9 };
    // A Number cell under a birth heading: Excel's serial day number of the date (21526 is 7 Dec 1958).
    if (c.type === 'Number' && numberCellIs(kind, value.trim()))
      return { type: kind, start: c.start, end: c.end, score: 0.9 };
    return wholeBirthDate(value.trim()) ? { type: kind, start: c.start, end: c.end, score: 0.9 } : undefined;
  }
  return phoneCell(value.trim()) ? { type: kind, start: c.start, end: c.end, score: 0.9 } : undefined;
}

/**
 * A Number cell's value under a heading of the kind: a birth column's Excel serial day number (21526 is 7 Dec
 * 1958), a phone column's number however written ("491578174105": Excel drops the "+").
 */
export function numberCellIs(kind: Kind, value: string): boolean {
  return kind === 'DATE_OF_BIRTH' ? EXCEL_SERIAL.test(value) : phoneCell(value);
}
