import { HAND_WRITTEN_9, privacyTestSet9 } from '../../support/privacy-testset9/index.js';
import { CODES, MARK } from '../../support/privacy-testset9/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset9/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset9/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 9,
  docs: privacyTestSet9,
  handWritten: HAND_WRITTEN_9,
  markup: { mark: MARK, codes: CODES, brackets: /[⁅⁆]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(9),
  least: {
    hand: 60,
    generated: 140,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 70,
    generatedKinds: 8,
    cultures: 35,
    namesPerCulture: 3,
    distinctGeneratedNames: 300,
    generatedCultures: 30,
  },
  // Look-alikes every migration dump carries: batch ids and schema revisions.
  lookAlikes: [/\bMIGR-2026\d{2}-[A-Z]{2}\d{3}\b/, /\bschema_rev\b/],
});
