import { HAND_WRITTEN_6, privacyTestSet6 } from '../../support/privacy-testset6/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset6/markup.js';
import { CULTURES } from '../../support/privacy-testset6/names.js';
import { PARTICLES, sharedWithEarlierSets, words } from '../../support/privacy-testset6/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 6,
  docs: privacyTestSet6,
  handWritten: HAND_WRITTEN_6,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟨⟩]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(6),
  least: {
    hand: 70,
    generated: 140,
    handPerLanguage: 33,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 10,
    cultures: 30,
  },
  lookAlikes: [
    /DE\d\dZZZ0\d{10}/, // SEPA creditor identifiers
    /\bDE\d{9}\b/, // VAT ids
    /\b978-\d-\d{4}-\d{4}-\d\b/, // ISBNs
    /\b(JVGL\d{16,17}|1Z[A-Z0-9]{16})\b/, // parcel numbers
    /\b(AB|BST|PO|RE|INV)-\d{6,8}\b/, // order and invoice numbers
    /\b(Version|Release|v)\s?\d+\.\d+(\.\d+)?\b/, // version numbers
    /\b(GmbH|Ltd|plc|LLP|eG|KG)\b/, // company names
    /Sehr geehrte Damen und Herren|Dear Sir or Madam|Liebe Kolleginnen und Kollegen|Hallo zusammen|Hi team/,
  ],
});
