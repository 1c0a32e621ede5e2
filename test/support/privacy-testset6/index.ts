import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { SplitMix } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 6, German first. */
export const HAND_WRITTEN_6 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 6: hand-written documents as a hospital group, a municipality, a
 * logistics firm, a law office, a university, a joinery and an NGO hold them, plus `generatedCount`
 * documents rendered from drawn person records (generated.ts), the same for the same seed. Written
 * apart from the detectors (never read) and from every detection figure, with its own names, values,
 * markup and random generator (splitmix32). Score it once, at the end of a round; never tune on it.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 10 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 1 PHONE_NUMBER label removed.
 */
export function privacyTestSet6(generatedCount = 160, seed = 6_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_6.map((doc, i): TestDocument => ({
    id: `hand6-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, new SplitMix((seed ^ Math.imul(i + 1, 0x27d4eb2d)) >>> 0)),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen6-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
