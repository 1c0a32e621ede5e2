import { privacyTestSet } from '../../support/privacy-testset/index.js';
import { privacyTestSet2 } from '../../support/privacy-testset2/index.js';
import { privacyTestSet3 } from '../../support/privacy-testset3/index.js';
import { privacyTestSet4 } from '../../support/privacy-testset4/index.js';
import { privacyTestSet5 } from '../../support/privacy-testset5/index.js';
import { privacyTestSet6 } from '../../support/privacy-testset6/index.js';
import { HAND_WRITTEN_7, privacyTestSet7 } from '../../support/privacy-testset7/index.js';
import { CODES, MARK } from '../../support/privacy-testset7/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset7/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset7/overlap.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 7,
  docs: privacyTestSet7,
  handWritten: HAND_WRITTEN_7,
  markup: { mark: MARK, codes: CODES, brackets: /[«»]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => [
    ...privacyTestSet(),
    ...privacyTestSet2(),
    ...privacyTestSet3(),
    ...privacyTestSet4(),
    ...privacyTestSet5(),
    ...privacyTestSet6(),
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
  // Its look-alikes are capitalised things (products, films, places named after people), not numbers.
  lookAlikes: [],
});
