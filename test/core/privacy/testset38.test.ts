import { HAND_WRITTEN_38, privacyTestSet38 } from '../../support/privacy-testset38/index.js';
import { CODES, MARK } from '../../support/privacy-testset38/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset38/names.js';
import { KnuthRan2002 } from '../../support/privacy-testset38/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset38/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/** A base64 value stands after a field name ending in `_b64` or a link's `g=` parameter. */
const BASE64_BEFORE = /(?:_b64":"|_b64=|[?&]g=)$/;
/** A percent-encoded query value: an escape, or a "+" for a space between letters or digits. */
const URL_ENCODED = (v: string) => /%[0-9A-Fa-f]{2}/.test(v) || /[\p{L}\d]\+[\p{L}\d]/u.test(v);

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 38,
  docs: privacyTestSet38,
  handWritten: HAND_WRITTEN_38,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦅⦆]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 37 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(38),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 10,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: booking numbers and employee numbers.
  lookAlikes: [/\bBK-\d{7}\b/, /\bEMP-\d{5}\b/],
  // A base64 or percent-encoded value is checked as the text it encodes.
  wholeValue: (label, text) => {
    const value = text.slice(label.start, label.end);
    if (BASE64_BEFORE.test(text.slice(Math.max(0, label.start - 8), label.start)))
      return Buffer.from(value, 'base64').toString('utf8');
    if (URL_ENCODED(value)) return decodeURIComponent(value.replace(/\+/g, ' '));
    return value;
  },
});

describe('set 38 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_knuthran2002 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3820261206UL, 38UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_knuthran2002);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('knuthran2002 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [3820261206, [879152163, 183118379, 949178837, 512789589, 13225089, 391648980, 859134143, 268474970], 1446765],
      [38, [806641328, 511688652, 937137644, 70661773, 143528099, 768760601, 720527222, 934766934], 747760938],
      [0, [512263819, 254049029, 667424266, 250983279, 84386153, 208871668, 530886531, 1064357929], 765423290],
    ];
    assertGslStream(
      (seed) => new KnuthRan2002(seed),
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

  it('writes every log format with its own syntax; encoded values are labelled over the whole run', () => {
    const docs = privacyTestSet38().filter((d) => d.origin === 'generated');
    const of = (prefix: string) => docs.filter((d) => d.kind.startsWith(prefix));
    assert.ok(of('logfmt').every((d) => /^ts=\S+ level=info /.test(d.text)));
    assert.ok(of('ECS').every((d) => d.text.split('\n').every((l) => !l || JSON.parse(l))));
    assert.ok(of('RFC 5424').every((d) => /^<134>1 \S+ \S+ \S+ \d+ GUEST \[booking@32473 /.test(d.text)));
    assert.ok(of('Java').every((d) => d.text.includes('\tat java.base/')));
    assert.ok(of('reverse-proxy').every((d) => / - - \[\d\d\/\w{3}\/2026:/.test(d.text)));
    assert.ok(of('OpenTelemetry').every((d) => JSON.parse(d.text).resourceLogs.length === 1));
    let encoded = 0;
    let base64 = 0;
    for (const d of docs)
      for (const e of d.entities) {
        const value = d.text.slice(e.start, e.end);
        assert.ok(!/["\\]/.test(value), d.id);
        if (BASE64_BEFORE.test(d.text.slice(e.start - 8, e.start))) {
          base64++;
          const plain = Buffer.from(value, 'base64').toString('utf8');
          assert.equal(Buffer.from(plain, 'utf8').toString('base64'), value, d.id);
          assert.match(d.text.slice(e.end, e.end + 1), /"/, d.id);
        } else if (d.kind.startsWith('reverse-proxy') && e.type !== 'IP_ADDRESS') {
          encoded++;
          assert.match(d.text.slice(e.start - 1, e.start), /=/, d.id);
          assert.match(d.text.slice(e.end, e.end + 1), /[& ]/, d.id);
          assert.ok(!/[ @]/.test(value), d.id);
        }
      }
    assert.ok(encoded > 0 && base64 > 0, 'encoded values labelled');
  });
});
