import { HAND_WRITTEN_12, privacyTestSet12 } from '../../support/privacy-testset12/index.js';
import { CODES, MARK } from '../../support/privacy-testset12/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset12/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset12/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 12,
  docs: privacyTestSet12,
  handWritten: HAND_WRITTEN_12,
  markup: { mark: MARK, codes: CODES, brackets: /[⁅⁆]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(12),
  least: {
    hand: 62,
    generated: 150,
    handPerLanguage: 31,
    generatedPerLanguage: 70,
    handKinds: 62,
    generatedKinds: 13,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry: the trades' job numbers, the hauliers' CMR numbers, Land Rover VINs.
  lookAlikes: [/\bJS12-\d{5}\b/, /\bCMR-12\d{6}\b/, /\bSAL[A-Z0-9]{14}\b/],
});
