import { HAND_WRITTEN_30, privacyTestSet30 } from '../../support/privacy-testset30/index.js';
import { wholeValueOf } from '../../support/privacy-testset30/generated.js';
import { CODES, MARK } from '../../support/privacy-testset30/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset30/names.js';
import { PCG64DXSM } from '../../support/privacy-testset30/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset30/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 30,
  docs: privacyTestSet30,
  handWritten: HAND_WRITTEN_30,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(30),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 49,
    cultures: 18,
    namesPerCulture: 4,
    // Per word element: many PERSON labels are one name word.
    distinctGeneratedNames: 150,
    generatedCultures: 16,
  },
  // Look-alikes never labelled: case references, hOCR boxes, ALTO word confidences.
  lookAlikes: [/\b(WK|CW)-20\d{2}-\d{5}\b/, /\bbbox \d+ \d+ \d+ \d+\b/, /\bWC="0\.\d{2}"/],
  wholeValue: wholeValueOf,
});

describe('set 30 generator parts', () => {
  // Expected values from NumPy 2.4's own PCG64DXSM (an independent implementation), e.g.:
  //   import numpy as np
  //   g = np.random.PCG64DXSM()
  //   g.state = {'bit_generator': 'PCG64DXSM', 'state': {'state': S, 'inc': I}, 'has_uint32': 0, 'uinteger': 0}
  //   print([int(x) for x in g.random_raw(8)])
  // with (S, I) = (302026 1205, 0x30a5), ((0x3030 << 64) | 0x1205, 0x202630300001) and, for the
  // 1000th output, (1, 1).
  it('PCG64 DXSM gives the known answers of NumPy', () => {
    const take = (r: PCG64DXSM, n: number) => Array.from({ length: n }, () => r.next64());
    assert.deepEqual(take(new PCG64DXSM(30_2026_1205n, 0x30a5n), 8), [
      0n,
      2269505369846197873n,
      975312894661669977n,
      9032310723256317209n,
      1581836021905679755n,
      9619206603988716704n,
      16263061253036797516n,
      9559484127875234763n,
    ]);
    assert.deepEqual(take(new PCG64DXSM((0x3030n << 64n) | 0x1205n, 0x2026_3030_0001n), 8), [
      10935624712143631530n,
      3393222102989778444n,
      15563488810921121191n,
      17787964798070774249n,
      2146674807980102918n,
      11398525019104948366n,
      12890477421229332452n,
      14495454973842009166n,
    ]);
    assert.equal(take(new PCG64DXSM(1n, 1n), 1000)[999], 1315206910334548084n);
  });

  it('a state and increment give one sequence; another state or increment another', () => {
    const take = (r: PCG64DXSM) => Array.from({ length: 40 }, () => r.below(1_000_000));
    const big = (s: bigint) => (s << 64n) | 0x1234n;
    const first = take(new PCG64DXSM(big(30n), 3n));
    assert.deepEqual(take(new PCG64DXSM(big(30n), 3n)), first);
    assert.notDeepEqual(take(new PCG64DXSM(big(31n), 3n)), first);
    assert.notDeepEqual(take(new PCG64DXSM(big(30n), 5n)), first);
    const r = new PCG64DXSM(big(7n), 11n);
    assert.equal(new Set(Array.from({ length: 2000 }, () => r.below(10))).size, 10);
  });

  it('check digits (imported from set 28) follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('labels a value per word element, each a part of its whole value', () => {
    const docs = privacyTestSet30().filter((d) => d.origin === 'generated');
    const hocr = docs.find((d) => d.kind === 'hOCR: constituent letter');
    assert.ok(hocr);
    const address = hocr.entities.filter((e) => e.type === 'POSTAL_ADDRESS');
    assert.ok(address.length >= 3, 'an address is several word elements');
    const whole = wholeValueOf(address[0], hocr.text);
    for (const e of address) assert.ok(whole.includes(hocr.text.slice(e.start, e.end)));
    const azure = docs.find((d) => d.kind.startsWith('Azure DI JSON: membership'));
    assert.ok(azure);
    const content = azure.text.slice(azure.text.indexOf('"content": "') + 12);
    const first = azure.entities.find(
      (e) => e.type === 'POSTAL_ADDRESS' && azure.text.indexOf('"content": "') < e.start,
    );
    assert.ok(
      first && wholeValueOf(first, azure.text) === azure.text.slice(first.start, first.end),
      'whole in content',
    );
    assert.ok(content.length > 0);
  });
});
