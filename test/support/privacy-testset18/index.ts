import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Xoroshiro64 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 18, German first. */
export const HAND_WRITTEN_18 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 18: hand-written documents of IT, telecom and media (internet and
 * mobile providers, hosting and SaaS support desks, IT service firms, newspapers and magazines,
 * broadcasters, podcast and game platforms, print shops; in DE, AT, CH, the UK, Ireland, the US,
 * Canada, South Africa, Singapore, Poland, Nigeria and the Philippines), plus `generatedCount`
 * machine-format records of IT and messaging systems as a RAG ingest receives them, the same for
 * the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (xoroshiro64**).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 24 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 14 PHONE_NUMBER labels removed.
 */
export function privacyTestSet18(generatedCount = 165, seed = 18_2026_0219): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Xoroshiro64(18_18);
  const hand = HAND_WRITTEN_18.map((doc, i): TestDocument => ({
    id: `hand18-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen18-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
