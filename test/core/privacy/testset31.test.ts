import { HAND_WRITTEN_31, privacyTestSet31 } from '../../support/privacy-testset31/index.js';
import { wholeValueOf } from '../../support/privacy-testset31/generated.js';
import { CODES, MARK } from '../../support/privacy-testset31/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset31/names.js';
import { Gfsr4 } from '../../support/privacy-testset31/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset31/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 31,
  docs: privacyTestSet31,
  handWritten: HAND_WRITTEN_31,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⸢⸣]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(31),
  least: {
    hand: 60,
    generated: 150,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 40,
    cultures: 25,
    namesPerCulture: 4,
    // Per piece: many PERSON labels are a part of a name.
    distinctGeneratedNames: 150,
    generatedCultures: 22,
  },
  // Look-alikes never labelled: IMO ship numbers, MMSI, seaman's book numbers, shared-string indexes.
  lookAlikes: [/\bIMO 9\d{6}\b/, /\bMMSI \d{9}\b/, /\b[A-Z]{2}-SB [A-C]?\d{7,8}\b/, /t="s"><v>\d+<\/v>/],
  wholeValue: wholeValueOf,
});

describe('set 31 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_gfsr4 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3120261205UL, 31UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_gfsr4);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('GFSR4 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        3120261205,
        [2917469076, 350441874, 414315177, 4247250846, 4090594831, 2612643513, 2938040240, 293335722],
        1637616337,
      ],
      [31, [2453726114, 373960975, 396652725, 3307219250, 4043263086, 2332269878, 1752805667, 1466319833], 3815244687],
      [0, [2901276280, 1033950156, 1085372346, 4290094778, 3034415871, 2414850057, 3490048927, 1416589041], 2202850034],
    ];
    assertGslStream(
      (seed) => new Gfsr4(seed),
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

  it('labels a split value per piece, each a part of its whole value; escapes lie inside', () => {
    const docs = privacyTestSet31().filter((d) => d.origin === 'generated');
    let split = 0;
    for (const doc of docs)
      for (const e of doc.entities) {
        const whole = wholeValueOf(e, doc.text);
        const piece = doc.text.slice(e.start, e.end);
        // Escaped pieces, and numbers as a spreadsheet stores them (serial dates, phones without + and spaces), are checked below.
        if (whole !== piece && !/\\|&/.test(piece) && !/^\d{5,}$/.test(piece)) {
          split++;
          assert.ok(whole.includes(piece), `${doc.id}: ${piece} is not a part of ${whole}`);
        }
      }
    assert.ok(split >= 100, `${split} pieces of split values`);
    const rtf = docs.filter((d) => d.kind.startsWith('RTF'));
    const escaped = rtf
      .flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end)))
      .filter((s) => /\\'|\\u\d/.test(s));
    assert.ok(escaped.length >= 10, `${escaped.length} labels with RTF escapes inside`);
    const xlsx = docs.filter((d) => d.kind.startsWith('XLSX'));
    const serial = xlsx.flatMap((d) =>
      d.entities.filter((e) => e.type === 'DATE_OF_BIRTH' && /^\d{5}$/.test(d.text.slice(e.start, e.end))),
    );
    assert.ok(serial.length >= 5, 'dates of birth as serial day numbers');
  });
});
