import { HAND_WRITTEN_36, privacyTestSet36 } from '../../support/privacy-testset36/index.js';
import { CODES, MARK } from '../../support/privacy-testset36/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset36/names.js';
import { Ranlxd2 } from '../../support/privacy-testset36/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset36/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 36,
  docs: privacyTestSet36,
  handWritten: HAND_WRITTEN_36,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦗⦘]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 35 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(36),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 28,
    generatedPerLanguage: 80,
    handKinds: 60,
    generatedKinds: 16,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: image digests, member numbers, SEPA creditor ids.
  lookAlikes: [/\bsha256:[0-9a-f]{64}\b/, /\bMG-\d{7}\b/, /\bDE\d{2}ZZZ\d{11}\b/],
});

describe('set 36 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_ranlxd2 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {36261206UL, 36UL, 0UL, 3000000000UL};
  //     for (int k = 0; k < 4; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranlxd2);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  // Seed 3000000000 has bit 31 set: GSL reads its low 32 bits as a negative int.
  it('ranlxd2 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        36261206,
        [1971203554, 2040676940, 1532654116, 2138104533, 3379974717, 2142931014, 3673086558, 1414785761],
        1080126102,
      ],
      [36, [2854500094, 3841042881, 712723271, 895875696, 753855131, 3646681612, 357302085, 4129101675], 2881788191],
      [0, [331802712, 2993385395, 3139848444, 893497264, 2988421643, 3961907109, 3486749169, 1841718350], 108175993],
      [
        3000000000,
        [944834844, 1399655861, 967523254, 336924873, 1272115369, 2051253933, 404718464, 1054700996],
        1577851829,
      ],
    ];
    assertGslStream(
      (seed) => new Ranlxd2(seed),
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

  it('writes every configuration format in its own syntax', () => {
    const docs = privacyTestSet36().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    assert.ok(of('Kubernetes ConfigMap').every((d) => d.text.startsWith('apiVersion: v1\nkind: ConfigMap\n')));
    assert.ok(of('Kubernetes Secret').every((d) => d.text.includes('\nstringData:\n')));
    assert.ok(of('terraform.tfstate').every((d) => JSON.parse(d.text).version === 4));
    assert.ok(of('terraform.tfstate bucket').every((d) => d.entities.length === 0));
    assert.ok(of('Kubernetes NetworkPolicy').every((d) => d.entities.length === 0));
    assert.ok(of('Ansible inventory').every((d) => d.text.includes('\n[all:vars]\n')));
    // An address in a Terraform JSON string spans a literal \n; in a Helm block scalar it spans lines.
    const inJson = of('terraform.tfstate').flatMap((d) =>
      d.entities.filter((e) => e.type === 'POSTAL_ADDRESS' && d.text.slice(e.start, e.end).includes('\\n')),
    );
    assert.ok(inJson.length >= 5, `${inJson.length} addresses with a literal \\n`);
    const blocks = of('Helm values').flatMap((d) =>
      d.entities.filter((e) => e.type === 'POSTAL_ADDRESS' && d.text.slice(e.start, e.end).includes('\n        ')),
    );
    assert.ok(blocks.length >= 10, `${blocks.length} addresses over block-scalar lines`);
    // No label takes in a quote of the file around it.
    for (const d of docs) for (const e of d.entities) assert.ok(!/"/.test(d.text.slice(e.start, e.end)), d.id);
  });
});
