import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord } from './name-list.js';

/**
 * A name found once, written again in capitals ("NM1*IL*1*QUENBY*ROSALIND~" and later "REF*…*ROSALIND QUENBY", a
 * statement's "MIETE ROSALIND QUENBY"): a run of two to four capitalised words, each of them a word of the text's
 * own PERSON findings, names the same person. Read as a rule, not left to the name scorer. Ordinary words
 * ("HERR", "MAIN") are left out of the words compared. One global search over capitals runs; linear.
 */
export function capitalRepeatsOfFoundNames(text: string, found: readonly Entity[]): Entity[] {
  const words = new Set<string>();
  for (const e of found)
    if (e.type === 'PERSON' && e.end - e.start <= 60)
      for (const w of text.slice(e.start, e.end).split(/[^\p{L}'’-]+/u))
        if (w.length > 1 && !isCommonWord(w) && !isDictionaryWord(w)) words.add(w.toUpperCase());
  if (words.size === 0) return [];
  const out: Entity[] = [];
  let taken: Uint8Array | undefined;
  CAPITALS_RUN.lastIndex = 0;
  for (let m = CAPITALS_RUN.exec(text); m; m = CAPITALS_RUN.exec(text)) {
    if (!m[0].split(/[ \t]+/).every((w) => words.has(w))) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!taken) {
      taken = new Uint8Array(text.length);
      for (const e of found) if (e.type === 'PERSON') taken.fill(1, e.start, e.end);
    }
    // Already found whole: nothing to add.
    if (!taken.subarray(start, end).includes(0)) continue;
    out.push({ type: 'PERSON', start, end, score: 0.8 });
  }
  return out;
}
/** Two to four words in capitals, each bounded (hyphen- and apostrophe-joined parts): no backtracking between them. */
const CAPITALS_RUN = /(?<![\p{L}])\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:[ \t]+\p{Lu}{2,}(?:['’-]\p{Lu}+)*){1,3}(?![\p{L}])/gu;
