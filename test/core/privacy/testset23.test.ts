import { HAND_WRITTEN_23, privacyTestSet23 } from '../../support/privacy-testset23/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset23/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset23/names.js';
import { literalMarks } from '../../support/privacy-testset23/generated.js';
import { serialDate, type Person } from '../../support/privacy-testset23/people.js';
import { ChaCha8, chachaBlock } from '../../support/privacy-testset23/random.js';
import { icaoDigit, luhnDigit, taxIdDigit } from '../../support/privacy-testset23/values.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 23,
  docs: privacyTestSet23,
  handWritten: HAND_WRITTEN_23,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(23),
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
  // Look-alikes both halves carry, never labelled: requisition numbers, cost centres, formulas that
  // build a name or a sum from cells, phone numbers lost to exponent notation, VAT ids.
  lookAlikes: [
    /\bREQ-\d{4}-\d{4}\b/,
    /\bKST-\d{4}\b/,
    /=(?:VERKETTEN|CONCATENATE)\(/,
    /=(?:SUMME|SUM)\([A-Z]+\d+:[A-Z]+\d+\)/,
    /\b\d\.\d{4}E\+\d{1,2}\b/,
    /(?:USt-IdNr\.|VAT ID:?) ?DE\d{9}\b/,
  ],
});

const hex = (words: number[]) => words.map((x) => x.toString(16).padStart(8, '0'));

describe('set 23 generator parts', () => {
  it('the ChaCha block function gives the RFC 8439 §2.3.2 test vector with 20 rounds', () => {
    const key = [0x03020100, 0x07060504, 0x0b0a0908, 0x0f0e0d0c, 0x13121110, 0x17161514, 0x1b1a1918, 0x1f1e1d1c];
    // Block counter 1, nonce 00:00:00:09:00:00:00:4a:00:00:00:00 as little-endian words.
    const block = chachaBlock(key, [0x00000001, 0x09000000, 0x4a000000, 0x00000000], 20);
    assert.deepEqual(hex(block), [
      'e4e7f110',
      '15593bd1',
      '1fdd0f50',
      'c47120a3',
      'c7f4d1c7',
      '0368c033',
      '9aaa2204',
      '4e6cd4c3',
      '466482d2',
      '09aa9f07',
      '05d7c214',
      'a2028bd9',
      'd19c12b5',
      'b94e16de',
      'e883d0cb',
      '4e3c50a2',
    ]);
    // ChaCha8 is the same function with fewer rounds: a different block.
    assert.notDeepEqual(hex(chachaBlock(key, [1, 0x09000000, 0x4a000000, 0], 8)), hex(block));
  });

  it('a seed gives one stream, another seed another, seed 0 a varied one, across many blocks', () => {
    const a = new ChaCha8(23);
    const b = new ChaCha8(23);
    const first = Array.from({ length: 40 }, () => a.nextU32());
    assert.deepEqual(
      Array.from({ length: 40 }, () => b.nextU32()),
      first,
    );
    assert.notEqual(new ChaCha8(24).nextU32(), first[0]);
    assert.notDeepEqual(first.slice(0, 16), first.slice(16, 32), 'the counter moves on');
    const zero = new ChaCha8(0);
    assert.ok(new Set(Array.from({ length: 100 }, () => zero.nextU32())).size > 95);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1); // the test card 4111 1111 1111 1111
    assert.equal(taxIdDigit('8609574271'), 9); // the BZSt's example 86095742719
    assert.equal(icaoDigit('L898902C3'), 6); // ICAO 9303 specimen passport L898902C3, check digit 6
  });

  it('a date of birth kept as a spreadsheet serial counts days from 1899-12-30', () => {
    const p = { dob: { d: 1, m: 1, y: 1990 } } as Person;
    assert.equal(serialDate(p), 32874);
  });

  it('generated marks are stripped with labels on the values as they stand', () => {
    const { text, entities } = literalMarks('"⦃h:Hafenweg 3\n28195 Bremen⦄";=CONCATENATE(B2," ",C2);⦃n:Aldyn Dongak⦄');
    assert.deepEqual(
      entities.map((e) => [e.type, text.slice(e.start, e.end)]),
      [
        ['POSTAL_ADDRESS', 'Hafenweg 3\n28195 Bremen'],
        ['PERSON', 'Aldyn Dongak'],
      ],
    );
  });
});
