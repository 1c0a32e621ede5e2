import { HAND_WRITTEN_13, privacyTestSet13 } from '../../support/privacy-testset13/index.js';
import { CODES, MARK } from '../../support/privacy-testset13/markup.js';
import { cultures13, PARTICLES, sharedWithEarlierSets, words } from '../../support/privacy-testset13/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 13,
  docs: privacyTestSet13,
  handWritten: HAND_WRITTEN_13,
  markup: { mark: MARK, codes: CODES, brackets: /[⟪⟫¦]/ },
  cultures: cultures13(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(13),
  least: {
    hand: 62,
    generated: 150,
    handPerLanguage: 31,
    generatedPerLanguage: 70,
    handKinds: 62,
    generatedKinds: 11,
    cultures: 36,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 30,
  },
  // Look-alikes both halves carry: the shops' SKUs and order numbers, never labelled.
  lookAlikes: [/\bSKU-13-\d{5}\b/, /\b(?:ORD|BST|WEB)-13\d{6}\b/],
});
