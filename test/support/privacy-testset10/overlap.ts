import { sharedWithSetsBefore } from '../earlier-test-sets.js';
import { CULTURES, PARTICLES } from './names.js';

/** The lower-case words of a name, particles and one- or two-letter words left out. */
export const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 2 && !PARTICLES.has(w));

/** Every name word of this set's lists. */
export const listWords = (): string[] => [
  ...new Set(Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(words))),
];

/** Which of the names' words (default: this set's lists) occur in a PERSON label of an earlier set. */
export function sharedWithEarlierSets(names: string[] = listWords()): { shared: string[]; total: number } {
  return sharedWithSetsBefore(10, names, words);
}
