import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 13, German first. */
export const HAND_WRITTEN_13 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 13: hand-written documents of retail, e-commerce and consumer services
 * (online shops' customer service, marketplace sellers, pharmacies and opticians, mobile phone shops,
 * furniture delivery, loyalty programmes, pawnshops, debt collectors, travel agencies, salons; in DE, AT,
 * CH, UK, US, NZ and ZA), plus `generatedCount` documents in the transport encodings systems export them
 * in (quoted-printable, URL-encoded forms, HTML entities, JSON escapes, CSV quoting, RFC 2047 headers),
 * the same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (Widynski's msws32).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 14 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 1 PHONE_NUMBER label removed.
 */
export function privacyTestSet13(generatedCount = 150, seed = 13_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_13.map((doc, i): TestDocument => ({
    id: `hand13-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen13-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
