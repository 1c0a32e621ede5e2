import { privacyCorpus } from '../privacy-corpus.js';
import { privacyDevset } from '../privacy-devset.js';
import { privacyTestSet } from '../privacy-testset/index.js';
import { privacyTestSet2 } from '../privacy-testset2/index.js';
import { privacyTestSet3 } from '../privacy-testset3/index.js';
import { privacyTestSet4 } from '../privacy-testset4/index.js';
import { privacyTestSet5 } from '../privacy-testset5/index.js';
import { privacyTestSet6 } from '../privacy-testset6/index.js';
import { privacyTestSet7 } from '../privacy-testset7/index.js';
import { privacyTestSet8 } from '../privacy-testset8/index.js';
import { CULTURES, PARTICLES } from './names.js';

/** The lower-case words of a name, particles and one- or two-letter words left out. */
export const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 2 && !PARTICLES.has(w));

/** Every name word of this set's lists. */
export const listWords = (): string[] => [
  ...new Set(Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(words))),
];

let earlier: Set<string> | undefined;

/** The name words of every PERSON label in sets 1 to 8, the development set and the corpus. */
function earlierWords(): Set<string> {
  if (earlier) return earlier;
  const docs: { text: string; entities: { type: string; start: number; end: number }[] }[] = [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...privacyTestSet4(),
    ...privacyTestSet5(),
    ...privacyTestSet6(),
    ...privacyTestSet7(),
    ...privacyTestSet8(),
    ...privacyDevset(),
    ...privacyCorpus(),
  ];
  earlier = new Set(
    docs.flatMap((d) =>
      d.entities.filter((e) => e.type === 'PERSON').flatMap((e) => words(d.text.slice(e.start, e.end))),
    ),
  );
  return earlier;
}

/** Which of the names' words (default: this set's lists) occur in a PERSON label of an earlier set. */
export function sharedWithEarlierSets(names: string[] = listWords()): { shared: string[]; total: number } {
  const seen = earlierWords();
  const all = [...new Set(names.flatMap(words))];
  return { shared: all.filter((w) => seen.has(w)), total: all.length };
}
