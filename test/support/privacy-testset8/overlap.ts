import { privacyCorpus } from '../privacy-corpus.js';
import { privacyDevset } from '../privacy-devset.js';
import { privacyTestSet } from '../privacy-testset/index.js';
import { privacyTestSet2 } from '../privacy-testset2/index.js';
import { privacyTestSet3 } from '../privacy-testset3/index.js';
import { privacyTestSet4 } from '../privacy-testset4/index.js';
import { privacyTestSet5 } from '../privacy-testset5/index.js';
import { privacyTestSet6 } from '../privacy-testset6/index.js';
import { privacyTestSet7 } from '../privacy-testset7/index.js';
import { CULTURES, PARTICLES } from './names.js';

/** The name words of a name, lower case, split at spaces, hyphens and apostrophes. */
export const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s\-'’,.]+/)
    .filter((w) => w.length > 0);

let earlier: Set<string> | undefined;
/** Name words of every PERSON label of sets 1 to 7, the development set and the corpus (never printed). */
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

/** Which of the name words (default: set 8's lists) earlier sets also hold; only those are returned. */
export function sharedWithEarlierSets(names?: string[]): { shared: string[]; total: number } {
  const own = names ?? Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(words));
  const unique = [...new Set(own.flatMap(words))].filter((w) => w.length > 2 && !PARTICLES.has(w));
  const seen = earlierWords();
  return { shared: unique.filter((w) => seen.has(w)), total: unique.length };
}
