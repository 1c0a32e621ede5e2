import { HAND_WRITTEN_16, privacyTestSet16 } from '../../support/privacy-testset16/index.js';
import { CODES, MARK } from '../../support/privacy-testset16/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset16/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 16,
  docs: privacyTestSet16,
  handWritten: HAND_WRITTEN_16,
  markup: { mark: MARK, codes: CODES, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(16),
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
  // Look-alikes both halves carry: German case numbers and notary roll numbers, never labelled.
  lookAlikes: [/\bAz\. \d{1,2} [A-Z][a-z]? \d{2,4}\/26\b/, /\bUR-Nr\. \d{3,4}\/2026\b/],
});
