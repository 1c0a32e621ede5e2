import { privacyCorpus } from './privacy-corpus.js';
import { privacyDevset } from './privacy-devset.js';
import { privacyTestSet } from './privacy-testset/index.js';
import { privacyTestSet2 } from './privacy-testset2/index.js';
import { privacyTestSet3 } from './privacy-testset3/index.js';
import { privacyTestSet4 } from './privacy-testset4/index.js';
import { privacyTestSet5 } from './privacy-testset5/index.js';
import { privacyTestSet6 } from './privacy-testset6/index.js';
import { privacyTestSet7 } from './privacy-testset7/index.js';
import { privacyTestSet8 } from './privacy-testset8/index.js';
import { privacyTestSet9 } from './privacy-testset9/index.js';
import { privacyTestSet10 } from './privacy-testset10/index.js';
import { privacyTestSet11 } from './privacy-testset11/index.js';
import { privacyTestSet12 } from './privacy-testset12/index.js';
import { privacyTestSet13 } from './privacy-testset13/index.js';
import { privacyTestSet14 } from './privacy-testset14/index.js';
import { privacyTestSet15 } from './privacy-testset15/index.js';
import { privacyTestSet16 } from './privacy-testset16/index.js';
import { privacyTestSet17 } from './privacy-testset17/index.js';
import { privacyTestSet18 } from './privacy-testset18/index.js';
import { privacyTestSet19 } from './privacy-testset19/index.js';
import { privacyTestSet20 } from './privacy-testset20/index.js';
import { privacyTestSet21 } from './privacy-testset21/index.js';
import { privacyTestSet22 } from './privacy-testset22/index.js';
import { privacyTestSet23 } from './privacy-testset23/index.js';
import { privacyTestSet24 } from './privacy-testset24/index.js';
import { privacyTestSet25 } from './privacy-testset25/index.js';
import { privacyTestSet26 } from './privacy-testset26/index.js';
import { privacyTestSet27 } from './privacy-testset27/index.js';
import { privacyTestSet28 } from './privacy-testset28/index.js';
import { privacyTestSet29 } from './privacy-testset29/index.js';
import { privacyTestSet30 } from './privacy-testset30/index.js';
import { privacyTestSet31 } from './privacy-testset31/index.js';
import { privacyTestSet32 } from './privacy-testset32/index.js';
import { privacyTestSet33 } from './privacy-testset33/index.js';
import { privacyTestSet34 } from './privacy-testset34/index.js';
import { privacyTestSet35 } from './privacy-testset35/index.js';
import { privacyTestSet36 } from './privacy-testset36/index.js';
import { privacyTestSet37 } from './privacy-testset37/index.js';
import { privacyTestSet38 } from './privacy-testset38/index.js';
import { privacyTestSet39 } from './privacy-testset39/index.js';
import { privacyTestSet40 } from './privacy-testset40/index.js';
import { privacyTestSet41 } from './privacy-testset41/index.js';
import { privacyTestSet42 } from './privacy-testset42/index.js';
import { privacyTestSet43 } from './privacy-testset43/index.js';
import { privacyTestSet44 } from './privacy-testset44/index.js';
import { privacyTestSet45 } from './privacy-testset45/index.js';
import { privacyTestSet46 } from './privacy-testset46/index.js';
import { privacyTestSet47 } from './privacy-testset47/index.js';
import { privacyTestSet48 } from './privacy-testset48/index.js';
import { privacyTestSet49 } from './privacy-testset49/index.js';
import { privacyTestSet50 } from './privacy-testset50/index.js';

/** A labelled document of any privacy set, as far as the overlap checks read it. */
export interface LabelledText {
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/** The test sets in the order they were written (set 1 first). */
const TEST_SETS: (() => LabelledText[])[] = [
  privacyTestSet,
  privacyTestSet2,
  privacyTestSet3,
  privacyTestSet4,
  privacyTestSet5,
  privacyTestSet6,
  privacyTestSet7,
  privacyTestSet8,
  privacyTestSet9,
  privacyTestSet10,
  privacyTestSet11,
  privacyTestSet12,
  privacyTestSet13,
  privacyTestSet14,
  privacyTestSet15,
  privacyTestSet16,
  privacyTestSet17,
  privacyTestSet18,
  privacyTestSet19,
  privacyTestSet20,
  privacyTestSet21,
  privacyTestSet22,
  privacyTestSet23,
  privacyTestSet24,
  privacyTestSet25,
  privacyTestSet26,
  privacyTestSet27,
  privacyTestSet28,
  privacyTestSet29,
  privacyTestSet30,
  privacyTestSet31,
  privacyTestSet32,
  privacyTestSet33,
  privacyTestSet34,
  privacyTestSet35,
  privacyTestSet36,
  privacyTestSet37,
  privacyTestSet38,
  privacyTestSet39,
  privacyTestSet40,
  privacyTestSet41,
  privacyTestSet42,
  privacyTestSet43,
  privacyTestSet44,
  privacyTestSet45,
  privacyTestSet46,
  privacyTestSet47,
  privacyTestSet48,
  privacyTestSet49,
  privacyTestSet50,
];

/** The documents of test sets 1 to `set` - 1: what a newer held-out set must not repeat. */
export function testSetsBefore(set: number): LabelledText[] {
  return TEST_SETS.slice(0, set - 1).flatMap((load) => load());
}

/** Earlier sets' name words, per splitting rule and set (each set splits names its own way). */
const nameWords = new Map<(name: string) => string[], Map<number, Set<string>>>();

/**
 * Which of `names`' words (split by the set's own `words`, which also leaves out what that set does
 * not count) occur in a PERSON label of test sets 1 to `set` - 1, the development set or the corpus.
 * Only the shared words are returned, so a writer can print them without seeing the earlier sets.
 */
export function sharedWithSetsBefore(
  set: number,
  names: string[],
  words: (name: string) => string[],
): { shared: string[]; total: number } {
  const bySet = nameWords.get(words) ?? new Map<number, Set<string>>();
  nameWords.set(words, bySet);
  let earlier = bySet.get(set);
  if (!earlier) {
    const docs = [...testSetsBefore(set), ...privacyDevset(), ...privacyCorpus()];
    earlier = new Set(
      docs.flatMap((d) =>
        d.entities.filter((e) => e.type === 'PERSON').flatMap((e) => words(d.text.slice(e.start, e.end))),
      ),
    );
    bySet.set(set, earlier);
  }
  const own = [...new Set(names.flatMap(words))];
  return { shared: own.filter((w) => earlier.has(w)), total: own.length };
}

/**
 * The overlap checks of a set whose name words are its names split at anything but letters, with
 * particles and one- or two-letter words left out (sets 9 and 10): how words are counted, this set's
 * list words, and which of them earlier sets hold.
 */
export function letterWordOverlap(
  set: number,
  cultures: Record<string, { given: readonly string[]; family: readonly string[] }>,
  particles: ReadonlySet<string>,
) {
  const words = (name: string): string[] =>
    name
      .toLowerCase()
      .split(/[^\p{L}\p{M}]+/u)
      .filter((w) => w.length > 2 && !particles.has(w));
  const listWords = (): string[] => [
    ...new Set(Object.values(cultures).flatMap((c) => [...c.given, ...c.family].flatMap(words))),
  ];
  const sharedWithEarlierSets = (names: string[] = listWords()) => sharedWithSetsBefore(set, names, words);
  return { words, listWords, sharedWithEarlierSets };
}

/** A culture's hand-typed name lists: given names and family names. */
export interface TypedCulture {
  given: readonly string[];
  family: readonly string[];
}

/**
 * The culture-keeping checks of a set whose lists are typed by hand (sets 19 on), split as
 * `letterWordOverlap` splits them. `cultures()` drops every typed name that shares a word with a
 * PERSON label of an earlier set (or the development set or corpus) and every culture left with fewer
 * than four given or four family names; it reads the earlier sets only on its first call (a set's
 * module calls this at load, while earlier-test-sets may still be loading) and keeps the answer.
 */
export function keptCultures(set: number, typed: Record<string, TypedCulture>, particles: ReadonlySet<string>) {
  const overlap = letterWordOverlap(set, typed, particles);
  const { words } = overlap;
  let kept: Record<string, TypedCulture> | undefined;

  /** The typed cultures without the names earlier sets used; cultures left too thin are dropped. */
  const cultures = (): Record<string, TypedCulture> => {
    if (kept) return kept;
    const shared = new Set(overlap.sharedWithEarlierSets().shared);
    const clean = (names: readonly string[]) => names.filter((n) => !words(n).some((w) => shared.has(w)));
    kept = {};
    for (const [name, c] of Object.entries(typed)) {
      const given = clean(c.given);
      const family = clean(c.family);
      if (given.length >= 4 && family.length >= 4) kept[name] = { given, family };
    }
    return kept;
  };

  /** Every kept name, for the writer to pick hand-written names from. */
  const keptNames = (): string[] => Object.values(cultures()).flatMap((c) => [...c.given, ...c.family]);

  /** Which words of `names` (default: the lists as kept) earlier sets hold. */
  const sharedWithEarlierSets = (names?: string[]): { shared: string[]; total: number } =>
    overlap.sharedWithEarlierSets(names ?? keptNames());

  /** How many typed names each culture keeps (for the writer: counts only, no earlier names). */
  const keptCounts = (): Record<string, string> => {
    const all = cultures();
    return Object.fromEntries(
      Object.entries(typed).map(([k, c]) => [
        k,
        all[k] ? `${all[k].given.length}/${c.given.length} ${all[k].family.length}/${c.family.length}` : 'dropped',
      ]),
    );
  };

  /** The typed list words earlier sets hold (for the writer: print only these). */
  const sharedTyped = (): string[] => overlap.sharedWithEarlierSets().shared;

  return { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped };
}
