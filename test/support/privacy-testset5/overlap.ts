import { privacyDevset } from '../privacy-devset.js';
import { privacyTestSet } from '../privacy-testset/index.js';
import { privacyTestSet2 } from '../privacy-testset2/index.js';
import { privacyTestSet3 } from '../privacy-testset3/index.js';
import { privacyTestSet4 } from '../privacy-testset4/index.js';
import { CULTURES } from './names.js';

/** Lower-case words of a name, particles and initials kept (the check is on whole words). */
export const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[\s,/-]+/u)
    .map((w) => w.replace(/^[.'’]+|[.'’]+$/g, ''))
    .filter((w) => w.length > 1);

export const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'la',
  'del',
  'dos',
  'da',
  'ter',
  'ten',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'von',
  'zu',
  'mac',
  'ní',
  'lo',
  'abu',
  'ó',
]);

/** Every word of this set's name lists, particles left out. */
export function ownNameWords(): string[] {
  const all = Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family]);
  return [...new Set(all.flatMap(words))].filter((w) => !PARTICLES.has(w));
}

/** Words of every PERSON span in sets 1 to 4 and the development set (read at run time, never printed). */
export function earlierNameWords(): Set<string> {
  const out = new Set<string>();
  const docs = [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...privacyTestSet4(),
    ...privacyDevset(),
  ];
  for (const doc of docs)
    for (const e of doc.entities)
      if (e.type === 'PERSON') for (const w of words(doc.text.slice(e.start, e.end))) out.add(w);
  return out;
}

/** The given words that also occur as name words in an earlier set (only these may be shown). */
export function sharedWithEarlierSets(mine = ownNameWords()): { shared: string[]; total: number } {
  const earlier = earlierNameWords();
  return { shared: mine.filter((w) => earlier.has(w)), total: mine.length };
}
