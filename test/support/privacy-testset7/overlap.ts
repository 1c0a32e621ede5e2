import { privacyCorpus } from '../privacy-corpus.js';
import { privacyDevset } from '../privacy-devset.js';
import { privacyTestSet } from '../privacy-testset/index.js';
import { privacyTestSet2 } from '../privacy-testset2/index.js';
import { privacyTestSet3 } from '../privacy-testset3/index.js';
import { privacyTestSet4 } from '../privacy-testset4/index.js';
import { privacyTestSet5 } from '../privacy-testset5/index.js';
import { privacyTestSet6 } from '../privacy-testset6/index.js';
import { CULTURES, PARTICLES } from './names.js';

/** The lower-case name words of a name ("Owusu-Ansah" gives "owusu" and "ansah"). */
export function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{M}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 1 && !PARTICLES.has(w));
}

let earlier: Set<string> | undefined;

/** Every word inside a PERSON label of sets 1 to 6, the development set and the corpus (never printed). */
function earlierNameWords(): Set<string> {
  if (earlier) return earlier;
  const docs: { text: string; entities: { type: string; start: number; end: number }[] }[] = [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...privacyTestSet4(),
    ...privacyTestSet5(),
    ...privacyTestSet6(),
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

/** Which of the given name words (by default all of set 7's lists) occur in a name of an earlier set. */
export function sharedWithEarlierSets(candidates?: string[]): { shared: string[]; total: number } {
  const mine = [
    ...new Set(candidates ?? Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(words))),
  ];
  const known = earlierNameWords();
  return { shared: mine.filter((w) => known.has(w)), total: mine.length };
}

/** How many distinct name words the earlier sets hold (a figure, no names). */
export function earlierNameWordCount(): number {
  return earlierNameWords().size;
}
