import { forgetAfterEachScan } from './per-scan-caches.js';
import { byFirstLetter } from './letters.js';

/**
 * Case-insensitive keyword patterns that several detectors search the whole text for
 * (confidentiality markings, address labels, birth labels), found in ONE pass per text instead of
 * one pass each. A pattern pass costs about a nanosecond per character however little it finds;
 * one pass over the patterns' prefixes, grouped by first letter, costs about as much as the
 * costliest of them alone (measured: 22 ms instead of 29 ms for the three on 8 MB).
 *
 * Exact, not a heuristic: a pattern searched from `from` (global, `lastIndex = from`) finds its
 * leftmost match at a place >= from, and whether it matches at a place depends on the text and the
 * place only (a lookbehind or `\b` reads the characters before it, wherever the search began). So
 * the pattern, made sticky, is tried at every place where one of its prefixes matches (a condition
 * every match meets), and `matchFrom` hands out the first match at or after `from`: what the
 * pattern's own `exec` with that `lastIndex` returns. A reader that moves `lastIndex` on
 * (past a finding) asks `matchFrom` with that place.
 */
export class KeywordPattern {
  /** The pattern as given, sticky: tried at the places the shared pass finds. */
  readonly sticky: RegExp;
  /** The lower-case ASCII letters its prefixes begin with, as bits (a = bit 0). */
  readonly firstLetters: number;

  /**
   * `pattern` is case-insensitive and not in Unicode mode (the prefixes are searched the same way);
   * `prefixes` are pattern pieces in lower case, each beginning with an ASCII letter, and every match
   * of `pattern` begins with a match of one of them.
   */
  constructor(
    pattern: RegExp,
    readonly prefixes: readonly string[],
  ) {
    if (!pattern.ignoreCase || pattern.unicode || pattern.flags.includes('v'))
      throw new Error(`KeywordPattern: ${pattern} must be case-insensitive and not in Unicode mode`);
    let letters = 0;
    for (const prefix of prefixes) {
      if (!/^[a-z]/.test(prefix))
        throw new Error(`KeywordPattern: prefix ${prefix} must begin with a lower-case letter`);
      letters |= 1 << (prefix.charCodeAt(0) - 97);
    }
    this.sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    this.firstLetters = letters;
    PATTERNS.push(this);
    // A pattern added later (a module loaded after the first scan) is searched from the next text on.
    candidates = undefined;
    lastText = undefined;
  }

  /** The first match at or after `from` in `text`, or null: what a global search from `from` finds. */
  matchFrom(text: string, from: number): RegExpExecArray | null {
    const found = matchesIn(text)[PATTERNS.indexOf(this)];
    // A binary search for the first place at or after `from`; the match itself is made again there
    // (one sticky exec), so the pass keeps numbers, not a match object per place.
    let low = 0;
    let high = found.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (found[mid] < from) low = mid + 1;
      else high = mid;
    }
    if (low === found.length) return null;
    this.sticky.lastIndex = found[low];
    return this.sticky.exec(text);
  }
}

const PATTERNS: KeywordPattern[] = [];
/** Every prefix of every pattern, grouped by first letter (built when first needed, after all patterns are known). */
let candidates: RegExp | undefined;
let lastText: string | undefined;
/** Per pattern, in the order of PATTERNS: every place it matches in `lastText`, in order. */
let lastMatches: number[][] = [];

/**
 * Where each pattern matches in the text, per pattern in the order they were made, found in one
 * pass (kept for the last text, until `forgetKeywordMatches`: the detectors of one scan share it).
 */
export function matchesIn(text: string): number[][] {
  if (lastText === text) return lastMatches;
  candidates ??= new RegExp(byFirstLetter([...new Set(PATTERNS.flatMap((p) => p.prefixes))]), 'gi');
  const found: number[][] = PATTERNS.map(() => []);
  candidates.lastIndex = 0;
  for (let hit = candidates.exec(text); hit; hit = candidates.exec(text)) {
    const at = hit.index;
    // The prefixes begin with ASCII letters: the place's letter, in lower case, says whose prefix it can be.
    const letter = 1 << ((text.charCodeAt(at) | 32) - 97);
    for (let p = 0; p < PATTERNS.length; p++) {
      const pattern = PATTERNS[p];
      if ((pattern.firstLetters & letter) === 0) continue;
      pattern.sticky.lastIndex = at;
      if (pattern.sticky.test(text)) found[p].push(at);
    }
    // The next place right after this one: prefixes of other patterns may start inside this one.
    candidates.lastIndex = at + 1;
  }
  lastText = text;
  lastMatches = found;
  return found;
}

/** Lets go of the last text and its places: a scan calls it when done, so no caller's text stays reachable. */
export function forgetKeywordMatches(): void {
  lastText = undefined;
  lastMatches = [];
}
forgetAfterEachScan(forgetKeywordMatches);
