import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 7, German first. */
export const HAND_WRITTEN_7 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 7: hand-written documents as private people hold and send them (mail to
 * firms, forum posts, reviews, family and club chats, CVs, invitations, rosters, voicemails) and as
 * small firms write them about people (dentist, driving school, dance school, garage, hairdresser,
 * translation agency), plus `generatedCount` simulated conversations (generated.ts), the same for the
 * same seed. Written apart from the detectors (never read) and from every detection figure, with its
 * own names, values, markup and random generator (Park–Miller Lehmer). Score it once; never tune on it.
 * Round 32: organisations' role mailboxes unlabelled (the convention of sets 21 on); 2 labels removed.
 */
export function privacyTestSet7(generatedCount = 144, seed = 7_2026_1203): TestDocument[] {
  const hand = HAND_WRITTEN_7.map((doc, i): TestDocument => ({
    id: `hand7-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen7-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
