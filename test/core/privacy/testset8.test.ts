import { privacyTestSet } from '../../support/privacy-testset/index.js';
import { privacyTestSet2 } from '../../support/privacy-testset2/index.js';
import { privacyTestSet3 } from '../../support/privacy-testset3/index.js';
import { privacyTestSet4 } from '../../support/privacy-testset4/index.js';
import { privacyTestSet5 } from '../../support/privacy-testset5/index.js';
import { privacyTestSet6 } from '../../support/privacy-testset6/index.js';
import { privacyTestSet7 } from '../../support/privacy-testset7/index.js';
import { HAND_WRITTEN_8, privacyTestSet8 } from '../../support/privacy-testset8/index.js';
import { CODES, MARK } from '../../support/privacy-testset8/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset8/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset8/overlap.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 8,
  docs: privacyTestSet8,
  handWritten: HAND_WRITTEN_8,
  markup: { mark: MARK, codes: CODES, brackets: /[⟦⟧]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...privacyTestSet4(),
    ...privacyTestSet5(),
    ...privacyTestSet6(),
    ...privacyTestSet7(),
  ],
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
