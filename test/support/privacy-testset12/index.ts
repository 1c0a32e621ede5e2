import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 12, German first. */
export const HAND_WRITTEN_12 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 12: hand-written documents of trades, transport, farming, hospitality and
 * sport (hotels, plumbers and electricians, hauliers and couriers, farms with seasonal workers, sports
 * clubs, driving schools, garages, caterers, campsites, ski and surf schools; in Germany, Austria,
 * Switzerland, the UK, Ireland, Australia and Canada), plus `generatedCount` documents as text comes out
 * of PDFs and scans (generated.ts), the same for the same seed. Written apart from the detectors (never
 * read) and from every detection figure, with its own names, markup and random generator (JSF32).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 20 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 7 PHONE_NUMBER labels removed.
 */
export function privacyTestSet12(generatedCount = 156, seed = 12_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_12.map((doc, i): TestDocument => ({
    id: `hand12-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen12-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
