import { HAND_WRITTEN_29, privacyTestSet29 } from '../../support/privacy-testset29/index.js';
import { CODES, MARK, readMarks } from '../../support/privacy-testset29/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset29/names.js';
import { SFC64 } from '../../support/privacy-testset29/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset29/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/**
 * A value as written inside JSON strings (one or two levels deep: `M\u00fcller`, `M\\u00fcller`,
 * an address with `\n`) read back to its characters, so the validity checks see the value itself.
 */
const unescaped = (_type: string, value: string): string => {
  let v = value;
  for (let i = 0; i < 3 && v.includes('\\'); i++) v = JSON.parse(`"${v}"`) as string;
  return v;
};

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 29,
  docs: privacyTestSet29,
  handWritten: HAND_WRITTEN_29,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(29),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 15,
    cultures: 34,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 34,
  },
  // Look-alikes never labelled: masked card numbers, tool-call ids, chargeback case numbers, merchant ids.
  lookAlikes: [
    /\b\d{4} \d{2}•• •••• \d{4}\b/,
    /\bcall_[A-Za-z0-9]{24}\b/,
    /\bCB-2025-\d{6}\b/,
    /\b(?:ZW-MID-4401|BPA-MID-220914)\b/,
  ],
  spoken: unescaped,
});

describe('set 29 generator parts', () => {
  // Expected values from NumPy's independent implementation (numpy.random.SFC64, NumPy 2.4), its
  // state set directly and read with random_raw:
  //   import numpy as np
  //   def run(a, b, c, counter, skip, n):
  //       g = np.random.SFC64()
  //       g.state = {'bit_generator': 'SFC64', 'state': {'state': np.array([a, b, c, counter],
  //                  dtype=np.uint64)}, 'has_uint32': 0, 'uinteger': 0}
  //       if skip: g.random_raw(skip)
  //       return [int(x) for x in g.random_raw(n)]
  //   run(1, 2, 3, 1, 0, 8); run(29, 0x29012026, 0x5fc64a29, 1, 12, 4); run(0, 0, 0, 1, 0, 1000)[-1]
  it('SFC64 gives the known answers of NumPy', () => {
    const raw = SFC64.fromState(1n, 2n, 3n, 1n);
    assert.deepEqual(
      Array.from({ length: 8 }, () => raw.next64()),
      [
        4n,
        31n,
        452984898n,
        7599825428373823n,
        17736643746504302n,
        225466548354018446n,
        2647444514613771211n,
        4666392505115688075n,
      ],
    );
    // The seeded constructor: a, b, c as given, counter 1, twelve outputs discarded.
    const seeded = new SFC64(29n, 0x29012026n, 0x5fc64a29n);
    assert.deepEqual(
      Array.from({ length: 4 }, () => seeded.next64()),
      [3172417624973924411n, 15729624663611593062n, 16710451114452365648n, 9972487572629898175n],
    );
    const zero = SFC64.fromState(0n, 0n, 0n, 1n);
    let v = 0n;
    for (let i = 0; i < 1000; i++) v = zero.next64();
    assert.equal(v, 3005284721991166786n);
  });

  it('a seed gives one sequence; another seed another', () => {
    const take = (r: SFC64) => Array.from({ length: 40 }, () => r.below(1_000_000));
    const first = take(new SFC64(29n, 1n, 2n));
    assert.deepEqual(take(new SFC64(29n, 1n, 2n)), first);
    assert.notDeepEqual(take(new SFC64(30n, 1n, 2n)), first);
    assert.notDeepEqual(take(new SFC64(29n, 1n, 3n)), first);
    const r = new SFC64(0n);
    assert.equal(new Set(Array.from({ length: 2000 }, () => r.below(10))).size, 10);
  });

  it('check digits follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('DE', '370400440532013000'), '89');
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('labels escaped values over their escapes: one level in content, two in tool-call arguments', () => {
    const docs = privacyTestSet29();
    const values = docs.flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end)));
    assert.ok(
      values.some((v) => /^[^\\]*\\u[0-9a-f]{4}/.test(v)),
      'a value escaped once',
    );
    assert.ok(
      values.some((v) => v.includes('\\\\u')),
      'a value escaped twice',
    );
    assert.ok(
      values.every((v) => !v.startsWith('"') && !v.endsWith('"') && !v.endsWith('\\')),
      'quotes stay outside',
    );
    // Every generated JSON document parses (the escaping is well formed).
    for (const d of docs.filter((x) => x.origin === 'generated' && /^[[{]/.test(x.text) && !x.text.includes('\n{')))
      assert.doesNotThrow(() => JSON.parse(d.text), d.id);
    const { text, entities } = readMarks('{"a": "⟦n:Ecesu T\\u00fcrkmen⟧"}');
    assert.equal(text.slice(entities[0].start, entities[0].end), 'Ecesu T\\u00fcrkmen');
  });
});
