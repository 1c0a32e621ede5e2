import { forgetAfterEachScan } from './per-scan-caches.js';
import { isWhiteSpace } from './code-units.js';
import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { NAME_MODEL_WEIGHTS } from './name-model-weights.js';
import { partnerColumnsOf, type PartnerColumn } from './tables.js';
import { institutionWordAfter } from './institution-words.js';
import { inRoleHandle } from './names-handles.js';

/**
 * A statistical name scorer for the names the rules miss: two logistic regressions over hashed
 * features, trained offline on the labelled sets (test/support/name-model-training.ts,
 * `npm run train:names`).
 *
 * - The word model reads only the word: its letters' endings, beginnings and trigrams (they carry
 *   a name's culture, -ović, -oğlu, -enko, and set German nouns in -ung, -heit apart), its shape and
 *   the name lists. Its answer is remembered per word, so a text's repeated words cost one look-up;
 *   words it rules out (sentence starts, nouns) go no further.
 * - The context model reads the few words left, with what surrounds them: the words before and
 *   after, the punctuation between, the position in the line, a field label before a colon, the
 *   header above a table cell, the document's casing.
 *
 * It runs after the rules and skips words they already found; its scores (0.5 to 0.65) stay below
 * the rules', so where both find something, the rule's finding is kept.
 */

export interface NameModelData {
  /** log2 of the word model's weight table size. */
  wordBits: number;
  wordWeights: Float32Array;
  /** Word-model logit below which a word is not read further. */
  gate: number;
  /** log2 of the context model's weight table size. */
  bits: number;
  weights: Float32Array;
  /** Probability from which a word counts as part of a name. */
  threshold: number;
  /** The same for a word in lower case (in a text written in lower case): ordinary words look like rare names there. */
  lowerThreshold: number;
}

/** Letters and combining marks by code unit: 0 not asked yet, 1 capital, 2 small, 3 caseless letter or mark, 4 no letter. */
const KIND = new Uint8Array(0x10000);
function kindOf(code: number): number {
  let v = KIND[code];
  if (v === 0) {
    const c = String.fromCharCode(code);
    v = KIND[code] = !/[\p{L}\p{M}]/u.test(c) ? 4 : /\p{Lu}/u.test(c) ? 1 : /\p{Ll}/u.test(c) ? 2 : 3;
  }
  return v;
}
const isLetter = (code: number) => kindOf(code) !== 4;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/**
 * A word starting with a capital (not inside a word: "McDonald" is one word), and any word (in
 * documents written in lower case): letters, and apostrophes or hyphens between letters, as wordEnd reads them.
 */
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}(?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;
const ANY_WORD = /(?<![\p{L}\p{M}])\p{L}(?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;

export type Casing = 'lower' | 'upper' | 'mixed';
export type Shape = 'X' | 'A' | 'x' | 'I' | 'm';

/**
 * 'X' capitalised (each hyphenated part), 'A' all capitals, 'x' lower case, 'I' one capital
 * followed by '.', 'm' mixed ("McKay").
 */
export function shapeOf(text: string, start: number, end: number): Shape {
  let capitals = 0;
  let letters = 0;
  // Capitals inside a part of the word (not its first letter, not after a hyphen).
  let inner = 0;
  for (let i = start; i < end; i++) {
    const k = kindOf(text.charCodeAt(i));
    if (k === 1 || k === 2) letters++;
    if (k === 1) {
      capitals++;
      if (i > start && text.charCodeAt(i - 1) !== 45) inner++;
    }
  }
  if (capitals === 0) return 'x';
  if (end - start === 1) return text.charCodeAt(end) === 46 ? 'I' : 'A';
  if (capitals === letters) return 'A';
  if (kindOf(text.charCodeAt(start)) !== 1) return 'm';
  return inner === 0 ? 'X' : 'm';
}

/** The end of the word starting at `start`: letters, and apostrophes or hyphens between letters. */
function wordEnd(text: string, start: number): number {
  let end = start + 1;
  for (;;) {
    const c = text.charCodeAt(end);
    if (end < text.length && (isLetter(c) || ((isApostrophe(c) || c === 45) && isLetter(text.charCodeAt(end + 1)))))
      end++;
    else return end;
  }
}

/** The word ending at or before `pos` (skipping what is not a letter), or undefined at the text's start. */
export function wordBefore(text: string, pos: number): { start: number; end: number } | undefined {
  let end = pos;
  while (end > 0 && !isLetter(text.charCodeAt(end - 1))) end--;
  if (end === 0) return undefined;
  let start = end - 1;
  for (;;) {
    const c = text.charCodeAt(start - 1);
    if (start > 0 && (isLetter(c) || ((isApostrophe(c) || c === 45) && isLetter(text.charCodeAt(start - 2))))) start--;
    else break;
  }
  return { start, end };
}

/** The word starting at or after `pos`, or undefined at the text's end. */
export function wordAfter(text: string, pos: number): { start: number; end: number } | undefined {
  let start = pos;
  while (start < text.length && !isLetter(text.charCodeAt(start))) start++;
  return start >= text.length ? undefined : { start, end: wordEnd(text, start) };
}

/*
 * Feature hashing without building the features' strings: each feature is an FNV-1a hash of its
 * tag, then of its parts (letters lower-cased as they are read, from the text in place).
 */
const PRIME = 0x01000193;
const mix = (h: number, code: number) => Math.imul(h ^ code, PRIME);
function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}
const tag = (name: string) => mixString(0x811c9dc5, name);

/** Lower-case code units by code unit (0: not asked yet). */
const LOWER = new Uint16Array(0x10000);
function lowerCode(code: number): number {
  let v = LOWER[code];
  if (v === 0) {
    const l = String.fromCharCode(code).toLowerCase();
    v = LOWER[code] = l.length === 1 ? l.charCodeAt(0) : code;
  }
  return v;
}
function mixLower(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = mix(h, lowerCode(text.charCodeAt(i)));
  return h;
}

/** The characters between two words, compacted (spaces dropped, a line break as 'N', a tab 'T', digits '0', runs once, at most 4), mixed into h. */
function mixGap(h: number, text: string, from: number, to: number): number {
  let last = -1;
  let n = 0;
  for (let i = from; i < to && n < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0 || c === 13) continue;
    const k = c === 10 ? 78 : c === 9 ? 84 : c >= 48 && c <= 57 ? 48 : c;
    if (k !== last) {
      h = mix(h, k);
      last = k;
      n++;
    }
  }
  return h;
}

/** Whether a line break lies between from and to (a loop over the gap: indexOf would read on to the text's end). */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The list memberships of a word as letters: G given name, K known name, D dictionary word, E English word, C common word. */
export function listsOf(word: string): string {
  let lists = listsByWord.get(word);
  if (lists === undefined) {
    lists =
      (isGivenName(word) ? 'G' : '') +
      (isKnownName(word) ? 'K' : '') +
      (isDictionaryWord(word) ? 'D' : '') +
      (isEnglishWord(word) ? 'E' : '') +
      (isCommonWord(word) ? 'C' : '');
    // Asked for every neighbour of a word the context model reads: one look-up instead of five, up to a bound.
    if (listsByWord.size >= 50_000) listsByWord.clear();
    listsByWord.set(word, lists);
  }
  return lists;
}
const listsByWord = new Map<string, string>();

const lengthClass = (n: number) => (n <= 2 ? n : n <= 4 ? 4 : n <= 8 ? 8 : 9);

const T = {
  bias: tag('bias'),
  word: tag('w:'),
  shape: tag('sh:'),
  lists: tag('l:'),
  listsShape: tag('l+sh:'),
  suffix: [0, 0, tag('s2:'), tag('s3:'), tag('s4:')],
  prefix: [0, 0, tag('p2:'), tag('p3:')],
  trigram: tag('3:'),
  doc: tag('doc:'),
  gapBefore: tag('gb:'),
  gapAfter: tag('ga:'),
  position: tag('pos:'),
  prev: tag('p1:'),
  prevGap: tag('p1g:'),
  prev2: tag('p2:'),
  next: tag('n1:'),
  nextGap: tag('n1g:'),
  next2: tag('n2:'),
  prevInfo: tag('pl:'),
  nextInfo: tag('nl:'),
  around: tag('gbsh:'),
  header: tag('hdr:'),
  headerShape: tag('hdr+sh:'),
  label: tag('lbl:'),
  organisationLine: tag('org:'),
  headerName: tag('hdrname:'),
  labelName: tag('lblname:'),
  namedElsewhere: tag('seen:'),
  list: tag('list:'),
  hyphenParts: tag('hy:'),
  lastPart: tag('hyl:'),
};

/** A legal form on a line makes its capitalised words more often a company's name than a person's. */
const LEGAL_FORM =
  /(?<![\p{L}])(?:gmbh|kg|ag|ug|ohg|kgaa|gbr|eg|e\.\s?v|e\.\s?k|se|ltd|llc|llp|plc|inc|corp|co|b\.\s?v|s\.\s?a|oy|ab|as|pty|bv|nv|sarl|srl|spa)(?![\p{L}])/iu;

/**
 * The features of the word alone (what the word model reads; the context model reads them too), as
 * 32-bit hashes: the word, its shape and length, its lists, its endings, beginnings and trigrams.
 */
export function wordFeatures(text: string, start: number, end: number, shape: Shape): number[] {
  const n = end - start;
  const s = shape.charCodeAt(0);
  const lists = listsOf(text.slice(start, end));
  const f = [
    T.bias,
    mixLower(T.word, text, start, end),
    mix(mix(T.shape, s), lengthClass(n)),
    mixString(T.lists, lists),
    mix(mix(mixString(T.listsShape, lists), s), lengthClass(n)),
  ];
  for (let k = 2; k <= 4; k++) if (n > k) f.push(mixLower(T.suffix[k], text, end - k, end));
  for (let k = 2; k <= 3; k++) if (n > k) f.push(mixLower(T.prefix[k], text, start, start + k));
  // A hyphenated word: the lists of its parts ("Mercedes-Autohaus": a name, then a noun) and its last part.
  // A loop over the word, not lastIndexOf: that would read back through the text to its last hyphen.
  let hyphen = end - 1;
  while (hyphen > start && text.charCodeAt(hyphen) !== 45) hyphen--;
  if (hyphen > start) {
    let parts = 0x811c9dc5;
    for (let from = start, i = start; i <= end; i++)
      if (i === end || text.charCodeAt(i) === 45) {
        parts = mix(mixString(parts, listsOf(text.slice(from, i))), 124);
        from = i + 1;
      }
    f.push(parts ^ T.hyphenParts, mixLower(T.lastPart, text, hyphen + 1, end));
  }
  // Trigrams of "^word$".
  const at = (i: number) => (i < start ? 94 : i >= end ? 36 : lowerCode(text.charCodeAt(i)));
  for (let i = start - 1; i + 2 <= end; i++) f.push(mix(mix(mix(T.trigram, at(i)), at(i + 1)), at(i + 2)));
  return f.map((h) => h >>> 0);
}

/** The start of the line holding `pos`, and its end (the line break or the text's end). */
function lineAround(text: string, pos: number): [number, number] {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return [start, nl === -1 ? text.length : nl];
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** The table delimiter of a line: the first of tab, pipe, semicolon, comma that occurs at least twice. */
function delimiterOf(line: string): string | undefined {
  for (const d of ['\t', '|', ';', ','] as const) if (count(line, d) >= 2) return d;
  return undefined;
}

const lettersOnly = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '')
    .slice(-24);

/** The header cell above the word's cell when the word stands in a delimited table ('self' in the header row). */
export function headerOf(text: string, start: number): string | undefined {
  const line = lineFacts(text, start);
  const d = line.delimiter;
  if (!d) return undefined;
  if (line.header === undefined) return 'self';
  const column = count(text.slice(line.from, start), d);
  const cell = line.header[column];
  return cell === undefined ? 'none' : lettersOnly(cell);
}

/** What the features read of a line, remembered for the line last asked about (candidates of one line come together). */
interface LineFacts {
  text: string;
  from: number;
  to: number;
  delimiter: string | undefined;
  /** The header row's cells of the table the line stands in, undefined in the header row itself. */
  header: string[] | undefined;
  /** The line's own cells, when it is a table's row: split when the next row asks for them (see cellsOf). */
  cells: string[] | undefined;
  /** Where a colon within 40 characters of the line's start is (-1: none), and the label before it. */
  colon: number;
  label: string;
  legalForm: boolean;
  /** How many of the line's comma-separated items are one word (up to 4; 0 with fewer than two commas): a list of things. */
  oneWordItems: number;
}
let lastLine: LineFacts | undefined;
/** The start of the table's header row by line start, for the text last read: a walk up a table happens once. */
const tableTops = new Map<number, number>();
let tableTopsOf: string | undefined;
forgetAfterEachScan(() => {
  lastLine = undefined;
  tableTopsOf = undefined;
  if (tableTops.size > 0) tableTops.clear();
});

/**
 * How many of the comma-separated items between from and to are one word, up to 4: not empty when
 * trimmed, no space inside. As split(',') and trim() would count, read in place.
 */
export function oneWordItemsOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let a = from; a <= to && n < 4;) {
    let b = a;
    while (b < to && text.charCodeAt(b) !== 44) b++;
    let i = a;
    let j = b - 1;
    while (i <= j && isWhiteSpace(text.charCodeAt(i))) i++;
    while (j >= i && isWhiteSpace(text.charCodeAt(j))) j--;
    if (i <= j) {
      let space = false;
      for (let k = i; k <= j && !space; k++) space = text.charCodeAt(k) === 32;
      if (!space) n++;
    }
    a = b + 1;
  }
  return n;
}

/** A table row's cells, split once and only when a later row reads them as its header. */
function cellsOf(line: LineFacts): string[] | undefined {
  if (line.cells === undefined && line.delimiter !== undefined)
    line.cells = line.text.slice(line.from, line.to).split(line.delimiter);
  return line.cells;
}

function lineFacts(text: string, pos: number): LineFacts {
  if (lastLine && lastLine.text === text && lastLine.from <= pos && pos <= lastLine.to) return lastLine;
  const [from, to] = lineAround(text, pos);
  const line = text.slice(from, to);
  // A line of more than 1,000 characters is no table row (and reading a cell's column would cost the line per word).
  const delimiter = line.length <= 1000 ? delimiterOf(line) : undefined;
  let header: string[] | undefined;
  if (delimiter) {
    const above = lastLine;
    // The line after the one last asked about, in the same table: its header is this line's (the header
    // row itself, when that line was the header row); no walk up a long table for every row.
    if (above && above.text === text && above.to + 1 === from && above.delimiter === delimiter)
      header = above.header ?? cellsOf(above);
  }
  if (delimiter && header === undefined) {
    if (tableTopsOf !== text) {
      // Clearing an empty Map still allocates its table anew: most texts have no table.
      if (tableTops.size > 0) tableTops.clear();
      tableTopsOf = text;
    }
    let top = from;
    // Up through the lines delimited the same way, at most 200 of them, or to a line whose table top is known.
    for (let k = 0; top > 0 && k < 200; k++) {
      const known = tableTops.get(top);
      if (known !== undefined) {
        top = known;
        break;
      }
      const [aboveFrom] = lineAround(text, top - 1);
      if (delimiterOf(text.slice(aboveFrom, top - 1)) !== delimiter) break;
      top = aboveFrom;
    }
    tableTops.set(from, top);
    if (top !== from) header = text.slice(top, lineAround(text, top)[1]).split(delimiter);
  }
  let colon = line.indexOf(':');
  if (colon > 40) colon = -1;
  const label = colon === -1 ? '' : lettersOnly(line.slice(0, colon));
  const legalForm = line.length <= 120 && LEGAL_FORM.test(line);
  const oneWordItems = count(line, ',') >= 2 ? oneWordItemsOf(text, from, to) : 0;
  lastLine = {
    text,
    from,
    to,
    delimiter,
    header,
    cells: undefined,
    colon: colon === -1 ? -1 : from + colon,
    label,
    legalForm,
    oneWordItems,
  };
  return lastLine;
}

/** The label before a colon on the word's line, within 40 characters of the line start ("Kontoinhaber/in: …"). */
function labelOf(text: string, start: number): string | undefined {
  const line = lineFacts(text, start);
  return line.colon !== -1 && line.colon < start ? line.label : undefined;
}

/** The context features of the word between start and end (the context model adds the word's own), as 32-bit hashes. */
export function contextFeatures(
  text: string,
  start: number,
  end: number,
  shape: Shape,
  casing: Casing,
  namedElsewhere: boolean,
): number[] {
  const n = fillContextFeatures(text, start, end, shape, casing, namedElsewhere);
  const f: number[] = [];
  for (let i = 0; i < n; i++) f.push(featureBuffer[i] >>> 0);
  return f;
}

/** Room for the context features of one word (at most 22): the scan sums them in place, no array per word. */
const featureBuffer = new Int32Array(32);
const SEP = 124;
/** The context model's tags of the document's casing, by casing. */
const DOC_TAGS: Record<Casing, number> = {
  lower: mixString(T.doc, 'lower'),
  upper: mixString(T.doc, 'upper'),
  mixed: mixString(T.doc, 'mixed'),
};
const LIST_TAGS: Record<Casing, number> = {
  lower: mixString(T.list, 'lower'),
  upper: mixString(T.list, 'upper'),
  mixed: mixString(T.list, 'mixed'),
};

/** The neighbours contextFeatures reads, filled per word (start -1: none), no object per word. */
let prevStart = -1;
let prevEnd = -1;
let prev2Start = -1;
let prev2End = -1;
let nextStart = -1;
let nextEnd = -1;
let next2Start = -1;
let next2End = -1;

/** The start of the word ending at or before pos, its end into foundEnd; -1 at the text's start (wordBefore without an object). */
let foundEnd = -1;
function startBefore(text: string, pos: number): number {
  let end = pos;
  while (end > 0 && !isLetter(text.charCodeAt(end - 1))) end--;
  if (end === 0) return -1;
  let start = end - 1;
  for (;;) {
    const c = text.charCodeAt(start - 1);
    if (start > 0 && (isLetter(c) || ((isApostrophe(c) || c === 45) && isLetter(text.charCodeAt(start - 2))))) start--;
    else break;
  }
  foundEnd = end;
  return start;
}
/** The start of the word starting at or after pos, its end into foundEnd; -1 at the text's end (wordAfter without an object). */
function startAfter(text: string, pos: number): number {
  let start = pos;
  while (start < text.length && !isLetter(text.charCodeAt(start))) start++;
  if (start >= text.length) return -1;
  foundEnd = wordEnd(text, start);
  return start;
}

function mixWord(h: number, text: string, start: number, end: number): number {
  return start === -1 ? h : mixLower(h, text, start, end);
}
function mixInfo(h: number, text: string, start: number, end: number): number {
  return start === -1 ? h : mixString(mix(h, shapeOf(text, start, end).charCodeAt(0)), listsOf(text.slice(start, end)));
}

/** contextFeatures into featureBuffer (as signed 32-bit hashes); returns their number. */
function fillContextFeatures(
  text: string,
  start: number,
  end: number,
  shape: Shape,
  casing: Casing,
  namedElsewhere: boolean,
): number {
  prevStart = startBefore(text, start);
  prevEnd = foundEnd;
  prev2Start = prevStart === -1 ? -1 : startBefore(text, prevStart);
  prev2End = foundEnd;
  nextStart = startAfter(text, end);
  nextEnd = foundEnd;
  next2Start = nextStart === -1 ? -1 : startAfter(text, nextEnd);
  next2End = foundEnd;
  const s = shape.charCodeAt(0);
  const hasPrev = prevStart !== -1;
  const hasNext = nextStart !== -1;
  const gapBefore = (h: number) => (hasPrev ? mixGap(h, text, prevEnd, start) : mix(h, 66));
  const gapAfter = (h: number) => (hasNext ? mixGap(h, text, end, nextStart) : mix(h, 69));
  const lineStart = !hasPrev || breaksLine(text, prevEnd, start);
  const lineEnd = !hasNext || breaksLine(text, end, nextStart);
  const f = featureBuffer;
  f[0] = mix(DOC_TAGS[casing], s);
  f[1] = gapBefore(T.gapBefore);
  f[2] = gapAfter(T.gapAfter);
  f[3] = mix(mix(T.position, lineStart ? 115 : 0), lineEnd ? 101 : 0);
  f[4] = mixWord(T.prev, text, prevStart, prevEnd);
  f[5] = gapBefore(mix(mixWord(T.prevGap, text, prevStart, prevEnd), SEP));
  f[6] = mixWord(mix(mixWord(T.prev2, text, prev2Start, prev2End), SEP), text, prevStart, prevEnd);
  f[7] = mixWord(T.next, text, nextStart, nextEnd);
  f[8] = mixWord(mix(gapAfter(T.nextGap), SEP), text, nextStart, nextEnd);
  f[9] = mixWord(T.next2, text, next2Start, next2End);
  f[10] = gapBefore(mix(mixInfo(T.prevInfo, text, prevStart, prevEnd), SEP));
  f[11] = mixInfo(mix(gapAfter(T.nextInfo), SEP), text, nextStart, nextEnd);
  f[12] = gapAfter(mix(mix(mix(gapBefore(T.around), SEP), s), lengthClass(end - start)));
  let n = 13;
  const header = headerOf(text, start);
  // A header or label that says "name" in any language's compound (Vorname, given_names, Full name).
  if (header !== undefined) {
    f[n++] = mixString(T.header, header);
    f[n++] = mix(mixString(T.headerShape, header), s);
    f[n++] = mix(mix(T.headerName, header.includes('name') ? 1 : 0), s);
  }
  const label = labelOf(text, start);
  if (label !== undefined) {
    f[n++] = mixString(T.label, label);
    f[n++] = mix(mix(T.labelName, label.includes('name') ? 1 : 0), s);
  }
  if (namedElsewhere) f[n++] = mix(T.namedElsewhere, s);
  const line = lineFacts(text, start);
  if (line.legalForm) f[n++] = mix(T.organisationLine, s);
  if (line.oneWordItems > 0) {
    f[n++] = mix(mix(T.list, line.oneWordItems), s);
    f[n++] = mix(LIST_TAGS[casing], line.oneWordItems);
  }
  return n;
}

/** A candidate word: where it is and its shape. */
export interface Candidate {
  start: number;
  end: number;
  shape: Shape;
}

/** The candidates of the last text read by collectCandidates: starts and ends, reused from text to text. */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let keys = new Int32Array(1024);
/** The key (see wordKey) of the word wordStart last read. */
let startKey = 0;

/**
 * Start of the word ending at `end` (a word as the patterns match it); on the way, its key, into
 * startKey: an FNV-1a hash of its code units read backwards (and of the dot after a lone capital).
 * The word decides its shape, but for a lone capital, which the dot after it makes an initial.
 */
function wordStart(text: string, end: number): number {
  let start = end - 1;
  let h = Math.imul(0x811c9dc5 ^ text.charCodeAt(start), 0x01000193);
  for (;;) {
    const c = text.charCodeAt(start - 1);
    if (start > 0 && (isLetter(c) || ((isApostrophe(c) || c === 45) && isLetter(text.charCodeAt(start))))) {
      start--;
      h = Math.imul(h ^ c, 0x01000193);
    } else break;
  }
  startKey = end - start === 1 && text.charCodeAt(end) === 46 ? Math.imul(h ^ 46, 0x01000193) : h;
  return start;
}

/**
 * The words the scorer reads, into starts/ends (their number is returned with the casing):
 * capitalised words and initials, and every word of a document written in lower case (fewer than
 * one capitalised word per 200 characters). The casing is 'upper' when most capitalised words are
 * all capitals. One native pass finds the words; lone capitals that are no initials are left out.
 */
function collectCandidates(text: string): { casing: Casing; count: number } {
  let count = 0;
  let capitals = 0;
  CAPITALISED.lastIndex = 0;
  while (CAPITALISED.test(text)) {
    const end = CAPITALISED.lastIndex;
    const start = wordStart(text, end);
    if (end - start === 1 && text.charCodeAt(end) !== 46) continue;
    // Letters glued to digits are codes ("GB29NWBK", "A4"), not names.
    if (isDigit(text.charCodeAt(end)) || isDigit(text.charCodeAt(start - 1))) continue;
    if (end - start > 1 && kindOf(text.charCodeAt(start + 1)) === 1) capitals++;
    if (count === starts.length) grow();
    starts[count] = start;
    keys[count] = startKey;
    ends[count++] = end;
  }
  if (count >= 3 && capitals / count > 0.7) return { casing: 'upper', count };
  // Capitalised words that are not all capitals: fewer than one per 200 characters is a lower-case text.
  if ((count - capitals) * 200 >= text.length && count > capitals) return { casing: 'mixed', count };
  count = 0;
  ANY_WORD.lastIndex = 0;
  while (ANY_WORD.test(text)) {
    const end = ANY_WORD.lastIndex;
    const start = wordStart(text, end);
    if (end - start < 2 && text.charCodeAt(end) !== 46) continue;
    if (isDigit(text.charCodeAt(end)) || isDigit(text.charCodeAt(start - 1))) continue;
    if (count === starts.length) grow();
    starts[count] = start;
    keys[count] = startKey;
    ends[count++] = end;
  }
  return { casing: 'lower', count };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function grow(): void {
  const s = new Int32Array(starts.length * 2);
  s.set(starts);
  starts = s;
  const e = new Int32Array(ends.length * 2);
  e.set(ends);
  ends = e;
  const k = new Int32Array(keys.length * 2);
  k.set(keys);
  keys = k;
}

/** The candidates of a text as objects (for training and tests; the scan reads them in place). */
export function candidatesOf(text: string): { casing: Casing; candidates: Candidate[] } {
  const { casing, count } = collectCandidates(text);
  const candidates: Candidate[] = [];
  for (let k = 0; k < count; k++)
    candidates.push({ start: starts[k], end: ends[k], shape: shapeOf(text, starts[k], ends[k]) });
  return { casing, candidates };
}

/**
 * The word model's logits by word key, remembered in a fixed table (a later word with the same slot
 * replaces an earlier one): texts repeat their words, and most candidates stop here.
 */
const CACHE_BITS = 16;
const cacheKeys = new Int32Array(1 << CACHE_BITS);
// Float64, as the sums are made: a word's logit must not depend on whether it was read before.
const cacheLogits = new Float64Array(1 << CACHE_BITS);
const cacheUsed = new Uint8Array(1 << CACHE_BITS);
let cacheOf: Float32Array | undefined;

function wordLogit(model: NameModelData, text: string, start: number, end: number, key: number): number {
  if (cacheOf !== model.wordWeights) {
    cacheUsed.fill(0);
    cacheOf = model.wordWeights;
  }
  const slot = key & ((1 << CACHE_BITS) - 1);
  if (cacheUsed[slot] === 1 && cacheKeys[slot] === key) return cacheLogits[slot];
  let z = 0;
  const mask = (1 << model.wordBits) - 1;
  for (const f of wordFeatures(text, start, end, shapeOf(text, start, end))) z += model.wordWeights[f & mask];
  cacheKeys[slot] = key;
  cacheLogits[slot] = z;
  cacheUsed[slot] = 1;
  return z;
}

/** The context model's sum over the word's own features, remembered by word key like the word model's logits. */
const partKeys = new Int32Array(1 << CACHE_BITS);
const partSums = new Float64Array(1 << CACHE_BITS);
const partUsed = new Uint8Array(1 << CACHE_BITS);
let partOf: Float32Array | undefined;

function contextWordPart(model: NameModelData, text: string, c: Candidate, key: number): number {
  if (partOf !== model.weights) {
    partUsed.fill(0);
    partOf = model.weights;
  }
  const slot = key & ((1 << CACHE_BITS) - 1);
  if (partUsed[slot] === 1 && partKeys[slot] === key) return partSums[slot];
  const mask = (1 << model.bits) - 1;
  let z = 0;
  for (const f of wordFeatures(text, c.start, c.end, c.shape)) z += model.weights[f & mask];
  partKeys[slot] = key;
  partSums[slot] = z;
  partUsed[slot] = 1;
  return z;
}

/** The probability that the candidate is (part of) a name, from the context model. */
export function contextProbability(
  model: NameModelData,
  text: string,
  c: Candidate,
  casing: Casing,
  namedElsewhere: boolean,
  key: number,
): number {
  const mask = (1 << model.bits) - 1;
  let z = contextWordPart(model, text, c, key);
  const n = fillContextFeatures(text, c.start, c.end, c.shape, casing, namedElsewhere);
  for (let i = 0; i < n; i++) z += model.weights[featureBuffer[i] & mask];
  return 1 / (1 + Math.exp(-z));
}

/**
 * The keys (see wordStart) of the words in the rules' PERSON findings: the same word elsewhere in
 * the text ("@Dilşad" after "Dilşad Uzunhasan") is the same name more often than not.
 */
export function namesFound(
  text: string,
  found: readonly { type: string; start: number; end: number }[],
): Set<number> | undefined {
  let names: Set<number> | undefined;
  forEachNameKey(text, found, (key) => (names ??= new Set()).add(key));
  return names;
}

/** Calls visit with the key of each word (two letters or more) of the PERSON findings. */
function forEachNameKey(
  text: string,
  found: readonly { type: string; start: number; end: number }[],
  visit: (key: number) => void,
): void {
  for (const e of found) {
    if (e.type !== 'PERSON') continue;
    for (let start = startAfter(text, e.start); start !== -1;) {
      const end = foundEnd;
      if (end > e.end) break;
      if (end - start > 1) {
        wordStart(text, end);
        visit(startKey);
      }
      start = startAfter(text, end);
    }
  }
}

/**
 * namesFound's keys for findNames, in an open-addressed table of 32-bit keys: a Set of numbers
 * would box every key outside the small-integer range on each look-up.
 */
let nameSlots = new Int32Array(64);
let nameSlotUsed = new Uint8Array(64);
let nameCount = 0;

function addNameKey(key: number): void {
  if ((nameCount + 1) * 2 > nameSlots.length) {
    const oldSlots = nameSlots;
    const oldUsed = nameSlotUsed;
    nameSlots = new Int32Array(oldSlots.length * 2);
    nameSlotUsed = new Uint8Array(oldSlots.length * 2);
    nameCount = 0;
    for (let i = 0; i < oldSlots.length; i++) if (oldUsed[i] === 1) addNameKey(oldSlots[i]);
  }
  const mask = nameSlots.length - 1;
  let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  while (nameSlotUsed[i] === 1) {
    if (nameSlots[i] === key) return;
    i = (i + 1) & mask;
  }
  nameSlotUsed[i] = 1;
  nameSlots[i] = key;
  nameCount++;
}

function hasNameKey(key: number): boolean {
  const mask = nameSlots.length - 1;
  for (let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; nameSlotUsed[i] === 1; i = (i + 1) & mask)
    if (nameSlots[i] === key) return true;
  return false;
}

/** Fills the table with the keys of the text's PERSON findings; returns whether there are any. */
function tableNamesFound(text: string, found: readonly { type: string; start: number; end: number }[]): boolean {
  if (nameCount > 0) {
    nameSlotUsed.fill(0);
    nameCount = 0;
  }
  forEachNameKey(text, found, addNameKey);
  return nameCount > 0;
}

/** Whether the key is one tableNamesFound put in (for tests: the table agrees with namesFound's set). */
export function namedInTable(
  text: string,
  found: readonly { type: string; start: number; end: number }[],
  key: number,
): boolean {
  return tableNamesFound(text, found) && hasNameKey(key);
}

/** The key of the word ending at `end` (see wordStart). */
export function keyOf(text: string, end: number): number {
  wordStart(text, end);
  return startKey;
}

/** The rules' findings' starts and ends in the order of their starts, for the text findNames reads. */
let takenStarts = new Float64Array(256);
let takenEnds = new Float64Array(256);
/** Sort keys: start * 2^24 + index (exact in a double: a string has fewer than 2^29 code units). */
let takenOrder = new Float64Array(256);

/** Orders the findings by start into takenStarts/takenEnds (a native numeric sort, no comparator per pair); returns their number. */
export function orderTaken(found: readonly { start: number; end: number }[]): number {
  const n = found.length;
  if (n > takenOrder.length) {
    const size = Math.max(n, takenOrder.length * 2);
    takenStarts = new Float64Array(size);
    takenEnds = new Float64Array(size);
    takenOrder = new Float64Array(size);
  }
  if (n >= 1 << 24) {
    const sorted = [...found].sort((a, b) => a.start - b.start);
    for (let i = 0; i < n; i++) {
      takenStarts[i] = sorted[i].start;
      takenEnds[i] = sorted[i].end;
    }
    return n;
  }
  const order = takenOrder.subarray(0, n);
  for (let i = 0; i < n; i++) order[i] = found[i].start * 16777216 + i;
  order.sort();
  for (let i = 0; i < n; i++) {
    const e = found[order[i] % 16777216];
    takenStarts[i] = e.start;
    takenEnds[i] = e.end;
  }
  return n;
}

/** The starts and ends orderTaken wrote (for tests). */
export function takenInOrder(n: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < n; i++) out.push({ start: takenStarts[i], end: takenEnds[i] });
  return out;
}

/**
 * PERSON findings: runs of candidate words on one line that score at least the threshold, joined
 * across spaces, commas, slashes and hyphens. Words inside `found` (the rules' findings) are skipped.
 */
export function findNames(
  text: string,
  model: NameModelData,
  found: readonly Entity[] = [],
  partners: readonly PartnerColumn[] = partnerColumnsOf(text),
): Entity[] {
  const names = tableNamesFound(text, found);
  const { casing, count } = collectCandidates(text);
  // Once per text, not per word: only a text with an "@" can hold a handle.
  const hasHandles = text.includes('@');
  const takenCount = orderTaken(found);
  let t = 0;
  let takenEnd = -1;
  const out: Entity[] = [];
  let open: Entity | undefined;
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    const end = ends[k];
    // The rules' findings by start; takenEnd is the furthest end of those starting before this word's end.
    while (t < takenCount && takenStarts[t] < end) takenEnd = Math.max(takenEnd, takenEnds[t++]);
    if (takenEnd > start) continue;
    const named = names && hasNameKey(keys[k]);
    if (!named && wordLogit(model, text, start, end, keys[k]) < model.gate) continue;
    const c: Candidate = { start, end, shape: shapeOf(text, start, end) };
    const p = contextProbability(model, text, c, casing, named, keys[k]);
    const threshold = c.shape === 'x' ? model.lowerThreshold : model.threshold;
    if (p < threshold) continue;
    // A line of four or more one-word items in lower case is a list of things ("milch, brot, äpfel, nudeln").
    if (c.shape === 'x' && lineFacts(text, start).oneWordItems >= 4) continue;
    // A lower-case compound joined by hyphens with an ordinary English word ("max-width", "min-height", "max-age"):
    // a CSS property or a term, no name ("anne-marie", "dong-hyun" stay); right after a name it is its surname
    // ("bezawit tsegaye-work").
    const joinsOpen = open !== undefined && start - open.end <= 3 && /^[ ,/.-]*$/.test(text.slice(open.end, start));
    if (c.shape === 'x' && !joinsOpen && hyphenCompoundWithWord(text, start, end)) continue;
    // A word before an institution's noun names the institution ("Hartley Joinery"); a word in a team's or a
    // bot's handle ("@dev_team") names no one.
    if (c.shape !== 'x' && !joinsOpen && institutionWordAfter(text, end)) continue;
    if (hasHandles && inRoleHandle(text, start, end)) continue;
    const to = c.shape === 'I' ? end + 1 : end;
    const score = 0.5 + (0.15 * (p - threshold)) / (1 - threshold);
    if (joinsOpen && open) {
      open.end = to;
      open.score = Math.max(open.score, score);
    } else {
      open = { type: 'PERSON', start, end: to, score };
      out.push(open);
    }
  }
  partnerColumnNames(text, model, found, out, partners);
  return out;
}

/** Whether the lower-case word at start..end stands in a hyphenated compound one of whose parts is an English word. */
function hyphenCompoundWithWord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 45 && text.charCodeAt(end) !== 45 && !text.slice(start, end).includes('-'))
    return false;
  let from = start;
  while (from > 0 && /[\p{Ll}-]/u.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && /[\p{Ll}-]/u.test(text[to])) to++;
  return text
    .slice(from, to)
    .split('-')
    .some((part) => part.length > 2 && isEnglishWord(part) && !isKnownName(part[0].toUpperCase() + part.slice(1)));
}

/**
 * Column consistency: the column beside a column of one name part that the rules read ("family_name",
 * "Nachname") under a heading they do not ("holder"), its cells shaped like names (tables.ts). It holds
 * the other part when its cells score as names by the word model, 0.6 on average and two in three at
 * 0.5 or more, a cell with an ordinary word (unless a listed given name) counting 0: "Heriniaina",
 * not "Einkauf", "Passat", "Igbo, Mandarin, Spanish". Its cells become findings at the scorer's lowest score.
 */
function partnerColumnNames(
  text: string,
  model: NameModelData,
  found: readonly Entity[],
  out: Entity[],
  partners: readonly PartnerColumn[],
): void {
  for (const column of partners) {
    let likely = 0;
    let sum = 0;
    for (const cell of column) {
      const p = cellNameProbability(text, model, cell.start, cell.end);
      sum += p;
      if (p >= 0.5) likely++;
    }
    if (likely * 3 < column.length * 2 || sum < 0.6 * column.length) continue;
    // The characters findings already hold, marked once over the column's stretch of text (not every
    // finding compared with every cell: a table of thousands of rows stays linear).
    const from = column[0].start;
    const taken = new Uint8Array(column[column.length - 1].end - from);
    const mark = (start: number, end: number) => taken.fill(1, Math.max(0, start - from), Math.max(0, end - from));
    for (const e of found) mark(e.start, e.end);
    for (const e of out) mark(e.start, e.end);
    for (const cell of column) {
      if (taken.subarray(cell.start - from, cell.end - from).includes(1)) continue;
      out.push({ type: 'PERSON', start: cell.start, end: cell.end, score: 0.5 });
      mark(cell.start, cell.end);
    }
  }
}

const KNOWN_NAME_IN_PARTNER_CELL = 0.75;

/** The word model's lowest probability over the cell's words; 0 when one is an ordinary word and no listed given name. */
function cellNameProbability(text: string, model: NameModelData, from: number, to: number): number {
  let lowest = 1;
  for (let start = startAfter(text, from); start !== -1 && start < to;) {
    const end = foundEnd;
    const word = text.slice(start, end);
    if (!isGivenName(word) && (isDictionaryWord(word) || isEnglishWord(word) || isCommonWord(word))) return 0;
    const p = 1 / (1 + Math.exp(-wordLogit(model, text, start, end, keyOf(text, end))));
    // A listed given name or surname beside a name-part column is that part whatever a retraining
    // makes of the word alone ("Müller", "Schmidt" beside "Vorname").
    lowest = Math.min(lowest, isKnownName(word) ? Math.max(p, KNOWN_NAME_IN_PARTNER_CELL) : p);
    start = startAfter(text, end);
  }
  return lowest;
}

/** Int16 weights, little-endian whatever the machine, refused unless there is one per table slot. */
function decode(base64: string, bits: number, scale: number): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength !== 2 << bits)
    throw new Error(`name model: expected ${1 << bits} weights, the file holds ${bytes.byteLength / 2}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(1 << bits);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getInt16(2 * i, true) * scale;
  return weights;
}

let decoded: NameModelData | undefined;
/** The committed model (name-model-weights.ts), decoded once. */
export function committedNameModel(): NameModelData {
  if (!decoded) {
    const w = NAME_MODEL_WEIGHTS;
    decoded = {
      wordBits: w.wordBits,
      wordWeights: decode(w.wordWeights, w.wordBits, w.wordScale),
      gate: w.gate,
      bits: w.bits,
      weights: decode(w.weights, w.bits, w.scale),
      threshold: w.threshold,
      lowerThreshold: w.lowerThreshold,
    };
  }
  return decoded;
}

/** Weights as the committed file stores them: Int16 steps of `scale`, base64. */
export function encodeWeights(weights: Float32Array): { scale: number; weights: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const bytes = Buffer.alloc(2 * weights.length);
  for (let i = 0; i < weights.length; i++) bytes.writeInt16LE(Math.round(weights[i] / scale), 2 * i);
  return { scale, weights: bytes.toString('base64') };
}

/** The model the scan uses: the committed one, or (for training and cross-validation) one set here; undefined turns it off. */
let active: NameModelData | undefined | 'committed' = 'committed';
export function useNameModel(model: NameModelData | undefined | 'committed'): void {
  active = model;
}

/** The scan's hook (detect.ts): PERSON findings of the active model where the rules found nothing. */
export function namesByModel(
  text: string,
  found: readonly Entity[],
  partners: readonly PartnerColumn[] = partnerColumnsOf(text),
): Entity[] {
  const model = active === 'committed' ? committedNameModel() : active;
  return model ? findNames(text, model, found, partners) : [];
}
