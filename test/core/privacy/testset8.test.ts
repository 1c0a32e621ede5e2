import { HAND_WRITTEN_8, privacyTestSet8 } from '../../support/privacy-testset8/index.js';
import { CODES, MARK } from '../../support/privacy-testset8/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset8/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset8/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 8,
  docs: privacyTestSet8,
  handWritten: HAND_WRITTEN_8,
  markup: { mark: MARK, codes: CODES, brackets: /[⟦⟧]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(8),
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
  // Look-alikes the form dumps and desk documents carry in every run: case numbers and form versions.
  lookAlikes: [/\bSD-2026\d{2}-\d{5}\b/, /\bform_version\b/],
});
