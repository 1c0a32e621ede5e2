import type { MarkupReading, TextPiece } from './markup-text-view.js';
import { isFormatOwnAttribute } from './office-own-attributes.js';

/**
 * Adapters of the XML parts of office documents (markup-text-view.ts reads what they return): WordprocessingML
 * `word/document.xml` (ECMA-376 Part 1 §17), PresentationML slides' DrawingML text (§21.1), ODF `content.xml`
 * (ODF 1.3 Part 3 §5-§6), and the core properties a pipeline reads beside them (`docProps/core.xml`, ODF
 * `meta.xml`). A paragraph is written as runs split by formatting, spell-check marks, bookmarks and editing
 * sessions; the runs of one paragraph are joined with NOTHING between them (a word split over two runs is one
 * word), paragraphs are lines, a table row is one line of cells joined by a tab. One forward pass over the tags
 * (each match stops at the next "<"), so a document costs time linear in its length.
 */

/** A start, end or empty tag: its name and its attributes up to ">" (a value holds no "<"). */
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)([^<>]*)>/g;
/** An attribute of a tag's attribute text. */
const ATTRIBUTE = /([\w:.-]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;

/** What the markup of one vocabulary says about its elements. */
interface Vocabulary {
  /** Paragraph elements: each a line of its own (inside a table row, one cell's part of the row's line). */
  paragraphs: ReadonlySet<string>;
  /** Elements whose content is a run's text; undefined: every text inside a paragraph is (ODF). */
  texts?: ReadonlySet<string>;
  /** Elements whose content is no text of the paragraph (run and paragraph properties: a `w:tab` there is a tab stop). */
  properties: ReadonlySet<string>;
  /** Empty elements standing for a blank, a tab or a line break; `text:s` for as many blanks as its `text:c` says. */
  gaps: ReadonlyMap<string, string>;
  rows: ReadonlySet<string>;
  cells: ReadonlySet<string>;
  /** Tracked deletions: text still in the file, read (privacy first) apart from the text inserted beside it. */
  deletions: ReadonlySet<string>;
  /** Attributes holding a person's value (a tracked change's author), read as lines of their own. */
  personAttributes: ReadonlySet<string>;
  /** Attributes of a cell holding its value again (ODF's `office:date-value`): another writing of the cell's text. */
  valueAttributes: ReadonlySet<string>;
}

/**
 * Document properties read as labelled lines: Dublin Core's creator and the formats' last editor (ECMA-376
 * Part 2 §11 core properties; ODF 1.3 Part 3 §4.3 meta.xml). The label says what the bare value is.
 */
const PROPERTY_LABELS: ReadonlyMap<string, string> = new Map([
  ['dc:creator', 'Author: '],
  ['cp:lastModifiedBy', 'Last modified by: '],
  ['meta:initial-creator', 'Author: '],
  ['dc:title', ''],
  ['dc:subject', ''],
  ['dc:description', ''],
  ['cp:keywords', ''],
]);

const AUTHOR_LABEL = 'Author: ';

/**
 * After deleted text: the old value and its correction (Word writes the deletion first) are two values, shown apart
 * (struck through) by the word processor — read as alternatives, each whole, not glued into one. Before deleted
 * text the same, unless the text before ends in a blank (a label: "Address: Old Street 5 / New Street 7").
 */
const DELETION_EDGE = ' / ';

/**
 * Between two cells of a table row: a tab, as the word processors' own plain-text export writes a table. (Written
 * as " | " the header-column reading of pipe tables found a few more names and read ships' names in a "Vessel"
 * column as persons: about even, so the format's own export wins.)
 */
const CELL_EDGE = '\t';

const set = (...names: string[]): ReadonlySet<string> => new Set(names);

/** WordprocessingML: `w:p` of `w:r` runs; `w:t` and a deletion's `w:delText` hold the text (§17.3.3). */
const WORDPROCESSING: Vocabulary = {
  paragraphs: set('w:p'),
  texts: set('w:t', 'w:delText'),
  properties: set('w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr'),
  // §17.3.3: w:tab a tab character, w:br / w:cr a break, w:noBreakHyphen a hyphen, w:softHyphen none.
  gaps: new Map([
    ['w:tab', '\t'],
    ['w:br', '\n'],
    ['w:cr', '\n'],
    ['w:noBreakHyphen', '-'],
  ]),
  rows: set('w:tr'),
  cells: set('w:tc'),
  deletions: set('w:del', 'w:moveFrom'),
  personAttributes: set('w:author'),
  valueAttributes: set(),
};

/** DrawingML text of PresentationML slides: `a:p` of `a:r` runs with `a:t`, `a:br` a line break (§21.1.2). */
const DRAWINGML: Vocabulary = {
  paragraphs: set('a:p'),
  texts: set('a:t'),
  properties: set('a:pPr', 'a:rPr', 'a:endParaRPr', 'a:tcPr', 'a:tblPr'),
  gaps: new Map([['a:br', '\n']]),
  rows: set('a:tr'),
  cells: set('a:tc'),
  deletions: set(),
  personAttributes: set(),
  valueAttributes: set(),
};

/**
 * ODF text: `text:p` and `text:h` hold their text directly and in `text:span`, `text:a` …; `text:s` is `text:c`
 * blanks, `text:tab` a tab, `text:line-break` a line break (ODF 1.3 Part 3 §6.1.2-§6.1.5). A table cell's
 * `office:date-value` (and `office:string-value`) writes the cell's value again (§19.385, §19.387).
 */
const ODF: Vocabulary = {
  paragraphs: set('text:p', 'text:h'),
  // An annotation's date and a change's date are no text of the paragraph they stand in.
  properties: set('dc:date'),
  gaps: new Map([
    ['text:s', ' '],
    ['text:tab', '\t'],
    ['text:line-break', '\n'],
  ]),
  rows: set('table:table-row'),
  cells: set('table:table-cell', 'table:covered-table-cell'),
  deletions: set('text:deletion'),
  personAttributes: set(),
  valueAttributes: set('office:date-value', 'office:string-value'),
};

/** WordprocessingML `document.xml` (and the core properties written before it). */
export function wordprocessingMlPieces(text: string): MarkupReading | undefined {
  if (!text.includes('<w:t') || !text.includes('<w:p')) return undefined;
  return readParagraphs(text, WORDPROCESSING);
}

/** A PresentationML slide (or any DrawingML text body: a chart's, a SmartArt's). */
export function drawingMlPieces(text: string): MarkupReading | undefined {
  if (!text.includes('<a:t') || !text.includes('<a:p')) return undefined;
  return readParagraphs(text, DRAWINGML);
}

/** ODF `content.xml` (a text document's, a spreadsheet's or a presentation's). */
export function odfPieces(text: string): MarkupReading | undefined {
  if (!text.includes('<text:p') && !text.includes('<text:h')) return undefined;
  if (!text.includes('urn:oasis:names:tc:opendocument') && !text.includes('<office:')) return undefined;
  return readParagraphs(text, ODF);
}

/** A line being read: a paragraph's, or a table row's (its cells' paragraphs joined by CELL_EDGE). */
interface Line {
  key: string;
  row: boolean;
  /** Pieces read on the line (a gap before its first piece is none), cells opened in the row, paragraphs opened in the current cell. */
  pieces: number;
  cells: number;
  paragraphs: number;
  /** Where the current cell's pieces start in `pieces`, and its value attributes (copies of its text). */
  cellFrom: number;
  cellValues: { start: number; end: number }[];
}

function readParagraphs(text: string, vocabulary: Vocabulary): MarkupReading | undefined {
  const pieces: TextPiece[] = [];
  const lines: Line[] = [];
  let count = 0;
  let properties = 0;
  /** Paragraphs open around the current place (ODF's text is any content inside one). */
  let paragraphs = 0;
  /** Inside a text element (its name), the content after its tag is a piece. */
  let inText: string | undefined;
  /** Inside a document property element: its label. */
  let property: string | undefined;
  /** What the markup put between the last piece and the next (a tab, a break, blanks). */
  let gap = '';
  let previousEnd = 0;
  const current = () => lines[lines.length - 1] as Line | undefined;
  const open = (row: boolean) =>
    lines.push({
      key: `line ${++count}`,
      row,
      pieces: 0,
      cells: 0,
      paragraphs: 0,
      cellFrom: pieces.length,
      cellValues: [],
    });
  const piece = (start: number, end: number, line: string, before?: string) => {
    const p: TextPiece = { start, end, line };
    if (before) p.before = before;
    pieces.push(p);
  };
  const readContent = (start: number, end: number) => {
    if (end <= start) return;
    if (property !== undefined) {
      piece(start, end, `property ${start}`, property || undefined);
      return;
    }
    const line = current();
    if (!line || properties > 0) return;
    if (vocabulary.texts ? inText === undefined : paragraphs === 0) return;
    piece(start, end, line.key, line.pieces++ > 0 ? gap || undefined : undefined);
    gap = '';
  };
  for (const m of text.matchAll(TAG)) {
    readContent(previousEnd, m.index);
    previousEnd = m.index + m[0].length;
    const [, closing, name, attributes] = m;
    const empty = attributes.endsWith('/');
    const attributesFrom = m.index + 1 + closing.length + name.length;
    if (closing) {
      if (name === inText) inText = undefined;
      else if (PROPERTY_LABELS.has(name)) property = undefined;
      else if (vocabulary.properties.has(name)) properties = Math.max(0, properties - 1);
      else if (vocabulary.deletions.has(name)) gap ||= DELETION_EDGE;
      else if (vocabulary.paragraphs.has(name)) {
        paragraphs = Math.max(0, paragraphs - 1);
        // A cell's paragraph is part of its row's line; any other is a line of its own.
        if (current() && !current()?.row) lines.pop();
      } else if (vocabulary.rows.has(name)) closeRow(lines, pieces);
      continue;
    }
    const values: { start: number; end: number }[] = [];
    if (vocabulary.personAttributes.size > 0 || vocabulary.valueAttributes.size > 0)
      readAttributes(attributes, attributesFrom, vocabulary, (kind, start, end) => {
        if (kind === 'person') piece(start, end, `author ${start}`, AUTHOR_LABEL);
        else values.push({ start, end });
      });
    // A gap element is empty, or holds only its own properties (DrawingML's `<a:br><a:rPr/></a:br>`).
    const blank = vocabulary.gaps.get(name);
    if (blank !== undefined) {
      if (properties === 0 && current()) gap += name === 'text:s' ? blanks(attributes) : blank;
      continue;
    }
    if (empty) continue;
    if (vocabulary.texts?.has(name)) inText = name;
    else if (PROPERTY_LABELS.has(name)) property = PROPERTY_LABELS.get(name);
    else if (vocabulary.properties.has(name)) properties++;
    else if (vocabulary.deletions.has(name)) {
      // Before deleted text: apart from a value written before it, but a label's own blank is enough.
      const last = pieces[pieces.length - 1];
      if (last && last.line === current()?.key && !/\s/.test(text[last.end - 1])) gap ||= DELETION_EDGE;
    } else if (vocabulary.paragraphs.has(name)) {
      paragraphs++;
      const line = current();
      if (line?.row) {
        // A cell's paragraphs are part of the row's line: the next one after a blank.
        if (line.paragraphs++ > 0) gap ||= ' ';
      } else {
        open(false);
        gap = '';
      }
    } else if (vocabulary.rows.has(name)) {
      open(true);
      gap = '';
    } else if (vocabulary.cells.has(name)) {
      const line = current();
      if (line?.row) {
        closeCell(line, pieces);
        if (line.cells++ > 0) gap = CELL_EDGE;
        line.paragraphs = 0;
        line.cellFrom = pieces.length;
        line.cellValues = values;
      }
    }
  }
  readContent(previousEnd, text.length);
  while (lines.length > 0) closeRow(lines, pieces);
  return pieces.length > 0
    ? { pieces, escapes: 'xml', joiner: '', markup: 'tags', ownAttribute: isFormatOwnAttribute }
    : undefined;
}

/** `text:s`'s number of blanks (`text:c`, 1 when absent; a bounded count). */
function blanks(attributes: string): string {
  const c = /text:c[ \t]*=[ \t]*["'](\d{1,3})["']/.exec(attributes);
  return ' '.repeat(c ? Math.max(1, Number(c[1])) : 1);
}

/** The attributes of a tag that hold a person's value or a cell's value, by their offsets in the text. */
function readAttributes(
  attributes: string,
  from: number,
  vocabulary: Vocabulary,
  found: (kind: 'person' | 'value', start: number, end: number) => void,
): void {
  if (!attributes.includes('=')) return;
  for (const a of attributes.matchAll(ATTRIBUTE)) {
    const kind = vocabulary.personAttributes.has(a[1])
      ? 'person'
      : vocabulary.valueAttributes.has(a[1])
        ? 'value'
        : undefined;
    const value = a[2] ?? a[3];
    if (!kind || !value.trim()) continue;
    const end = from + a.index + a[0].length - 1;
    found(kind, end - value.length, end);
  }
}

/** A cell's value attributes are copies of its text's pieces, or a piece of their own when it shows no text. */
function closeCell(line: Line, pieces: TextPiece[]): void {
  if (line.cellValues.length === 0) return;
  const own = pieces.slice(line.cellFrom).filter((p) => p.line === line.key);
  if (own.length > 0) for (const p of own) p.copies = [...(p.copies ?? []), ...line.cellValues];
  else
    for (const v of line.cellValues)
      pieces.push({ ...v, line: line.key, before: line.pieces++ > 0 ? CELL_EDGE : undefined });
  line.cellValues = [];
}

function closeRow(lines: Line[], pieces: TextPiece[]): void {
  // Paragraphs left open inside the row (a document cut short) end with it.
  while (lines.length > 0 && !lines[lines.length - 1].row) lines.pop();
  const row = lines.pop();
  if (row) closeCell(row, pieces);
}
