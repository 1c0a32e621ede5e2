import { sharedWithSetsBefore } from '../earlier-test-sets.js';
import { CULTURES, PARTICLES } from './names.js';

/** The lower-case name words of a name ("Owusu-Ansah" gives "owusu" and "ansah"). */
export function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{M}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 1 && !PARTICLES.has(w));
}

/** Which of the given name words (by default all of set 7's lists) occur in a name of an earlier set. */
export function sharedWithEarlierSets(candidates?: string[]): { shared: string[]; total: number } {
  const own = candidates ?? Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family]);
  return sharedWithSetsBefore(7, own, words);
}
