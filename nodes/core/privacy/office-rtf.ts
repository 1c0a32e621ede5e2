import type { Entity } from './entities.js';
import { overlapsRanges, type MarkupReading, type PieceDecoder, type TextPiece } from './markup-text-view.js';
import { readsAsPersonName } from './person-named-value.js';
import { fullNameValue } from './tables.js';

/**
 * RTF as Word and WordPad write it (Rich Text Format Specification 1.9.1): text between control words (`\par`,
 * `\b0`, `\cf1`), groups `{…}` that scope formatting (a value in bold is a group of its own, so a name can be cut
 * into `{\b Mar}{\i ia}`), destinations that hold no text of the document (`\fonttbl`'s font names, `\colortbl`,
 * `\stylesheet`'s style names, `\*\generator`), and escapes: `\'hh` a byte of the document's code page
 * (`\ansicpg`, 1252 by default), `\uN` a UTF-16 code unit (N signed 16-bit) followed by `\ucN` fallback characters
 * that a Unicode reader skips, `\~` a no-break space, `\-` an optional hyphen (nothing in the text), `\_` a no-break
 * hyphen. The reading is the text a reader of the document sees: runs of text between control words are pieces
 * (an escape lies inside its piece), joined without a blank, `\par`/`\line`/`\row` end a line, `\cell` and `\tab`
 * stand as a tab (a table row reads as one tab-joined line). The `\info` group's fields (`\author`, `\operator`,
 * `\title`, …) are lines of their own; its author and operator are the person who wrote the file (`known`).
 * Every finding of the document read as written inside the RTF group but outside its pieces lies on markup (a
 * control word, a font or style name) and is dropped.
 */

/** Destinations that never hold the document's text: tables of fonts, colours, styles, lists, pictures, data. */
const MARKUP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'pict',
  'shppict',
  'nonshppict',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'xmlnstbl',
  'filetbl',
  'pgdsctbl',
  'mmathPr',
  'defchp',
  'defpap',
  'panose',
  'falt',
  'bkmkstart',
  'bkmkend',
  'objdata',
  'blipuid',
  'wgrffmtfilter',
  'passwordhash',
  'fchars',
  'lchars',
  'pntext',
  'pntxta',
  'pntxtb',
  'listtext',
  'xmlopen',
  'xmlclose',
  'template',
]);
/**
 * Groups read as lines of their own: the fields of `\info`, a comment's author (`\*\atnauthor`) and a field's
 * instruction (`\*\fldinst HYPERLINK "mailto:…"`, whose address may be a person's).
 */
const INFO_FIELDS = new Set([
  'fldinst',
  'revtbl',
  'author',
  'operator',
  'title',
  'subject',
  'keywords',
  'comment',
  'doccomm',
  'company',
  'manager',
  'category',
  'atnauthor',
]);
/**
 * The fields naming the people who wrote, last saved or edited the file: `\*\revtbl` lists the authors of its
 * tracked changes, one group each ("{Unknown;}{Ragna Feddersen;}").
 */
const WRITER_FIELDS = new Set(['author', 'operator', 'atnauthor', 'revtbl']);
/** A writer's line read with the label its field implies (as office-xml.ts reads a document's core properties). */
const WRITER_LABELS: Record<string, string> = {
  author: 'Author: ',
  operator: 'Last modified by: ',
  atnauthor: 'Comment by: ',
  revtbl: 'Changes by: ',
};

/** Control words that end a line of the text. */
const LINE_ENDS = new Set(['par', 'line', 'row', 'sect', 'page', 'nestrow']);
/** Control words that stand between two cells of a line. */
const CELL_EDGES = new Set(['cell', 'nestcell', 'tab']);
/** Control words that write a character. */
const CHARACTERS: Record<string, string> = {
  emdash: '—',
  endash: '–',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
};
const CONTROL_WORD = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?/y;
const HEX = /^[0-9a-fA-F]{2}$/;

interface Group {
  uc: number;
  /** The characters of `\'hh` in the group's font: its `\fcharset`'s code page, else the document's. */
  bytes: string[];
  /** The INFO_FIELDS field this group holds, if any. */
  field?: string;
  /** Whether the group's first control word is still to come (a destination names itself first). */
  fresh: boolean;
  /** `\*` seen at the group's start: a destination a reader that does not know it skips. */
  ignorable: boolean;
  /** Where the group's "{" stands. */
  from: number;
}

type Decoded = { ch: string; from: number; to: number };

/** The pieces of the first RTF document in the text; undefined (cheaply) for a text with none. */
export function rtfPieces(text: string): MarkupReading | undefined {
  const begin = text.indexOf('{\\rtf');
  if (begin === -1) return undefined;
  const codePage = codePageTable(/\\ansicpg(\d{3,5})/.exec(text.slice(begin, begin + 400))?.[1]);
  const fonts = fontCodePages(text, begin);
  const pieces: TextPiece[] = [];
  const decoded = new Map<number, Decoded[]>();
  const writers: { pieces: TextPiece[] }[] = [];
  let lineNo = 0;
  let pendingEdges = 0;
  let current: { start: number; chars: Decoded[]; piece?: TextPiece } | undefined;
  const stack: Group[] = [];
  let group: Group = { uc: 1, bytes: codePage, fresh: true, ignorable: false, from: begin };
  let end = text.length;
  /**
   * Text inside the document that no piece holds and the format does not own: an ignorable destination this reader
   * does not know (`{\*\anything …}`, any writer may add one), binary data. Its findings are kept, privacy first.
   */
  const open: { start: number; end: number }[] = [];

  const close = () => {
    if (current?.piece && current.chars.length > 0) {
      const last = current.chars[current.chars.length - 1];
      current.piece.end = last.to;
      decoded.set(current.piece.start, current.chars);
    }
    current = undefined;
  };
  const emit = (ch: string, from: number, to: number) => {
    if (!current) {
      const line = group.field ? `rtf ${group.field} ${lineNo}` : `rtf ${lineNo}`;
      const prev = pieces[pieces.length - 1];
      const before = prev?.line === line ? '\t'.repeat(pendingEdges) : group.field && WRITER_LABELS[group.field];
      pendingEdges = 0;
      const piece: TextPiece = { start: from, end: to, line, before };
      pieces.push(piece);
      if (group.field && WRITER_FIELDS.has(group.field)) {
        const w = writers[writers.length - 1];
        if (w && w.pieces[0]?.line === line) w.pieces.push(piece);
        else writers.push({ pieces: [piece] });
      }
      current = { start: from, chars: [], piece };
    }
    if (ch) current.chars.push({ ch, from, to });
  };
  const newLine = () => {
    close();
    lineNo++;
    pendingEdges = 0;
  };

  let depth = 0;
  let i = begin;
  while (i < text.length) {
    const c = text[i];
    if (c === '{') {
      close();
      stack.push(group);
      group = { ...group, fresh: true, ignorable: false, from: i };
      depth++;
      i++;
      continue;
    }
    if (c === '}') {
      close();
      const was = group;
      group = stack.pop() ?? group;
      // A field's group ends its line (each entry of the revision table is a line of its own).
      if (was.field) newLine();
      depth--;
      i++;
      if (depth <= 0) {
        end = i;
        break;
      }
      continue;
    }
    if (c === '\r' || c === '\n') {
      // Line breaks of the file are no text (writers wrap long lines): the piece ends, the text runs on.
      close();
      i++;
      continue;
    }
    if (c !== '\\') {
      emit(c, i, i + 1);
      group.fresh = false;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "'") {
      const hex = text.slice(i + 2, i + 4);
      if (HEX.test(hex)) {
        emit(group.bytes[parseInt(hex, 16)], i, i + 4);
        i += 4;
      } else i += 2;
      continue;
    }
    if (next === '*') {
      group.ignorable = true;
      i += 2;
      continue;
    }
    if (next === '~' || next === '_' || next === '-' || next === '\\' || next === '{' || next === '}') {
      // A no-break space, a no-break hyphen, an optional hyphen (no character), a literal backslash or brace.
      emit(next === '~' ? '\u00a0' : next === '_' ? '-' : next === '-' ? '' : next, i, i + 2);
      i += 2;
      continue;
    }
    if (next === '\r' || next === '\n') {
      // A backslash before a line break of the file is \par.
      newLine();
      i += 2;
      continue;
    }
    CONTROL_WORD.lastIndex = i;
    const m = CONTROL_WORD.exec(text);
    if (!m) {
      // Another control symbol (\| \: …): no text.
      close();
      i += 2;
      continue;
    }
    const word = m[1];
    const param = m[2] === undefined ? undefined : Number(m[2]);
    const wordEnd = CONTROL_WORD.lastIndex;
    const fresh = group.fresh;
    group.fresh = false;
    if (word === 'u' && param !== undefined) {
      // A UTF-16 code unit, then `uc` fallback characters for readers without Unicode (skipped, inside the escape).
      let to = wordEnd;
      for (let k = 0; k < group.uc && to < text.length; k++) {
        if (text[to] === '\\' && text[to + 1] === "'" && HEX.test(text.slice(to + 2, to + 4))) to += 4;
        else if (text[to] === '\\' || text[to] === '{' || text[to] === '}') break;
        else to++;
      }
      emit(String.fromCharCode(param < 0 ? param + 0x10000 : param), i, to);
      i = to;
      continue;
    }
    if (word === 'bin' && param !== undefined) {
      // Binary data: `param` bytes that are no text.
      close();
      const to = Math.min(text.length, wordEnd + Math.max(0, param));
      open.push({ start: wordEnd, end: to });
      i = to;
      continue;
    }
    i = wordEnd;
    if (CHARACTERS[word] !== undefined) {
      emit(CHARACTERS[word], m.index, wordEnd);
      continue;
    }
    close();
    if (
      fresh &&
      (MARKUP_DESTINATIONS.has(word) || (group.ignorable && !INFO_FIELDS.has(word) && word !== 'annotation'))
    ) {
      // The group is markup (or an ignorable destination this reader does not read): skipped to its end.
      const from = group.from;
      i = skipGroup(text, i);
      if (!MARKUP_DESTINATIONS.has(word)) open.push({ start: from, end: i });
      group = stack.pop() ?? group;
      depth--;
      if (depth <= 0) {
        end = i;
        break;
      }
      continue;
    }
    if (fresh && INFO_FIELDS.has(word)) {
      newLine();
      group.field = word;
      continue;
    }
    if (word === 'uc' && param !== undefined) group.uc = Math.max(0, param);
    else if (word === 'f' && param !== undefined) group.bytes = fonts.get(param) ?? codePage;
    else if (LINE_ENDS.has(word)) newLine();
    else if (CELL_EDGES.has(word)) pendingEdges++;
  }
  close();
  if (pieces.length === 0) return undefined;
  const decode: PieceDecoder = (_text, start, stop, out) => {
    const chars = decoded.get(start);
    if (chars) for (const d of chars) if (d.to <= stop) out(d.ch, d.from, d.to);
  };
  const known: Entity[] = [];
  for (const w of writers) {
    const value = w.pieces
      .map((p) => (decoded.get(p.start) ?? []).map((d) => d.ch).join(''))
      .join('')
      .replace(TRAILING, '');
    if (value && (fullNameValue(value) || readsAsPersonName(value)))
      for (const p of w.pieces) known.push({ type: 'PERSON', start: p.start, end: trimmedEnd(text, p), score: 0.85 });
  }
  const rtfEnd = end;
  const inOpen = overlapsRanges(open);
  return {
    pieces,
    escapes: decode,
    joiner: '',
    known,
    // Inside the RTF group, whatever no piece holds is a control word or a destination of markup (RTF 1.9.1: the
    // font, colour, style and list tables, pictures, revision ids), but what an unknown destination holds.
    markupAt: (from, to) => from >= begin && to <= rtfEnd && !inOpen(from, to),
  };
}

/** Blanks and a revision table entry's ";" after a writer's name. */
const TRAILING = /[\s;]+$/;

/** A writer's piece without the blanks (and ";") at its end. */
function trimmedEnd(text: string, p: TextPiece): number {
  let e = p.end;
  while (e > p.start && /[\s;]/.test(text[e - 1])) e--;
  return e;
}

/** The end of the group whose body starts at `from` (after its closing brace); escaped braces and \'hh skipped. */
function skipGroup(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Code pages of the `\fcharset`s of Windows (RTF 1.9.1, \fcharset): WordPad writes a Polish or Czech name with a
 * font of charset 238 and `\'hh` bytes of code page 1250 inside a document whose `\ansicpg` is 1252.
 */
const CHARSET_CODE_PAGES: Record<number, string> = {
  161: '1253',
  162: '1254',
  163: '1258',
  177: '1255',
  178: '1256',
  186: '1257',
  204: '1251',
  222: '874',
  238: '1250',
};
const FONT_ENTRY = /\\f(\d{1,5})[^;{}]{0,200}?\\fcharset(\d{1,3})/g;

/** The code page of each font of the font table whose charset names one. */
function fontCodePages(text: string, begin: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const table = text.indexOf('{\\fonttbl', begin);
  if (table === -1 || table > begin + 2000) return out;
  const body = text.slice(table, skipGroup(text, table + 1));
  for (const m of body.matchAll(FONT_ENTRY)) {
    const page = CHARSET_CODE_PAGES[Number(m[2])];
    if (page) out.set(Number(m[1]), codePageTable(page));
  }
  return out;
}

/** The 256 characters of a single-byte Windows code page (1252 when unknown or not single-byte). */
function codePageTable(page: string | undefined): string[] {
  const bytes = Uint8Array.from({ length: 256 }, (_, k) => k);
  const decodeWith = (label: string) => {
    try {
      const s = new TextDecoder(label).decode(bytes);
      return s.length === 256 ? [...s] : undefined;
    } catch {
      return undefined;
    }
  };
  return (
    (page && page !== '1252' && decodeWith(`windows-${page}`)) ||
    decodeWith('windows-1252') || [...String.fromCharCode(...bytes)]
  );
}
