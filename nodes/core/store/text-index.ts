import { isPlainObject } from './filter.js';
import { STOPWORDS } from './stopwords.js';
import { unsupported } from './unsupported.js';

/**
 * Qdrant's full-text tokenisation (v1.19, lib/segment/.../full_text_index/tokenizers), so `text`,
 * `text_any` and `phrase` conditions on a field with a text index match what a Qdrant server
 * matches: words split on every non-alphanumeric character (`word`, `multilingual`, `prefix`) or
 * on whitespace, lowercased unless `lowercase: false`, stopwords dropped, tokens outside
 * min/max_token_len dropped. The `prefix` tokenizer indexes every prefix of a word, so a query word
 * matches the words it begins.
 */
export interface TextTokenizer {
  /** Tokens of a stored value, in order (the phrase check needs the order). */
  document(text: string): string[];
  /** Tokens of a query. */
  query(text: string): string[];
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/u;

export function textTokenizer(params: Record<string, unknown>): TextTokenizer {
  const kind = typeof params.tokenizer === 'string' ? params.tokenizer : 'word';
  const lowercase = params.lowercase !== false;
  const fold = params.ascii_folding === true;
  const min = typeof params.min_token_len === 'number' ? params.min_token_len : undefined;
  const max = typeof params.max_token_len === 'number' ? params.max_token_len : undefined;
  const stopwords = stopwordSet(params.stopwords, lowercase);
  const split = (text: string) => (kind === 'whitespace' ? text.split(/\s+/u) : text.split(NOT_ALPHANUMERIC));
  const normalise = (token: string) => {
    let t = fold ? token.normalize('NFD').replace(/\p{M}/gu, '') : token;
    if (lowercase) t = t.toLowerCase();
    return t;
  };
  const length = (t: string) => [...t].length;
  // Qdrant's process_token: empty, stopword, shorter than min or (when checked) longer than max → dropped.
  const keep = (t: string, checkMax: boolean) =>
    t !== '' &&
    !stopwords.has(t) &&
    (min === undefined || length(t) >= min) &&
    (!checkMax || max === undefined || length(t) <= max);

  if (kind === 'prefix') {
    return {
      document: (text) => {
        const out: string[] = [];
        for (const word of split(text).map(normalise)) {
          if (!keep(word, false)) continue;
          const chars = [...word];
          const top = Math.min(chars.length, max ?? chars.length);
          for (let n = min ?? 1; n <= top; n++) out.push(chars.slice(0, n).join(''));
        }
        return out;
      },
      // Query words are not checked against stopwords (Qdrant's tokenize_query), only cut to max.
      query: (text) =>
        split(text)
          .filter((w) => w !== '')
          .map(normalise)
          .filter((w) => min === undefined || length(w) >= min)
          .map((w) => (max === undefined ? w : [...w].slice(0, max).join(''))),
    };
  }
  const tokens = (text: string) =>
    split(text)
      .map(normalise)
      .filter((t) => keep(t, true));
  return { document: tokens, query: tokens };
}

function stopwordSet(option: unknown, lowercase: boolean): Set<string> {
  const out = new Set<string>();
  const add = (word: string) => out.add(lowercase ? word.toLowerCase() : word);
  const addLanguage = (language: unknown) => {
    const list = typeof language === 'string' ? STOPWORDS[language.toLowerCase()] : undefined;
    if (!list)
      throw unsupported(`stopwords for ${JSON.stringify(language)} (the embedded store has english and german)`);
    list.forEach(add);
  };
  if (option === undefined || option === null) return out;
  if (typeof option === 'string') addLanguage(option);
  else if (isPlainObject(option)) {
    if (Array.isArray(option.languages)) option.languages.forEach(addLanguage);
    if (Array.isArray(option.custom)) option.custom.forEach((w) => typeof w === 'string' && add(w));
  }
  return out;
}
