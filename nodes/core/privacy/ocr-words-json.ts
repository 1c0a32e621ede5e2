import {
  isJsonNumber,
  isJsonString,
  jsonObject,
  JsonReader,
  type Json,
  type JsonBounds,
  type JsonString,
} from './json-spans.js';
import type { OcrWord } from './ocr-words.js';

/**
 * Document-AI services' JSON output (AWS Textract, Azure Document Intelligence, Google Document AI): every
 * word is its own JSON object among boxes, confidences and ids, so a name or an address is split over
 * several objects. These adapters return each word's text span as written (inside its JSON string, escapes
 * undecoded) and the line it belongs to; the key-value pairs the services find are read as one line of key
 * and value, the key saying what the value is ("Geburtsdatum 14.12.1970").
 */

/** An engine's page can be large (every word an object with its box): read further and deeper than a contact. */
const OCR_JSON: JsonBounds = { maxChars: 8_000_000, maxDepth: 16, keepNumbers: true };

/** The JSON value that starts at the first `open` match (an object's key and its opening bracket). */
function readAfter(text: string, open: RegExp): Json | undefined {
  const m = open.exec(text);
  if (!m) return undefined;
  return new JsonReader(text, m.index + m[0].length - 1, OCR_JSON).value();
}

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
function wordOf(s: JsonString | undefined, line: string): OcrWord | undefined {
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

const pushWord = (words: OcrWord[], s: JsonString | undefined, line: string) => {
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

/**
 * AWS Textract (`AnalyzeDocument` / `DetectDocumentText`): `Blocks` of PAGE, LINE, WORD and KEY_VALUE_SET. A
 * WORD block's `Text` is a word; the LINE whose CHILD relationship names the word's `Id` is its line. A
 * KEY_VALUE_SET KEY block and the VALUE block its VALUE relationship names form one line (their `KeyText` /
 * `ValueText`, as exports flatten them; in the service's own output the pair's words are WORD blocks already).
 */
export function textractWords(text: string): OcrWord[] | undefined {
  if (!text.includes('"BlockType"') || !text.includes('"Blocks"')) return undefined;
  const blocks = readAfter(text, /"Blocks"\s*:\s*\[/);
  if (!Array.isArray(blocks)) return undefined;
  const lineOfWord = new Map<string, string>();
  const keyOfValue = new Map<string, string>();
  for (const b of blocks) {
    const type = stringAt(b, 'BlockType')?.text;
    const id = stringAt(b, 'Id')?.text ?? '';
    if (type === 'LINE') for (const w of relatedIds(b, 'CHILD')) lineOfWord.set(w, id);
    else if (type === 'KEY_VALUE_SET') for (const v of relatedIds(b, 'VALUE')) keyOfValue.set(v, id);
  }
  const words: OcrWord[] = [];
  blocks.forEach((b, i) => {
    const type = stringAt(b, 'BlockType')?.text;
    const id = stringAt(b, 'Id')?.text;
    if (type === 'WORD') {
      const line = id !== undefined ? lineOfWord.get(id) : undefined;
      pushWord(words, stringAt(b, 'Text'), line !== undefined ? `textract line ${line}` : `textract word ${i}`);
    } else if (type === 'KEY_VALUE_SET') {
      const key = (id !== undefined ? keyOfValue.get(id) : undefined) ?? id ?? String(i);
      pushWord(words, stringAt(b, 'KeyText'), `textract pair ${key}`);
      pushWord(words, stringAt(b, 'ValueText'), `textract pair ${key}`);
    }
  });
  return words.length > 0 ? words : undefined;
}

/** A span's offset as a number (Document AI writes its int64 indexes as strings; a missing start is 0). */
function indexAt(v: Json | undefined, key: string, missing?: number): number | undefined {
  const x = member(v, key);
  if (isJsonNumber(x)) return x.number;
  if (isJsonString(x) && /^\d{1,9}$/.test(x.text)) return Number(x.text);
  return x === undefined ? missing : undefined;
}

/**
 * Azure Document Intelligence (`prebuilt-read` / `prebuilt-layout` analyzeResult): `pages[].words[]` each with
 * its `content` and `span {offset, length}` into the document's `content`; `pages[].lines[]` with the spans
 * of their words. A word's line is the line whose span holds the word's offset. `keyValuePairs[]`' key and
 * value `content` form one line each.
 */
export function azureWords(text: string): OcrWord[] | undefined {
  if (!text.includes('"words"') || !text.includes('"span"') || !text.includes('"pages"')) return undefined;
  const pages = readAfter(text, /"pages"\s*:\s*\[/);
  if (!Array.isArray(pages)) return undefined;
  const words: OcrWord[] = [];
  pages.forEach((page, p) => {
    // Line spans in order of offset: a word's line is found by one pass over both lists.
    const lines = listAt(page, 'lines')
      .map((l, k) => {
        const span = listAt(l, 'spans')[0];
        const offset = indexAt(span, 'offset');
        const length = indexAt(span, 'length');
        return offset === undefined || length === undefined ? undefined : { k, from: offset, to: offset + length };
      })
      .filter((l) => l !== undefined)
      .sort((a, b) => a.from - b.from);
    let li = 0;
    listAt(page, 'words').forEach((w, wi) => {
      const offset = indexAt(member(w, 'span'), 'offset');
      let line = `azure page ${p} word ${wi}`;
      if (offset !== undefined) {
        while (li < lines.length && lines[li].to <= offset) li++;
        if (li < lines.length && lines[li].from <= offset) line = `azure page ${p} line ${lines[li].k}`;
      }
      pushWord(words, stringAt(w, 'content'), line);
    });
  });
  if (text.includes('"keyValuePairs"')) {
    const pairs = readAfter(text, /"keyValuePairs"\s*:\s*\[/);
    if (Array.isArray(pairs))
      pairs.forEach((pair, k) => {
        pushWord(words, stringAt(member(pair, 'key'), 'content'), `azure pair ${k}`);
        pushWord(words, stringAt(member(pair, 'value'), 'content'), `azure pair ${k}`);
      });
  }
  return words.length > 0 ? words : undefined;
}

/**
 * Google Document AI (`Document` JSON): `text`, and `pages[].tokens[]` / `lines[]` whose
 * `layout.textAnchor.textSegments` point into `text` by offsets. The text already reads as the page does
 * (lines joined by line breaks) and is scanned as written; what is read here are the `formFields`, each
 * `fieldName` and `fieldValue` (`textAnchor.content`) one line.
 */
export function documentAiWords(text: string): OcrWord[] | undefined {
  if (!text.includes('"formFields"') || !text.includes('"textAnchor"')) return undefined;
  const words: OcrWord[] = [];
  const open = /"formFields"\s*:\s*\[/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const reader = new JsonReader(text, m.index + m[0].length - 1, OCR_JSON);
    const fields = reader.value();
    // Read on from where the reader stopped, also when it failed: no character is read twice.
    open.lastIndex = Math.max(open.lastIndex, reader.at);
    if (!Array.isArray(fields)) continue;
    fields.forEach((f, k) => {
      const line = `docai fields ${m.index} ${k}`;
      pushWord(words, stringAt(member(member(f, 'fieldName'), 'textAnchor'), 'content'), line);
      pushWord(words, stringAt(member(member(f, 'fieldValue'), 'textAnchor'), 'content'), line);
    });
  }
  return words.length > 0 ? words : undefined;
}
