import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 11, German first. */
export const HAND_WRITTEN_11 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 11: hand-written documents of public and non-profit life (social services,
 * refugee counselling, a parish office, a hospice and care homes, university examination offices, a
 * volunteer fire brigade, food banks, a housing co-operative, youth welfare, a blood service; in Germany,
 * the UK, Ireland and the US), plus `generatedCount` letters from a mail merge with a broken data source
 * (generated.ts), the same for the same seed. Written apart from the detectors (never read) and from
 * every detection figure, with its own names, markup and random generator (taus88). Score it once.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 8 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 2 PHONE_NUMBER labels removed.
 */
export function privacyTestSet11(generatedCount = 154, seed = 11_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_11.map((doc, i): TestDocument => ({
    id: `hand11-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen11-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
