import type { Threefry } from './random.js';

/** Set 24's own checksum code: every checksum value of the set is computed here. */

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'LU' | 'DK' | 'NL';

/** BBAN shape per country: d digit, A capital letter. */
const BBAN: Record<IbanCountry, string> = {
  DE: 'dddddddddddddddddd',
  AT: 'dddddddddddddddd',
  CH: 'ddddddddddddddddd',
  GB: 'AAAAdddddddddddddd',
  IE: 'AAAAdddddddddddddd',
  LU: 'dddddddddddddddd',
  DK: 'dddddddddddddd',
  NL: 'AAAAdddddddddd',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 13616 check digits: the BBAN, the country and 00 as numbers, 98 minus the rest mod 97. */
export function ibanCheck(country: string, bban: string): string {
  const moved = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of moved) rest = (rest * 10 + Number(ch)) % 97;
  return String(98 - rest).padStart(2, '0');
}

export function iban(rng: Threefry, country: IbanCountry): string {
  // Real bank codes start with a non-zero digit; so do these.
  const bban = [...BBAN[country]]
    .map((c, i) => (c === 'A' ? rng.pick([...LETTERS]) : i === 0 ? String(rng.between(1, 9)) : String(rng.int(10))))
    .join('');
  return country + ibanCheck(country, bban) + bban;
}

/** An IBAN in groups of four, as printed. */
export const grouped = (v: string, sep = ' ') => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

/** The Luhn digit that completes `body`. */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function card(rng: Threefry): string {
  const kind = rng.int(3);
  const body =
    kind === 0
      ? '4' + rng.digits(14)
      : kind === 1
        ? String(rng.between(51, 55)) + rng.digits(13)
        : rng.pick(['34', '37']) + rng.digits(12);
  return body + luhnDigit(body);
}

export const cardPrinted = (v: string, sep: string) =>
  v.length === 15
    ? `${v.slice(0, 4)}${sep}${v.slice(4, 10)}${sep}${v.slice(10)}`
    : v.replace(/(.{4})(?=.)/g, `$1${sep}`);

/** ISO 7064 MOD 11,10 check digit of the German tax id. */
export function taxIdDigit(ten: string): number {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Ten digits, the first not 0, exactly one digit twice and the others once, then the check digit. */
export function taxId(rng: Threefry): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[rng.int(9)];
    const ten = [...nine];
    ten.splice(rng.between(1, 9), 0, twice);
    if (ten[0] === 0) continue;
    const s = ten.join('');
    return s + taxIdDigit(s);
  }
}

/** Area numbers of the German pension insurers this set uses. */
const AREAS = ['12', '13', '15', '23', '24', '25', '53', '65'];

/** German pension insurance number: area, birth date DDMMYY, birth-name initial, serial, check digit. */
export function pensionNumber(
  rng: Threefry,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const area = rng.pick(AREAS);
  const date = `${String(birth.d).padStart(2, '0')}${String(birth.m).padStart(2, '0')}${String(birth.y % 100).padStart(2, '0')}`;
  const initial = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase();
  const serial = String(female ? rng.between(50, 99) : rng.between(0, 49)).padStart(2, '0');
  const digits = area + date + String(initial.charCodeAt(0) - 64).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area}${date}${initial}${serial}${sum % 10}`;
}

/** ICAO 9303 check digit: weights 7, 3, 1; letters count 10 to 35. */
export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** A German ID card (first letter L-Y) or passport (C-K) number with its check digit. */
export function icaoNumber(rng: Threefry, kind: 'id' | 'passport'): string {
  const first = rng.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  let body = first;
  for (let i = 0; i < 8; i++) body += rng.pick([...ICAO_CHARS]);
  return body + icaoDigit(body);
}
