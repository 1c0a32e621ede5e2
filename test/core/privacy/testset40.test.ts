import { HAND_WRITTEN_40, privacyTestSet40 } from '../../support/privacy-testset40/index.js';
import { CODES, MARK } from '../../support/privacy-testset40/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset40/names.js';
import { Ranlux389 } from '../../support/privacy-testset40/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset40/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/**
 * A labelled value as it reads once its encoding is undone: an FDF literal string's octal and other escapes, an
 * FDF UTF-16BE hex string (FEFF…), a pdftk value's numeric character references and XML entities.
 */
function decoded(value: string): string {
  if (/^FEFF(?:[0-9A-F]{4})+$/.test(value))
    return String.fromCharCode(...(value.slice(4).match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  return value
    .replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)))
    .replace(/\\r/g, '\n')
    .replace(/\\([()\\])/g, '$1')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 40,
  docs: privacyTestSet40,
  handWritten: HAND_WRITTEN_40,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 39 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(40),
  least: {
    hand: 60,
    generated: 160,
    handPerLanguage: 30,
    generatedPerLanguage: 70,
    handKinds: 60,
    generatedKinds: 7,
    cultures: 25,
    namesPerCulture: 4,
    distinctGeneratedNames: 200,
    generatedCultures: 25,
  },
  // Look-alikes never labelled: VINs (a manufacturer's code, ZZZ, serial) and rental or repair order numbers.
  lookAlikes: [/\b[A-Z0-9]{3}ZZZ[A-Z0-9]{5}\d{6}\b/, /\bRA-\d{2}-\d{5}\b/],
  // A value in an FDF or pdftk encoding is checked as the text it encodes.
  wholeValue: (label, text) => decoded(text.slice(label.start, label.end)),
});

describe('set 40 generator parts', () => {
  // Expected values from GSL 2.7's own gsl_rng_ranlux389 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {401206UL, 40UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_ranlux389);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7).
  it('ranlux389 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [401206, [13463075, 3217037, 1082690, 10073325, 10073555, 7484045, 3288605, 16280060], 6533413],
      [40, [14022498, 15759081, 1025947, 3169788, 10924507, 6757057, 2326389, 8426893], 10674530],
      [0, [9056646, 12776696, 1011656, 13354708, 5139066, 1388751, 11163902, 7730127], 8479263],
    ];
    assertGslStream(
      (seed) => new Ranlux389(seed),
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

  it('decodes the PDF and pdftk encodings the labels are checked through', () => {
    assert.equal(decoded('M\\344gi'), 'Mägi');
    assert.equal(decoded('FEFF004B0159'), 'Kř');
    assert.equal(decoded('P&#257;rnits &amp; Co'), 'Pārnits & Co');
  });

  it('writes every field-data format with its own syntax; no label takes a quote, bracket or parenthesis', () => {
    const docs = privacyTestSet40().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    assert.ok(
      of('XFDF export of a filled form').every((d) => d.text.includes('<xfdf xmlns="http://ns.adobe.com/xfdf/"')),
    );
    assert.ok(of('FDF export of a filled form').every((d) => d.text.startsWith('%FDF-1.2') && d.text.includes('/T (')));
    assert.ok(of('pdftk dump_data_fields output').every((d) => d.text.startsWith('---\nFieldType: ')));
    assert.ok(
      of('blank form field list (pdftk)').every((d) => d.entities.length === 0 && !d.text.includes('FieldValue')),
    );
    assert.ok(of('recall campaign XFDF (vehicles only)').every((d) => d.entities.length === 0));
    // Encoded values occur: octal escapes, UTF-16BE hex strings and numeric character references.
    const labelled = docs.flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end)));
    assert.ok(labelled.some((v) => /\\[0-7]{3}/.test(v)));
    assert.ok(labelled.some((v) => /^FEFF/.test(v)));
    assert.ok(labelled.some((v) => /&#\d+;/.test(v)));
    for (const d of docs)
      for (const e of d.entities) {
        const value = d.text.slice(e.start, e.end);
        // A phone number's own parentheses stay balanced; a string's delimiters never belong to a label.
        const bare = value.replace(/\\[()]/g, '');
        const open = (bare.match(/\(/g) ?? []).length;
        assert.ok(!/["<>]/.test(value) && open === (bare.match(/\)/g) ?? []).length, `${d.id}: ${value}`);
      }
    // Checkboxes in each format's spelling.
    assert.ok(docs.some((d) => d.text.includes('/V /Yes')) && docs.some((d) => d.text.includes('/V /Off')));
    assert.ok(docs.some((d) => d.text.includes('FieldStateOption: Yes')));
  });
});
