import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/**
 * A given name found alone, followed by one word written the same way that no list holds: the surname the name
 * lists lack ("MIETE ROSALIND QUENBY 0171 …", "Rosalind Quenby rief an"). The given name alone would be replaced
 * and the surname would reach the cloud in clear; the finding takes the word in (fail closed). Only a word of
 * letters in the given name's own case (both in capitals, or both capitalised), no ordinary word of the
 * dictionaries ("Paul Street", "Grace Period" stay as they are). One look per one-word name finding.
 */
const CAPITALISED_WORD = /^[ \t](\p{Lu}\p{Ll}[\p{Ll}'’-]{1,29})(?![\p{L}\p{N}])/u;
const CAPITALS_WORD = /^[ \t](\p{Lu}[\p{Lu}'’-]{2,29})(?![\p{L}\p{N}])/u;

function unknownWord(word: string): boolean {
  const asName = word[0] + word.slice(1).toLowerCase();
  const lower = word.toLowerCase();
  return !isDictionaryWord(asName) && !isEnglishWord(lower) && !isCommonWord(lower) && !isGivenName(asName);
}

export function withUnknownSurnames(text: string, found: Entity[]): Entity[] {
  let changed = false;
  const result = found.map((e) => {
    if (e.type !== 'PERSON') return e;
    const name = text.slice(e.start, e.end);
    if (!/^\p{L}+$/u.test(name)) return e;
    const capitals = name === name.toUpperCase();
    const asName = name[0] + name.slice(1).toLowerCase();
    if (!isGivenName(asName)) return e;
    const after = text.slice(e.end, e.end + 32);
    const m = (capitals ? CAPITALS_WORD : CAPITALISED_WORD).exec(after);
    if (!m || !unknownWord(m[1])) return e;
    changed = true;
    return { ...e, end: e.end + 1 + m[1].length };
  });
  return changed ? result : found;
}
