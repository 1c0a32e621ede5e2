import { HAND_WRITTEN_39, privacyTestSet39 } from '../../support/privacy-testset39/index.js';
import { CODES, MARK } from '../../support/privacy-testset39/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset39/names.js';
import { Ranlxs1 } from '../../support/privacy-testset39/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset39/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/** A base64 value stands after a field name ending in `_b64`. */
const BASE64_BEFORE = /(?:_b64":"|_b64=)$/;

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 39,
  docs: privacyTestSet39,
  handWritten: HAND_WRITTEN_39,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟪⟫]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 38 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(39),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 7,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: Bates numbers and legal-hold numbers.
  lookAlikes: [/\bINSP-\d{7}\b/, /\bLH-\d{4}\b/],
  // A base64 value (after a field name ending in `_b64`) is checked as the text it encodes.
  wholeValue: (label, text) => {
    const value = text.slice(label.start, label.end);
    if (BASE64_BEFORE.test(text.slice(Math.max(0, label.start - 8), label.start)))
      return Buffer.from(value, 'base64').toString('utf8');
    return value;
  },
});

describe('set 39 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_ranlxs1 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {391206UL, 39UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranlxs1);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('ranlxs1 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [391206, [2801334, 12136015, 4919960, 7790130, 12718034, 9389785, 11609489, 5475970], 15851789],
      [39, [6221058, 7526675, 8050248, 3541427, 3270065, 16499630, 1354627, 12361848], 4422547],
      [0, [1168280, 2776314, 144984, 6430673, 5247301, 9321700, 6825716, 16130997], 12203268],
    ];
    assertGslStream(
      (seed) => new Ranlxs1(seed),
      cases,
      (r) => r.next24(),
    );
  });

  it('check digits (imported from set 28) follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('writes every load-file format with its own syntax; no label takes a quote, separator or bracket', () => {
    const docs = privacyTestSet39().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    assert.ok(of('Concordance DAT load file').every((d) => d.text.startsWith('þBEGDOCþ\u0014þENDDOCþ\u0014')));
    assert.ok(of('Opticon OPT image cross-reference').every((d) => d.entities.length === 0 && /,VOL001,/.test(d.text)));
    assert.ok(of('EDRM XML 1.2 load file').every((d) => d.text.includes('<Tag TagName="#From"')));
    for (const d of docs)
      for (const e of d.entities) {
        const value = d.text.slice(e.start, e.end);
        assert.ok(!/[þ"<>&]/.test(value) && !value.includes('\u0014'), d.id);
      }
  });
});
