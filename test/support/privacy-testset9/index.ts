import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 9, German first. */
export const HAND_WRITTEN_9 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 9: hand-written documents from the back office of a mid-sized operations
 * company (dispatch, shift handovers, driver logs, service reports, registers, expense and travel
 * requests, HR and occupational health, pasted PDFs and spreadsheets, calendar and log exports), plus
 * `generatedCount` data-migration dumps (generated.ts) in which the same people appear several times
 * across systems, the same for the same seed. Written apart from the detectors (never read) and from
 * every detection figure, with its own names, markup and random generator (lagged Fibonacci). Score it
 * once; never tune on it.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 6 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 3 PHONE_NUMBER labels removed.
 */
export function privacyTestSet9(generatedCount = 150, seed = 9_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_9.map((doc, i): TestDocument => ({
    id: `hand9-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen9-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
