// Set 14 first: earlier sets read the overlap helpers while earlier-test-sets.ts loads, so it must be
// entered through them, never from here first (a cycle of imports).
import '../privacy-testset14/index.js';
import { letterWordOverlap, sharedWithSetsBefore } from '../earlier-test-sets.js';
import { CANDIDATES } from './candidates.js';

/** Name words not counted as a person's own (joined family names, patronymic markers). */
export const PARTICLES: ReadonlySet<string> = new Set(['mac', 'van', 'von', 'der', 'den', 'giolla']);

type Cultures = Record<string, { given: readonly string[]; family: readonly string[] }>;

const candidateWords = letterWordOverlap(15, CANDIDATES, PARTICLES);
export const words = candidateWords.words;

let kept: Cultures | undefined;

/**
 * The name lists left after dropping every candidate that shares a word with a PERSON label of sets
 * 1 to 14, the development set or the corpus, and every culture then left with fewer than four given
 * or four family names.
 */
export function cultures(): Cultures {
  if (kept) return kept;
  const shared = new Set(candidateWords.sharedWithEarlierSets().shared);
  const fresh = (name: string) => words(name).every((w) => !shared.has(w));
  kept = {};
  for (const [culture, { given, family }] of Object.entries(CANDIDATES)) {
    const g = given.filter(fresh);
    const f = family.filter(fresh);
    if (g.length >= 4 && f.length >= 4) kept[culture] = { given: g, family: f };
  }
  return kept;
}

/** Which of the kept list's words (or of `names`) an earlier set holds: only those words are returned. */
export function sharedWithEarlierSets(names?: string[]): { shared: string[]; total: number } {
  const list = cultures();
  const own = names ?? Object.values(list).flatMap((c) => [...c.given, ...c.family]);
  return sharedWithSetsBefore(15, own, words);
}
