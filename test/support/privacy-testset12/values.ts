import type { Jsf32 } from './random.js';

/** Set 12's own checksum values: written from the public rules, never from the detectors' code. */

const digitsOf = (rnd: Jsf32, n: number) => Array.from({ length: n }, () => String(rnd.int(10))).join('');

/** ISO 13616 check digits: the rearranged number, letters as 10..35, mod 97. */
function ibanCheck(country: string, bban: string): string {
  const moved = (bban + country + '00')
    .toUpperCase()
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  let rest = 0;
  for (const ch of moved) rest = (rest * 10 + Number(ch)) % 97;
  return String(98 - rest).padStart(2, '0');
}

const BANK_LETTERS = ['NWBK', 'BOFI', 'AIBK', 'BARC', 'HBUK', 'MIDL', 'IPBS'];

/** An IBAN of Germany, Austria, Switzerland, the UK or Ireland, compact. */
export function iban(rnd: Jsf32, country: 'DE' | 'AT' | 'CH' | 'GB' | 'IE'): string {
  const bban =
    country === 'DE'
      ? digitsOf(rnd, 18)
      : country === 'AT'
        ? digitsOf(rnd, 16)
        : country === 'CH'
          ? digitsOf(rnd, 17)
          : rnd.pick(BANK_LETTERS) + digitsOf(rnd, 14);
  return country + ibanCheck(country, bban) + bban;
}

/** In groups of four, as printed. */
export const grouped = (s: string, sep = ' ') => s.replace(/(.{4})(?=.)/g, `$1${sep}`);

/** A card number passing Luhn: Visa 16, Mastercard 16 or Amex 15 digits. */
export function card(rnd: Jsf32): string {
  const kind = rnd.int(3);
  const prefix = kind === 0 ? '4' : kind === 1 ? String(rnd.between(51, 55)) : rnd.pick(['34', '37']);
  const length = kind === 2 ? 15 : 16;
  const body = prefix + digitsOf(rnd, length - 1 - prefix.length);
  return body + luhnDigit(body);
}

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Card in print: 4-4-4-4 or Amex 4-6-5. */
export const cardPrinted = (c: string, sep = ' ') =>
  c.length === 15 ? `${c.slice(0, 4)}${sep}${c.slice(4, 10)}${sep}${c.slice(10)}` : grouped(c, sep);

/** German tax id: ten digits with one digit twice, no leading 0, ISO 7064 MOD 11,10 check digit. */
export function taxId(rnd: Jsf32): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rnd.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const ten = [...nine, nine[rnd.int(9)]];
    for (let i = ten.length - 1; i > 0; i--) {
      const j = rnd.int(i + 1);
      [ten[i], ten[j]] = [ten[j], ten[i]];
    }
    if (ten[0] === 0) continue;
    // The twice-used digit side by side reads like a typo on forms; keep them apart.
    if (ten.some((d, i) => i > 0 && d === ten[i - 1])) continue;
    let product = 10;
    for (const d of ten) {
      let sum = (d + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    return ten.join('') + String(check);
  }
}

/** Tax id as printed: 2 3 3 3. */
export const taxIdPrinted = (t: string) => `${t.slice(0, 2)} ${t.slice(2, 5)} ${t.slice(5, 8)} ${t.slice(8)}`;

const AREAS = ['12', '13', '15', '24', '28', '38', '42', '53', '65'];

/**
 * German pension insurance number: area, birth date DDMMYY, initial of the birth name, serial (00-49
 * men, 50-99 women), check digit over the digits with the letter as its two-digit alphabet position,
 * weights 2 1 2 5 7 1 2 1 2 1 2 1, cross sums of the products, mod 10.
 */
export function pensionNumber(rnd: Jsf32, birth: Date, familyName: string, female: boolean): string {
  const initial = initialLetter(familyName);
  const dd = String(birth.getUTCDate()).padStart(2, '0');
  const mm = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(birth.getUTCFullYear() % 100).padStart(2, '0');
  const serial = String(female ? rnd.between(50, 99) : rnd.between(0, 49)).padStart(2, '0');
  const area = rnd.pick(AREAS);
  const digits = area + dd + mm + yy + String(initial.charCodeAt(0) - 64).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area}${dd}${mm}${yy}${initial}${serial}${sum % 10}`;
}

/** The first letter of a name as A-Z (umlauts and accents to their base letter). */
function initialLetter(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  return /^[A-Z]/.test(base) ? base[0] : 'X';
}

/** Pension number printed with spaces: 12 150380 M 50 3. */
export const pensionPrinted = (p: string) =>
  `${p.slice(0, 2)} ${p.slice(2, 8)} ${p.slice(8, 9)} ${p.slice(9, 11)} ${p[11]}`;

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** ICAO 9303 check digit: weights 7 3 1, letters as 10..35. */
export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

/** A German ID card (first letter L M N P R T V W X Y) or passport (C F G H J K) number with check digit. */
export function documentNumber(rnd: Jsf32, kind: 'id' | 'passport'): string {
  const first = rnd.pick(
    kind === 'id' ? ['L', 'M', 'N', 'P', 'R', 'T', 'V', 'W', 'X', 'Y'] : ['C', 'F', 'G', 'H', 'J', 'K'],
  );
  let body = first;
  for (let i = 0; i < 8; i++) body += ICAO_CHARS[rnd.int(ICAO_CHARS.length)];
  return body + String(icaoDigit(body));
}
