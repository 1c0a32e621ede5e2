import { HAND_WRITTEN_32, privacyTestSet32 } from '../../support/privacy-testset32/index.js';
import { wholeValueOf } from '../../support/privacy-testset32/generated.js';
import { CODES, MARK } from '../../support/privacy-testset32/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset32/names.js';
import { Cmrg } from '../../support/privacy-testset32/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset32/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 32,
  docs: privacyTestSet32,
  handWritten: HAND_WRITTEN_32,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(32),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 80,
    handKinds: 60,
    generatedKinds: 24,
    cultures: 27,
    namesPerCulture: 4,
    distinctGeneratedNames: 300,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: aircraft registrations, PNR record locators in data attributes, bag tags.
  lookAlikes: [/\b(?:D|OE|HB|EI|G|TC|A6)-[A-Z]{3,4}\b/, /data-pnr="[A-Z0-9]{6}"/, /data-badge="[A-Z]{2,3}-\d{6}"/],
  wholeValue: wholeValueOf,
});

describe('set 32 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_cmrg (an independent implementation in C, Schrage's method):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3220261205UL, 32UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_cmrg);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('CMRG gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        3220261205,
        [107397213, 694522900, 1704735567, 364593689, 1864770709, 1873236726, 1662253755, 986180265],
        10629084,
      ],
      [32, [576469635, 1525614868, 1442501460, 1521571268, 1263673839, 1286237205, 1165435358, 1118683221], 48859375],
      [0, [240037626, 2059795007, 1807165044, 1987289342, 591431996, 1523218864, 1189992209, 1891279779], 1933401900],
    ];
    assertGslStream(
      (seed) => new Cmrg(seed),
      cases,
      (r) => r.next(),
    );
  });

  it('check digits (imported from set 28) follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('page source: values in attributes and scripts, escaped, percent-encoded and split by tags', () => {
    const docs = privacyTestSet32().filter((d) => d.origin === 'generated');
    const labelled = docs.flatMap((d) => d.entities.map((e) => ({ d, e, s: d.text.slice(e.start, e.end) })));
    const count = (test: (x: (typeof labelled)[number]) => boolean) => labelled.filter(test).length;
    const before = (x: (typeof labelled)[number], n: number) => x.d.text.slice(Math.max(0, x.e.start - n), x.e.start);
    assert.ok(count((x) => /<\//.test(x.s)) >= 40, 'values split by tags, one label each');
    assert.ok(count((x) => /&#?\w+;/.test(x.s)) >= 60, 'character references inside values');
    assert.ok(count((x) => /\\u[0-9a-f]{4}/.test(x.s)) >= 8, 'JSON \\u escapes inside values');
    assert.ok(count((x) => /^%[0-9A-F]{2}/.test(x.s)) >= 5, 'percent-encoded mailto: values');
    assert.ok(count((x) => /value="$/.test(before(x, 7))) >= 100, 'values of form inputs');
    assert.ok(count((x) => /data-[a-z]+="$/.test(before(x, 14))) >= 20, 'values in data attributes');
    assert.ok(count((x) => /(mailto|tel):$/.test(before(x, 7))) >= 60, 'values in mailto: and tel: links');
    assert.ok(count((x) => /"(telephone|email|birthDate|name|streetAddress)":"$/.test(before(x, 16))) >= 40, 'JSON-LD');
    for (const x of labelled) {
      const whole = wholeValueOf(x.e, x.d.text);
      assert.ok(!/[<>]|&#?\w+;|\\u[0-9a-f]{4}/i.test(whole), `${x.d.id}: ${whole} decodes`);
    }
  });
});
