import { HAND_WRITTEN_37, privacyTestSet37 } from '../../support/privacy-testset37/index.js';
import { CODES, MARK } from '../../support/privacy-testset37/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset37/names.js';
import { Zuf } from '../../support/privacy-testset37/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset37/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 37,
  docs: privacyTestSet37,
  handWritten: HAND_WRITTEN_37,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⸢⸣]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 36 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(37),
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
  // Look-alikes never labelled: employee numbers and Windows security identifiers.
  lookAlikes: [/\bEMP-\d{5}\b/, /\bS-1-5-21-\d+-\d+-\d+-\d+\b/],
  // An LDIF value in base64 (after `::`) is checked as the text it encodes; a distinguished name by its cn.
  wholeValue: (label, text) => {
    const value = text.slice(label.start, label.end);
    if (!/:: $/.test(text.slice(label.start - 3, label.start))) return value;
    const plain = Buffer.from(value, 'base64').toString('utf8');
    return /^cn=/.test(plain) ? plain.slice(3, plain.indexOf(',')) : plain.replace(/\$/g, ', ');
  },
});

describe('set 37 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_zuf (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {3720261206UL, 37UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_zuf);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('zuf gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [3720261206, [9230913, 16726445, 1232004, 5305053, 10226109, 4192280, 10825655, 5958800], 4037660],
      [37, [11797917, 11067939, 14682805, 9569536, 9037341, 4028707, 14777931, 6877489], 12550947],
      [0, [4395825, 16635458, 1285456, 14679414, 15192850, 14194329, 12612683, 9076772], 15141743],
    ];
    assertGslStream(
      (seed) => new Zuf(seed),
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

  it('writes every directory format with its own syntax', () => {
    const docs = privacyTestSet37().filter((d) => d.origin === 'generated');
    const of = (prefix: string) => docs.filter((d) => d.kind.startsWith(prefix));
    assert.ok(
      of('LDIF').every((d) => d.text.startsWith('version: 1\n') && d.text.includes('objectClass: inetOrgPerson')),
    );
    assert.ok(
      of('LDIF').some((d) => /\n[a-zA-Z]+:: [A-Za-z0-9+/=]+\n/.test(d.text)),
      'base64 values',
    );
    assert.ok(
      of('LDIF').every((d) => /\n [^\n]/.test(d.text)),
      'folded lines',
    );
    assert.ok(of('SCIM').every((d) => d.text.includes('"urn:ietf:params:scim:schemas:core:2.0:User"')));
    assert.ok(
      of('Get-ADUser').every((d) => d.text.includes('Get-ADUser -Filter *') && /\nSID +: S-1-5-21-/.test(d.text)),
    );
    assert.ok(of('getent').every((d) => d.text.includes(':/bin/bash\n')));
    // A label in a base64 value covers the whole run and what it encodes is the labelled kind of value; no label
    // takes in a quote of the JSON or CSV around it.
    let encoded = 0;
    for (const d of docs)
      for (const e of d.entities) {
        const line = d.text.slice(d.text.lastIndexOf('\n', e.start) + 1, e.start);
        const value = d.text.slice(e.start, e.end);
        if (/^[a-zA-Z]+:: $/.test(line)) {
          encoded++;
          assert.match(d.text.slice(e.end, e.end + 1), /\n/, d.id);
          const plain = Buffer.from(value, 'base64').toString('utf8');
          assert.equal(Buffer.from(plain, 'utf8').toString('base64'), value, d.id);
          if (e.type === 'PERSON') assert.match(plain, /\p{Lu}\p{Ll}/u, d.id);
          else assert.equal(e.type, 'POSTAL_ADDRESS', d.id);
        } else assert.ok(!/^[a-zA-Z]+:: /.test(line), d.id);
        assert.ok(!/["\\]/.test(value), d.id);
      }
    assert.ok(encoded > 0, 'base64 values labelled');
  });
});
