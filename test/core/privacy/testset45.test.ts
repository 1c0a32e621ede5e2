import { HAND_WRITTEN_45, privacyTestSet45 } from '../../support/privacy-testset45/index.js';
import { CODES, MARK } from '../../support/privacy-testset45/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset45/names.js';
import { Ranlxs0 } from '../../support/privacy-testset45/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset45/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 45,
  docs: privacyTestSet45,
  handWritten: HAND_WRITTEN_45,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟪⟫]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 44 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(45),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 14,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: job and object numbers, request ids.
  lookAlikes: [/\bJOB-\d{7}\b/, /\bOBJ-\d{5}\b/, /\breq_[0-9a-f]{12}\b/],
});

describe('set 45 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_ranlxs0 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {451207UL, 45UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranlxs0);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev).
  it('ranlxs0 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [451207, [8994130, 6054013, 4127065, 8561347, 9081144, 9944152, 13562762, 10281209], 10063643],
      [45, [5344691, 12257194, 7448796, 13132701, 16425385, 9468987, 8157992, 2946545], 8543811],
      [0, [5383120, 8289378, 11819022, 13619368, 10905993, 12680540, 2845358, 4115520], 5438825],
    ];
    assertGslStream(
      (seed) => new Ranlxs0(seed),
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

  it('writes GraphQL, grpcurl, protobuf text and server logs with their own syntax; values sit inside literals', () => {
    const docs = privacyTestSet45().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    for (const d of of('GraphQL query and response cleaning jobs')) {
      const body = d.text.slice(d.text.lastIndexOf('\n\n') + 2);
      assert.ok(JSON.parse(body).data.jobs.edges.every((e: { node: { customer: unknown } }) => e.node.customer));
    }
    assert.ok(
      of('GraphQL fragment caretaker payroll').every((d) => d.text.includes('fragment PayrollFields on Employee')),
    );
    assert.ok(
      of('GraphQL error response direct-debit mandate').every((d) => d.text.includes('{"errors":[{"message":"')),
    );
    assert.ok(of('grpcurl JSON chimney sweep notice').every((d) => d.text.startsWith('$ grpcurl -plaintext -d ')));
    for (const kind of ['protobuf text pest-control job', 'protobuf text winter-service route'])
      assert.ok(of(kind).every((d) => /^\s*given_name: "/m.test(d.text) && /^\s*family_name: "/m.test(d.text)));
    assert.ok(
      of('gRPC server log key handover identity check').every((d) => d.text.includes('"grpc.method":"VerifyHolder"')),
    );
    for (const kind of [
      'GraphQL price list (no person)',
      'grpcurl list and describe (no person)',
      'server log health checks (no person)',
      'protobuf text collection calendar (no person)',
    ])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    for (const d of docs)
      for (const e of d.entities) {
        const v = d.text.slice(e.start, e.end);
        assert.ok(!/^["{[,\s]|["}\],\s]$/.test(v), `${d.id}: ${v}`);
        // Log fields written bare (client_ip=) and names inside an error message are not literals of their own.
        if (e.type === 'IP_ADDRESS' || d.kind === 'GraphQL error response direct-debit mandate') continue;
        assert.equal(d.text[e.start - 1], '"', `${d.id}: ${v} opens a literal`);
        assert.equal(d.text[e.end], '"', `${d.id}: ${v} closes a literal`);
      }
  });
});
