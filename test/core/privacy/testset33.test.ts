import { HAND_WRITTEN_33, privacyTestSet33 } from '../../support/privacy-testset33/index.js';
import { CODES, MARK } from '../../support/privacy-testset33/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset33/names.js';
import { Mrg } from '../../support/privacy-testset33/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset33/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 33,
  docs: privacyTestSet33,
  handWritten: HAND_WRITTEN_33,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⁅⁆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(33),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 40,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: the platforms' relay addresses, MAPI stream names, order numbers.
  lookAlikes: [/\(185\.\d+\.\d+\.\d+\)/, /__substg1\.0_[0-9A-F]{8}/, /\b4471-\d{6}\b/],
});

describe('set 33 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_mrg (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3320261205UL, 33UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_mrg);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('MRG gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        3320261205,
        [2055620375, 1202033772, 1206423119, 1337868959, 687703725, 1673418138, 696893640, 290899681],
        1320596475,
      ],
      [33, [86135377, 1481844314, 1658071014, 232303920, 1805744812, 2124187534, 1020169171, 725279673], 448076440],
      [0, [572361259, 521023500, 563045572, 393759085, 1080953451, 130004609, 893178225, 1206078822], 797165916],
    ];
    assertGslStream(
      (seed) => new Mrg(seed),
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

  it('writes every archive format, the body escapes and quoting the formats need', () => {
    const docs = privacyTestSet33().filter((d) => d.origin === 'generated');
    const of = (prefix: string) => docs.filter((d) => d.kind.startsWith(prefix));
    assert.ok(of('Outlook .msg').every((d) => d.text.includes('__substg1.0_1000001F')));
    assert.ok(of('PST').every((d) => d.text.includes('PidTagBody (0x1000001F')));
    assert.ok(of('mboxrd').every((d) => /^From \S+ \w{3} \w{3} [ \d]\d /.test(d.text)));
    assert.ok(
      of('mboxrd').some((d) => d.text.includes('\n>From ')),
      'a body line quoted by mboxrd',
    );
    assert.ok(
      of('EWS').some((d) => d.text.includes('&lt;p&gt;')),
      'an HTML body escaped into XML',
    );
    // In a PST dump a value may end right at the two-character escape of a line break.
    const atEscape = of('PST').flatMap((d) => d.entities.filter((e) => d.text.startsWith('\\r\\n', e.end)));
    assert.ok(atEscape.length >= 20, `${atEscape.length} values before a \\r\\n escape`);
  });
});
