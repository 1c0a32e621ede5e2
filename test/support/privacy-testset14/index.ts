import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 14, German first. */
export const HAND_WRITTEN_14 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 14: hand-written documents of education, childcare, research and housing
 * (school offices, Kitas and nurseries, universities, language schools, research studies, student
 * residences, property managers, housing co-operatives, letting agents; in DE, AT, CH, UK, IE, CA, AU and
 * IN), plus `generatedCount` documents as office/RAG converters turn .docx, .xlsx and .pptx files into
 * Markdown, the same for the same seed. Written apart from the detectors, with its own names, markup
 * and random generator (Marsaglia's xorwow).
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 18 labels removed.
 * Round 32: organisations' service numbers and switchboards (freephone, shared-cost, a Zentrale "…-0",
 *   a firm's line beside its role mailbox) unlabelled (the convention of sets 21 on); 3 PHONE_NUMBER labels removed.
 */
export function privacyTestSet14(generatedCount = 150, seed = 14_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_14.map((doc, i): TestDocument => ({
    id: `hand14-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen14-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
