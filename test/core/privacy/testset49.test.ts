import { HAND_WRITTEN_49, privacyTestSet49 } from '../../support/privacy-testset49/index.js';
import { CODES, MARK } from '../../support/privacy-testset49/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset49/names.js';
import { Ran1 } from '../../support/privacy-testset49/random.js';
import { withoutTags } from '../../support/privacy-testset49/search.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset49/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 49,
  docs: privacyTestSet49,
  handWritten: HAND_WRITTEN_49,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 48 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(49),
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
  // Look-alikes never labelled: polling districts and stations, elector register numbers, petition case numbers,
  // Elasticsearch document ids and timestamps.
  lookAlikes: [
    /\bWB-\d{4}\b/,
    /\bPS-[A-Z]{2}-\d{3}\b/,
    /\bWV\/\d{2}\/\d{6}\b/,
    /\bPET-2026-\d{5}\b/,
    /"_id" ?: ?"[A-Za-z0-9_-]{20}"/,
    /\b2026-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z\b/,
  ],
  // A value cut by a highlighter's <em> tags is checked as the text it stands for.
  wholeValue: (label, text) => withoutTags(text.slice(label.start, label.end)),
});

/** The top-level JSON body of a generated response: from the `{` alone on its line to the `}` alone on its line. */
function body(text: string): unknown {
  const start = text.search(/^\{$/m);
  const end = text.indexOf('\n}', start) + 2;
  return JSON.parse(text.slice(start, end));
}

describe('set 49 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_ran1 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {491207UL, 49UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ran1);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1+dfsg-5+deb12u1).
  it('ran1 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        491207,
        [1943424514, 2057019575, 1488928594, 865337596, 1227746323, 1210580474, 1749137374, 134638340],
        489492859,
      ],
      [49, [969378910, 1759884542, 1490425411, 810054721, 90256918, 1204377315, 1846525625, 1540394228], 1195410514],
      [0, [893351816, 197493099, 1624379149, 1137522503, 1998097157, 823564440, 1404280278, 143542612], 894358758],
    ];
    assertGslStream(
      (seed) => new Ran1(seed),
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

  it('writes Elasticsearch, Solr and Kibana responses with their own syntax; highlight labels keep outer tags out', () => {
    const docs = privacyTestSet49().filter((d) => d.origin === 'generated');
    let hits = 0;
    for (const d of docs) {
      if (d.kind.startsWith('es _bulk NDJSON')) {
        const lines = d.text.split('\n').slice(1, -1);
        assert.ok(lines.length >= 4 && lines.length % 2 === 0, d.id);
        lines.forEach((l, i) => {
          const o = JSON.parse(l) as Record<string, unknown>;
          if (i % 2 === 0) assert.ok('index' in o || 'update' in o, d.id);
        });
      } else if (d.kind.startsWith('solr xml')) {
        assert.ok(d.text.startsWith('<?xml') && d.text.includes('<doc>') && d.text.includes('<str name="'), d.id);
      } else if (d.kind.startsWith('kibana')) {
        assert.ok(d.text.startsWith('"@timestamp",'), d.id);
      } else {
        const o = body(d.text) as { hits?: { hits: unknown[] }; response?: { docs: unknown[] } };
        hits += o.hits?.hits.length ?? o.response?.docs.length ?? 0;
      }
    }
    assert.ok(hits >= 150, `${hits} hits and docs`);
    for (const d of docs.filter((x) => x.kind.includes('(no person)'))) assert.equal(d.entities.length, 0, d.id);
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 30);
    let inner = 0;
    for (const d of docs)
      for (const e of d.entities) {
        const v = d.text.slice(e.start, e.end);
        assert.ok(!/^<\/?em>|<\/?em>$/.test(v) && !/^["{[,\s]|["}\],\s]$/.test(v), `${d.id}: ${v}`);
        if (v.includes('</em>') || v.includes('<em>')) inner++;
      }
    assert.ok(inner >= 20, `${inner} labels with tags inside`);
  });
});
