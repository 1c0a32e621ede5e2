// Entered through earlier-test-sets.ts first: the earlier sets read the overlap helpers while it loads.
import '../privacy-testset16/index.js';
import { letterWordOverlap } from '../earlier-test-sets.js';
import { CANDIDATES } from './candidates.js';

type Cultures = Record<string, { given: readonly string[]; family: readonly string[] }>;

/** Words not counted when comparing with earlier sets: particles of names, not names. */
export const PARTICLES: ReadonlySet<string> = new Set(['mac', 'ní', 'ó', 'van', 'de', 'al']);

const candidateWords = letterWordOverlap(17, CANDIDATES, PARTICLES);
export const words = candidateWords.words;

let kept: Cultures | undefined;

/** The candidates without any that share a word with earlier sets; a culture with under four of either dropped. */
export function cultures(): Cultures {
  if (kept) return kept;
  const shared = new Set(candidateWords.sharedWithEarlierSets().shared);
  const clean = (names: readonly string[]) => names.filter((n) => words(n).every((w) => !shared.has(w)));
  const out: Cultures = {};
  for (const [name, c] of Object.entries(CANDIDATES)) {
    const given = clean(c.given);
    const family = clean(c.family);
    if (given.length >= 4 && family.length >= 4) out[name] = { given, family };
  }
  kept = out;
  return out;
}

export function sharedWithEarlierSets(names?: string[]): { shared: string[]; total: number } {
  const list = names ?? [
    ...new Set(Object.values(cultures()).flatMap((c) => [...c.given, ...c.family].flatMap(words))),
  ];
  return candidateWords.sharedWithEarlierSets(list);
}
