import { HAND_WRITTEN_34, privacyTestSet34 } from '../../support/privacy-testset34/index.js';
import { CODES, MARK } from '../../support/privacy-testset34/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset34/names.js';
import { Tt800 } from '../../support/privacy-testset34/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset34/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 34,
  docs: privacyTestSet34,
  handWritten: HAND_WRITTEN_34,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⧼⧽]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(34),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 55,
    generatedKinds: 40,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: microchip transponder numbers, EU ear tags, the dump hosts' private addresses.
  lookAlikes: [/\b(?:276|040|756|826|208)(?:09|98)\d{10}\b/, /\bDE 0\d \d{3} \d{5}\b/, /\b10\.\d+\.\d+\.\d+\b/],
});

describe('set 34 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_tt800 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3420261206UL, 34UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_tt800);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('TT800 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        3420261206,
        [4040678017, 804813606, 3584655471, 4132070340, 3254073155, 3790831181, 1620701631, 1109146482],
        997599016,
      ],
      [34, [8454563, 3378518362, 15634588, 1143309167, 1710732213, 85883332, 244189724, 2501210111], 360766062],
      [0, [3169973338, 2724982910, 347012937, 1735893326, 2282497071, 3975116866, 62755666, 500522132], 2710100095],
    ];
    assertGslStream(
      (seed) => new Tt800(seed),
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

  it('writes every dump format with the escapes and quoting the formats need', () => {
    const docs = privacyTestSet34().filter((d) => d.origin === 'generated');
    const of = (prefix: string) => docs.filter((d) => d.kind.startsWith(prefix));
    assert.ok(of('pg_dump').every((d) => d.text.includes(' FROM stdin;\n') && d.text.includes('\n\\.\n')));
    assert.ok(
      of('pg_dump').some((d) => d.text.includes('\t\\N')),
      'a NULL in a COPY row',
    );
    assert.ok(
      of('mysqldump').every((d) => d.text.includes('LOCK TABLES `') && /INSERT INTO `\w+` VALUES \(/.test(d.text)),
    );
    assert.ok(
      of('mysqldump').some((d) => d.text.includes("\\'")),
      'a quote escaped by a backslash',
    );
    assert.ok(of('mongoexport relaxed').some((d) => /"\$date":"\d{4}-\d\d-\d\dT/.test(d.text)));
    assert.ok(of('mongoexport canonical').every((d) => d.text.includes('{"$numberInt":"')));
    assert.ok(of('SQLite').every((d) => d.text.startsWith('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n')));
    assert.ok(
      of('SQLite').some((d) => d.text.includes(",'\\n',char(10))")),
      'a line break kept by replace()',
    );
    // An address stored with its line break is one label with the format's escape inside it.
    const escapedInside = docs.flatMap((d) =>
      d.entities.filter((e) => e.type === 'POSTAL_ADDRESS' && d.text.slice(e.start, e.end).includes('\\n')),
    );
    assert.ok(escapedInside.length >= 30, `${escapedInside.length} addresses with an escaped break inside`);
    // A value may end right at the backslash of an escape.
    const atEscape = docs.flatMap((d) => d.entities.filter((e) => /^\\[nt]/.test(d.text.slice(e.end, e.end + 2))));
    assert.ok(atEscape.length >= 15, `${atEscape.length} values before an escape`);
  });
});
