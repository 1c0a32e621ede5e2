import assert from 'node:assert/strict';
import { codeUnitTest, isWhiteSpace } from '../../../nodes/core/privacy/code-units.js';
import { LOWER, UPPER } from '../../../nodes/core/privacy/letters.js';

describe('codeUnitTest', () => {
  it('answers every code unit as the pattern answers its one-character string', () => {
    const patterns = [
      new RegExp(`[${UPPER}]`),
      new RegExp(`^[${LOWER}]$`),
      /[a-zäöüß]/i,
      /\s/,
      /^(?:[^\S\t]|[()./_-])$/,
      /\p{L}/u,
      /^[,.;:!?)\r\n]$/,
    ];
    for (const pattern of patterns) {
      const test = codeUnitTest(pattern);
      // Twice: the first answer is asked, the second read from the table.
      for (let round = 0; round < 2; round++)
        for (let code = 0; code <= 0xffff; code++) {
          const expected = pattern.test(String.fromCharCode(code));
          if (test(code) !== expected) assert.fail(`${pattern} at U+${code.toString(16)}: ${!expected}`);
        }
    }
  });

  it('reads text as the pattern reads text[i], and no character past either end', () => {
    const isSpace = codeUnitTest(/\s/);
    const text = 'a\u00a0b\u2009c d';
    for (let i = 0; i < text.length; i++) assert.equal(isSpace(text.charCodeAt(i)), /\s/.test(text[i]));
    assert.equal(isSpace(text.charCodeAt(-1)), false);
    assert.equal(isSpace(text.charCodeAt(text.length)), false);
  });

  it('asks the pattern once per code unit', () => {
    const pattern = /[A-Z]/;
    let asked = 0;
    const test = pattern.test.bind(pattern);
    pattern.test = (s: string) => {
      asked++;
      return test(s);
    };
    const isCapital = codeUnitTest(pattern);
    for (const ch of 'AbAbAb') isCapital(ch.charCodeAt(0));
    assert.equal(asked, 2);
  });

  it('refuses patterns that keep a lastIndex (their answers would depend on the last call)', () => {
    assert.throws(() => codeUnitTest(/a/g), /lastIndex/);
    assert.throws(() => codeUnitTest(/a/y), /lastIndex/);
  });
});

describe('isWhiteSpace', () => {
  it('answers as `\\s` and trim() do for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (isWhiteSpace(c) !== /\s/.test(s) || isWhiteSpace(c) !== (s.trim() === '')) differ.push(c);
    }
    assert.deepEqual(differ, []);
  });
});
