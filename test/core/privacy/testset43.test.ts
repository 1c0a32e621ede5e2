import { HAND_WRITTEN_43, privacyTestSet43 } from '../../support/privacy-testset43/index.js';
import { CODES, MARK } from '../../support/privacy-testset43/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset43/names.js';
import { R250 } from '../../support/privacy-testset43/random.js';
import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../../support/privacy-testset43/values.js';
import { COMPUTED } from '../../support/held-out-markup.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { assertGslStream, describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

/**
 * A labelled value as it reads once the recogniser's file format is taken away: a WebVTT or SRT cue boundary inside
 * it (blank line, cue number, timing line, voice tag) read as a space; a run over JSON word items read as its
 * words ("content" of AWS Transcribe, "word" of Google and Whisper) joined by spaces.
 */
function decoded(value: string): string {
  if (value.includes('-->'))
    return value
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^\d+$/.test(line) && !line.includes('-->'))
      .map((line) => line.replace(/<\/?v[^>]*>/g, ''))
      .join(' ');
  if (/"\s*[,}\]]/.test(value))
    return [...`"content":"${value}"`.matchAll(/"(?:content|word)":"([^"]*)"/g)].map((m) => m[1]).join(' ');
  return value;
}

const DIGITS: Record<string, string> = {
  null: '0',
  zero: '0',
  oh: '0',
  eins: '1',
  one: '1',
  zwei: '2',
  two: '2',
  drei: '3',
  three: '3',
  vier: '4',
  four: '4',
  fünf: '5',
  five: '5',
  sechs: '6',
  six: '6',
  sieben: '7',
  seven: '7',
  acht: '8',
  eight: '8',
  neun: '9',
  nine: '9',
  plus: '+',
};

/** A spoken value written back: digits in words read as digits, "at … dot/punkt …" as an address. */
function spoken(type: string, value: string): string {
  if (type === 'PHONE_NUMBER' && /[a-zäöü]/i.test(value))
    return value
      .split(/\s+/)
      .map((w) => DIGITS[w.toLowerCase()] ?? w)
      .join('');
  if (type === 'EMAIL_ADDRESS' && value.includes(' at '))
    return value
      .replace(/ (?:dot|punkt) /g, '.')
      .replace(' at ', '@')
      .replace(/\s/g, '');
  return value;
}

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 43,
  docs: privacyTestSet43,
  handWritten: HAND_WRITTEN_43,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⟦⟧]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  // Every earlier set, 42 included: names and texts of all of them are checked.
  earlier: () => testSetsBefore(43),
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
  // Look-alikes never labelled: German book numbers, cells, English prison numbers.
  lookAlikes: [/\bBUCH-\d{6}\b/, /\bCELL-[A-H]\d-\d{3}\b/, /\bA\d{4}[A-Z]{2}\b/],
  // A value split over cues or word items is checked as the words it stands for; a spoken value as written back.
  wholeValue: (label, text) => decoded(text.slice(label.start, label.end)),
  spoken,
});

describe('set 43 generator parts', () => {
  // Expected values from GSL 2.7.1's own gsl_rng_r250 (an independent implementation in C):
  //   #include <stdio.h>
  //   #include <gsl/gsl_rng.h>
  //   int main(void) {
  //     unsigned long seeds[] = {431206UL, 43UL, 0UL};
  //     for (int k = 0; k < 3; k++) {
  //       gsl_rng *r = gsl_rng_alloc(gsl_rng_r250);
  //       gsl_rng_set(r, seeds[k]);
  //       for (int i = 0; i < 8; i++) printf("%lu%s", gsl_rng_get(r), i < 7 ? ", " : "\n");
  //       for (int i = 8; i < 99999; i++) gsl_rng_get(r);
  //       printf("100000th: %lu\n", gsl_rng_get(r));
  //       gsl_rng_free(r);
  //     }
  //     return 0;
  //   }
  // compiled and run with `gcc kat.c -o kat -lgsl -lgslcblas -lm && ./kat` (libgsl-dev 2.7.1).
  it('r250 gives the known answers of GSL; a seed gives one sequence, another seed another', () => {
    const cases: [number, number[], number][] = [
      [
        431206,
        [820493704, 2413427256, 1665675976, 3083894360, 1114050056, 229886200, 183735240, 2679572824],
        499960424,
      ],
      [43, [3720333668, 3137115948, 2326028036, 2634771580, 991627748, 1887046828, 185589188, 4211700124], 3593656264],
      [0, [985332332, 2548108996, 1634299164, 2974828900, 2885529388, 4238894852, 1999668348, 3247012324], 1411640936],
    ];
    assertGslStream(
      (seed) => new R250(seed),
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

  it('decodes cue boundaries, word items and spoken values the labels are checked through', () => {
    assert.equal(decoded('Ozais\n\n00:00:04.100 --> 00:00:06.900\nKirdyashkin'), 'Ozais Kirdyashkin');
    assert.equal(
      decoded(
        'Talagi"}],"type":"pronunciation"},\n{"start_time":"1.20","alternatives":[{"confidence":"0.5","content":"Heka',
      ),
      'Talagi Heka',
    );
    assert.equal(decoded('Pisim","speakerTag":2},\n{"startTime":"3.1s","word":"Wuttunee'), 'Pisim Wuttunee');
    assert.equal(spoken('PHONE_NUMBER', 'null eins sieben eins zwei drei vier fünf sechs'), '017123456');
    assert.equal(spoken('EMAIL_ADDRESS', 'ozais punkt kemi at web punkt de'), 'ozais.kemi@web.de');
  });

  it('writes every recogniser format with its own syntax; values run over cues and items', () => {
    const docs = privacyTestSet43().filter((d) => d.origin === 'generated');
    const of = (kind: string) => docs.filter((d) => d.kind === kind);
    assert.ok(of('WebVTT video visit').every((d) => d.text.startsWith('WEBVTT') && d.text.includes('<v ')));
    assert.ok(of('SRT hearing by video link').every((d) => /^1\n\d\d:\d\d:\d\d,\d{3} --> /.test(d.text)));
    assert.ok(of('AWS Transcribe JSON monitored call').every((d) => JSON.parse(d.text).results.items.length > 10));
    assert.ok(of('Whisper verbose JSON supervision interview').every((d) => JSON.parse(d.text).segments.length === 3));
    assert.ok(
      of('Google Speech-to-Text JSON victim liaison call').every(
        (d) => JSON.parse(d.text).results[0].alternatives[0].words.length >= 9,
      ),
    );
    for (const kind of [
      'WebVTT chaplaincy notice (no person)',
      'SRT induction video (no person)',
      'AWS Transcribe JSON switchboard menu (no person)',
    ])
      assert.ok(of(kind).every((d) => d.entities.length === 0));
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20);
    const labelled = docs.flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end)));
    assert.ok(
      labelled.some((v) => v.includes('-->')),
      'a name over two cues',
    );
    assert.ok(
      labelled.some((v) => v.includes('"content":"')),
      'a value over AWS items',
    );
    assert.ok(
      labelled.some((v) => v.includes('"word":"')),
      'a name over Google words',
    );
    assert.ok(
      labelled.some((v) => / at .* (?:dot|punkt) /.test(decoded(v))),
      'a spoken e-mail address',
    );
    assert.ok(
      labelled.some((v) => /^(?:null|zero|plus) /.test(v)),
      'a phone number in words',
    );
    for (const v of labelled) assert.ok(!/^["{[,]|["}\],]$/.test(v), v);
  });
});
