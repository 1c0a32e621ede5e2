import type { Rng } from './random.js';

/**
 * Checksum values computed by test set 10's own code (IBAN mod 97, Luhn, the tax id's ISO 7064 check,
 * the pension number's weighted digit sum, ICAO 7-3-1); the test only confirms them with the validators.
 */

const digitsOf = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

const toNumeric = (s: string) => [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');

export function ibanFor(country: string, bban: string): string {
  const check = 98 - mod97(toNumeric(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.pick([...LETTERS])).join('');

/** An IBAN of Germany, Austria, the Netherlands, Switzerland or the UK, ungrouped. */
export function iban(rng: Rng, country = rng.pick(['DE', 'DE', 'DE', 'AT', 'NL', 'CH', 'GB'])): string {
  const bban =
    country === 'DE'
      ? digitsOf(rng, 18)
      : country === 'AT'
        ? digitsOf(rng, 16)
        : country === 'NL'
          ? letters(rng, 4) + digitsOf(rng, 10)
          : country === 'CH'
            ? digitsOf(rng, 17)
            : letters(rng, 4) + digitsOf(rng, 14);
  return ibanFor(country, bban);
}

export const grouped = (s: string, size = 4, sep = ' ') => s.match(new RegExp(`.{1,${size}}`, 'g'))!.join(sep);

function luhnDigit(body: string): number {
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid card number (Visa, Mastercard or Amex), ungrouped. */
export function card(rng: Rng): string {
  const kind = rng.int(0, 2);
  const body =
    kind === 0
      ? '4' + digitsOf(rng, 14)
      : kind === 1
        ? '5' + rng.int(1, 5) + digitsOf(rng, 13)
        : '37' + digitsOf(rng, 12);
  return body + luhnDigit(body);
}

/** A German tax id: ten digits with exactly one digit twice, then the ISO 7064 (11,10) check digit. */
export function taxId(rng: Rng): string {
  for (;;) {
    const pool = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    const twice = rng.pick(pool);
    const ds = [...pool];
    ds.splice(rng.int(1, 9), 0, twice);
    if (ds[0] === 0) continue;
    let product = 10;
    for (const d of ds) {
      let sum = (d + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    let check = 11 - product;
    if (check === 10) check = 0;
    return ds.join('') + check;
  }
}

/** A German pension insurance number: area, birth date DDMMYY, birth-name initial, serial, check digit. */
export function pensionNumber(rng: Rng, birth: { d: number; m: number; y: number }, initial: string): string {
  const area = rng.pick([
    '02',
    '04',
    '08',
    '09',
    '10',
    '12',
    '13',
    '15',
    '16',
    '18',
    '24',
    '25',
    '26',
    '28',
    '29',
    '38',
    '40',
    '42',
    '49',
    '53',
    '65',
  ]);
  const date = [birth.d, birth.m, birth.y % 100].map((n) => String(n).padStart(2, '0')).join('');
  const letter =
    initial
      .toUpperCase()
      .normalize('NFD')
      .replace(/[^A-Z]/g, '')[0] ?? 'X';
  const serial = String(rng.int(0, 99)).padStart(2, '0');
  const all = area + date + String(letter.charCodeAt(0) - 64).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  [...all].forEach((ch, i) => {
    const p = Number(ch) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  });
  return area + date + letter + serial + (sum % 10);
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
const icaoValue = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);

export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  return [...s].reduce((sum, ch, i) => sum + icaoValue(ch) * w[i % 3], 0) % 10;
}

function icaoNumber(rng: Rng, first: string): string {
  const body = rng.pick([...first]) + Array.from({ length: 8 }, () => rng.pick([...ICAO_CHARS])).join('');
  return body + icaoDigit(body);
}

/** A German identity card number (serial with check digit). */
export const idCard = (rng: Rng) => icaoNumber(rng, 'LMNPRTVWXY');
/** A German passport number (serial with check digit). */
export const passport = (rng: Rng) => icaoNumber(rng, 'CFGHJK');

export function ipv4(rng: Rng): string {
  const first = rng.pick([31, 46, 62, 77, 78, 79, 80, 84, 87, 91, 93, 109, 141, 176, 178, 185, 188, 212, 213, 217]);
  return [first, rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join('.');
}

export function ipv6(rng: Rng): string {
  const h = () => rng.int(0, 0xffff).toString(16);
  return rng.chance(0.5)
    ? `2a02:${h()}:${h()}:${h()}::${h()}`
    : `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
