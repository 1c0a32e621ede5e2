import { HAND_WRITTEN_41, privacyTestSet41 } from '../../support/privacy-testset41/index.js';
import { CODES, MARK } from '../../support/privacy-testset41/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset41/names.js';
import { Ranlxd1 } from '../../support/privacy-testset41/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset41/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/**
 * A labelled value as it reads once its encoding is undone: an RFC 2047 encoded word (a format-patch From header
 * with a non-ASCII name), or a word diff's run (the value as the added side has it).
 */
function decoded(value: string): string {
  const q = /^=\?UTF-8\?q\?(.*)\?=$/i.exec(value);
  if (q) {
    const bytes: number[] = [];
    for (let i = 0; i < q[1].length; i++) {
      if (q[1][i] === '=') {
        bytes.push(parseInt(q[1].slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(q[1][i] === '_' ? 0x20 : q[1].charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return value.replace(/\[-.*?-\]\{\+(.*?)\+\}/g, '$1');
}

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 41,
  docs: privacyTestSet41,
  handWritten: HAND_WRITTEN_41,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟬⟭]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 40 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(41),
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
  // Look-alikes never labelled: transponder UIDs (MIFARE, 04 and six more bytes), incident references, commit hashes.
  lookAlikes: [/\b04[0-9A-F]{12}\b/, /\bINC-26-\d{5}\b/, /\b[0-9a-f]{40}\b/],
  // A value in an RFC 2047 word or a word diff's run is checked as the text it stands for.
  wholeValue: (label, text) => decoded(text.slice(label.start, label.end)),
});

describe('set 41 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_ranlxd1 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {411206UL, 41UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranlxd1);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1).
  it('ranlxd1 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        411206,
        [1247913047, 4015109750, 3488894528, 3335905710, 1355230736, 1763945004, 402308090, 1581909256],
        2395560509,
      ],
      [
        41,
        [1247717569, 1511245691, 1710054903, 2056420235, 1808373740, 3750710155, 2614392181, 2420615609],
        2868562904,
      ],
      [0, [3584230921, 2648715038, 1908612004, 165431912, 2532731196, 856171773, 4132917928, 1603651739], 3556935764],
    ];
    assertGslStream(
      (seed) => new Ranlxd1(seed),
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

  it('decodes the encoded words and word-diff runs the labels are checked through', () => {
    assert.equal(decoded('=?UTF-8?q?K=C4=95s=C4=95r=20Tavrat?='), 'Kĕsĕr Tavrat');
    assert.equal(decoded('Fliederweg [-12,-]{+15,+} 36037 Fulda'), 'Fliederweg 15, 36037 Fulda');
  });

  it('writes every version-control format with its own syntax; no label takes a prefix, quote or marker', () => {
    const docs = privacyTestSet41().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    assert.ok(
      of('git diff of a data file').every((d) => d.text.startsWith('diff --git a/') && /\n@@ -\d/.test(d.text)),
    );
    assert.ok(
      of('git format-patch mail').every((d) => /^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001\nFrom: /.test(d.text)),
    );
    assert.ok(of('git log -p output').every((d) => /^commit [0-9a-f]{40}\nAuthor: /.test(d.text)));
    assert.ok(
      of('data file with merge conflict markers').every(
        (d) => d.text.includes('<<<<<<< HEAD\n') && d.text.includes('\n=======\n') && d.text.includes('>>>>>>> '),
      ),
    );
    assert.ok(of('git diff --word-diff').every((d) => /\[-|\{\+/.test(d.text)));
    assert.ok(of('svn diff').every((d) => d.text.startsWith('Index: trunk/') && d.text.includes('(working copy)')));
    assert.ok(of('hg export').every((d) => d.text.startsWith('# HG changeset patch\n# User ')));
    for (const kind of ['git diff of reference data (no person)', 'format-patch of reference data (no person)'])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    for (const d of docs)
      for (const e of d.entities) {
        const value = d.text.slice(e.start, e.end);
        assert.ok(!/^[-+ ]?["'{]|["<>]|\n/.test(value), `${d.id}: ${value}`);
      }
    // A value changed between the removed and the added line, a name in a hunk header, an encoded author.
    const labelled = docs.flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end)));
    assert.ok(labelled.some((v) => v.startsWith('=?UTF-8?q?')));
    assert.ok(labelled.some((v) => /\[-.*-\]\{\+/.test(v)));
    assert.ok(
      docs.some((d) =>
        d.entities.some((e) => e.type === 'PERSON' && /\n@@ [^\n]* @@ [^\n]*$/.test(d.text.slice(0, e.end))),
      ),
    );
  });
});
