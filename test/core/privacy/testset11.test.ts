import { HAND_WRITTEN_11, privacyTestSet11 } from '../../support/privacy-testset11/index.js';
import { CODES, MARK } from '../../support/privacy-testset11/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset11/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset11/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 11,
  docs: privacyTestSet11,
  handWritten: HAND_WRITTEN_11,
  markup: { mark: MARK, codes: CODES, brackets: /[⟪⟫]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(11),
  least: {
    hand: 60,
    generated: 140,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 11,
    cultures: 35,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 35,
  },
  // Look-alikes both halves carry: the social services' file references and the food bank's receipt numbers.
  lookAlikes: [/\bSD-26-\d{4}\b/, /\bSQ-11-\d{5}\b/],
});
