import { HAND_WRITTEN_44, privacyTestSet44 } from '../../support/privacy-testset44/index.js';
import { CODES, MARK } from '../../support/privacy-testset44/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset44/names.js';
import { Ranmar } from '../../support/privacy-testset44/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset44/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 44,
  docs: privacyTestSet44,
  handWritten: HAND_WRITTEN_44,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 43 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(44),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 12,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: membership, booking and locker numbers.
  lookAlikes: [/\bMG-\d{6}\b/, /\bBK-\d{7}\b/, /\bL-\d{3}\b/],
});

describe('set 44 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_ranmar (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {441206UL, 44UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranmar);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev).
  it('ranmar gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [441206, [3146761, 16476934, 16618590, 16313350, 9969539, 14539622, 8925749, 8119500], 7021964],
      [44, [2176402, 7348991, 694986, 8408373, 11440878, 4963263, 5198113, 2273255], 8514018],
      [0, [5790094, 1344571, 2990437, 11091400, 5494037, 13479445, 3429609, 5980851], 5903572],
    ];
    assertGslStream(
      (seed) => new Ranmar(seed),
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

  it('writes every accessibility format with its own syntax; values sit in nodes, fields and cells', () => {
    const docs = privacyTestSet44().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    for (const kind of ['CDP AX tree member profile', 'CDP AX tree direct debit or card', 'CDP AX tree staff record'])
      assert.ok(of(kind).every((d) => JSON.parse(d.text).nodes.every((n: { role: unknown }) => n.role)));
    assert.ok(
      of('Playwright ARIA snapshot appointment table').every(
        (d) => d.text.startsWith('- table ') && d.text.includes('      - cell "'),
      ),
    );
    assert.ok(of('Playwright ARIA snapshot booking form').every((d) => d.text.includes('    - textbox "')));
    assert.ok(of('NVDA speech viewer member record').every((d) => /^(edit|Eingabefeld), /m.test(d.text)));
    assert.ok(of('UI Automation tree spa till').every((d) => d.text.includes('ControlType: Edit  Name: "')));
    assert.ok(of('uiautomator dump gym check-in').every((d) => d.text.includes('<hierarchy rotation="0">')));
    for (const kind of [
      'Playwright ARIA snapshot price list (no person)',
      'NVDA speech viewer class timetable (no person)',
      'uiautomator dump locker screen (no person)',
    ])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    const after = (d: { text: string }, e: { end: number }) => d.text.slice(e.end, e.end + 1);
    assert.ok(
      docs.some((d) => d.entities.some((e) => e.type === 'PERSON' && after(d, e) === '…')),
      'an elided name',
    );
    for (const d of docs)
      for (const e of d.entities) assert.ok(!/^["{[,\s]|["}\],\s]$/.test(d.text.slice(e.start, e.end)), d.id);
  });
});
