import type { Entity } from './entities.js';
import { LineIndex } from './line-index.js';
import { kindOfKey } from './record-fields.js';
import { birthDatesInOcrRows } from './ocr-row-dates.js';

/**
 * Text written as PIECES INSIDE MARKUP: structured OCR output (hOCR, ALTO, PAGE XML, Tesseract TSV, document-AI
 * JSON) writes every word as its own element between boxes and ids; office document parts (WordprocessingML,
 * PresentationML, ODF, SpreadsheetML, RTF) write a paragraph as runs split by formatting, spell-check marks and
 * editing sessions. A value is split over several pieces, and the markup between them is no prose. A format
 * adapter reads the document's pieces; this core joins them into the plain text the document says (pieces of a
 * line by the format's own joiner: a blank between OCR words, nothing between office runs; lines by "\n"; escapes
 * decoded), scans that with the scanner's own detectors, and maps every finding back onto each piece it covers
 * (one finding per piece, over the piece's text as written). `findingsOutsidePieces` is the fail-closed half: the
 * document read as written keeps every finding outside the pieces but the markup's own.
 */

/** One piece of text: the offsets of its TEXT in the document as written (escaped), and the line it belongs to. */
export interface TextPiece {
  start: number;
  end: number;
  /** A key grouping pieces into lines (paragraphs); lines are read in the order their first piece comes. */
  line: string;
  /**
   * What stands between the piece before it on its line and this one, when the markup says so (a tab, a line
   * break, N spaces, a table cell's edge); the reading's joiner when unset. Before a line's first piece: a label
   * the markup implies ("Author: " for a document property). View text only: mapped to nothing.
   */
  before?: string;
  /** Other places writing the same word (ALTO's hyphenated halves and SUBS_CONTENT): labelled whole with it. */
  copies?: { start: number; end: number }[];
}

/** A place writing a whole line again as one string (PAGE XML's line TextEquiv, a LINE block's Text). */
export interface LineCopy {
  start: number;
  end: number;
  /** The line it repeats; a copy of no line of pieces (or one that reads otherwise) is read as a line of its own. */
  line: string;
}

/** What an adapter reads in a document: its pieces (in reading order) and how the format writes text. */
export interface MarkupReading {
  pieces: TextPiece[];
  lines?: LineCopy[];
  /** The format's escapes, or the adapter's own decoder of a piece (RTF's `\'hh` and `\uN?` need the document's code page). */
  escapes: 'xml' | 'json' | 'none' | PieceDecoder;
  /** What joins two pieces of a line: a blank between OCR words (the default), nothing between office runs. */
  joiner?: string;
  /**
   * Which findings of the document as written are the markup's own: 'names' (OCR: an attribute's or a key's name,
   * a class token, a number of a piece's line), or 'tags' (office XML: also what a tag writes in the values of the
   * attributes `ownAttribute` says are the format's own — font, style and language names, rsids, sizes).
   */
  markup?: 'names' | 'tags';
  /**
   * With `markup: 'tags'`: whether an element's attribute holds the format's own value (office-own-attributes.ts).
   * Any other attribute's value, and any text of a tag that is no attribute, keeps its findings (alt text, a
   * tooltip, a content control's tag, an attribute an attacker made up); none given, every value keeps them.
   */
  ownAttribute?: (element: string, attribute: string) => boolean;
  /**
   * Where the format writes its own markup, beside `markup` (RTF: inside the document group, outside every piece):
   * its words read as names and its digit runs as phone numbers there and are dropped; a checked value (an e-mail, an
   * IBAN) is kept.
   */
  markupAt?: (start: number, end: number) => boolean;
  /**
   * Where the format writes identifiers of its own in the very shape of a value (a message id like an e-mail address,
   * a relay's IP, a desk's role mailbox beside its name): every finding there is dropped, whatever its type.
   */
  ownValuesAt?: (start: number, end: number) => boolean;
  /**
   * Findings the format's structure gives and no text beside them says: a sheet's number cell under a birth-date
   * heading (Excel's serial day number), an RTF file's author. Added to the findings over the pieces.
   */
  known?: Entity[];
  /**
   * Types whose findings of the document as written are kept over the pieces too (a web page's names: the scanner's
   * own readers of HTML tables and lists read the markup as written, and what they find stays flagged, privacy first).
   */
  keepWritten?: readonly Entity['type'][];
}

/** Decodes the piece [start, end) of the text: each character with the offsets of what writes it. */
export type PieceDecoder = (text: string, start: number, end: number, emit: Emit) => void;

/** An adapter returns undefined, cheaply, for a text that is not its format's output. */
export type MarkupAdapter = (text: string) => MarkupReading | undefined;

/**
 * The findings of a document: its plain-text view scanned by `scan` and mapped back onto the pieces (and line
 * copies) each finding covers. The markup's own findings (class names, bbox numbers, ids, fonts) never arise:
 * only the pieces are read.
 */
export function findingsOverPieces(text: string, reading: MarkupReading, scan: (view: string) => Entity[]): Entity[] {
  const view = buildView(text, reading);
  const out: Entity[] = [];
  const found = scan(view.text);
  // Rows of a scanned table: the date between a name and an address (ocr-row-dates.ts).
  found.push(...birthDatesInOcrRows(view.text, found));
  for (const e of found) mapFinding(view, withoutNextLabel(view.text, e), out);
  out.push(...(reading.known ?? []));
  return out;
}

/**
 * The findings of the document read as written that lie outside its pieces and line copies (prose around the
 * output, a file name, a comment): kept, privacy first, since no adapter reads them. Left out: findings over a
 * piece or a line copy (the view reads those), numbers on a piece's line (its box, confidence, id) and the
 * markup's own names, an attribute's or a key's name right before "=" or ":" ("HPOS=", "keyValuePairs":) and a
 * class attribute's tokens ("class='ocrx_word'"); with `markup: 'tags'` what a tag writes in its own attributes (`ownAttribute`).
 */
export function findingsOutsidePieces(text: string, reading: MarkupReading, raw: Entity[]): Entity[] {
  const spans: { start: number; end: number }[] = [];
  for (const w of reading.pieces) {
    spans.push(w);
    for (const c of w.copies ?? []) spans.push(c);
  }
  for (const l of reading.lines ?? []) spans.push(l);
  spans.sort((a, b) => a.start - b.start);
  // The furthest end of any span up to each index: a finding overlaps a span if one starting before its end reaches past its start.
  const reach: number[] = [];
  for (let i = 0, far = -1; i < spans.length; i++) reach.push((far = Math.max(far, spans[i].end)));
  const overlapsRead = (e: Entity) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < e.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] > e.start;
  };
  // Numbers on a line that holds a word element are its box, confidence or id ("…\t97.271831\tMüller") — but only
  // where the format writes its own numbers: inside a tag (XML), outside a string (JSON), before the word's text
  // (a TSV row's cells). A number in prose or in a string on such a line (a minified page is one line) is kept.
  const lines = new LineIndex(text);
  const firstWordOnLine = new Map<number, number>();
  for (const w of reading.pieces) {
    const line = lines.lineOf(w.start);
    firstWordOnLine.set(line, Math.min(firstWordOnLine.get(line) ?? Infinity, w.start));
  }
  const inAnyTag = markupPlaces(text, reading.escapes);
  // An office document's tags: only the values of the format's own attributes (fonts, styles, rsids, sizes,
  // languages) and the tag's syntax are markup; a finding touching any other attribute's value (alt text, a
  // tooltip, a content control's tag) or a tag's text that is no attribute keeps its finding, privacy first.
  const tags = reading.markup === 'tags' && reading.escapes === 'xml';
  const open = tags ? openPlacesInTags(text, reading.ownAttribute ?? (() => false)) : undefined;
  const inMarkup = inAnyTag && open ? (s: number, t: number) => inAnyTag(s, t) && !open(s, t) : inAnyTag;
  const inTag = tags ? inMarkup : undefined;
  const markupNumber = (e: Entity) => {
    if (!NUMBERS_ONLY.test(text.slice(e.start, e.end))) return false;
    const wordStart = firstWordOnLine.get(lines.lineOf(e.start));
    if (wordStart === undefined) return false;
    if (inMarkup) return inMarkup(e.start, e.end);
    // A TSV row's cells before its word; no other format writes numbers before a piece (RTF's prose before the group).
    return reading.escapes === 'none' && e.end <= wordStart;
  };
  // The format's own places (tag syntax, fonts, styles, class names, paths, RTF control words) hold words that read
  // as names and digit runs that read as phone numbers (sizes, ids, cache busters); a value of a shape with a check
  // or a mark of its own found there (an e-mail, an IBAN, a card, a tax id) is kept, privacy first.
  const ownPlace = (e: Entity) =>
    (e.type === 'PERSON' || e.type === 'PHONE_NUMBER') &&
    (inTag?.(e.start, e.end) === true || reading.markupAt?.(e.start, e.end) === true);
  return raw.filter(
    (e) =>
      (!overlapsRead(e) || reading.keepWritten?.includes(e.type) === true) &&
      !ownPlace(e) &&
      !reading.ownValuesAt?.(e.start, e.end) &&
      !markupName(text, e, reading.escapes, inMarkup) &&
      !markupNumber(e),
  );
}

/** Ranges sorted by start and overlapping or touching ones joined: disjoint ranges for the searches below. */
export function mergedRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Sorted, disjoint ranges: the index of the first one that ends after `at` (`ranges.length` if none does). */
export function firstEndingAfter(ranges: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted, disjoint ranges: the one [start, end) lies inside, if any. */
export function rangeContaining<R extends { start: number; end: number }>(
  ranges: readonly R[],
  start: number,
  end: number,
): R | undefined {
  const r = ranges[firstEndingAfter(ranges, start)];
  return r !== undefined && r.start <= start && end <= r.end ? r : undefined;
}

/** Sorted, disjoint ranges; whether [start, end) lies inside one of them. */
export function insideRanges(
  ranges: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  return (start, end) => rangeContaining(ranges, start, end) !== undefined;
}

/** Sorted, disjoint ranges; whether [start, end) overlaps one of them. */
export function overlapsRanges(
  ranges: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  return (start, end) => {
    const i = firstEndingAfter(ranges, start);
    return i < ranges.length && ranges[i].start < end;
  };
}

/** An XML start or empty tag (no comment, no text): a name, then attributes up to its ">" (or the next "<"). */
const XML_TAG = /<[\p{L}_][\w:.-]*[^<>]*>?/gu;
/** Inside a tag, after its name: blanks, an attribute with its quoted value, or (else) a run of other text. */
const TAG_PART = /[\s/]+|([\p{L}_][\w:.-]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<>]*)"|'([^'<>]*)')|[^\s/]+/uy;
const TAG_NAME = /<([\p{L}_][\w:.-]*)/uy;

/**
 * The places inside XML tags that are no markup of the format: the values of attributes `own` does not name, and
 * a tag's text that is no attribute (a malformed tag, an unquoted value). Whether [start, end) overlaps one of them.
 */
function openPlacesInTags(text: string, own: (element: string, attribute: string) => boolean) {
  const places: { start: number; end: number }[] = [];
  for (const m of text.matchAll(XML_TAG)) {
    // The tag's own text (without its ">"), read part by part; offsets relative to the tag.
    const tag = m[0].endsWith('>') ? m[0].slice(0, -1) : m[0];
    TAG_NAME.lastIndex = 0;
    const name = TAG_NAME.exec(tag);
    if (!name) continue;
    TAG_PART.lastIndex = TAG_NAME.lastIndex;
    for (let part = TAG_PART.exec(tag); part; part = TAG_PART.exec(tag)) {
      const value = part[2] ?? part[3];
      const at = m.index + part.index;
      if (part[1] === undefined) {
        if (!/^[\s/]+$/.test(part[0])) places.push({ start: at, end: at + part[0].length });
      } else if (value && !own(name[1], part[1])) {
        const start = at + part[0].length - 1 - value.length;
        places.push({ start, end: start + value.length });
      }
      if (TAG_PART.lastIndex >= tag.length) break;
    }
  }
  return overlapsRanges(places);
}

/** A JSON string literal. */
const JSON_STRING = /"(?:[^"\\\n]|\\.)*"/g;

/**
 * Where the format writes its own numbers: inside XML tags; in JSON outside its strings (coordinates and
 * confidences are numbers there). Undefined for a format with no markup around its words (TSV's cells precede them).
 */
function markupPlaces(
  text: string,
  escapes: MarkupReading['escapes'],
): ((start: number, end: number) => boolean) | undefined {
  const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (escapes === 'xml') return insideRanges(spans(XML_TAG));
  if (escapes === 'json') {
    const inString = insideRanges(spans(JSON_STRING));
    return (start, end) => !inString(start, end);
  }
  return undefined;
}

/** A value of digits and separators only. */
const NUMBERS_ONLY = /^[\d\s.,;:()+/-]*$/;

/**
 * A name of the markup, where the format writes names: in XML inside a tag, an identifier right before "=" (an
 * attribute's name) or a token of a class attribute's value; in JSON a key (an identifier in quotes before ":").
 * The same shapes in prose ("Kontakt=Kowalczyk", "mit Frau Kowalczyk: …") are no markup and keep their findings.
 */
const IDENTIFIER = /^["']?[\p{L}_][\p{L}\p{N}_.-]*$/u;
const ATTRIBUTE_NAME_END = /^[ \t]*=/;
const JSON_KEY_END = /^"[ \t]*:/;
const CLASS_VALUE = /class[ \t]*=[ \t]*(?:["'][^"'<>]*)?$/;
function markupName(
  text: string,
  e: Entity,
  escapes: MarkupReading['escapes'],
  inMarkup: ((start: number, end: number) => boolean) | undefined,
): boolean {
  if (!IDENTIFIER.test(text.slice(e.start, e.end))) return false;
  if (escapes === 'json')
    return (text[e.start] === '"' || text[e.start - 1] === '"') && JSON_KEY_END.test(text.slice(e.end, e.end + 4));
  if (escapes !== 'xml' || !inMarkup?.(e.start, e.end)) return false;
  return (
    ATTRIBUTE_NAME_END.test(text.slice(e.end, e.end + 4)) ||
    CLASS_VALUE.test(text.slice(Math.max(0, e.start - 200), e.start))
  );
}

/** The last word of a finding and a colon right after it. */
const LAST_WORD = /[ \t]+([\p{L}-]+)$/u;

/**
 * A form's line of two fields ("Name: Ada Moss      Geburtsdatum: 1.2.1960") comes out of OCR as words joined by one
 * blank: a name finding that runs into the next field's label (a record key right before its colon) ends before it.
 */
function withoutNextLabel(view: string, e: Entity): Entity {
  if (e.type !== 'PERSON' || view[e.end] !== ':') return e;
  const last = LAST_WORD.exec(view.slice(e.start, e.end));
  return last && kindOfKey(last[1]) ? { ...e, end: e.start + last.index } : e;
}

/** The plain-text view with, per view character, where it came from. */
interface View {
  text: string;
  /** Raw offsets of each view character's source (an escape's whole length); -1 for a joining blank. */
  rawStart: number[];
  rawEnd: number[];
  /** The word element (index into words) each character belongs to, -1 for a blank or a line copy's own line. */
  word: number[];
  /** Per character, the offsets in the line copies that repeat its line (the blanks between words too). */
  copyAt: Map<number, { copy: LineCopy; start: number; end: number }[]>;
  words: TextPiece[];
}

const DECODERS = { xml: decodeXml, json: decodeJson, none: decodeNone };

function buildView(text: string, reading: MarkupReading): View {
  const decode = typeof reading.escapes === 'function' ? reading.escapes : DECODERS[reading.escapes];
  const lines = new Map<string, number[]>();
  const joiner = reading.joiner ?? ' ';
  reading.pieces.forEach((w, i) => {
    const list = lines.get(w.line);
    if (list) list.push(i);
    else lines.set(w.line, [i]);
  });
  const view: View = { text: '', rawStart: [], rawEnd: [], word: [], copyAt: new Map(), words: reading.pieces };
  const parts: string[] = [];
  let length = 0;
  const push = (s: string, from: number, to: number, word: number) => {
    parts.push(s);
    view.rawStart.push(from);
    view.rawEnd.push(to);
    view.word.push(word);
    length++;
  };
  const copiesOf = new Map<string, LineCopy[]>();
  for (const c of reading.lines ?? []) {
    const list = copiesOf.get(c.line);
    if (list) list.push(c);
    else copiesOf.set(c.line, [c]);
  }
  const ownLines: LineCopy[] = [];
  for (const [key, indexes] of lines) {
    if (length > 0) push('\n', -1, -1, -1);
    const lineFrom = length;
    indexes.forEach((wi, k) => {
      const w = reading.pieces[wi];
      // Before a line's first piece, only what the adapter says stands there (a label the markup implies).
      for (const ch of k > 0 ? (w.before ?? joiner) : (w.before ?? '')) push(ch, -1, -1, -1);
      decode(text, w.start, w.end, (ch, from, to) => push(ch, from, to, wi));
    });
    const lineText = parts.slice(parts.length - (length - lineFrom)).join('');
    for (const copy of copiesOf.get(key) ?? []) {
      const chars: { ch: string; from: number; to: number }[] = [];
      decode(text, copy.start, copy.end, (ch, from, to) => chars.push({ ch, from, to }));
      if (chars.map((c) => c.ch).join('') !== lineText) {
        ownLines.push(copy);
        continue;
      }
      chars.forEach((c, k) => {
        const at = view.copyAt.get(lineFrom + k) ?? [];
        at.push({ copy, start: c.from, end: c.to });
        view.copyAt.set(lineFrom + k, at);
      });
    }
    copiesOf.delete(key);
  }
  // Copies of no line of words (a region's own text, a line whose words read otherwise): read as lines of their own.
  for (const copy of [...ownLines, ...[...copiesOf.values()].flat()]) {
    if (length > 0) push('\n', -1, -1, -1);
    decode(text, copy.start, copy.end, (ch, from, to) => push(ch, from, to, -1));
  }
  view.text = parts.join('');
  return view;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A name's word keeps the comma the engine left on it outside ("Okkema," of "Okkema, Jan"); an address keeps its own. */
const TRAILING_AFTER_NAME = /[,;:]+$/;

/** The finding over each word element (and line copy) it covers, into `out`. */
function mapFinding(view: View, e: Entity, out: Entity[]): void {
  // Over the word elements: one piece per run of characters of one element.
  let i = e.start;
  while (i < e.end) {
    const word = view.word[i];
    let j = i + 1;
    while (j < e.end && view.word[j] === word && view.rawStart[j] >= 0) j++;
    if (word >= 0) piece(view, e, i, j, word, out);
    // A line copy read as its own line: the finding over its characters as written (a line break inside kept).
    else if (view.rawStart[i] >= 0) pushTrimmed(view, e, view.rawStart[i], view.rawEnd[j - 1], i, j, out);
    i = j;
  }
  // Over the line copies that repeat its line: one finding over the same characters there.
  const first = view.copyAt.get(e.start);
  const last = view.copyAt.get(e.end - 1);
  for (const c of first ?? []) {
    const to = last?.find((l) => l.copy === c.copy);
    if (to && to.end > c.start) out.push({ ...e, start: c.start, end: to.end });
  }
}

/** The finding's characters [from, to) of one word element, mapped to the element's text; whole, its copies too. */
function piece(view: View, e: Entity, from: number, to: number, word: number, out: Entity[]): void {
  const kept = pushTrimmed(view, e, view.rawStart[from], view.rawEnd[to - 1], from, to, out);
  const w = view.words[word];
  if (!kept || !w.copies) return;
  // The whole word's letters covered: its hyphenated halves and substitutions are the same value.
  const before = from === 0 || view.word[from - 1] !== word;
  const after = to === view.word.length || view.word[to] !== word;
  if (before && after) for (const c of w.copies) out.push({ ...e, start: c.start, end: c.end });
}

/** A piece without blanks around it (a name's without a trailing comma); none without a letter or digit. */
function pushTrimmed(
  view: View,
  e: Entity,
  start: number,
  end: number,
  from: number,
  to: number,
  out: Entity[],
): boolean {
  const s = view.text.slice(from, to);
  if (!LETTER_OR_DIGIT.test(s)) return false;
  let cut = s.length - s.trimEnd().length;
  if (e.type === 'PERSON') cut = s.length - s.trimEnd().replace(TRAILING_AFTER_NAME, '').length;
  const lead = s.length - s.trimStart().length;
  const rawFrom = lead > 0 ? view.rawStart[from + lead] : start;
  const rawTo = cut > 0 ? view.rawEnd[to - 1 - cut] : end;
  out.push({ ...e, start: rawFrom, end: rawTo });
  return true;
}

export type Emit = (ch: string, from: number, to: number) => void;

function decodeNone(text: string, start: number, end: number, emit: Emit): void {
  for (let i = start; i < end; i++) emit(text[i], i, i + 1);
}

const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML's character references decoded; anything else as written. */
export function decodeXml(text: string, start: number, end: number, emit: Emit): void {
  for (let i = start; i < end; i++) {
    if (text[i] === '&') {
      const semi = text.indexOf(';', i);
      if (semi > i && semi < end && semi - i <= 10) {
        const name = text.slice(i + 1, semi);
        const ch = name.startsWith('#x')
          ? codePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#')
            ? codePoint(parseInt(name.slice(1), 10))
            : XML_NAMED[name];
        if (ch !== undefined) {
          // A character outside the BMP is two code units: the second ends the reference.
          for (let k = 0; k < ch.length; k++) emit(ch[k], i, semi + 1);
          i = semi;
          continue;
        }
      }
    }
    emit(text[i], i, i + 1);
  }
}

function codePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

const JSON_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
};

/**
 * A decoder of a quoted string's backslash escapes by a table of what each escape letter stands for, plus `\uXXXX`
 * (one code unit each, as JSON writes surrogate pairs); an escape the table lacks is read as written.
 */
export function escapesDecoder(table: Readonly<Record<string, string>>) {
  return (text: string, start: number, end: number, emit: Emit): void => {
    for (let i = start; i < end; i++) {
      if (text[i] === '\\' && i + 1 < end) {
        const c = text[i + 1];
        if (c === 'u' && i + 6 <= end && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          emit(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
          i += 5;
          continue;
        }
        const ch = table[c];
        if (ch !== undefined) {
          emit(ch, i, i + 2);
          i += 1;
          continue;
        }
      }
      emit(text[i], i, i + 1);
    }
  };
}

const jsonEscapes = escapesDecoder(JSON_ESCAPES);
/** A JSON string's escapes decoded (a declaration, not a constant: DECODERS above names it before this line runs). */
export function decodeJson(text: string, start: number, end: number, emit: Emit): void {
  jsonEscapes(text, start, end, emit);
}
