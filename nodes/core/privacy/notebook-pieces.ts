import { isJsonString, jsonObject, type Json, type JsonString } from './json-spans.js';
import { insideRanges, mergedRanges, type MarkupReading, type TextPiece } from './markup-text-view.js';
import { objects, readDocument } from './ocr-words-json.js';

/**
 * Jupyter notebooks (nbformat 4 JSON): a cell's source and every output (a stream's text, a result's `text/plain`,
 * `text/html`, `text/markdown`) are written as an ARRAY OF STRINGS, one printed line per string, each ending in an
 * escaped "\n". A pandas DataFrame printed there is a table only once the strings are joined: its heading line and
 * rows are separate strings, its HTML `<th>` headings and `<td>` cells each on a string of their own, between quotes,
 * commas and the notebook's indentation. Read as written, a cell under a "geburtsdatum" or "steuer_id" heading has
 * no heading above it, and the index column beside a timestamp reads as a phone number. This adapter returns each
 * such array's strings as the pieces of one line (joined with nothing: their own decoded "\n" breaks the lines), so
 * the scanner's own table readers (tables.ts, spaced-tables.ts, names-markup-tables.ts) read the output as printed.
 * The notebook's other strings (metadata, authors, ids) are no pieces: the document read as written keeps their
 * findings (fail closed).
 */

/** The keys whose value is a notebook's multi-line text as an array of strings. */
const TEXT_KEYS = new Set(['source', 'text', 'text/plain', 'text/html', 'text/markdown', 'text/latex', 'traceback']);

/**
 * The format's own identifiers written as a `"name"` value: a stream output's channel (`"name": "stdout"`), the
 * kernel's and the language's name in the metadata (`"kernelspec": {"name": "python3"}`, `"language_info":
 * {"name": "python"}`). A lowercase software word there read as a name is the markup's own, no person: only such a
 * value (lowercase letters, digits, `_.+-`, no blank) in an output object (it has an `output_type`) or in the
 * kernelspec / language_info object is markup. Any other `"name"` (an author's, a record's `"name": "Ana Pereira"`,
 * a capitalised or spaced value anywhere) keeps its findings.
 */
const FORMAT_OWN_NAME = /^[a-z][a-z0-9_.+-]{0,40}$/;
const FORMAT_OWN_OBJECTS = ['kernelspec', 'language_info'];

/** A notebook's own mark: the format version and a cell's type, both keys nbformat writes into every notebook. */
const NOTEBOOK_SIGN = /"nbformat"[ \t]*:/;
const CELL_SIGN = /"cell_type"[ \t]*:/;

/** A table's row, cell or end tag as written in a JSON string (attribute quotes escaped: `<tr style=\\"…\\">`). */
const TABLE_TAG = /<(\/?)(tr|td|th|table)\b[^<>]{0,300}>/gi;

/**
 * An HTML output's table (pandas' `to_html`, a styled DataFrame, an ipython-sql result) read by its cells: a row is
 * a line, its cells joined by tabs (an empty cell, the index column's heading, keeps its place), so the heading row
 * and the rows below read as the tab-separated table the scanner's table readers know. Only a cell written whole
 * within one string (text between its tags, no nested tag) is a piece; the markup around it is no text. The rest
 * of the output (a caption, a style sheet, "8472 rows × 9 columns") is no piece: read as written.
 */
function htmlTableCells(text: string, strings: readonly JsonString[], pieces: TextPiece[]): void {
  let row = -1;
  // Tabs owed to the next piece of the row: one per cell edge, empty cells included.
  let tabs = '';
  // A table starts after a blank line (as the text outputs do, see below).
  let fresh = true;
  let cellOpen = -1;
  for (const s of strings) {
    const raw = text.slice(s.start, s.end);
    TABLE_TAG.lastIndex = 0;
    for (let m = TABLE_TAG.exec(raw); m; m = TABLE_TAG.exec(raw)) {
      const closing = m[1] === '/';
      const tag = m[2].toLowerCase();
      if (tag === 'tr' || tag === 'table') {
        if (!closing && tag === 'tr') row = s.start + m.index;
        if (tag === 'table') fresh = true;
        tabs = '';
        cellOpen = -1;
      } else if (!closing) {
        if (row === -1) row = s.start + m.index;
        cellOpen = m.index + m[0].length;
      } else if (cellOpen !== -1) {
        let a = cellOpen;
        let b = m.index;
        while (a < b && /\s/.test(raw[a])) a++;
        while (b > a && /\s/.test(raw[b - 1])) b--;
        if (b > a && !raw.slice(a, b).includes('<')) {
          pieces.push({
            start: s.start + a,
            end: s.start + b,
            line: `cells ${row}`,
            before: (fresh ? '\n' : '') + tabs,
          });
          tabs = '\t';
          fresh = false;
        } else tabs += '\t';
        cellOpen = -1;
      }
    }
    // A cell's tags on two strings: no whole cell.
    cellOpen = -1;
  }
}

export function notebookPieces(text: string): MarkupReading | undefined {
  if (!NOTEBOOK_SIGN.test(text) || !CELL_SIGN.test(text)) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const pieces: TextPiece[] = [];
  const own: { start: number; end: number }[] = [];
  const ownName = (o: { [key: string]: unknown } | undefined) => {
    const name = o?.name as Json | undefined;
    if (isJsonString(name) && FORMAT_OWN_NAME.test(name.text)) own.push({ start: name.start, end: name.end });
  };
  // Every object of the tree (one explicit stack, shared with the OCR reader); a text key's array of strings is one
  // line of pieces.
  for (const o of objects(doc.root)) {
    if (isJsonString(o.output_type)) ownName(o);
    for (const key of FORMAT_OWN_OBJECTS) ownName(jsonObject(o[key]));
    for (const [key, value] of Object.entries(o)) {
      if (!TEXT_KEYS.has(key) || !(Array.isArray(value) || isJsonString(value))) continue;
      const strings = (Array.isArray(value) ? value : [value]).filter((s): s is JsonString => isJsonString(s));
      if (key === 'text/html') htmlTableCells(text, strings, pieces);
      else if (strings.length > 0) {
        const line = `text ${strings[0].start}`;
        // A blank line before each output or source: a table printed there starts on its own, as on the screen.
        let before = '\n';
        for (const s of strings)
          if (s.end > s.start) {
            pieces.push({ start: s.start, end: s.end, line, before });
            before = '';
          }
      }
    }
  }
  if (pieces.length === 0) return undefined;
  pieces.sort((a, b) => a.start - b.start);
  return {
    pieces,
    escapes: 'json',
    joiner: '',
    markup: 'names',
    ...(own.length > 0 ? { markupAt: insideRanges(mergedRanges(own)) } : {}),
  };
}
