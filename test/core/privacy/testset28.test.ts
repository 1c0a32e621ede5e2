import { HAND_WRITTEN_28, privacyTestSet28 } from '../../support/privacy-testset28/index.js';
import { foldLine } from '../../support/privacy-testset28/generated.js';
import { CODES, MARK, readMarks } from '../../support/privacy-testset28/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset28/names.js';
import { PCG64 } from '../../support/privacy-testset28/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset28/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 28,
  docs: privacyTestSet28,
  handWritten: HAND_WRITTEN_28,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⸢⸣]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(28),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 16,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 38,
  },
  // Look-alikes never labelled: iCalendar stamps, German death-case numbers, grave numbers, RFC 4122 UIDs.
  lookAlikes: [
    /\bDTSTAMP:\d{8}T\d{6}Z\b/,
    /\bSterbefall-Nr\. \d{4}\/\d{3}\b/,
    /\bGrab-Nr\. [A-Z]-\d{2}-\d{3}\b/,
    /\bPlot [A-Z]-\d{2}-\d{3}\b/,
    /\bUID:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/,
  ],
  // An encoded value is checked as the text it encodes: LDIF base64 after `:: ` (a distinguished name by its cn,
  // a postal address with its `$` as commas), a vCard 2.1 QUOTED-PRINTABLE value by its =XX UTF-8 bytes.
  wholeValue: (label, text) => {
    const value = text.slice(label.start, label.end);
    const line = text.slice(text.lastIndexOf('\n', label.start - 1) + 1, label.start);
    if (/^[a-zA-Z]+:: $/.test(line)) {
      const plain = Buffer.from(value, 'base64').toString('utf8');
      return /^cn=/.test(plain) ? plain.slice(3, plain.indexOf(',')) : plain.replace(/\$/g, ', ');
    }
    if (!line.includes(';ENCODING=QUOTED-PRINTABLE:')) return value;
    return Buffer.from(
      value.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  },
});

describe('set 28 generator parts', () => {
  // Expected values computed with an independent Python 3 implementation of pcg-c's
  // pcg_setseq_128_xsl_rr_64 (pcg64_srandom_r / pcg64_random_r), written for this test from the
  // definition: state = state * 0x2360ED051FC65DA44385DF649FCCF645 + inc (mod 2^128), inc = seq << 1 | 1,
  // output rotr64(hi ^ lo, state >> 122) of the advanced state. The first one also matches pcg-c's
  // pcg64-global-demo (seed 42, stream 54): 0x86b1da1d72062b68 0x1304aa46c9853d39 0xa3670e9e0dd50358.
  it('PCG64 gives the known answers of an independent Python implementation', () => {
    const demo = new PCG64(42n, 54n);
    assert.deepEqual(
      [demo.next64(), demo.next64(), demo.next64()],
      [9705778491962043240n, 1370407407632858425n, 11774395822783136600n],
    );
    const own = new PCG64(28_2026_1205n, 28n);
    assert.deepEqual([own.next64(), own.next64()], [6977938521460976426n, 16141849742777653113n]);
    const zero = new PCG64(0n, 0n);
    let v = 0n;
    for (let i = 0; i < 1000; i++) v = zero.next64();
    assert.equal(v, 7496417479549166265n);
  });

  it('a seed and stream give one sequence; another seed or stream another', () => {
    const take = (r: PCG64) => Array.from({ length: 40 }, () => r.below(1_000_000));
    const first = take(new PCG64(28n, 1n));
    assert.deepEqual(take(new PCG64(28n, 1n)), first);
    assert.notDeepEqual(take(new PCG64(29n, 1n)), first);
    assert.notDeepEqual(take(new PCG64(28n, 2n)), first);
    const r = new PCG64(0n);
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

  it('folds at 75 characters: inside a name the label keeps the fold, other values move to the next line', () => {
    const long = `DESCRIPTION:${'x'.repeat(60)} ⸢n:Aketuuroa Rongokea⸣ ⸢m:rongokea@example.org⸣`;
    const { text, entities } = readMarks(foldLine(long));
    const [name, mail] = entities.map((e) => text.slice(e.start, e.end));
    assert.equal(name, 'Ak\n etuuroa Rongokea');
    assert.equal(mail, 'rongokea@example.org');
    assert.ok(text.split('\n').every((line) => line.length <= 75));
    assert.equal(text.replace(/\n /g, ''), long.replace(/⸢[a-z]:|⸣/g, ''), 'unfolding gives the line back');
  });
});
