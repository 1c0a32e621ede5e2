import { CANDIDATES, PARTICLES } from './candidates.js';
import { DROPPED } from './dropped.js';

export { PARTICLES };

const letterWords = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0);
const kept = (name: string) => !letterWords(name).some((w) => DROPPED.has(w));

/** Fewer names than this left in a culture after the drop: the culture is left out altogether. */
const LEAST_PER_CULTURE = 4;

/** Set 12's name lists: the candidates without any that shares a word with an earlier set. */
export const CULTURES: Record<string, { given: readonly string[]; family: readonly string[] }> = Object.fromEntries(
  Object.entries(CANDIDATES)
    .map(
      ([culture, { given, family }]) => [culture, { given: given.filter(kept), family: family.filter(kept) }] as const,
    )
    .filter(([, c]) => c.given.length >= LEAST_PER_CULTURE && c.family.length >= LEAST_PER_CULTURE),
);
