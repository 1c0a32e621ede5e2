import { HAND_WRITTEN_26, privacyTestSet26 } from '../../support/privacy-testset26/index.js';
import { CODES, MARK, readBack, readMarks } from '../../support/privacy-testset26/markup.js';
import { latinUpper } from '../../support/privacy-testset26/generated.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset26/names.js';
import { Xoshiro, splitMix64 } from '../../support/privacy-testset26/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset26/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 26,
  docs: privacyTestSet26,
  handWritten: HAND_WRITTEN_26,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(26),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: GTINs in GS1 strings, PZNs, batch numbers, segment
  // headers, sender/receiver GLNs, animal microchip numbers, MRZ check digits' neighbours (document
  // type codes), study/site numbers.
  lookAlikes: [
    /\(01\)\d{14}/,
    /\bPZN \d{8}\b/,
    /\bMSH\|\^~\\&\|[A-Z_]+\|[A-Z_0-9]+\|/,
    /\bUNB\+UNOC:3\+\d{13}:14\b/,
    /\b(?:Chip|chip|microchip|Transponder) \d{3} ?\d{4} ?\d{4} ?\d{4}\b|\b(?:Chip|microchip) \d{15}\b/,
    /\b(?:Ch\.-B\.|batch|Charge|lot) [A-Z0-9]{5,7}\b/,
    /\bUDI-DI \(01\)\d{14}\b/,
  ],
  // Values stand with their format's separators and escapes; they are checked as read back.
  spoken: readBack,
});

describe('set 26 generator parts', () => {
  it('xoshiro256** gives the reference outputs from the state 1, 2, 3, 4', () => {
    const r = new Xoshiro([1n, 2n, 3n, 4n]);
    assert.deepEqual(
      Array.from({ length: 4 }, () => r.next64()),
      [11520n, 0n, 1509978240n, 1215971899390074240n],
    );
  });

  it('SplitMix64 gives the reference output from seed 1234567', () => {
    // Vigna's splitmix64.c from x = 1234567: first output 6457827717110365317.
    assert.equal(splitMix64(1234567n)[1], 6457827717110365317n);
  });

  it('a seed and stream give one sequence; another seed or stream another', () => {
    const take = (r: Xoshiro) => Array.from({ length: 40 }, () => r.below(1_000_000));
    const first = take(new Xoshiro(26));
    assert.deepEqual(take(new Xoshiro(26)), first);
    assert.notDeepEqual(take(new Xoshiro(27)), first);
    assert.notDeepEqual(take(new Xoshiro(26, 1)), first);
    const r = new Xoshiro(0);
    assert.equal(new Set(Array.from({ length: 2000 }, () => r.below(10))).size, 10);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(icaoDigit('T22000129'), 3); // German ID card specimen
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('DE', '370400440532013000'), '89');
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('marks are stripped with labels on the values as they stand, separators and escapes inside kept', () => {
    const { text, entities } = readMarks(
      `PID|1||9^^^X||⟦n:MÜLLER⟧^⟦n:ANNA⟧||⟦b:19850322⟧|||⟦h:Am Markt 4 \\T\\ 6^^Kiel^^24103⟧^DEU^H`,
    );
    assert.deepEqual(
      entities.map((e) => text.slice(e.start, e.end)),
      ['MÜLLER', 'ANNA', '19850322', 'Am Markt 4 \\T\\ 6^^Kiel^^24103'],
    );
    assert.ok(!text.includes('⟦'));
  });

  it('values read back from the format for the checks: HL7, EDIFACT, MT940 wraps, MRZ numbers', () => {
    assert.equal(readBack('POSTAL_ADDRESS', 'Am Markt 4 \\T\\ 6^^Kiel^^24103'), 'Am Markt 4 & 6 Kiel 24103');
    assert.equal(readBack('PHONE_NUMBER', '49^171^2233445'), '49 171 2233445');
    assert.equal(readBack('PHONE_NUMBER', '?+491712233445'), '+491712233445');
    assert.equal(readBack('PERSON', "O?'NEILL"), "O'NEILL");
    assert.equal(readBack('PERSON', 'WANJ\n?33IRU'), 'WANJIRU');
    assert.equal(readBack('DE_ID_CARD', 'T22000129'), 'T220001293');
    assert.equal(readBack('DE_ID_CARD', 'T220001293'), 'T220001293');
  });

  it('MRZ names are upper-case Latin letters', () => {
    assert.equal(latinUpper('Gölnur Ñukuiñe-Šołta'), 'GOELNUR NUKUINE-SOLTA');
  });
});
