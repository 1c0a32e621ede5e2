import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 8, German first. */
export const HAND_WRITTEN_8 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 8: hand-written documents as a public-facing service desk receives them
 * (web-form submissions, e-mails with signatures and quoted replies, scanned letters, chatbot and call
 * transcripts, call notes, complaint forms, helpdesk tickets with logs), plus `generatedCount` "form
 * dumps" (generated.ts), the same for the same seed. Written apart from the detectors (never read) and
 * from every detection figure, with its own names, markup and random generator (PCG32). Score it once;
 * never tune on it.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 8 labels removed.
 */
export function privacyTestSet8(generatedCount = 150, seed = 8_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_8.map((doc, i): TestDocument => ({
    id: `hand8-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen8-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
