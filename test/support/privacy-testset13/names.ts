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

type Cultures = Record<string, { given: readonly string[]; family: readonly string[] }>;
let kept13: Cultures | undefined;

/**
 * The cultures left after the drop, each with at least four given and four family names. Computed on first use,
 * not when the module loads: the drop reads the earlier sets, and an earlier set's structure test that loads
 * earlier-test-sets.ts first reaches this module inside that import cycle.
 */
export function cultures13(): Cultures {
  if (kept13) return kept13;
  const all = letterWordOverlap(13, CANDIDATES, PARTICLES);
  // Words of the candidates that earlier sets, the development set or the corpus hold (only these are printed).
  const shared = new Set(all.sharedWithEarlierSets().shared);
  const kept = (names: string[]) => names.filter((n) => all.words(n).every((w) => !shared.has(w)));
  kept13 = Object.fromEntries(
    Object.entries(CANDIDATES)
      .map(([culture, c]) => [culture, { given: kept(c.given), family: kept(c.family) }] as const)
      .filter(([, c]) => c.given.length >= 4 && c.family.length >= 4),
  );
  return kept13;
}

export const { words } = letterWordOverlap(13, {}, PARTICLES);
export const sharedWithEarlierSets = (names?: string[]) =>
  letterWordOverlap(13, cultures13(), PARTICLES).sharedWithEarlierSets(names);
