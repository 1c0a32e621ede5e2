import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Cmwc } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 17, German first. */
export const HAND_WRITTEN_17 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 17: hand-written documents of care and everyday services (care homes and
 * home nursing, pharmacies, gyms and clubs, salons, driving schools, wedding and event planners,
 * photographers, tutors, pet sitters, cleaners, removal firms; in DE, AT, CH, NL, the UK, Ireland,
 * the US, Australia, India and Kenya), plus `generatedCount` records from small business software and
 * phones as a RAG ingest exports them, the same for the same seed. Written apart from the detectors,
 * with its own names, markup and random generator (Marsaglia's CMWC4096).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 16 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 3 PHONE_NUMBER labels removed.
 */
export function privacyTestSet17(generatedCount = 150, seed = 17_2026_1204): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Cmwc(17_17);
  const hand = HAND_WRITTEN_17.map((doc, i): TestDocument => ({
    id: `hand17-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen17-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
