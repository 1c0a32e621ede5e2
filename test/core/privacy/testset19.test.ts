import { HAND_WRITTEN_19, privacyTestSet19 } from '../../support/privacy-testset19/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset19/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset19/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 19,
  docs: privacyTestSet19,
  handWritten: HAND_WRITTEN_19,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(19),
  least: {
    hand: 66,
    generated: 160,
    handPerLanguage: 33,
    generatedPerLanguage: 75,
    handKinds: 66,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 300,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: ORCID iDs (16 digits in groups, like a card),
  // trial registry numbers and ISBNs.
  lookAlikes: [/\b0000-000\d-\d{4}-\d{3}[\dX]\b/, /\bNCT0\d{7}\b/, /\bISBN 978-[\d-]{13}\b/],
});
