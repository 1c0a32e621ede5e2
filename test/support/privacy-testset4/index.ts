import { generated } from './generated.js';
import { HAND_DE_1 } from './hand-de-1.js';
import { HAND_DE_2 } from './hand-de-2.js';
import { HAND_EN_1 } from './hand-en-1.js';
import { HAND_EN_2 } from './hand-en-2.js';
import { HAND_MIXED } from './hand-mixed.js';
import { readMarks, type TestDocument } from './markup.js';
import { Rng } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 4, German first. */
export const HAND_WRITTEN_4 = [...HAND_DE_1, ...HAND_DE_2, ...HAND_EN_1, ...HAND_EN_2, ...HAND_MIXED];

/**
 * Held-out privacy test set 4: hand-written documents plus `generatedCount` documents composed by
 * this set's grammar (generated.ts), the same for the same seed. Written apart from the detectors
 * (never read) and from every detection figure; its own names, values, markup and random generator.
 * Score it once, at the end of a round; never tune on it.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 22 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 3 PHONE_NUMBER labels removed.
 */
export function privacyTestSet4(generatedCount = 160, seed = 4_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_4.map((doc, i): TestDocument => ({
    id: `hand4-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, new Rng((seed + i * 40503) >>> 0)),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen4-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
