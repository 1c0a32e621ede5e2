import type { Philox } from './random.js';

/**
 * The checksum values of set 22, computed by its own code from the standards: IBAN (ISO 13616,
 * MOD 97-10), payment cards (Luhn), the German tax id (ISO 7064 MOD 11,10 with the digit rule), the
 * German pension number (weights 2121 2121 2121 on the digits and the letter's position) and the
 * ICAO 9303 document number with its 7-3-1 check digit.
 */
export type IbanCountry = 'DE' | 'AT' | 'CH' | 'LI' | 'GB' | 'IE' | 'LU';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BANK_LETTERS = ['NWBK', 'BUKB', 'MIDL', 'AIBK', 'BOFI', 'ULSB', 'COUT'];

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(LETTERS.indexOf(ch) + 10);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

function bban(rng: Philox, country: IbanCountry): string {
  switch (country) {
    case 'DE':
      return String(rng.between(1, 8)) + rng.digits(7) + rng.digits(10);
    case 'AT':
      return String(rng.between(1, 6)) + rng.digits(15);
    case 'CH':
    case 'LI':
      return '0' + rng.digits(4) + rng.digits(12);
    case 'LU':
      return rng.digits(3) + rng.digits(13);
    default:
      return rng.pick(BANK_LETTERS) + rng.digits(14);
  }
}

export function iban(rng: Philox, country: IbanCountry): string {
  const b = bban(rng, country);
  const check = 98 - mod97(b + country + '00');
  return country + String(check).padStart(2, '0') + b;
}

/** Groups of four, as printed. */
export const grouped = (v: string): string => v.replace(/(.{4})(?=.)/g, '$1 ');

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

/** A 16-digit Visa or Mastercard number. */
export function card(rng: Philox): string {
  const body = (rng.chance(0.5) ? '4' + rng.digits(14) : '5' + rng.between(1, 5) + rng.digits(13)).slice(0, 15);
  return body + luhnDigit(body);
}

export const cardPrinted = (v: string, sep: string): string => v.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

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

/** Ten digits: nine different ones, one of them twice (not side by side), no leading zero; then the check. */
export function taxId(rng: Philox): string {
  for (;;) {
    const pool = [...'0123456789'];
    pool.splice(rng.int(10), 1);
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const twice = pool[rng.int(9)];
    pool.splice(rng.int(10), 0, twice);
    const ten = pool.join('');
    if (ten[0] === '0' || /(\d)\1/.test(ten)) continue;
    return ten + taxIdDigit(ten);
  }
}

const AREAS = ['12', '13', '15', '18', '24', '25', '28', '53', '65', '42'];

/** Area, birth date DDMMYY, birth name's initial, serial (00-49 men, 50-99 women), check digit. */
export function pensionNumber(
  rng: Philox,
  birth: { d: number; m: number; y: number },
  birthName: string,
  female: boolean,
): string {
  const area = rng.pick(AREAS);
  const date = [birth.d, birth.m, birth.y % 100].map((x) => String(x).padStart(2, '0')).join('');
  const letter = birthName[0].toUpperCase().normalize('NFD')[0];
  const serial = String(rng.between(0, 49) + (female ? 50 : 0)).padStart(2, '0');
  const digits = area + date + String(LETTERS.indexOf(letter) + 1).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return area + date + letter + serial + (sum % 10);
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = /\d/.test(ch) ? Number(ch) : LETTERS.indexOf(ch) + 10;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

/** A German ID card (first letter L M N P R T V W X Y) or passport (C F G H J K) number with its check digit. */
export function icaoNumber(rng: Philox, kind: 'id' | 'passport'): string {
  let s = rng.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += ICAO_CHARS[rng.int(ICAO_CHARS.length)];
  return s + icaoDigit(s);
}
