import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { NAME_MODEL_WEIGHTS } from './name-model-weights.js';

/**
 * A statistical name scorer: logistic regression over hashed features of each name-shaped word
 * (its letters' endings and n-grams, its shape, the name lists, the words and punctuation around
 * it, the column header above a table cell, the document's casing). Trained offline on the
 * labelled sets (test/support/name-model-training.ts, `npm run train:names`); the rules find the
 * names they know the shapes of, this finds the ones whose letters and surroundings look like a
 * name. Its scores stay below the rules' (0.5 to 0.65), so where both find something, the rule wins.
 */

/** A word of the text: letters (with marks, apostrophes and inner hyphens). */
export interface Word {
  start: number;
  end: number;
  /** Lower-case text of the word. */
  lower: string;
  /** 'X' capitalised, 'A' all capitals (2+ letters), 'x' lower case, 'I' one capital letter followed by '.'. */
  shape: 'X' | 'A' | 'x' | 'I' | 'm';
  line: number;
}

export interface NameModelData {
  /** log2 of the weight table's size. */
  bits: number;
  /** Probability from which a word counts as part of a name. */
  threshold: number;
  weights: Float32Array;
}

const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const UPPER = /\p{Lu}/u;

/** The words of a text, with their line numbers. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let line = 0;
  let lineScan = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    for (let nl = text.indexOf('\n', lineScan); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1)) line++;
    lineScan = m.index;
    const w = m[0];
    const lower = w.toLowerCase();
    const upper = w.toUpperCase();
    let shape: Word['shape'];
    if (w === lower) shape = 'x';
    else if (w.length === 1) shape = text[m.index + 1] === '.' ? 'I' : 'A';
    else if (w === upper) shape = 'A';
    else if (UPPER.test(w[0]) && w.slice(1) === w.slice(1).toLowerCase()) shape = 'X';
    else shape = 'm';
    words.push({ start: m.index, end: m.index + w.length, lower, shape, line });
  }
  return words;
}

/** 32-bit FNV-1a of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The characters between two words, compacted: spaces dropped, a line break as 'N', a tab as 'T', digits as '0'. */
function gapOf(text: string, from: number, to: number): string {
  let g = '';
  for (let i = from; i < to && g.length < 4; i++) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0' || c === '\r') continue;
    const k = c === '\n' ? 'N' : c === '\t' ? 'T' : c >= '0' && c <= '9' ? '0' : c;
    if (g[g.length - 1] !== k) g += k;
  }
  return g;
}

/** The list memberships of a word as letters: G given name, K known name, D dictionary word, E English word, C common word. */
function listsOf(w: Word, text: string): string {
  const word = text.slice(w.start, w.end);
  return (
    (isGivenName(word) ? 'G' : '') +
    (isKnownName(word) ? 'K' : '') +
    (isDictionaryWord(word) ? 'D' : '') +
    (isEnglishWord(word) ? 'E' : '') +
    (isCommonWord(word) ? 'C' : '')
  );
}

/** Document-level facts the features read: its casing, its lines, the table headers above its cells. */
export interface DocumentView {
  text: string;
  words: Word[];
  /** 'lower' when almost no word is capitalised, 'upper' when almost all are capitals, else 'mixed'. */
  casing: 'lower' | 'upper' | 'mixed';
  lineStarts: number[];
  lists: (string | undefined)[];
}

export function viewOf(text: string): DocumentView {
  const words = wordsOf(text);
  let capitalised = 0;
  let capitals = 0;
  for (const w of words) {
    if (w.shape !== 'x') capitalised++;
    if (w.shape === 'A') capitals++;
  }
  const n = Math.max(1, words.length);
  const casing = words.length >= 4 && capitalised / n < 0.04 ? 'lower' : capitals / n > 0.7 ? 'upper' : 'mixed';
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { text, words, casing, lineStarts, lists: new Array<string | undefined>(words.length) };
}

/** Whether a word is read at all: capitalised words, initials, and every word of a lower-case document. */
export function isCandidate(view: DocumentView, i: number): boolean {
  const w = view.words[i];
  if (w.shape === 'x') return view.casing === 'lower' && w.lower.length > 1;
  if (w.shape === 'A' && w.lower.length === 1) return false;
  return true;
}

const DELIMITERS = ['\t', '|', ';', ','];

function lineText(view: DocumentView, line: number): string {
  const start = view.lineStarts[line];
  const next = view.lineStarts[line + 1];
  return view.text.slice(start, next === undefined ? view.text.length : next - 1);
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** The table delimiter of a line: the first of tab, pipe, semicolon, comma that occurs at least twice. */
function delimiterOf(line: string): string | undefined {
  for (const d of DELIMITERS) if (count(line, d) >= 2) return d;
  return undefined;
}

/** The header cell above the word's cell, when the word stands in a delimited table: letters only, lower case. */
function headerOf(view: DocumentView, w: Word): string | undefined {
  const line = lineText(view, w.line);
  const d = delimiterOf(line);
  if (!d) return undefined;
  const column = count(line.slice(0, w.start - view.lineStarts[w.line]), d);
  let top = w.line;
  while (top > 0) {
    const above = lineText(view, top - 1);
    if (delimiterOf(above) !== d) break;
    top--;
  }
  if (top === w.line) return 'self';
  const cell = lineText(view, top).split(d)[column];
  if (cell === undefined) return 'none';
  return cell
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '')
    .slice(0, 24);
}

/** The label before a colon at the start of the word's line ("Kontoinhaber/in: …"): letters only, lower case. */
function labelOf(view: DocumentView, w: Word): string | undefined {
  const from = view.lineStarts[w.line];
  const colon = view.text.lastIndexOf(':', w.start);
  if (colon < from || colon - from > 40) return undefined;
  return view.text
    .slice(from, colon)
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '')
    .slice(-24);
}

/** The hashed feature ids of word i (into a table of 2^bits weights). */
export function featuresOf(view: DocumentView, i: number, bits: number): number[] {
  const { text, words } = view;
  const w = words[i];
  const lists = (j: number) => (view.lists[j] ??= listsOf(words[j], text));
  const prev = words[i - 1];
  const prev2 = words[i - 2];
  const next = words[i + 1];
  const gapBefore = prev ? gapOf(text, prev.end, w.start) : 'B';
  const gapAfter = next ? gapOf(text, w.end, next.start) : 'E';
  const lineStart = !prev || prev.line !== w.line;
  const lineEnd = !next || next.line !== w.line;
  const shape = `${w.shape}${w.lower.length <= 2 ? w.lower.length : w.lower.length <= 4 ? 4 : w.lower.length <= 8 ? 8 : 9}`;
  const l = lists(i);
  const f: string[] = [
    'bias',
    `w:${w.lower}`,
    `sh:${shape}`,
    `l:${l}`,
    `l+sh:${l}${shape}`,
    `doc:${view.casing}${w.shape}`,
    `gb:${gapBefore}`,
    `ga:${gapAfter}`,
    `pos:${lineStart ? 's' : ''}${lineEnd ? 'e' : ''}`,
    `p1:${prev ? prev.lower : ''}`,
    `p1g:${prev ? prev.lower : ''}|${gapBefore}`,
    `p2:${prev2 ? prev2.lower : ''}|${prev ? prev.lower : ''}`,
    `n1:${next ? next.lower : ''}`,
    `n1g:${gapAfter}|${next ? next.lower : ''}`,
    `pl:${prev ? prev.shape + lists(i - 1) : ''}|${gapBefore}`,
    `nl:${gapAfter}|${next ? next.shape + lists(i + 1) : ''}`,
    `gbsh:${gapBefore}|${shape}|${gapAfter}`,
  ];
  const lower = w.lower;
  const n = lower.length;
  for (let k = 2; k <= 4; k++) if (n > k) f.push(`s${k}:${lower.slice(n - k)}`);
  for (let k = 2; k <= 3; k++) if (n > k) f.push(`p${k}:${lower.slice(0, k)}`);
  const padded = `^${lower}$`;
  for (let k = 0; k + 3 <= padded.length; k++) f.push(`3:${padded.slice(k, k + 3)}`);
  const header = headerOf(view, w);
  if (header !== undefined) f.push(`hdr:${header}`, `hdr+sh:${header}|${w.shape}`);
  const label = labelOf(view, w);
  if (label !== undefined) f.push(`lbl:${label}`, `lbl+l:${label}|${l}`);
  const mask = (1 << bits) - 1;
  return f.map((s) => hash(s) & mask);
}

export function probability(weights: Float32Array, features: number[]): number {
  let z = 0;
  for (const f of features) z += weights[f];
  return 1 / (1 + Math.exp(-z));
}

/** PERSON findings: runs of words on one line that score at least the threshold, joined across spaces, commas, slashes and hyphens. */
export function findNames(text: string, model: NameModelData): Entity[] {
  const view = viewOf(text);
  const out: Entity[] = [];
  let open: Entity | undefined;
  let openLine = -1;
  for (let i = 0; i < view.words.length; i++) {
    if (!isCandidate(view, i)) continue;
    const p = probability(model.weights, featuresOf(view, i, model.bits));
    if (p < model.threshold) continue;
    const w = view.words[i];
    // An initial keeps its dot.
    const end = w.shape === 'I' ? w.end + 1 : w.end;
    const score = 0.5 + (0.15 * (p - model.threshold)) / (1 - model.threshold);
    if (open && openLine === w.line && /^[\s,/.-]*$/.test(text.slice(open.end, w.start)) && w.start - open.end <= 3) {
      open.end = end;
      open.score = Math.max(open.score, score);
    } else {
      open = { type: 'PERSON', start: w.start, end, score };
      openLine = w.line;
      out.push(open);
    }
  }
  return out;
}

let decoded: NameModelData | undefined;
/** The committed model (name-model-weights.ts), decoded once. */
export function committedNameModel(): NameModelData {
  if (!decoded) {
    const bytes = Buffer.from(NAME_MODEL_WEIGHTS.weights, 'base64');
    const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    const weights = new Float32Array(1 << NAME_MODEL_WEIGHTS.bits);
    for (let i = 0; i < q.length; i++) weights[i] = q[i] * NAME_MODEL_WEIGHTS.scale;
    decoded = { bits: NAME_MODEL_WEIGHTS.bits, threshold: NAME_MODEL_WEIGHTS.threshold, weights };
  }
  return decoded;
}

/** Weights as the committed file stores them: Int16 steps of `scale`, base64. */
export function encodeWeights(weights: Float32Array): { scale: number; weights: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  return { scale, weights: Buffer.from(q.buffer).toString('base64') };
}

/** The model the scan uses: the committed one, or (for training and cross-validation) one set here; undefined turns it off. */
let active: NameModelData | undefined | 'committed' = 'committed';
export function useNameModel(model: NameModelData | undefined | 'committed'): void {
  active = model;
}

/** The detector (detectors.ts): PERSON findings of the active model. */
export function namesByModel(text: string): Entity[] {
  const model = active === 'committed' ? committedNameModel() : active;
  return model ? findNames(text, model) : [];
}
