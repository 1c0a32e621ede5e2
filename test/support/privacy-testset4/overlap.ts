import { privacyDevset } from '../privacy-devset.js';
import { privacyTestSet } from '../privacy-testset/index.js';
import { CULTURES as SET1 } from '../privacy-testset/names.js';
import { privacyTestSet2 } from '../privacy-testset2/index.js';
import { PEOPLE as SET2 } from '../privacy-testset2/names.js';
import { privacyTestSet3 } from '../privacy-testset3/index.js';
import { CULTURES as SET3 } from '../privacy-testset3/names.js';
import { CULTURES, NICKNAMES, WORD_NAMES } from './names.js';

/** The words of set 4's name lists (multi-word names split), lower-cased, once each. */
export function ownNameWords(): string[] {
  const lists = [...Object.values(CULTURES), WORD_NAMES];
  const all = lists.flatMap((c) => [...c.given, ...c.family]).concat(NICKNAMES.map(([, nick]) => nick));
  return [...new Set(all.flatMap(words))];
}

export const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w.length > 1);

/**
 * The words of every name the earlier sets and the development set use: their name lists and
 * every PERSON label in their documents. Only the shared words ever leave this function.
 */
export function sharedWithEarlierSets(mine = ownNameWords()): { shared: string[]; total: number } {
  const theirs = new Set<string>();
  for (const lists of [SET1, SET2, SET3])
    for (const c of Object.values(lists as Record<string, { given: string[]; family: string[] }>))
      for (const n of [...c.given, ...c.family]) for (const w of words(n)) theirs.add(w);
  const docs: { text: string; entities: { type: string; start: number; end: number }[] }[] = [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...(privacyDevset() as unknown as { text: string; entities: { type: string; start: number; end: number }[] }[]),
  ];
  for (const doc of docs)
    for (const e of doc.entities)
      if (e.type === 'PERSON')
        for (const w of words(doc.text.slice(e.start, e.end))) theirs.add(w.replace(/[.'’]+$/, ''));
  return { shared: mine.filter((w) => theirs.has(w)), total: mine.length };
}
