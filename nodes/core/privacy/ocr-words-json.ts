import {
  isJsonNumber,
  isJsonString,
  jsonObject,
  JsonReader,
  type Json,
  type JsonBounds,
  type JsonString,
} from './json-spans.js';
import type { LineCopy, MarkupReading, TextPiece } from './markup-text-view.js';

/**
 * Document-AI services' JSON output (AWS Textract, Azure Document Intelligence, Google Document AI): every
 * word is its own JSON object among boxes, confidences and ids, so a name or an address is split over
 * several objects. These adapters return each word's text span as written (inside its JSON string, escapes
 * undecoded) and the line it belongs to; the key-value pairs the services find are read as one line of key
 * and value, the key saying what the value is ("Geburtsdatum 14.12.1970").
 */

/** An engine's page can be large (every word an object with its box): read further and deeper than a contact. */
const OCR_JSON: JsonBounds = { maxChars: 8_000_000, maxDepth: 16, keepNumbers: true };

/** The document's JSON value, from its first `{`, and where it ends (OCR engines' and speech recognisers' output). */
export function readDocument(text: string): { root: Json; end: number; start: number } | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  const reader = new JsonReader(text, start, OCR_JSON);
  const root = reader.value();
  return root === undefined || root === null ? undefined : { root, start, end: reader.at };
}

/**
 * Text around the JSON (a mail or a log line carrying the engine's output) is read as lines of their own, in the
 * page's view beside its words. (detect.ts also scans the whole text as written, fail closed: no adapter can leave
 * prose unread.)
 */
export function around(text: string, doc: { start: number; end: number }, copies: LineCopy[]): void {
  if (/[\p{L}\p{N}]/u.test(text.slice(0, doc.start))) copies.push({ start: 0, end: doc.start, line: 'json before' });
  if (/[\p{L}\p{N}]/u.test(text.slice(doc.end))) copies.push({ start: doc.end, end: text.length, line: 'json after' });
}

/** Every JSON object in the tree, parents before children (an explicit stack: the depth is bounded anyway). */
export function* objects(root: Json): Generator<{ [key: string]: Json }> {
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const o = jsonObject(v);
    if (!o) continue;
    yield o;
    const values = Object.values(o);
    for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
  }
}

/** A string as a line copy of its own (a paragraph's, a table cell's, a page's whole text). */
const ownCopy = (s: JsonString | undefined, copies: LineCopy[], tag: string) => {
  if (s && /[\p{L}\p{N}]/u.test(s.text)) copies.push({ start: s.start, end: s.end, line: `${tag} ${s.start}` });
};

const member = (v: Json | undefined, key: string): Json | undefined => jsonObject(v)?.[key];
const stringAt = (v: Json | undefined, key: string): JsonString | undefined => {
  const s = member(v, key);
  return isJsonString(s) ? s : undefined;
};
const listAt = (v: Json | undefined, key: string): Json[] => {
  const l = member(v, key);
  return Array.isArray(l) ? l : [];
};

/** The span of a JSON string's text without the blanks around it; undefined when nothing is written. */
export function wordOf(s: JsonString | undefined, line: string): TextPiece | undefined {
  if (!s) return undefined;
  let { start, end } = s;
  // A JSON escape of a blank (\n, \t) stands outside a word like a blank does.
  for (;;) {
    if (start < end && /\s/.test(s.text[start - s.start])) start++;
    else if (end - start >= 2 && /^\\[nrt]$/.test(s.text.slice(start - s.start, start - s.start + 2))) start += 2;
    else break;
  }
  for (;;) {
    if (end > start && /\s/.test(s.text[end - 1 - s.start])) end--;
    else if (end - start >= 2 && /^\\[nrt]$/.test(s.text.slice(end - 2 - s.start, end - s.start))) end -= 2;
    else break;
  }
  return end > start ? { start, end, line } : undefined;
}

const pushWord = (words: TextPiece[], s: JsonString | undefined, line: string) => {
  const w = wordOf(s, line);
  if (w) words.push(w);
};

/** The ids a block's relationships of one type name (Textract's `Relationships: [{Type, Ids}]`). */
function relatedIds(block: Json, type: string): string[] {
  const ids: string[] = [];
  for (const r of listAt(block, 'Relationships')) {
    if (stringAt(r, 'Type')?.text !== type) continue;
    for (const id of listAt(r, 'Ids')) if (isJsonString(id)) ids.push(id.text);
  }
  return ids;
}

const reading = (words: TextPiece[], copies: LineCopy[]): MarkupReading | undefined =>
  words.length + copies.length > 0 ? { pieces: words, lines: copies, escapes: 'json' } : undefined;

/**
 * AWS Textract (`AnalyzeDocument` / `DetectDocumentText`): `Blocks` of PAGE, LINE, WORD and KEY_VALUE_SET. A
 * WORD block's `Text` is a word; the LINE whose CHILD relationship names the word's `Id` is its line, and the
 * LINE's own `Text` a copy of it. A KEY_VALUE_SET KEY block and the VALUE block its VALUE relationship names
 * form one line (their `KeyText` / `ValueText`, as exports flatten them; in the service's own output the
 * pair's words are WORD blocks already). Any other block's `Text` (a query's answer) is read as a line.
 */
export function textractWords(text: string): MarkupReading | undefined {
  if (!text.includes('"BlockType"') || !text.includes('"Blocks"')) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  for (const o of objects(doc.root)) {
    const blocks = o.Blocks;
    if (!Array.isArray(blocks)) continue;
    const lineOfWord = new Map<string, string>();
    const keyOfValue = new Map<string, string>();
    for (const b of blocks) {
      const type = stringAt(b, 'BlockType')?.text;
      const id = stringAt(b, 'Id')?.text ?? '';
      if (type === 'LINE') for (const w of relatedIds(b, 'CHILD')) lineOfWord.set(w, id);
      else if (type === 'KEY_VALUE_SET') for (const v of relatedIds(b, 'VALUE')) keyOfValue.set(v, id);
    }
    blocks.forEach((b, i) => {
      const type = stringAt(b, 'BlockType')?.text;
      const id = stringAt(b, 'Id')?.text;
      if (type === 'WORD') {
        const line = id !== undefined ? lineOfWord.get(id) : undefined;
        pushWord(words, stringAt(b, 'Text'), line !== undefined ? `textract line ${line}` : `textract word ${i}`);
      } else if (type === 'LINE') {
        const s = stringAt(b, 'Text');
        if (s) copies.push({ start: s.start, end: s.end, line: `textract line ${id ?? ''}` });
      } else if (type === 'KEY_VALUE_SET') {
        const key = (id !== undefined ? keyOfValue.get(id) : undefined) ?? id ?? String(i);
        pushWord(words, stringAt(b, 'KeyText'), `textract pair ${key}`);
        pushWord(words, stringAt(b, 'ValueText'), `textract pair ${key}`);
      } else ownCopy(stringAt(b, 'Text'), copies, 'textract text');
    });
  }
  around(text, doc, copies);
  return reading(words, copies);
}

/** A span's offset as a number (Document AI writes its int64 indexes as strings; a missing start is 0). */
function indexAt(v: Json | undefined, key: string): number | undefined {
  const x = member(v, key);
  if (isJsonNumber(x)) return x.number;
  if (isJsonString(x) && /^\d{1,9}$/.test(x.text)) return Number(x.text);
  return undefined;
}

/**
 * Azure Document Intelligence (`prebuilt-read` / `prebuilt-layout` analyzeResult): `pages[].words[]` each with
 * its `content` and `span {offset, length}` into the document's `content`; `pages[].lines[]` with the span of
 * their words and their `content`, a copy of the line. A word's line is the line whose span holds the word's
 * offset. `keyValuePairs[]`' key and value `content` form one line each; every other `content` (the whole
 * document's, a paragraph's, a table cell's) is read as lines of its own.
 */
export function azureWords(text: string): MarkupReading | undefined {
  if (!text.includes('"words"') || !text.includes('"span"') || !text.includes('"pages"')) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  const read = new Set<Json>();
  let pages = 0;
  let pairs = 0;
  for (const o of objects(doc.root)) {
    if (read.has(o)) continue;
    if (Array.isArray(o.words)) {
      azurePage(o, `azure page ${pages++}`, words, copies);
      for (const x of [...o.words, ...listAt(o, 'lines')]) read.add(x);
    } else if (jsonObject(o.key) && jsonObject(o.value)) {
      const line = `azure pair ${pairs++}`;
      pushWord(words, stringAt(o.key, 'content'), line);
      pushWord(words, stringAt(o.value, 'content'), line);
      read.add(o.key).add(o.value);
    } else ownCopy(stringAt(o, 'content'), copies, 'azure text');
  }
  around(text, doc, copies);
  return reading(words, copies);
}

function azurePage(page: Json, tag: string, words: TextPiece[], copies: LineCopy[]): void {
  // Line spans in order of offset: a word's line is found by halving.
  const lines = listAt(page, 'lines')
    .map((l, k) => {
      const span = listAt(l, 'spans')[0];
      const offset = indexAt(span, 'offset');
      const length = indexAt(span, 'length');
      const line = `${tag} line ${k}`;
      const content = stringAt(l, 'content');
      if (content) copies.push({ start: content.start, end: content.end, line });
      return offset === undefined || length === undefined ? undefined : { line, from: offset, to: offset + length };
    })
    .filter((l) => l !== undefined)
    .sort((a, b) => a.from - b.from);
  listAt(page, 'words').forEach((w, wi) => {
    const offset = indexAt(member(w, 'span'), 'offset');
    let line = `${tag} word ${wi}`;
    if (offset !== undefined) {
      // The last line starting at or before the word, by halving: words in any order (a column read after its
      // neighbour, offsets written backwards) cost a logarithm each, never a walk over the lines again.
      let lo = 0;
      let hi = lines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lines[mid].from <= offset) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && offset < lines[lo - 1].to) line = lines[lo - 1].line;
    }
    pushWord(words, stringAt(w, 'content'), line);
  });
}

/**
 * Google Document AI (`Document` JSON): `text`, and `pages[].tokens[]` / `lines[]` whose
 * `layout.textAnchor.textSegments` point into `text` by offsets only (nothing to read in them). The `text`
 * reads as the page does (lines joined by line breaks) and is read as lines of its own; each form field's
 * `fieldName` and `fieldValue` (`textAnchor.content`) form one line; an entity's `mentionText` is a line.
 */
export function documentAiWords(text: string): MarkupReading | undefined {
  if (!text.includes('"textAnchor"') || !text.includes('"text"')) return undefined;
  const doc = readDocument(text);
  if (!doc) return undefined;
  const words: TextPiece[] = [];
  const copies: LineCopy[] = [];
  const read = new Set<Json>();
  let fields = 0;
  for (const o of objects(doc.root)) {
    if (read.has(o)) continue;
    if (jsonObject(o.fieldName) || jsonObject(o.fieldValue)) {
      const line = `docai field ${fields++}`;
      for (const part of [o.fieldName, o.fieldValue]) {
        const anchor = member(part, 'textAnchor');
        pushWord(words, stringAt(anchor, 'content'), line);
        if (anchor) read.add(anchor);
      }
      continue;
    }
    if (Array.isArray(o.pages)) ownCopy(stringAt(o, 'text'), copies, 'docai text');
    ownCopy(stringAt(o, 'mentionText'), copies, 'docai mention');
    if (o !== doc.root) ownCopy(stringAt(o, 'content'), copies, 'docai content');
  }
  if (words.length + copies.length === 0) return undefined;
  around(text, doc, copies);
  return reading(words, copies);
}
