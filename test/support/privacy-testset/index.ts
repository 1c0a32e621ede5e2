import { generatedDocuments } from './generated.js';
import { HAND_DOCUMENTS } from './handwritten.js';
import { parseMarkup, type TestDocument } from './markup.js';
import { Random } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/**
 * The held-out privacy test set: the hand-written documents plus `generatedPerLanguage` generated
 * ones per language, the same for the same seed. Written by a different generator, with other
 * layouts and other name sources than the development set (`privacy-corpus.ts`); score detectors
 * on it only at the end of a piece of work, never tune on it.
 */
export function privacyTestSet(generatedPerLanguage = 200, seed = 20261202): TestDocument[] {
  const r = new Random(seed);
  const hand = HAND_DOCUMENTS.map((d, i): TestDocument => ({
    id: `hand-${i}`,
    lang: d.lang,
    origin: 'hand',
    kind: d.kind,
    ...parseMarkup(d.source, r),
  }));
  const generated = generatedDocuments(generatedPerLanguage, seed).map((d): TestDocument => ({
    ...d,
    origin: 'generated',
  }));
  return [...hand, ...generated];
}
