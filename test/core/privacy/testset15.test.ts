import { HAND_WRITTEN_15, privacyTestSet15 } from '../../support/privacy-testset15/index.js';
import { CODES, MARK } from '../../support/privacy-testset15/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset15/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 15,
  docs: privacyTestSet15,
  handWritten: HAND_WRITTEN_15,
  markup: { mark: MARK, codes: CODES, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(15),
  least: {
    hand: 62,
    generated: 150,
    handPerLanguage: 31,
    generatedPerLanguage: 70,
    handKinds: 62,
    generatedKinds: 12,
    cultures: 35,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 35,
  },
  // Look-alikes both halves carry: meter numbers and policy numbers, never labelled.
  lookAlikes: [/\bZN15-\d{6}\b/, /\bPOL-15-\d{6}\b/],
});
