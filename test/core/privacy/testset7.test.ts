import { HAND_WRITTEN_7, privacyTestSet7 } from '../../support/privacy-testset7/index.js';
import { CODES, MARK } from '../../support/privacy-testset7/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset7/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset7/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 7,
  docs: privacyTestSet7,
  handWritten: HAND_WRITTEN_7,
  markup: { mark: MARK, codes: CODES, brackets: /[«»]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(7),
  least: {
    hand: 60,
    generated: 120,
    handPerLanguage: 28,
    generatedPerLanguage: 60,
    handKinds: 60,
    generatedKinds: 6,
    cultures: 30,
    namesPerCulture: 3,
    distinctGeneratedNames: 150,
    generatedCultures: 25,
  },
  // Its look-alikes are capitalised things (products, films, places named after people), not numbers.
  lookAlikes: [],
});
