import { letterWordOverlap } from '../earlier-test-sets.js';
import { CANDIDATES } from './candidates.js';

export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'mac',
  'del',
  'bin',
  'ibn',
  'ní',
  'ó',
]);

const all = letterWordOverlap(13, CANDIDATES, PARTICLES);
/** Words of the candidates that earlier sets, the development set or the corpus hold (only these are printed). */
const shared = new Set(all.sharedWithEarlierSets().shared);
const kept = (names: string[]) => names.filter((n) => all.words(n).every((w) => !shared.has(w)));

/** The cultures left after the drop, each with at least four given and four family names. */
export const CULTURES: Record<string, { given: readonly string[]; family: readonly string[] }> = Object.fromEntries(
  Object.entries(CANDIDATES)
    .map(([culture, c]) => [culture, { given: kept(c.given), family: kept(c.family) }] as const)
    .filter(([, c]) => c.given.length >= 4 && c.family.length >= 4),
);

export const { words, sharedWithEarlierSets } = letterWordOverlap(13, CULTURES, PARTICLES);
