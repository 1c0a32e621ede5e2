import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Prng } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 3, German first. */
export const HAND_WRITTEN = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 3: hand-written documents plus `generatedPerLanguage` German and as
 * many English documents from this set's own generator, the same for the same seed. Written without looking at the detectors or
 * at any detection figure, with its own templates, name lists, value writings and random
 * generator. Score it once, at the end of a round; never tune on it.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 3 labels removed.
 */
export function privacyTestSet3(generatedPerLanguage = 120, seed = 3_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN.map((doc, i): TestDocument => ({
    id: `hand3-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, new Prng(seed ^ (i * 7919))),
  }));
  const made = generated(2 * generatedPerLanguage, seed).map((doc, i): TestDocument => ({
    id: `gen3-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
