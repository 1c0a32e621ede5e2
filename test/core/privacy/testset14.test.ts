import { HAND_WRITTEN_14, privacyTestSet14 } from '../../support/privacy-testset14/index.js';
import { CODES, MARK } from '../../support/privacy-testset14/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset14/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 14,
  docs: privacyTestSet14,
  handWritten: HAND_WRITTEN_14,
  markup: { mark: MARK, codes: CODES, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(14),
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
    generatedCultures: 30,
  },
  // Look-alikes both halves carry: meter numbers and matriculation numbers, never labelled.
  lookAlikes: [/\bZ14-\d{7}\b/, /\bMatr\.-Nr\. \d{7}\b/],
});
