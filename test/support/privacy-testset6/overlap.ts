import { privacyCorpus } from '../privacy-corpus.js';
import { privacyDevset } from '../privacy-devset.js';
import { privacyTestSet } from '../privacy-testset/index.js';
import { privacyTestSet2 } from '../privacy-testset2/index.js';
import { privacyTestSet3 } from '../privacy-testset3/index.js';
import { privacyTestSet4 } from '../privacy-testset4/index.js';
import { privacyTestSet5 } from '../privacy-testset5/index.js';
import { CULTURES } from './names.js';

/** Name particles every culture shares; they do not count as a name word of their own. */
export const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'la',
  'le',
  'del',
  'da',
  'di',
  'dos',
  'von',
  'zu',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'abu',
  'ni',
  'mac',
  'mc',
]);

/** Lower-case name words of a string (hyphens and apostrophes split, particles kept for the caller to drop). */
export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0);

let earlier: Set<string> | undefined;
/** Name words of every PERSON label in sets 1 to 5, the development set and the corpus (read, never printed). */
export function earlierNameWords(): Set<string> {
  if (earlier) return earlier;
  const docs = [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...privacyTestSet4(),
    ...privacyTestSet5(),
    ...privacyDevset(),
    ...privacyCorpus(),
  ];
  earlier = new Set(
    docs.flatMap((doc) =>
      doc.entities.filter((e) => e.type === 'PERSON').flatMap((e) => words(doc.text.slice(e.start, e.end))),
    ),
  );
  return earlier;
}

/** This set's own name words (all cultures' given and family names). */
export function ownNameWords(): string[] {
  const all = Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(words));
  return [...new Set(all)].filter((w) => w.length > 2 && !PARTICLES.has(w));
}

/** Which of the given name words (default: the lists) also occur as name words in an earlier set. */
export function sharedWithEarlierSets(names: string[] = ownNameWords()): { shared: string[]; total: number } {
  const before = earlierNameWords();
  return { shared: names.filter((w) => before.has(w)), total: names.length };
}
