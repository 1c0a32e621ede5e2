import type { Entity } from './entities.js';
import type { MarkupReading, TextPiece } from './markup-text-view.js';
import { isFormatOwnAttribute } from './office-own-attributes.js';
import { headingKind, numberCellIs, type SheetColumnKind } from './spreadsheet-xml.js';

/**
 * SpreadsheetML parts of an .xlsx workbook (ECMA-376 Part 1, §18.4 Shared String Table, §18.3 Worksheets), as an
 * ingest reads them: `xl/sharedStrings.xml` holds every text once as a string item `<si>` (a plain `<t>` or rich-text
 * runs `<r><rPr>…</rPr><t>…</t></r>`, whose texts join WITHOUT a blank: a run boundary can fall inside a word), and
 * `xl/worksheets/sheetN.xml` holds the cells `<c r="B4" t="s"><v>17</v></c>`: a shared-string cell's `<v>` is only
 * the INDEX of its `<si>` (§18.3.1.4 ST_CellType "s"), an inline string cell (`t="inlineStr"`) holds its text in
 * `<is>`, a formula string (`t="str"`) and a number (no `t`, or `t="n"`) in `<v>`. The reading is the sheet as a
 * reader of it sees it: each row one line, its cells in their columns joined by tabs (the detectors read a
 * tab-joined line as a table row), each shared-string cell showing its string item's runs (mapped back onto the
 * `<si>`); string items no cell shows (a part read without its sheet) are lines of their own. Phonetic runs
 * (`<rPh>`, §18.4.6) repeat a text's reading and are left out.
 *
 * A number cell carries no cue of its own: a date of birth stands as Excel's serial day number (31417) and a phone
 * as a bare number (Excel drops the "+"), decided by the column's heading or the label cell beside it, as a reader
 * of the sheet decides (`known`).
 */

/** Cells of a row are read as table cells: tab-joined (tables.ts reads a tab as a cell's edge). */
const CELL_EDGE = '\t';
/** A text element (`<t>`, `<t xml:space="preserve">`) and its end. */
const TEXT_OPEN = /<t(?:\s[^<>]{0,200})?>/y;
/** A cell's start tag: its attributes, and whether it is empty (`<c r="A1" s="2"/>`). */
const CELL_OPEN = /<c(\s[^<>]{0,400})?(\/?)>/y;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"'<>]{0,40})["']`);
const REF_ATTRIBUTE = ATTRIBUTE('r');
const TYPE_ATTRIBUTE = ATTRIBUTE('t');
/** A cell reference's column letters ("AB" of "AB12"). */
const COLUMN = /^([A-Z]{1,3})\d/;
/** The longest element read: a cell or a string item is short; a search never runs further. */
const MAX_ITEM = 20_000;

type Span = { start: number; end: number };

/** The pieces of the workbook parts in the text; undefined (cheaply) for a text without any. */
export function sheetPieces(text: string): MarkupReading | undefined {
  const hasStrings = text.includes('<sst');
  const hasSheet = text.includes('<sheetData');
  if (!hasStrings && !hasSheet) return undefined;
  const items = hasStrings ? stringItems(text) : [];
  const pieces: TextPiece[] = [];
  const known: Entity[] = [];
  const shown = new Set<number>();
  for (let at = text.indexOf('<sheetData'); at !== -1;) {
    let end = text.indexOf('</sheetData>', at);
    if (end === -1) end = text.length;
    readSheet(text, at, end, items, shown, pieces, known);
    at = text.indexOf('<sheetData', end);
  }
  // String items no cell shows: each a line of its own, where it stands.
  const own: TextPiece[] = [];
  items.forEach((runs, i) => {
    if (!shown.has(i)) runs.forEach((r, k) => own.push({ ...r, line: `si ${i}`, before: k > 0 ? '' : undefined }));
  });
  const all = [...own, ...pieces];
  if (all.length === 0 && known.length === 0) return undefined;
  return { pieces: all, escapes: 'xml', joiner: '', markup: 'tags', ownAttribute: isFormatOwnAttribute, known };
}

/** Each `<si>` of every shared string table, in order: the spans of its texts (phonetic runs left out). */
function stringItems(text: string): Span[][] {
  const items: Span[][] = [];
  for (let table = text.indexOf('<sst'); table !== -1;) {
    let tableEnd = text.indexOf('</sst>', table);
    if (tableEnd === -1) tableEnd = text.length;
    for (let si = text.indexOf('<si>', table); si !== -1 && si < tableEnd;) {
      let siEnd = text.indexOf('</si>', si);
      if (siEnd === -1 || siEnd > tableEnd) siEnd = tableEnd;
      items.push(textsIn(text, si, Math.min(siEnd, si + MAX_ITEM)));
      si = text.indexOf('<si>', siEnd);
    }
    table = text.indexOf('<sst', tableEnd);
  }
  return items;
}

/** The `<t>` texts between `from` and `to`, outside phonetic runs (`<rPh>…</rPh>`). */
function textsIn(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('<', from); at !== -1 && at < to; at = text.indexOf('<', at + 1)) {
    if (text.startsWith('<rPh', at)) {
      const close = text.indexOf('</rPh>', at);
      if (close === -1 || close >= to) break;
      at = close;
      continue;
    }
    TEXT_OPEN.lastIndex = at;
    const open = TEXT_OPEN.exec(text);
    if (!open) continue;
    const start = TEXT_OPEN.lastIndex;
    const close = text.indexOf('</t>', start);
    if (close === -1 || close > to) break;
    if (close > start) out.push({ start, end: close });
    at = close;
  }
  return out;
}

interface SheetCell {
  column: number;
  pieces: Span[];
  /** A number cell's `<v>` (no cue of its own: its column or its label decides what it is). */
  number?: Span;
}

/** The rows of one `<sheetData>`, each a line of tab-joined cells; number cells under a known heading into `known`. */
function readSheet(
  text: string,
  from: number,
  to: number,
  items: Span[][],
  shown: Set<number>,
  pieces: TextPiece[],
  known: Entity[],
): void {
  let headings: (SheetColumnKind | undefined)[] | undefined;
  for (let row = text.indexOf('<row', from); row !== -1 && row < to;) {
    let rowEnd = text.indexOf('</row>', row);
    if (rowEnd === -1 || rowEnd > to) rowEnd = to;
    const cells = cellsOf(text, row, rowEnd, items, shown);
    const line = `row ${row}`;
    let last = -1;
    for (const c of cells) {
      c.pieces.forEach((p, k) => {
        const first = pieces.length === 0 || pieces[pieces.length - 1].line !== line;
        const before = k > 0 ? '' : first ? undefined : CELL_EDGE.repeat(Math.max(1, c.column - last));
        pieces.push({ ...p, line, before });
      });
      last = c.column;
    }
    // The heading row: the first with a cell naming a birth-date or phone column, among other cells.
    const texts = cells.map((c) =>
      c.number ? '' : c.pieces.map((p) => decodeXmlText(text.slice(p.start, p.end))).join(''),
    );
    const kinds = texts.map((t) => headingKind(t));
    if (cells.length >= 2 && kinds.some(Boolean) && cells.every((c) => !c.number)) {
      headings = [];
      cells.forEach((c, i) => (headings![c.column] = kinds[i]));
    } else {
      cells.forEach((c, i) => {
        if (!c.number) return;
        // Its column's heading, or the label cell right before it ("Geburtsdatum | 31417").
        const left = i > 0 && cells[i - 1].column === c.column - 1 ? kinds[i - 1] : undefined;
        const kind = headings?.[c.column] ?? left;
        const value = kind && numberValue(text, c.number, kind);
        if (value) known.push(value);
      });
    }
    row = text.indexOf('<row', rowEnd);
  }
}

/** The row's cells: their column, the text pieces a reader sees in them, a number cell's value. */
function cellsOf(text: string, from: number, to: number, items: Span[][], shown: Set<number>): SheetCell[] {
  const out: SheetCell[] = [];
  let next = 0;
  for (let at = text.indexOf('<c', from); at !== -1 && at < to; at = text.indexOf('<c', at + 2)) {
    CELL_OPEN.lastIndex = at;
    const open = CELL_OPEN.exec(text);
    if (!open) continue;
    const attributes = open[1] ?? '';
    const ref = REF_ATTRIBUTE.exec(attributes);
    const letters = ref ? COLUMN.exec(ref[1]) : null;
    const column = letters ? columnIndex(letters[1]) : next;
    next = column + 1;
    if (open[2] === '/') continue;
    const bodyStart = CELL_OPEN.lastIndex;
    let bodyEnd = text.indexOf('</c>', bodyStart);
    if (bodyEnd === -1 || bodyEnd > to) bodyEnd = to;
    bodyEnd = Math.min(bodyEnd, bodyStart + MAX_ITEM);
    const type = TYPE_ATTRIBUTE.exec(attributes)?.[1] ?? 'n';
    const value = valueElement(text, bodyStart, bodyEnd);
    if (type === 's') {
      // §18.3.1.4: the shared string's index; the text is the string item's.
      const index = value ? Number(text.slice(value.start, value.end).trim()) : NaN;
      if (Number.isInteger(index) && index >= 0 && index < items.length) {
        shown.add(index);
        out.push({ column, pieces: items[index] });
      }
    } else if (type === 'inlineStr') out.push({ column, pieces: textsIn(text, bodyStart, bodyEnd) });
    else if (type === 'str' || type === 'd') {
      if (value) out.push({ column, pieces: [value] });
    } else if (type === 'n' && value) out.push({ column, pieces: [value], number: value });
    at = bodyEnd;
  }
  return out;
}

/** A cell's `<v>` text, trimmed to its value. */
function valueElement(text: string, from: number, to: number): Span | undefined {
  const open = text.indexOf('<v>', from);
  if (open === -1 || open >= to) return undefined;
  let start = open + 3;
  let end = text.indexOf('</v>', start);
  if (end === -1 || end > to) return undefined;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function numberValue(text: string, at: Span, kind: SheetColumnKind): Entity | undefined {
  return numberCellIs(kind, text.slice(at.start, at.end))
    ? { type: kind, start: at.start, end: at.end, score: 0.9 }
    : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A heading's text with XML's named and numeric references decoded (headings are matched as words). */
function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (_, n: string) =>
    n[0] === '#'
      ? String.fromCodePoint(n[1] === 'x' || n[1] === 'X' ? parseInt(n.slice(2), 16) : Number(n.slice(1)))
      : NAMED[n.toLowerCase()],
  );
}
