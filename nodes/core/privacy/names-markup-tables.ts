import type { Entity } from './entities.js';
import { ROLE_COLUMN } from './names-table-columns.js';
import { markupName } from './names-markup-values.js';
import { isGivenName, isKnownName } from './name-list.js';

/**
 * Names in the tables of wiki markup, read as source text: DokuWiki ("^ No. ^ Holder ^" headings, "| … |" rows),
 * Textile ("|_. Neighbour |_. Address |"), Confluence ("||Owner||Area||", "|…|…|") and MediaWiki ("{|", "! Name !!
 * Phone", "|-", "| … || … || …"). A cell is a name when its column's heading names a person ("Name", "Holder",
 * "Nachbar", "Käufer", or a role ROLE_COLUMN knows), or, in a row without such a heading, when it is the row's
 * first cell of two words or more and another cell of the row holds a phone number or an e-mail address. The
 * cell must be written as a name (markupName). One pass over the lines; a table's state is its headings.
 */
export function namesInMarkupTables(text: string): Entity[] {
  if (!text.includes('|') && !text.includes('^')) return [];
  const out: Entity[] = [];
  let headings: string[] = [];
  // MediaWiki rows with one cell per line: the column of the next such cell.
  let column = -1;
  let markdown = false;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const first = text[start];
    if (first === '{' && text[start + 1] === '|') headings = [];
    else if (first === '|' && (text[start + 1] === '-' || text[start + 1] === '}') && !markdownRuleAt(text, start))
      column = text[start + 1] === '-' ? 0 : -1;
    else if (first === '!' && end - start < 2_000) {
      const cells = text
        .slice(start + 1, end)
        .split('!!')
        .map((c) => cellText(c));
      // "! Name !! Phone" on one line, or one "! Name" line per heading (then they follow each other).
      if (cells.length > 1 || text[lineBefore(text, start)] !== '!') headings = cells;
      else headings.push(cells[0]);
    } else if ((first === '^' || first === '|') && end - start < 2_000) {
      const line = text.slice(start, end);
      // A Markdown table ("|---|---|" under its heading) is read by tables.ts: its rows are left here.
      if (MARKDOWN_RULE.test(line)) markdown = true;
      if (markdown) {
        start = end + 1;
        continue;
      }
      const header =
        first === '^' ? /^\^[^|]*\^/.test(line) && !line.includes('|') : /^\|\|[^|]/.test(line) || /^\|_\./.test(line);
      const cells = splitCells(line, start);
      if (header) {
        headings = cells.map((c) => cellText(c.value));
        column = -1;
      } else if (cells.length === 1 && column >= 0 && !line.includes('||')) {
        // "| value" alone on a MediaWiki line: the next column of the row.
        readCell(cells[0], headings[column], false, out);
        column++;
      } else readRow(cells, headings, out);
    } else if (!/^[ \t]*$/.test(text.slice(start, Math.min(end, start + 200)))) {
      headings = [];
      column = -1;
      markdown = false;
    } else markdown = false;
    start = end + 1;
  }
  return out;
}

/** Where the line before the one starting at `start` starts (`start` itself for the first line). */
function lineBefore(text: string, start: number): number {
  if (start === 0) return 0;
  return text.lastIndexOf('\n', start - 2) + 1;
}

interface Cell {
  value: string;
  at: number;
}

/** The cells of a row or heading line, each with its offset; DokuWiki's "^" row headings count as cells. */
function splitCells(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  const re = /[|^]+([^|^\n]*)/gu;
  for (const m of line.matchAll(re)) {
    if (m.index + m[0].length === line.length && m[1].trim() === '') break;
    cells.push({ value: m[1], at: offset + m.index + m[0].length - m[1].length });
  }
  return cells;
}

/** A heading cell's words without Textile's "_." and MediaWiki's attributes ('style="…" | Name'). */
function cellText(cell: string): string {
  const bar = cell.lastIndexOf('|');
  return (bar === -1 ? cell : cell.slice(bar + 1))
    .replace(/^[ \t]*_\.[ \t]*/, '')
    .replace(/[*'_]/g, '')
    .trim();
}

function readRow(cells: Cell[], headings: string[], out: Entity[]): void {
  let person = false;
  for (let i = 0; i < cells.length; i++) if (readCell(cells[i], headings[i], false, out)) person = true;
  if (person || headings.some((h) => PERSON_HEADING.test(h) || ROLE_COLUMN.test(h))) return;
  // No person heading: a name beside a phone number or an e-mail address in the same row.
  if (!cells.some((c) => CONTACT.test(c.value))) return;
  // The row's first cell with letters; a firm, a place or a trip stands there as often ("Northgate Dental", "Billstedt
  // Nord"): a known given name first, or a known surname last.
  const named = cells.find((c) => /\p{L}/u.test(c.value) && !CONTACT.test(c.value));
  if (!named) return;
  const words = named.value.trim().split(/[ \t]+/);
  if (isGivenName(words[0]) || isKnownName(words[words.length - 1])) readCell(named, undefined, true, out);
}

function readCell(cell: Cell, heading: string | undefined, several: boolean, out: Entity[]): boolean {
  if (!several && (heading === undefined || !(PERSON_HEADING.test(heading) || ROLE_COLUMN.test(heading)))) return false;
  const value = cell.value.replace(/^[ \t]*_\.[ \t]*/, '');
  const name = value.trim();
  if (!markupName(name, several)) return false;
  const at = cell.at + (cell.value.length - cell.value.trimStart().length);
  out.push({ type: 'PERSON', start: at, end: at + name.length, score: 0.9 });
  return true;
}

/** Headings of columns that hold people, German and English. */
const PERSON_HEADING =
  /^(?:names?|namen?|vor-?[ \t]?und[ \t]nachname|vorname|nachname|first[ \t]name|last[ \t]name|surname|given[ \t]name|full[ \t]name|person(?:en)?|holders?|card[ \t]holder|key[ \t]holder|(?:karten|schlüssel)?inhaber(?:in)?|neighbou?rs?|nachbar(?:in|n)?|anwohner(?:in)?|residents?|bewohner(?:in)?|tenants?|mieter(?:in)?|buyers?|käufer(?:in)?|kaeufer(?:in)?|purchasers?|owners?|eigentümer(?:in)?|employees?|mitarbeiter(?:in)?|staff[ \t]member|workers?|contacts?|kontakt(?:person)?|ansprechpartner(?:in)?|witness(?:es)?|zeugen?|zeugin|participants?|teilnehmer(?:in)?|attendees?|visitors?|besucher(?:in)?|interessent(?:in|en)?|applicants?|antragsteller(?:in)?|assignee|verantwortlich(?:e|er)?|responsible|zuständig|caretaker|hausmeister(?:in)?|unterwiesene[r]?)$/iu;

/** A phone number (six digits at least, blanks and separators between) or an e-mail address. */
const CONTACT = /(?:\+|\b0|\(\d{3}\))[\d ()/.-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+/u;

/** A Markdown table's rule under its heading: "|---|:--:|", "| --- | --- |". */
const MARKDOWN_RULE = /^\|?[ \t]*:?-{3,}:?[ \t]*\|/;
const markdownRuleAt = (text: string, start: number) => MARKDOWN_RULE.test(text.slice(start, start + 40));
