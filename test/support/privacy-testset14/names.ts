// Set 13's module first: its names call into earlier-test-sets at load, which must be initialised by then.
import '../privacy-testset13/index.js';
import { sharedWithSetsBefore } from '../earlier-test-sets.js';
import { CANDIDATES } from './candidates.js';

/** Particles that are not names of their own: not counted as name words. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'mac',
  'van',
  'von',
  'der',
  'den',
  'ben',
  'abu',
  'al',
  'de',
  'ní',
  'ó',
]);

/** Name words as letterWordOverlap splits them: runs of letters, particles and one- or two-letter words left out. */
export const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 2 && !PARTICLES.has(w));

/** Candidate names sharing no word with earlier sets; cultures keeping fewer than four of either are dropped. */
function filtered(): Record<string, { given: string[]; family: string[] }> {
  const all = Object.values(CANDIDATES).flatMap((c) => [...c.given, ...c.family]);
  const shared = new Set(sharedWithSetsBefore(14, all, words).shared);
  const fresh = (name: string) => words(name).every((w) => !shared.has(w));
  const out: Record<string, { given: string[]; family: string[] }> = {};
  for (const [culture, c] of Object.entries(CANDIDATES)) {
    const given = c.given.filter(fresh);
    const family = c.family.filter(fresh);
    if (given.length >= 4 && family.length >= 4) out[culture] = { given, family };
  }
  return out;
}

let cached: Record<string, { given: string[]; family: string[] }> | undefined;
/** The cultures and names set 14 draws from (computed once: the check reads every earlier set). */
export function cultures(): Record<string, { given: string[]; family: string[] }> {
  cached ??= filtered();
  return cached;
}

export function sharedWithEarlierSets(names?: string[]) {
  const list = names ?? [
    ...new Set(Object.values(cultures()).flatMap((c) => [...c.given, ...c.family].flatMap(words))),
  ];
  return sharedWithSetsBefore(14, list, words);
}
