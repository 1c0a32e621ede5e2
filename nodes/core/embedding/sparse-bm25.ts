import { STOPWORDS } from '../store/stopwords.js';
import { fnv1a } from './fnv1a.js';

/** A sparse vector as Qdrant takes it: term ids (u32) and their weights. */
export interface SparseVectorData {
  indices: number[];
  values: number[];
}

/** Turns texts into sparse term-weight vectors for a collection's sparse vector (hybrid search). */
export interface SparseEncoder {
  /** Identifies the term space (tokenizer and hashing); recorded with the collection. */
  readonly id: string;
  encodeDocuments(texts: string[]): SparseVectorData[];
  encodeQuery(text: string): SparseVectorData;
}

export interface Bm25Options {
  /** Term-frequency saturation (BM25's k1). */
  k1?: number;
  /** Length normalisation (BM25's b). */
  b?: number;
  /** The document length (in terms) normalisation is relative to: about a chunk's length. */
  averageLength?: number;
  /**
   * Adds the character 5-grams of long words (weighted low), so a part of a German compound
   * ("Frist") finds the compound ("Kündigungsfrist") and back.
   */
  compoundParts?: boolean;
}

const DEFAULTS: Required<Bm25Options> = { k1: 1.2, b: 0.75, averageLength: 120, compoundParts: true };

/** Weight of a compound part relative to a whole word (parts are many and overlap). */
const PART_WEIGHT = 0.25;
/** Words at least this long are split into parts. */
const PART_MIN_WORD = 9;
const PART_LENGTH = 5;

/** Words and codes: letters and digits, joined by - _ . / inside a token (XR-2000, v1.19, A4/B). */
const TOKEN = /[\p{L}\p{N}]+(?:[-_./][\p{L}\p{N}]+)*/gu;
const SEPARATORS = /[-_./]/g;
const STOP = new Set([...STOPWORDS.english, ...STOPWORDS.german].map((w) => fold(w)));

/**
 * BM25 document weights with a German- and English-aware tokenizer, no model: terms are folded
 * (NFKC, lower case, umlauts and ß spelled out so "Müller" and "Mueller" meet), stopwords of both
 * languages dropped, lightly stemmed, and hashed to u32 ids. The IDF is left to the store (the
 * sparse vector's `idf` modifier), as Qdrant's BM25 recommends, so it follows the collection.
 * A query weighs each distinct term 1; the store multiplies by the IDF.
 */
export class Bm25SparseEncoder implements SparseEncoder {
  readonly id: string;
  private readonly options: Required<Bm25Options>;

  constructor(options: Bm25Options = {}) {
    this.options = { ...DEFAULTS, ...options };
    this.id = `ragwire-bm25-v1${this.options.compoundParts ? '-parts' : ''}`;
  }

  encodeDocuments(texts: string[]): SparseVectorData[] {
    const { k1, b, averageLength } = this.options;
    return texts.map((text) => {
      const terms = this.terms(text);
      let length = 0;
      for (const { weight, part } of terms.values()) if (!part) length += weight;
      const norm = k1 * (1 - b + (b * length) / averageLength);
      return toVector(terms, (tf) => (tf * (k1 + 1)) / (tf + norm));
    });
  }

  encodeQuery(text: string): SparseVectorData {
    return toVector(this.terms(text), (_tf, part) => (part ? PART_WEIGHT : 1));
  }

  /** Term id → (term frequency, weighted; whether it is a compound part). */
  private terms(text: string): Map<number, { weight: number; part: boolean }> {
    const out = new Map<number, { weight: number; part: boolean }>();
    const add = (term: string, weight: number, part: boolean) => {
      const id = fnv1a(term);
      const entry = out.get(id);
      if (entry) entry.weight += weight;
      else out.set(id, { weight, part });
    };
    for (const token of tokenize(text)) {
      add(`w:${token}`, 1, false);
      if (this.options.compoundParts && token.length >= PART_MIN_WORD && /^\p{L}+$/u.test(token)) {
        for (let i = 0; i + PART_LENGTH <= token.length; i++)
          add(`p:${token.slice(i, i + PART_LENGTH)}`, PART_WEIGHT, true);
      }
    }
    return out;
  }
}

/**
 * The terms of a text: folded words, without stopwords, stemmed; a code with separators
 * (XR-2000) gives itself joined (xr2000) and its parts (xr, 2000).
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(TOKEN)) {
    const token = match[0];
    if (/[-_./]/.test(token)) {
      out.push(token.replace(SEPARATORS, ''));
      for (const piece of token.split(SEPARATORS)) if (!STOP.has(piece)) out.push(stem(piece));
      continue;
    }
    if (STOP.has(token)) continue;
    out.push(stem(token));
  }
  return out;
}

/** NFKC, lower case, and German letters spelled out (ä → ae, ß → ss) so both spellings meet. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
}

/**
 * Light suffix stripping for English and German inflection (plural, case, verb endings), enough
 * for "Verträge"/"Vertrag"-like pairs to often meet; numbers and short words stay as they are.
 */
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/** Longest first: English (-ing, -ies, -ed, -es, -s) and German (-ungen, -en, -er, -es, -em, -e, -n, -s). */
const SUFFIXES: [string, string][] = [
  ['ungen', 'ung'],
  ['ing', ''],
  ['ies', 'y'],
  ['ern', ''],
  ['en', ''],
  ['er', ''],
  ['es', ''],
  ['em', ''],
  ['ed', ''],
  ['e', ''],
  ['n', ''],
  ['s', ''],
]; /* "rechnungen" → "rechnung", "policies" → "policy" */

function toVector(
  terms: Map<number, { weight: number; part: boolean }>,
  weigh: (tf: number, part: boolean) => number,
): SparseVectorData {
  const ids = [...terms.keys()].sort((a, b) => a - b);
  return {
    indices: ids,
    values: ids.map((id) => {
      const { weight, part } = terms.get(id) as { weight: number; part: boolean };
      return weigh(weight, part);
    }),
  };
}
