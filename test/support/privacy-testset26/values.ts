import type { Xoshiro } from './random.js';

/**
 * Set 26's own checksum code: IBAN (ISO 13616 MOD 97-10), Luhn, the German tax id (ISO 7064 MOD 11,10),
 * the German pension number (DRV weights 2 1 2 5 7 1 2 1 2 1 2 1) and ICAO 9303 document numbers.
 */

/** Two check digits of an IBAN for a country and BBAN. */
export function ibanCheck(country: string, bban: string): string {
  const moved = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of moved) rest = (rest * 10 + Number(d)) % 97;
  return String(98 - rest).padStart(2, '0');
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BBAN: Record<string, (r: Xoshiro) => string> = {
  DE: (r) => r.pick(['10070000', '20050550', '37040044', '50010517', '60050101', '70020270']) + r.digits(10),
  AT: (r) => r.pick(['20111', '12000', '32000', '14000', '60000']) + r.digits(11),
  CH: (r) => r.pick(['00762', '00235', '00700', '08390']) + r.digits(12),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  LU: (r) => r.pick(['001', '002', '019']) + r.digits(13),
};

export function iban(r: Xoshiro, country: string): string {
  const cc = BBAN[country] ? country : 'DE';
  const bban = BBAN[cc](r);
  return cc + ibanCheck(cc, bban) + bban;
}

export const grouped = (v: string, sep = ' '): string => v.match(/.{1,4}/g)!.join(sep);

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

export function card(r: Xoshiro): string {
  const kind = r.below(3);
  const body =
    kind === 0
      ? '4' + r.digits(14)
      : kind === 1
        ? r.pick(['51', '53', '55']) + r.digits(13)
        : r.pick(['34', '37']) + r.digits(12);
  return body + luhnDigit(body);
}

export function cardPrinted(v: string, sep: string): string {
  return v.length === 15 ? `${v.slice(0, 4)}${sep}${v.slice(4, 10)}${sep}${v.slice(10)}` : grouped(v, sep);
}

export function taxIdDigit(body: string): number {
  let product = 10;
  for (const c of body) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Ten digits, the first not 0, one digit twice and the rest once; then the check digit. */
export function taxId(r: Xoshiro): string {
  for (;;) {
    const pool = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.below(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[r.below(9)];
    const at = r.below(10);
    const body = [...nine.slice(0, at), twice, ...nine.slice(at)].join('');
    if (body[0] !== '0') return body + taxIdDigit(body);
  }
}

/** The DRV check digit over area, birth date, the letter as its two-digit place, and serial. */
export function pensionDigit(first11: string): number {
  const letter = first11[8];
  const digits = first11.slice(0, 8) + String(LETTERS.indexOf(letter) + 1).padStart(2, '0') + first11.slice(9);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

const AREAS = [
  '12',
  '13',
  '15',
  '23',
  '24',
  '25',
  '28',
  '42',
  '53',
  '54',
  '56',
  '61',
  '63',
  '65',
  '66',
  '68',
  '79',
  '81',
];

export function pensionNumber(
  r: Xoshiro,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const letter = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toUpperCase();
  const serial = two((female ? 50 : 0) + r.below(50));
  const first = r.pick(AREAS) + two(birth.d) + two(birth.m) + two(birth.y % 100) + letter + serial;
  return first + pensionDigit(first);
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

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

/** Nine characters of a German ID card (L M N P R T V W X Y first) or passport (C F G H J K first), and the check digit. */
export function icaoNumber(r: Xoshiro, kind: 'id' | 'passport'): string {
  let s = r.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += ICAO_CHARS[r.below(ICAO_CHARS.length)];
  return s + icaoDigit(s);
}
