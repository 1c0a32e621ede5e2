import { generated } from './generated.js';
import { HAND_WRITTEN } from './handwritten.js';
import { readMarkup, type TestDocument } from './markup.js';
import { Rng } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/**
 * Held-out privacy test set 2: hand-written documents plus `generatedPerLanguage` generated ones per
 * language, the same for the same seed. Written after the second round of detector work with other
 * templates, other name lists, other value formats and another random generator than the
 * development sets and test set 1. Scored once, at the end; never tune on it.
 */
export function privacyTestSet2(generatedPerLanguage = 100, seed = 20261203): TestDocument[] {
  const g = new Rng(seed);
  const hand = HAND_WRITTEN.map((d, i): TestDocument => ({
    id: `hand2-${i}`,
    lang: d.lang,
    origin: 'hand',
    kind: d.kind,
    ...readMarkup(d.source, g),
  }));
  const made = generated(generatedPerLanguage, seed).map((d): TestDocument => ({ ...d, origin: 'generated' }));
  return [...hand, ...made];
}
