import assert from 'node:assert/strict';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { germanPhoneValidity } from '../../../nodes/core/privacy/german-phone.js';
import { seededRandom } from '../../../nodes/core/seeded-random.js';

/** What the phone detector asked libphonenumber before: the answer the fast path must give. */
const libphonenumberValid = (candidate: string) => parsePhoneNumberFromString(candidate, 'DE')?.isValid() === true;

/** Number starts seen in German text (mobile, city, service, nonsense), with and without prefixes. */
const STARTS = [
  '',
  '1',
  '15',
  '16',
  '17',
  '30',
  '40',
  '69',
  '89',
  '2',
  '3',
  '4',
  '5',
  '7',
  '8',
  '9',
  '0',
  '49',
  '180',
  '900',
];
const PREFIXES = [
  '0',
  '0',
  '0',
  '+49',
  '+49',
  '+490',
  '+4 9',
  '+(49)',
  '(+49',
  '00',
  '0049',
  '00 49',
  '000',
  '+4',
  '+',
  '49',
  '(0',
  '0 0',
  '',
];
const SEPARATORS = [' ', ' ', '.', '/', '-', '  ', ' / ', '(', ')', '#', 'x', ',', ' - '];

function candidate(next: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  let digits = pick(STARTS);
  const length = 1 + Math.floor(next() * 15);
  while (digits.length < length) digits += String(Math.floor(next() * 10));
  let out = pick(PREFIXES);
  for (const d of digits) {
    if (out && next() < 0.15) out += pick(SEPARATORS);
    out += d;
  }
  return out;
}

describe('German phone validity without libphonenumber', () => {
  it('answers as libphonenumber does for random German-shaped candidates, and decides most of them', () => {
    const next = seededRandom(20261203);
    let decided = 0;
    const total = 100000;
    for (let i = 0; i < total; i++) {
      const c = candidate(next);
      const fast = germanPhoneValidity(c);
      if (fast === undefined) continue;
      decided++;
      assert.equal(fast, libphonenumberValid(c), `candidate ${JSON.stringify(c)}`);
    }
    assert.ok(decided > total / 5, `decided ${decided} of ${total}`);
  });

  it('decides the common shapes, valid and invalid', () => {
    for (const [c, valid] of [
      ['0171 2345678', true],
      ['+49 171 2345678', true],
      ['030/12345678', true],
      ['089-4092850', true],
      ['+49 30 1234567', true],
      ['0123', false],
      ['+49 0', false],
      ['0171', false],
      ['0049 30 1234567', true],
      ['+49 (0)30 1234567', true],
      ['(030) 1234567', true],
      ['0001 2345678', false],
    ] as const) {
      assert.equal(germanPhoneValidity(c), valid, c);
      assert.equal(libphonenumberValid(c), valid, c);
    }
  });

  it('leaves other shapes to libphonenumber: extensions, other countries, digits that may be a calling code, too few digits', () => {
    for (const c of [
      '0043 1 1234567',
      '030 1234567 x12',
      '030 1234567#',
      '030, 1234567',
      '+44 20 7946 0958',
      '49 30 1234567',
      '+1 415 555 0134',
      '12',
    ])
      assert.equal(germanPhoneValidity(c), undefined, c);
  });
});
