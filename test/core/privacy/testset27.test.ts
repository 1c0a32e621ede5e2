import { HAND_WRITTEN_27, privacyTestSet27 } from '../../support/privacy-testset27/index.js';
import { CODES, MARK, readMarks } from '../../support/privacy-testset27/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset27/names.js';
import { cell, wrapped } from '../../support/privacy-testset27/people.js';
import { MT64, mixSeed } from '../../support/privacy-testset27/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset27/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 27,
  docs: privacyTestSet27,
  handWritten: HAND_WRITTEN_27,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(27),
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
    generatedCultures: 38,
  },
  // Look-alikes both halves carry, never labelled: operator ids of spool reports, spool numbers, SEPA
  // creditor ids, German tax office numbers, VAT ids, US employer ids.
  lookAlikes: [
    /\bUSER: [A-Z]{2}\d{4}\b/,
    /\bSPOOL(?:-NR\.| NO\.) \d{5}\b/,
    /\bDE\d{2}ZZZ\d{11}\b/,
    /\bStNr\. \d{2,3}\/\d{3}\/\d{5}\b/,
    /\bUSt-IdNr\. DE\d{9}\b/,
    /\bEIN \d{2}-\d{7}\b/,
  ],
});

describe('set 27 generator parts', () => {
  it('MT19937-64 gives the C++ standard check: the 10000th output from the default seed 5489', () => {
    const r = new MT64(5489n);
    let v = 0n;
    for (let i = 0; i < 10000; i++) v = r.next64();
    assert.equal(v, 9981545732273789042n);
  });

  it('MT19937-64 gives the reference mt19937-64.out.txt start from init_by_array64 {0x12345, 0x23456, 0x34567, 0x45678}', () => {
    const r = MT64.fromArray([0x12345n, 0x23456n, 0x34567n, 0x45678n]);
    assert.deepEqual([r.next64(), r.next64()], [7266447313870364031n, 4946485549665804864n]);
  });

  it('a seed and stream give one sequence; another seed or stream another', () => {
    const take = (r: MT64) => Array.from({ length: 40 }, () => r.below(1_000_000));
    const first = take(new MT64(27));
    assert.deepEqual(take(new MT64(27)), first);
    assert.notDeepEqual(take(new MT64(28)), first);
    assert.notDeepEqual(take(new MT64(27, 1)), first);
    assert.notEqual(mixSeed(27, 0), mixSeed(27, 1));
    const r = new MT64(0);
    assert.equal(new Set(Array.from({ length: 2000 }, () => r.below(10))).size, 10);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(icaoDigit('T22000129'), 3);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('DE', '370400440532013000'), '89');
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('marks are stripped with labels on the shown values; padding and frames stay outside', () => {
    const { text, entities } = readMarks(`│${cell('n', 'Randriamampionona, Hery', 14)}│${cell('m', 'a.b@c.de', 4)}│`);
    assert.deepEqual(
      entities.map((e) => text.slice(e.start, e.end)),
      ['Randriamampion', 'a.b@c.de'],
    );
    assert.equal(text, '│Randriamampion│a.b@c.de │');
  });

  it('a wrapped name gives pieces that each start with a letter and end without a blank', () => {
    assert.deepEqual(wrapped('Vestergaard-Lamhauge', 12), ['Vestergaard-', 'Lamhauge']);
    assert.deepEqual(wrapped('Pillai Kottarakkara', 8), ['Pillai K', 'ottarakk', 'ara']);
  });
});
