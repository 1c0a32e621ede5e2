import { HAND_WRITTEN_24, privacyTestSet24 } from '../../support/privacy-testset24/index.js';
import { CODES, COMPUTED, MARK, readMarks, unmarked } from '../../support/privacy-testset24/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset24/names.js';
import { tex } from '../../support/privacy-testset24/generated.js';
import { Threefry, threefry2x32 } from '../../support/privacy-testset24/random.js';
import { ibanCheck, icaoDigit, luhnDigit, taxIdDigit } from '../../support/privacy-testset24/values.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 24,
  docs: privacyTestSet24,
  handWritten: HAND_WRITTEN_24,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(24),
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
  // Look-alikes both halves carry, never labelled: change orders, bill-of-quantities positions, land
  // parcels, VAT ids, wiki login handles, LaTeX's sender-name key, meter numbers.
  lookAlikes: [
    /\b(?:NT|CO)-2026-\d{3}\b/,
    /\bOZ \d{2}\.\d{2}\.\d{4}\b/,
    /\b(?:Flurstück|parcel) \d{2,4}\/\d{1,2}\b/,
    /(?:USt-IdNr\.|VAT No\.) (?:DE|GB)\d{9}\b/,
    /\[\[(?:User|Benutzer):[A-Za-z]+\|/,
    /\[~[a-z]+\]/,
    /\\setkomavar\{fromname\}/,
    /\b1(?:ESY|EMH|ITF|LGZ)\d{10}\b/,
  ],
  // Values stand with their markup (\"a, ~, \\); they are checked as read back, labelled as they stand.
  spoken: unmarked,
});

const hex = (words: number[]) => words.map((x) => x.toString(16).padStart(8, '0'));

describe('set 24 generator parts', () => {
  it('Threefry-2x32-20 gives the Random123 known-answer vectors', () => {
    assert.deepEqual(hex(threefry2x32([0, 0], [0, 0])), ['6b200159', '99ba4efe']);
    assert.deepEqual(hex(threefry2x32([0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff])), ['1cb996fc', 'bb002be7']);
    assert.deepEqual(hex(threefry2x32([0x243f6a88, 0x85a308d3], [0x13198a2e, 0x03707344])), ['c4923a9c', '483df7a0']);
    // Fewer rounds are another function.
    assert.notDeepEqual(hex(threefry2x32([0, 0], [0, 0], 13)), ['6b200159', '99ba4efe']);
  });

  it('a seed and stream give one sequence; another seed or stream another; the counter moves on', () => {
    const first = Array.from(
      { length: 40 },
      (
        (r) => () =>
          r.nextU32()
      )(new Threefry(24)),
    );
    const again = new Threefry(24);
    assert.deepEqual(
      Array.from({ length: 40 }, () => again.nextU32()),
      first,
    );
    assert.notEqual(new Threefry(25).nextU32(), first[0]);
    assert.notEqual(new Threefry(24, 1).nextU32(), first[0]);
    assert.ok(new Set(first).size === 40);
    const zero = new Threefry(0);
    assert.ok(new Set(Array.from({ length: 100 }, () => zero.nextU32())).size > 95);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1); // the test card 4111 1111 1111 1111
    assert.equal(taxIdDigit('8609574271'), 9); // the BZSt's example 86095742719
    assert.equal(icaoDigit('L898902C3'), 6); // ICAO 9303 specimen passport number, check digit 6
    assert.equal(ibanCheck('DE', '370400440532013000'), '89'); // DE89 3704 0044 0532 0130 00
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29'); // GB29 NWBK 6016 1331 9268 19
  });

  it('marks are stripped with labels on the values as they stand, markup inside kept', () => {
    const { text, entities } = readMarks(
      String.raw`\signature{⟦n:J\"urgen~M{\"o}ller⟧\\Bauleitung} IBAN ⟦i:DE ~⟧`,
      new Threefry(1),
    );
    assert.equal(text.slice(entities[0].start, entities[0].end), String.raw`J\"urgen~M{\"o}ller`);
    assert.match(text.slice(entities[1].start, entities[1].end), /^DE\d\d(~[0-9]{4}){4}~\d\d$/);
  });

  it('values read back from LaTeX for the checks: accents, \\ss{}, ~, \\\\ and escapes', () => {
    assert.equal(unmarked('PERSON', String.raw`J\"urgen~M{\"o}ller`), 'Jürgen Möller');
    assert.equal(unmarked('PERSON', String.raw`Hans-Stra\ss{}er`), 'Hans-Straßer');
    assert.equal(unmarked('POSTAL_ADDRESS', String.raw`Am Hang 5\\12345 Berlin`), 'Am Hang 5\n12345 Berlin');
    assert.equal(unmarked('EMAIL_ADDRESS', String.raw`a\_b@x.de`), 'a_b@x.de');
    assert.equal(tex('Größe'), String.raw`Gr{\"o}\ss{}e`);
  });
});
