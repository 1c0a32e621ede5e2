import { HAND_WRITTEN_20, privacyTestSet20 } from '../../support/privacy-testset20/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset20/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset20/names.js';
import { Mt19937 } from '../../support/privacy-testset20/random.js';
import { readSpoken } from '../../support/privacy-testset20/spoken.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 20,
  docs: privacyTestSet20,
  handWritten: HAND_WRITTEN_20,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(20),
  least: {
    hand: 66,
    generated: 160,
    handPerLanguage: 33,
    generatedPerLanguage: 75,
    handKinds: 66,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: incident, donor and item numbers, German radio
  // callsigns of fire engines ("Florian Kiel 1/46/1", a given name in form) and rescue helicopters
  // ("Christoph 29"), and spelling-alphabet words after a spelled letter ("k wie kaufmann", "s for sugar").
  lookAlikes: [
    /\bE-20\d\d-\d{6}\b/,
    /\bflorian [a-zäöü]+ \d\/\d\d\/\d\b/,
    /\bchristoph \d{1,2}\b/,
    /\b[a-z] wie [a-zäöü]+\b/,
    /\b[a-z] for [a-z-]+\b/,
  ],
  // Numbers spoken in words are labelled as they stand; read back, they must be valid values.
  spoken: readSpoken,
});

describe('set 20 generator parts', () => {
  it('MT19937 gives the reference outputs for the default seed 5489', () => {
    const mt = new Mt19937(5489, true);
    assert.deepEqual([mt.nextU32(), mt.nextU32(), mt.nextU32()], [3499211612, 581869302, 3890346734]);
  });

  it('reads spoken values back as written: digit words run together, written groups stay, one "@"', () => {
    assert.equal(readSpoken('PHONE_NUMBER', 'oh seven seven double oh nine double four'), '07700944');
    assert.equal(readSpoken('PHONE_NUMBER', '0171 zwei drei vier'), '0171 234');
    assert.equal(readSpoken('POSTAL_ADDRESS', 'am anger 19 zwei vier eins null drei kiel'), 'am anger 19 24103 kiel');
    assert.equal(readSpoken('EMAIL_ADDRESS', 'mbarete punkt baez at gmx punkt at'), 'mbarete.baez@gmx.at');
    assert.equal(readSpoken('PERSON', 'Wanbli Two Bulls'), 'Wanbli Two Bulls');
  });
});
