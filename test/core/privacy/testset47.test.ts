import { HAND_WRITTEN_47, privacyTestSet47 } from '../../support/privacy-testset47/index.js';
import { CODES, MARK } from '../../support/privacy-testset47/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset47/names.js';
import { Taus113 } from '../../support/privacy-testset47/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset47/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/** A base64 value stands after a request header whose name ends in `-B64`. */
const BASE64_BEFORE = /-B64: $/;
/** A URL-encoded value: a percent escape, or a `+` for a space inside a run without spaces. */
const URL_ENCODED = (v: string) => /%[0-9A-F]{2}/i.test(v) || (/^[^+\s]+\+/.test(v) && !/\s/.test(v));
const urlDecoded = (v: string) => decodeURIComponent(v.replace(/\+/g, ' '));

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 47,
  docs: privacyTestSet47,
  handWritten: HAND_WRITTEN_47,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟬⟭]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 46 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(47),
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
  // Look-alikes never labelled: appointment, visa application and case numbers.
  lookAlikes: [/\bAPT-\d{8}\b/, /\bVIS-2026-\d{6}\b/, /\bKA-\d{5}\/26\b/],
  // A base64 value (after a `-B64:` header) or a URL-encoded one is checked as the text it encodes.
  wholeValue: (label, text) => {
    const value = text.slice(label.start, label.end);
    if (BASE64_BEFORE.test(text.slice(Math.max(0, label.start - 8), label.start)))
      return Buffer.from(value, 'base64').toString('utf8');
    return URL_ENCODED(value) ? urlDecoded(value) : value;
  },
});

describe('set 47 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_taus113 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {471207UL, 47UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_taus113);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1+dfsg-5+deb12u1).
  it('taus113 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        471207,
        [266330872, 3315454988, 3452474479, 2681246525, 4103036125, 3426159641, 1397906396, 1839321035],
        3968596773,
      ],
      [47, [1821408151, 3394220058, 873501584, 1930626412, 3853613503, 279696143, 2743473635, 2202268402], 1375417802],
      [0, [3484351685, 2581081208, 3376834034, 1618536185, 3018133321, 2276355000, 3445469530, 2541135111], 2932339183],
    ];
    assertGslStream(
      (seed) => new Taus113(seed),
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

  it('writes HAR 1.2 files, curl -v transcripts, DevTools snippets and proxy logs with their own syntax', () => {
    const docs = privacyTestSet47().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    const harKinds = [
      'HAR passport renewal appointment form-urlencoded',
      'HAR birth abroad registration JSON',
      'HAR life certificate multipart pension number',
      'HAR repatriation loan form-urlencoded',
      'HAR visa fee card payment',
      'HAR marriage abroad registration',
      'HAR appointment slots base64 (no person)',
    ];
    for (const kind of harKinds) {
      assert.ok(of(kind).length > 0, kind);
      for (const d of of(kind)) {
        const har = JSON.parse(d.text) as {
          log: {
            version: string;
            entries: { request: { method: string; url: string }; response: { status: number } }[];
          };
        };
        assert.equal(har.log.version, '1.2');
        assert.ok(har.log.entries.length > 0 && har.log.entries[0].request.url.startsWith('https://'), d.id);
      }
    }
    for (const d of of('HAR appointment slots base64 (no person)')) {
      const har = JSON.parse(d.text) as {
        log: { entries: { response: { content: { encoding: string; text: string } } }[] };
      };
      const content = har.log.entries[0].response.content;
      assert.equal(content.encoding, 'base64');
      assert.ok(
        (JSON.parse(Buffer.from(content.text, 'base64').toString('utf8')) as { slots: unknown[] }).slots.length,
      );
    }
    for (const kind of [
      'curl -v visa application multipart',
      'curl -v citizen in distress case',
      'curl -v honorary consul notarial appointment',
      'curl -v case update base64 headers',
      'curl -v fee schedule (no person)',
    ])
      for (const d of of(kind)) assert.ok(/^\$ curl -s?v/m.test(d.text) && /^< HTTP\/[12.]+ \d{3}/m.test(d.text), d.id);
    for (const kind of ['Copy as fetch apostille order with card', 'Copy as fetch travel advice (no person)'])
      for (const d of of(kind)) assert.ok(d.text.startsWith('fetch("https://'), d.id);
    assert.ok(of('Copy as cURL emergency travel document').every((d) => d.text.includes("--data-raw '")));
    assert.ok(of('proxy log overseas voter registration').every((d) => /^\S+ - - \[\d{2}\/\w{3}\/2026:/m.test(d.text)));
    for (const kind of [
      'HAR appointment slots base64 (no person)',
      'curl -v fee schedule (no person)',
      'proxy log static assets (no person)',
      'Copy as fetch travel advice (no person)',
    ])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    // Encoded values: each base64 run is the exact base64 of what it encodes, each URL-encoded run the exact
    // form encoding of what it decodes to.
    let base64 = 0;
    let urlEncoded = 0;
    for (const d of docs)
      for (const e of d.entities) {
        const v = d.text.slice(e.start, e.end);
        assert.ok(!/^["{[,\s\\&=]|["}\],\s\\&]$/.test(v), `${d.id}: ${v}`);
        if (BASE64_BEFORE.test(d.text.slice(e.start - 8, e.start))) {
          base64++;
          const plain = Buffer.from(v, 'base64').toString('utf8');
          assert.equal(Buffer.from(plain, 'utf8').toString('base64'), v, d.id);
        } else if (URL_ENCODED(v)) {
          urlEncoded++;
          assert.equal(encodeURIComponent(urlDecoded(v)).replace(/%20/g, '+'), v, d.id);
        }
      }
    assert.ok(base64 >= 12, `${base64} base64 labels`);
    assert.ok(urlEncoded >= 100, `${urlEncoded} URL-encoded labels`);
  });
});
