import { HAND_WRITTEN_10, privacyTestSet10 } from '../../support/privacy-testset10/index.js';
import { CODES, MARK } from '../../support/privacy-testset10/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset10/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset10/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import { readSpoken } from '../../support/privacy-testset20/spoken.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  // hand10-5's caller speaks the number in words (labelled after the twenty-second round found it unlabelled).
  spoken: (type, value) => (type === 'PHONE_NUMBER' ? readSpoken(type, value) : value),
  set: 10,
  docs: privacyTestSet10,
  handWritten: HAND_WRITTEN_10,
  markup: { mark: MARK, codes: CODES, brackets: /[⟦⟧]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(10),
  least: {
    hand: 60,
    generated: 140,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 10,
    cultures: 35,
    namesPerCulture: 4,
    distinctGeneratedNames: 300,
    generatedCultures: 33,
  },
  // Look-alikes both halves carry: the firm's file references and the practices' invoice numbers.
  lookAlikes: [/\bLP-26-\d{4}\b/, /\bRG-10-\d{5}\b/],
});
