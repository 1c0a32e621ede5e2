import assert from 'node:assert/strict';
import { composeIBAN, countrySpecs, isValidIBAN } from 'ibantools';
import { ibanValid } from '../../../nodes/core/privacy/iban-validity.js';
import { seededRandom } from '../../../nodes/core/seeded-random.js';

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A BBAN in the country's format, read from its pattern's "[A-Z]{n}" / "[0-9]{n}" / "[A-Z0-9]{n}" parts. */
function bbanFor(pattern: string, next: () => number): string {
  const pick = (chars: string) => chars[Math.floor(next() * chars.length)];
  let bban = '';
  for (const m of pattern.matchAll(/\[(A-Z|0-9|A-Z0-9|0-9A-Z)\]\{(\d+)\}/g))
    for (let i = 0; i < Number(m[2]); i++)
      bban += pick(m[1] === 'A-Z' ? LETTERS : m[1] === '0-9' ? DIGITS : LETTERS + DIGITS);
  return bban;
}

describe('IBAN validity with compiled BBAN patterns', () => {
  it('answers as ibantools does for IBANs of every country, valid, mistyped and with odd check digits', () => {
    const next = seededRandom(20261203);
    let valid = 0;
    let checked = 0;
    const compare = (iban: string) => {
      checked++;
      const expected = isValidIBAN(iban);
      if (expected) valid++;
      assert.equal(ibanValid(iban), expected, iban);
    };
    for (const [country, spec] of Object.entries(countrySpecs)) {
      if (!spec.bban_regexp) continue;
      for (let n = 0; n < 60; n++) {
        const bban = bbanFor(spec.bban_regexp, next);
        const iban = composeIBAN({ countryCode: country, bban }) ?? `${country}00${bban}`;
        compare(iban);
        // A character changed, check digits that only the MOD 97 test accepts (00, 01, 99), a character more or less.
        const at = 2 + Math.floor(next() * (iban.length - 2));
        compare(iban.slice(0, at) + (DIGITS + LETTERS)[Math.floor(next() * 36)] + iban.slice(at + 1));
        for (const check of ['00', '01', '99', '97', '98']) compare(country + check + iban.slice(4));
        compare(iban + '0');
        compare(iban.slice(0, -1));
      }
    }
    // Not upper-case letters and digits: ibantools answers.
    for (const odd of ['de89370400440532013000', 'DE89 3704 0044 0532 0130 00', '', 'D', 'XX00'])
      assert.equal(ibanValid(odd), isValidIBAN(odd), odd);
    assert.ok(valid > checked / 20, `${valid} valid of ${checked}`);
  });
});
