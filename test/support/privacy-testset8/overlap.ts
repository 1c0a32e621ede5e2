import { sharedWithSetsBefore } from '../earlier-test-sets.js';
import { CULTURES, PARTICLES } from './names.js';

/** The name words of a name, lower case, split at spaces, hyphens and apostrophes. */
export const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s\-'’,.]+/)
    .filter((w) => w.length > 0);

/** Which of the name words (default: set 8's lists) earlier sets also hold; only those are returned. */
export function sharedWithEarlierSets(names?: string[]): { shared: string[]; total: number } {
  const own = names ?? Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(words));
  return sharedWithSetsBefore(8, own, counted);
}

/** The words overlap counts: longer than two letters, particles left out. */
const counted = (name: string): string[] => words(name).filter((w) => w.length > 2 && !PARTICLES.has(w));
