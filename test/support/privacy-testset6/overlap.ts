import { sharedWithSetsBefore } from '../earlier-test-sets.js';
import { CULTURES } from './names.js';

/** Name particles every culture shares; they do not count as a name word of their own. */
export const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'la',
  'le',
  'del',
  'da',
  'di',
  'dos',
  'von',
  'zu',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'abu',
  'ni',
  'mac',
  'mc',
]);

/** Lower-case name words of a string (hyphens and apostrophes split, particles kept for the caller to drop). */
export const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0);

/** This set's own name words (all cultures' given and family names). */
export function ownNameWords(): string[] {
  return [...new Set(Object.values(CULTURES).flatMap((c) => [...c.given, ...c.family].flatMap(counted)))];
}

/** The words overlap counts: longer than two letters, particles left out. */
const counted = (s: string): string[] => words(s).filter((w) => w.length > 2 && !PARTICLES.has(w));

/** Which of the given name words (default: the lists) also occur as name words in an earlier set. */
export function sharedWithEarlierSets(names: string[] = ownNameWords()): { shared: string[]; total: number } {
  return sharedWithSetsBefore(6, names, counted);
}
