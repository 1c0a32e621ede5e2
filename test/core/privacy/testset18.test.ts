import assert from 'node:assert/strict';
import { HAND_WRITTEN_18, privacyTestSet18 } from '../../support/privacy-testset18/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset18/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset18/names.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 18,
  docs: privacyTestSet18,
  handWritten: HAND_WRITTEN_18,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(18),
  least: {
    hand: 66,
    generated: 150,
    handPerLanguage: 33,
    generatedPerLanguage: 75,
    handKinds: 66,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 400,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: incident numbers, IMEIs (15 digits with a Luhn
  // digit, like a card number) and MAC addresses of routers and phones.
  lookAlikes: [/\bINC\d{7}\b/, /\b35\d{13}\b/, /\b(?:[0-9A-F]{2}:){5}[0-9A-F]{2}\b/],
});

// LDIF writes a value outside printable ASCII base64 after "::"; the set's people and homes
// there are ASCII, and any other non-ASCII value (a German job title) must be encoded too.
describe('privacy test set 18: LDIF exports', () => {
  it('hold printable ASCII only, as an LDIF exporter writes them', () => {
    const exports = privacyTestSet18().filter((d) => d.kind.includes('LDIF'));
    assert.ok(exports.length > 0);
    for (const d of exports) assert.match(d.text, /^[\n -~]*$/, `${d.id} has a raw non-ASCII value`);
  });
});
