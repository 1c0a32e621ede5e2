import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { delimiterHints } from '../../../nodes/core/privacy/tables.js';

/**
 * The cheap searches that spare the name and table detectors a pattern must find what the pattern
 * finds: table delimiters searched character by character, greetings and forwarding marks tried
 * only on lines whose first letter can begin one.
 */
const scanner = new PrivacyScanner();
const found = (text: string) => scanner.scan(text).map((e) => [e.type, text.slice(e.start, e.end)]);

describe('privacy line hints (same places and findings as the patterns)', () => {
  it('delimiter hints are the places of the delimiter pattern, from any growing start', () => {
    const pattern = /[\t;|]|,(?![ \d])/g;
    const alphabet = ['\t', ';', '|', ',', ',', ' ', '7', 'a', 'B', '\n', ','];
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join('');
      const next = delimiterHints(text);
      for (let from = 0; from <= text.length + 1; from += 1 + random(4)) {
        pattern.lastIndex = from;
        const m = pattern.exec(text);
        assert.equal(next(from), m ? m.index : -1, JSON.stringify({ text, from }));
      }
    }
  });

  it('a table is found by a comma heading after prose commas, and by a bar after a semicolon line', () => {
    assert.deepEqual(found('Hallo, 3, 4 und so, weiter.\nName,Geburtsdatum\nJana Okafor,03.03.1985\n'), [
      ['PERSON', 'Jana Okafor'],
      ['DATE_OF_BIRTH', '03.03.1985'],
    ]);
    assert.deepEqual(found('a; b\n\n| Name | Ort |\n| Jana Okafor | Kassel |\n'), [['PERSON', 'Jana Okafor']]);
  });

  it('greetings and forwarding marks after blanks and in capitals are still read', () => {
    assert.deepEqual(found(' \tHALLO Jana,\nwie geht es?'), [['PERSON', 'Jana']]);
    assert.deepEqual(found('Bericht\n  i.A. Jana Okafor'), [['PERSON', 'Jana Okafor']]);
  });
});
