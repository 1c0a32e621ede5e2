import { HAND_WRITTEN_50, privacyTestSet50 } from '../../support/privacy-testset50/index.js';
import { CODES, MARK } from '../../support/privacy-testset50/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset50/names.js';
import { Random256Glibc2 } from '../../support/privacy-testset50/random.js';
import { EDGE_ESCAPE, asRead } from '../../support/privacy-testset50/terminal.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset50/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 50,
  docs: privacyTestSet50,
  handWritten: HAND_WRITTEN_50,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 49 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(50),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 16,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: careers-office file references, call-up numbers, unit codes, BFPO numbers (they look
  // like postcodes), ISO timestamps, cast header timestamps, process ids in journal lines, pod names.
  lookAlikes: [
    /\bKRC\/\d{3}\/\d{5}\b/,
    /\bAFCO-[A-Z]{3}-\d{5}\b/,
    /\bEB-2026-\d{5}\b/,
    /\b(?:JgBtl|PzGrenBtl|LogBtl|SanRgt|Rgt|Bn) \d{2,3}\b/,
    /\bBFPO \d{2,3}\b/,
    /\b2026-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z\b/,
    /"timestamp": 1\d{9}\b/,
    /\b(?:sshd|karriere-portal|afco-portal)\[\d{3,6}\]/,
    /\b[a-z]+(?:-[a-z]+)+-[0-9a-f]{10}-[0-9a-f]{5}\b/,
  ],
  // A value cut by a cast event boundary, an SGR escape or a rubbed-out key is checked as the text it stands for.
  wholeValue: (label, text) => asRead(text.slice(label.start, label.end)),
});

describe('set 50 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_random256_glibc2 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {501207UL, 50UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_random256_glibc2);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1+dfsg-5+deb12u1).
  it('random256_glibc2 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [501207, [171363661, 861793483, 248890429, 1088171059, 1195856766, 950973952, 1878960155, 626747583], 639948627],
      [50, [436705247, 1206091105, 778638410, 833515111, 76008724, 698485584, 1678901726, 738201024], 1059888171],
      [0, [510644794, 625058908, 1816371419, 326864818, 1257431873, 415485223, 1740798996, 372654318], 443789051],
    ];
    assertGslStream(
      (seed) => new Random256Glibc2(seed),
      cases,
      (r) => r.next(),
    );
  });

  it("this set's own check digits follow the standards on published examples", () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(luhnDigit('7992739871'), 3);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(icaoDigit('740812'), 2);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
    assert.equal(ibanCheck('DE', '370400440532013000'), '89');
  });

  it('records casts as asciinema v2 (header, then [time, "o", text] events) whose output is the session; cut labels read whole', () => {
    const docs = privacyTestSet50().filter((d) => d.origin === 'generated');
    let cut = 0;
    let rubbed = 0;
    for (const d of docs.filter((x) => x.kind.startsWith('asciinema'))) {
      const [head, ...events] = d.text.trimEnd().split('\n');
      const h = JSON.parse(head) as { version: number; width: number };
      assert.equal(h.version, 2, d.id);
      let last = 0;
      for (const line of events) {
        const ev = JSON.parse(line) as [number, string, string];
        assert.ok(ev.length === 3 && ev[1] === 'o' && typeof ev[2] === 'string' && ev[0] > last, d.id);
        last = ev[0];
      }
    }
    for (const d of docs)
      for (const e of d.entities) {
        const v = d.text.slice(e.start, e.end);
        assert.ok(!EDGE_ESCAPE.test(v), `${d.id}: ${v}`);
        if (asRead(v) !== v) cut++;
        if (v.includes('\\b \\b') || v.includes('\b \b')) rubbed++;
      }
    assert.ok(cut >= 60, `${cut} labels cut by events, escapes or rubouts`);
    assert.ok(rubbed >= 10, `${rubbed} labels with a rubbed-out key`);
    for (const d of docs.filter((x) => x.kind.includes('(no person)'))) assert.equal(d.entities.length, 0, d.id);
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 30);
    const sessions = docs.filter((d) => /psql|mysql|sqlite3/.test(d.kind) && !d.kind.includes('no person'));
    assert.ok(
      sessions.some((d) => /\(\d+ (rows|Zeilen)\)/.test(d.text)) &&
        sessions.some((d) => d.text.includes('-[ RECORD 1 ]')),
    );
    assert.ok(sessions.some((d) => /^\+-+\+/m.test(d.text) && / rows? in set \(/.test(d.text)));
  });
});
