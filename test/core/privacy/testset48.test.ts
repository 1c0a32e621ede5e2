import { HAND_WRITTEN_48, privacyTestSet48 } from '../../support/privacy-testset48/index.js';
import { CODES, MARK } from '../../support/privacy-testset48/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset48/names.js';
import { Ranlux } from '../../support/privacy-testset48/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset48/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/** A value Python's json.dumps wrote with ensure_ascii, inside a notebook's JSON string: `\\u00e9` (escaped again). */
const ESCAPED = /\\+u([0-9a-fA-F]{4})/g;
const unescaped = (v: string) => v.replace(ESCAPED, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 48,
  docs: privacyTestSet48,
  handWritten: HAND_WRITTEN_48,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 47 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(48),
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
  // Look-alikes never labelled: reader (card) numbers, interlibrary-loan requests, archive request numbers.
  lookAlikes: [/\bLN-\d{8}\b/, /\bFL-2026-\d{5}\b/, /\bARC\/\d{4}\/\d{4}\b/],
  // A value ASCII-escaped by json.dumps is checked as the text it stands for.
  wholeValue: (label, text) => unescaped(text.slice(label.start, label.end)),
});

interface Notebook {
  cells: {
    cell_type: string;
    execution_count?: number | null;
    id: string;
    source: string[];
    outputs?: {
      output_type: string;
      name?: string;
      text?: string[];
      data?: Record<string, string[] | string>;
      ename?: string;
      evalue?: string;
      traceback?: string[];
    }[];
  }[];
  metadata: { kernelspec: { name: string }; authors: { name: string }[] };
  nbformat: number;
}

describe('set 48 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_ranlux (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {481207UL, 48UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranlux);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1+dfsg-5+deb12u1).
  it('ranlux gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [481207, [6022135, 5024820, 5372436, 15115294, 16699198, 4308151, 7089360, 3577861], 832921],
      [48, [6760634, 12200029, 11297431, 10514665, 6398538, 14819321, 6147008, 45908], 12461757],
      [0, [9056646, 12776696, 1011656, 13354708, 5139066, 1388751, 11163902, 7730127], 15137649],
    ];
    assertGslStream(
      (seed) => new Ranlux(seed),
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

  it('writes nbformat 4 notebooks, nbconvert exports and nbdime diffs with their own syntax', () => {
    const docs = privacyTestSet48().filter((d) => d.origin === 'generated');
    const notebooks = docs.filter((d) => d.kind.startsWith('notebook '));
    assert.ok(notebooks.length >= 100, `${notebooks.length} notebooks`);
    let html = 0;
    let errors = 0;
    let sql = 0;
    for (const d of notebooks) {
      const nb = JSON.parse(d.text) as Notebook;
      assert.equal(nb.nbformat, 4, d.id);
      assert.equal(nb.metadata.kernelspec.name, 'python3', d.id);
      assert.ok(nb.metadata.authors[0].name.length > 0, d.id);
      for (const cell of nb.cells) {
        assert.ok(Array.isArray(cell.source) && cell.source.every((l) => l.endsWith('\n')), d.id);
        for (const o of cell.outputs ?? []) {
          if (o.output_type === 'stream') assert.ok(o.name === 'stdout' && o.text!.every((l) => l.endsWith('\n')));
          if (o.output_type === 'execute_result') assert.equal(o.data && 'text/plain' in o.data, true);
          if (o.data?.['text/html'] && (o.data['text/html'] as string[]).join('').includes('class="dataframe"')) html++;
          if (o.output_type === 'error') {
            errors++;
            assert.ok(o.ename && o.evalue !== undefined && o.traceback!.some((l) => l.includes('\u001b[0;31m')), d.id);
          }
        }
        if (cell.source[0]?.startsWith('%%sql')) sql++;
      }
    }
    assert.ok(
      html >= 40 && errors >= 12 && sql >= 12,
      `${html} DataFrame tables, ${errors} errors, ${sql} %%sql cells`,
    );
    for (const d of docs.filter((x) => x.kind.startsWith('nbconvert script')))
      assert.ok(d.text.startsWith('#!/usr/bin/env python\n# coding: utf-8') && /^# In\[\d+\]:$/m.test(d.text), d.id);
    for (const d of docs.filter((x) => x.kind.startsWith('nbdime')))
      assert.ok(/^nbdiff /.test(d.text) && d.text.includes('## modified /cells/'), d.id);
    for (const d of docs.filter((x) => x.kind.startsWith('nbconvert markdown')))
      assert.ok(d.text.includes('```python\n'), d.id);
    for (const d of docs.filter((x) => x.kind.includes('(no person)'))) assert.equal(d.entities.length, 0, d.id);
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    // Escaped values: each ASCII-escaped label is the exact escape of a name or address with non-ASCII letters.
    let escaped = 0;
    for (const d of docs)
      for (const e of d.entities) {
        const v = d.text.slice(e.start, e.end);
        assert.ok(!/^["{[,\s]|["}\],\s]$/.test(v), `${d.id}: ${v}`);
        if (ESCAPED.test(v)) escaped++;
        ESCAPED.lastIndex = 0;
      }
    assert.ok(escaped >= 12, `${escaped} escaped labels`);
  });
});
