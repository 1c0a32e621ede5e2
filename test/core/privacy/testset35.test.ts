import { HAND_WRITTEN_35, privacyTestSet35 } from '../../support/privacy-testset35/index.js';
import { CODES, MARK } from '../../support/privacy-testset35/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset35/names.js';
import { Ran3 } from '../../support/privacy-testset35/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset35/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 35,
  docs: privacyTestSet35,
  handWritten: HAND_WRITTEN_35,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 34 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(35),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 10,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: trip ids, SEPA mandate references, correlation ids.
  lookAlikes: [/\btrp_[0-9a-z]{14}\b/, /\bMNDT-\d{8}\b/, /\bcorr-[0-9a-f]{8}\b/],
});

describe('set 35 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_ran3 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3520261206UL, 35UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ran3);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('ran3 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [3520261206, [33069670, 566909153, 966671088, 790311377, 67550938, 149459199, 696611818, 526092683], 834879684],
      [35, [284546280, 46871578, 518203493, 988952762, 427638508, 858563959, 468969433, 81317683], 815815274],
      [0, [298227348, 715119168, 33021107, 874393600, 534194424, 631586247, 891029795, 257547683], 456299566],
    ];
    assertGslStream(
      (seed) => new Ran3(seed),
      cases,
      (r) => r.next32(),
    );
  });

  it('check digits (imported from set 28) follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('writes every broker format with its envelope and escaping', () => {
    const docs = privacyTestSet35().filter((d) => d.origin === 'generated');
    const of = (prefix: string) => docs.filter((d) => d.kind.startsWith(prefix));
    assert.ok(of('kcat').every((d) => d.text.startsWith('{"topic":') && d.text.includes(',"payload":"{\\"')));
    assert.ok(of('kafka-avro').some((d) => d.text.includes('{"string":')));
    assert.ok(of('CloudEvents structured').every((d) => d.text.includes('"specversion": "1.0"')));
    assert.ok(of('CloudEvents binary').every((d) => d.text.includes('\nce-specversion: 1.0\n')));
    assert.ok(of('Standard Webhooks').every((d) => d.text.includes('> webhook-signature: v1,')));
    assert.ok(of('Pub/Sub').every((d) => d.entities.length === 0 && d.text.includes('"data": "')));
    // In an SQS message the event stands two JSON strings deep: a value sits right after \\\".
    const twice = of('SQS').flatMap((d) => d.entities.filter((e) => d.text.slice(e.start - 4, e.start) === '\\\\\\"'));
    assert.ok(twice.length >= 20, `${twice.length} values two escaping levels deep`);
    // No label takes in a quote or a backslash of the JSON around it.
    for (const d of docs) for (const e of d.entities) assert.ok(!/["\\]/.test(d.text.slice(e.start, e.end)), d.id);
  });
});
