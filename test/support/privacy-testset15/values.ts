import type { WichmannHill } from './random.js';

/**
 * Set 15's checksum values, computed here and only confirmed by the structure test's validators:
 * IBANs (ISO 13616 mod 97), Luhn card numbers, German tax ids, German pension numbers, ICAO 9303
 * ID card and passport numbers.
 */

/** The remainder of a long decimal string modulo 97, taken in chunks. */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}

/** Letters as ISO 13616 counts them: A = 10 … Z = 35. */
const asDigits = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

export function ibanFrom(country: string, bban: string): string {
  const check = 98 - mod97(asDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

const BANKS_GB = ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'];
const BANKS_IE = ['AIBK', 'BOFI', 'IPBS'];

/** A valid IBAN of one of the countries the set is written in, grouped in fours or not. */
export function iban(r: WichmannHill, country: string, grouped = true): string {
  let bban: string;
  switch (country) {
    case 'AT':
      bban = r.digits(16);
      break;
    case 'CH':
      bban = r.digits(17);
      break;
    case 'LU':
      bban = r.digits(3) + r.digits(13);
      break;
    case 'BE': {
      // Belgium's account number carries its own check: the first ten digits mod 97 (97 for 0).
      const ten = String(r.int(1, 9)) + r.digits(9);
      const own = Number(ten) % 97 || 97;
      bban = ten + String(own).padStart(2, '0');
      break;
    }
    case 'GB':
      bban = r.pick(BANKS_GB) + r.digits(14);
      break;
    case 'IE':
      bban = r.pick(BANKS_IE) + r.digits(14);
      break;
    default:
      bban = r.digits(18);
  }
  const plain = ibanFrom(country, bban);
  return grouped ? plain.replace(/(.{4})(?=.)/g, '$1 ') : plain;
}

export function luhnCheck(body: string): number {
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

/** A Visa, Mastercard or Amex number passing Luhn, grouped the way the card prints it. */
export function card(r: WichmannHill): string {
  const kind = r.int(0, 2);
  if (kind === 2) {
    const body = r.pick(['34', '37']) + r.digits(12);
    const n = body + luhnCheck(body);
    return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const body = (kind === 0 ? '4' + r.digits(14) : String(r.int(51, 55)) + r.digits(13)).slice(0, 15);
  const n = body + luhnCheck(body);
  return n.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** ISO 7064 MOD 11,10 over the first ten digits of a German tax id. */
export function taxCheck(ten: string): number {
  let product = 10;
  for (const c of ten) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** A German tax id: ten digits, one of them twice (not side by side), the rest once, no leading 0. */
export function taxId(r: WichmannHill, spaced = false): string {
  for (;;) {
    const pool = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[r.int(0, 8)];
    const at = r.int(0, 9);
    const ten = [...nine.slice(0, at), twice, ...nine.slice(at)].join('');
    if (ten[0] === '0' || /(\d)\1/.test(ten)) continue;
    const id = ten + taxCheck(ten);
    return spaced ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
  }
}

/**
 * A German pension number: area (2 digits), birth date DDMMYY, initial of the birth name, serial
 * (2 digits) and a check digit: the letter counts as its two-digit place in the alphabet, the twelve
 * digits so formed are weighted 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1, the digit sums of the products
 * added, modulo 10.
 */
export function pensionNumber(r: WichmannHill, birth: { d: number; m: number; y: number }, initial: string): string {
  const area = String(r.pick([2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29]));
  const date = [birth.d, birth.m, birth.y % 100].map((x) => String(x).padStart(2, '0')).join('');
  const letter = initial.toUpperCase();
  const serial = String(r.int(0, 49)).padStart(2, '0');
  const pos = String(letter.charCodeAt(0) - 64).padStart(2, '0');
  const digits = area.padStart(2, '0') + date + pos + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area.padStart(2, '0')}${date}${letter}${serial}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

export function icaoDigit(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * weights[i % 3];
  }
  return sum % 10;
}

/** A German ID card (first letter L M N P R T V W X Y) or passport (C F G H J K) number with its check digit. */
export function icaoNumber(r: WichmannHill, first: string): string {
  let body = r.pick([...first]);
  for (let i = 0; i < 8; i++) body += r.pick([...ICAO_CHARS]);
  return body + icaoDigit(body);
}
export const idCard = (r: WichmannHill) => icaoNumber(r, 'LMNPRTVWXY');
export const passport = (r: WichmannHill) => icaoNumber(r, 'CFGHJK');
