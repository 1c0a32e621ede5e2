import { HAND_WRITTEN_17, privacyTestSet17 } from '../../support/privacy-testset17/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset17/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset17/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 17,
  docs: privacyTestSet17,
  handWritten: HAND_WRITTEN_17,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(17),
  least: {
    hand: 62,
    generated: 150,
    handPerLanguage: 31,
    generatedPerLanguage: 70,
    handKinds: 62,
    generatedKinds: 11,
    cultures: 35,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 35,
  },
  // Look-alikes both halves carry: pharmacy article numbers and booking numbers, never labelled.
  lookAlikes: [/\bPZN \d{8}\b/, /\bBK-\d{5}\b/],
});
