import { HAND_WRITTEN_5, privacyTestSet5 } from '../../support/privacy-testset5/index.js';
import { CODES, MARK } from '../../support/privacy-testset5/markup.js';
import { CULTURES } from '../../support/privacy-testset5/names.js';
import { PARTICLES, sharedWithEarlierSets, words } from '../../support/privacy-testset5/overlap.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 5,
  docs: privacyTestSet5,
  handWritten: HAND_WRITTEN_5,
  markup: { mark: MARK, codes: CODES, brackets: /[«»]/ },
  cultures: CULTURES,
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(5),
  least: {
    hand: 60,
    generated: 120,
    handPerLanguage: 28,
    generatedPerLanguage: 60,
    handKinds: 50,
    generatedKinds: 8,
    cultures: 25,
  },
  lookAlikes: [
    /DE\d\dZZZ0\d{10}/, // SEPA creditor identifiers
    /\bDE\d{9}\b/, // VAT ids
    /\b978-\d-\d{4}-\d{4}-\d\b/, // ISBNs
    /\b(JVGL\d{16,17}|1Z[A-Z0-9]{16})\b/, // parcel numbers
    /\b(AB|SO|ORD|BST|PO|RE|INV)-\d{6,8}\b/, // order and invoice numbers
    /\b(Version|Release|Build|v)\s?\d+\.\d+(\.\d+)?\b/, // version numbers
    /\b(GmbH|Ltd|plc|LLP|eG|KG)\b/, // company names
    /Sehr geehrte Damen und Herren|Dear Sir or Madam|Liebe Kolleginnen und Kollegen|Hallo zusammen|Hi team/,
  ],
});
