import { HAND_WRITTEN_46, privacyTestSet46 } from '../../support/privacy-testset46/index.js';
import { CODES, MARK } from '../../support/privacy-testset46/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset46/names.js';
import { Ran2 } from '../../support/privacy-testset46/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset46/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/** A base64 value stands after a header name ending in `_b64`. */
const BASE64_BEFORE = /_b64":"$/;

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 46,
  docs: privacyTestSet46,
  handWritten: HAND_WRITTEN_46,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦗⦘]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 45 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(46),
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
  // Look-alikes never labelled: booking, translation-order and course numbers.
  lookAlikes: [/\bBK-\d{7}\b/, /\bUE-\d{6}\b/, /\bKURS-2026-\d{4}\b/],
  // A base64 value (in a header ending in `_b64`) is checked as the text it encodes.
  wholeValue: (label, text) => {
    const value = text.slice(label.start, label.end);
    if (BASE64_BEFORE.test(text.slice(Math.max(0, label.start - 8), label.start)))
      return Buffer.from(value, 'base64').toString('utf8');
    return value;
  },
});

describe('set 46 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_ran2 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {461207UL, 46UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ran2);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1+dfsg-5+deb12u1).
  it('ran2 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        461207,
        [1476862920, 669366842, 651601018, 2088462909, 1178066460, 74573512, 1730250706, 1391390299],
        1834483414,
      ],
      [46, [1869457124, 1477612626, 1465659959, 1452200635, 559985644, 474221793, 1853728489, 620973094], 1643780458],
      [0, [612850790, 544082547, 200722134, 1306737071, 1940080159, 420634462, 994185124, 2016532872], 617123066],
    ];
    assertGslStream(
      (seed) => new Ran2(seed),
      cases,
      (r) => r.next(),
    );
  });

  it('check digits (imported from set 28) follow the standards on published examples', () => {
    assert.equal(luhnDigit('411111111111111'), 1);
    assert.equal(taxIdDigit('8609574271'), 9);
    assert.equal(icaoDigit('L898902C3'), 6);
    assert.equal(pensionDigit('65170839J00'), 3);
    assert.equal(ibanCheck('GB', 'NWBK60161331926819'), '29');
  });

  it('writes CloudEvents, kcat, MQTT, RabbitMQ, AMQP and dead-letter records with their own syntax', () => {
    const docs = privacyTestSet46().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    for (const kind of [
      'CloudEvents interpreter booking hospital',
      'CloudEvents staff interpreter onboarding',
      'CloudEvents agency invoice to public body (no person)',
    ])
      for (const d of of(kind)) {
        const event = JSON.parse(d.text) as { specversion: string; type: string; source: string; data: unknown };
        assert.equal(event.specversion, '1.0');
        assert.ok(event.type && event.source && event.data, d.id);
      }
    assert.ok(
      of('CloudEvents binary mode integration course enrolment').every((d) => /^ce-specversion: 1\.0$/m.test(d.text)),
    );
    for (const kind of [
      'kcat certified translation orders',
      'kcat dead-letter exam registrations',
      'kcat course attendance',
    ])
      for (const d of of(kind)) assert.ok(/^[\w.]+ \[\d\] @\d+ key=[^\s:]+(?: .*)?: \{/m.test(d.text), d.id);
    assert.ok(of('kcat dead-letter exam registrations').every((d) => d.text.includes('dlq.error.message=')));
    assert.ok(
      of('MQTT interpreter dispatch court and police').every((d) =>
        /^agency\/bookings\/BK-\d{7}\/assigned \{/m.test(d.text),
      ),
    );
    for (const d of of('RabbitMQ get messages course-fee subsidy base64')) {
      const body = d.text.slice(d.text.indexOf('\n') + 1);
      const [message] = JSON.parse(body) as { payload: string; payload_encoding: string }[];
      assert.equal(message.payload_encoding, 'string');
      assert.ok((JSON.parse(message.payload) as { learner: { family: string } }).learner.family, d.id);
    }
    assert.ok(
      of('RabbitMQ dead-letter job-centre booking').every((d) =>
        d.text.includes('x-death: [{count: 1, reason: rejected'),
      ),
    );
    assert.ok(
      of('AMQP delivery course payment card').every((d) => d.text.startsWith('--- basic.deliver delivery_tag=')),
    );
    for (const kind of [
      'kcat course schedule (no person)',
      'MQTT interpreter pool availability (no person)',
      'RabbitMQ queue statistics (no person)',
      'CloudEvents agency invoice to public body (no person)',
    ])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    // Base64 headers: each labelled run is the exact base64 of what it encodes.
    let encoded = 0;
    for (const d of docs)
      for (const e of d.entities) {
        const v = d.text.slice(e.start, e.end);
        assert.ok(!/^["{[,\s\\]|["}\],\s\\]$/.test(v), `${d.id}: ${v}`);
        if (BASE64_BEFORE.test(d.text.slice(e.start - 8, e.start))) {
          encoded++;
          const plain = Buffer.from(v, 'base64').toString('utf8');
          assert.equal(Buffer.from(plain, 'utf8').toString('base64'), v, d.id);
        }
      }
    assert.ok(encoded >= 12, `${encoded} base64 labels`);
  });
});
