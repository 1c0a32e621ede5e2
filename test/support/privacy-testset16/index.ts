import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 16, German first. */
export const HAND_WRITTEN_16 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 16: hand-written documents of legal services and courts (a law firm, a
 * notary, civil, family and labour courts, debt counselling, a bailiff, a recruiting and temp agency,
 * a funeral home and probate; in DE, AT, CH, LI, South Tyrol, the UK incl. Scotland, the US, Canada,
 * South Africa and Singapore), plus `generatedCount` paper documents as a RAG ingest receives them
 * after scanning and OCR or PDF-to-text, the same for the same seed. Written apart from the
 * detectors, with its own names, markup and random generator (Marsaglia's KISS99).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 3 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 1 PHONE_NUMBER label removed.
 */
export function privacyTestSet16(generatedCount = 150, seed = 16_2026_1204): TestDocument[] {
  const hand = HAND_WRITTEN_16.map((doc, i): TestDocument => ({
    id: `hand16-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen16-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
