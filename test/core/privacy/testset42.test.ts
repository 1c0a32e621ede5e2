import { HAND_WRITTEN_42, privacyTestSet42 } from '../../support/privacy-testset42/index.js';
import { CODES, MARK } from '../../support/privacy-testset42/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset42/names.js';
import { Taus2 } from '../../support/privacy-testset42/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset42/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

const ESC = String.fromCharCode(27);
/** ESC/POS bold on/off, as control bytes or in a DLP console's `<ESC>` notation. */
const BOLD = new RegExp(`(?:${ESC}|<ESC>)E(?:[${String.fromCharCode(0)}${String.fromCharCode(1)}]|<[01]>)`, 'g');

/**
 * A labelled value as it reads once the printer's encoding is undone: ESC/POS bold toggles inside it dropped, a PDF
 * TJ array's kerning numbers between its pieces dropped, PostScript octal and parenthesis escapes read, ZPL `^FH`
 * hex bytes (`_C3_BC`) read as UTF-8.
 */
function decoded(value: string): string {
  const v = value
    .replace(BOLD, '')
    .replace(/\)\s*-?\d+(?:\.\d+)?\s*\(/g, '')
    .replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))
    .replace(/\\([()\\])/g, '$1');
  return v.replace(/(?:_[0-9A-F]{2})+/g, (run) =>
    Buffer.from(
      run
        .split('_')
        .slice(1)
        .map((h) => parseInt(h, 16)),
    ).toString('utf8'),
  );
}

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 42,
  docs: privacyTestSet42,
  handWritten: HAND_WRITTEN_42,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦗⦘]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 41 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(42),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 9,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: bet slip and receipt numbers, terminal ids, cash transaction report references.
  lookAlikes: [/\bSL-\d{2}-\d{7}\b/, /\bTRM-\d{4}-[A-Z]\b/, /\bCTR-26-\d{6}\b/],
  // A value split by a printer command or written with a printer language's escapes is checked as the text it stands for.
  wholeValue: (label, text) => decoded(text.slice(label.start, label.end)),
});

describe('set 42 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_taus2 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {421206UL, 42UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_taus2);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1).
  it('taus2 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        421206,
        [825959128, 3222496458, 1006094435, 39562238, 1773602387, 3442655408, 4001927970, 1700662321],
        4057339725,
      ],
      [42, [3414959125, 2659993108, 3194772521, 4279482208, 2582472681, 2143737250, 101590260, 1214329771], 3395596094],
      [0, [802792108, 4084684829, 2342628799, 320516809, 984487517, 2246144618, 398433606, 2198246467], 2732189907],
    ];
    assertGslStream(
      (seed) => new Taus2(seed),
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

  it('decodes the printer encodings the labels are checked through', () => {
    assert.equal(decoded(`Ekhi${ESC}E${String.fromCharCode(0)} Loidi`), 'Ekhi Loidi');
    assert.equal(decoded('Ekhi<ESC>E<0> Loidi'), 'Ekhi Loidi');
    assert.equal(decoded('Fre)-15(sia Co)20(lip\\355'), 'Fresia Colipí');
    assert.equal(decoded('Rasul Kj_C3_B8lbro'), 'Rasul Kjølbro');
  });

  it('writes every printer language with its own syntax; no label takes a delimiter', () => {
    const docs = privacyTestSet42().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    assert.ok(
      of('ESC/POS bet slip (control bytes)').every((d) => d.text.startsWith(`${ESC}@`) && d.text.includes('\x1dV')),
    );
    assert.ok(of('ESC/POS payout receipt (<ESC> notation)').every((d) => d.text.startsWith('<ESC>@')));
    assert.ok(of('ZPL player card').every((d) => d.text.startsWith('^XA\n') && d.text.endsWith('^XZ\n')));
    assert.ok(of('EPL/TSPL entry label').every((d) => /^(SIZE |\nN\n)/.test(d.text)));
    assert.ok(of('PostScript jackpot payout form').every((d) => d.text.startsWith('%!PS-Adobe-3.0\n')));
    assert.ok(of('PCL cash transaction report').every((d) => d.text.startsWith(`${ESC}E${ESC}&l0O`)));
    assert.ok(of('PDF content stream (KYC review)').every((d) => /stream\nBT\n[\s\S]*\nET\nendstream/.test(d.text)));
    assert.ok(of('IPP/CUPS job with form text').every((d) => d.text.includes('job-originating-user-name')));
    for (const kind of [
      'ESC/POS shift totals (no person)',
      'ZPL odds label (no person)',
      'PostScript regulator bulletin (no person)',
    ])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    for (const d of docs)
      for (const e of d.entities) {
        const value = d.text.slice(e.start, e.end);
        assert.ok(!/^[["]|[\]"^]$|\^F|\n/.test(value), `${d.id}: ${value}`);
      }
    // A name split by a bold toggle, one split by TJ kerning, one in octal escapes, one in ZPL hex.
    const labelled = docs.flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end)));
    assert.ok(labelled.some((v) => v.includes(`${ESC}E`)));
    assert.ok(labelled.some((v) => /\)-?\d/.test(v)));
    assert.ok(labelled.some((v) => /\\[0-7]{3}/.test(v)));
    assert.ok(labelled.some((v) => /_[0-9A-F]{2}/.test(v)));
  });
});
