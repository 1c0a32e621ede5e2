import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 15, German first. */
export const HAND_WRITTEN_15 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 15: hand-written documents of utilities, insurance, banking advice and
 * agriculture (an energy and water supplier, a telecom provider, insurers and loss adjusters, a bank's
 * advice desk, farms, co-operatives and farm-animal vets; in DE, AT, CH, LU, German-speaking BE, the UK,
 * IE, the US and NZ), plus `generatedCount` conversations as a RAG ingest sees them when it exports
 * messaging and mail systems, the same for the same seed. Written apart from the detectors, with its
 * own names, markup and random generator (Wichmann–Hill 1982).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 125 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 7 PHONE_NUMBER labels removed.
 */
export function privacyTestSet15(generatedCount = 150, seed = 15_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_15.map((doc, i): TestDocument => ({
    id: `hand15-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen15-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
