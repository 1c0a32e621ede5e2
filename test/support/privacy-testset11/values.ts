import type { Taus88 } from './random.js';

/**
 * Set 11's own computation of checksum values (IBAN mod 97, Luhn, German tax id, pension number,
 * ICAO check digits). The test only confirms them with Ragwire's validators.
 */

const digitsOf = (r: Taus88, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');

function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

const BBAN: Record<string, (r: Taus88) => string> = {
  DE: (r) => `${r.int(1, 8)}${digitsOf(r, 7)}${digitsOf(r, 10)}`,
  AT: (r) => `${r.int(1, 9)}${digitsOf(r, 4)}${digitsOf(r, 11)}`,
  NL: (r) => `${r.pick(['ABNA', 'RABO', 'INGB', 'TRIO'])}${digitsOf(r, 10)}`,
  BE: (r) => {
    const head = digitsOf(r, 10);
    const check = Number(BigInt(head) % 97n) || 97;
    return `${head}${String(check).padStart(2, '0')}`;
  },
};

/** An IBAN with a correct check pair, compact. */
export function iban(r: Taus88, country: keyof typeof BBAN = 'DE'): string {
  const bban = BBAN[country](r);
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98 - mod97(numeric);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

export const groupedIban = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

function luhnCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A card number passing Luhn: Visa, Mastercard or Amex, grouped as printed. */
export function card(r: Taus88): string {
  const kind = r.int(0, 2);
  const prefix = kind === 0 ? '4' : kind === 1 ? `5${r.int(1, 5)}` : r.pick(['34', '37']);
  const length = kind === 2 ? 15 : 16;
  const body = prefix + digitsOf(r, length - 1 - prefix.length);
  const full = body + luhnCheck(body);
  return kind === 2
    ? `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}`
    : full.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A German tax id: ten digits with exactly one digit repeated (twice), then the ISO 7064 check digit. */
export function taxId(r: Taus88): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const ten = pool.slice(0, 9);
    ten.splice(r.int(1, 9), 0, ten[r.int(0, 8)]);
    if (ten[0] === 0) continue;
    let product = 10;
    for (const d of ten) {
      let sum = (d + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    let check = 11 - product;
    if (check === 10) check = 0;
    if (check === 11) continue;
    return ten.join('') + String(check);
  }
}

/** A German pension insurance number: area, birth date DDMMYY, initial, serial, check digit. */
export function pensionNumber(r: Taus88, birth: { d: number; m: number; y: number }, initial: string): string {
  const area = r.pick(['12', '13', '15', '18', '24', '28', '38', '42', '53', '65', '66']);
  const date = `${String(birth.d).padStart(2, '0')}${String(birth.m).padStart(2, '0')}${String(birth.y % 100).padStart(2, '0')}`;
  const letter = initial.toUpperCase();
  const serial = String(r.int(0, 99)).padStart(2, '0');
  const digits = area + date + String(letter.charCodeAt(0) - 64).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area}${date}${letter}${serial}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}
function icao(r: Taus88, first: string): string {
  let s = r.pick([...first]);
  for (let i = 0; i < 8; i++) s += r.pick([...ICAO_CHARS]);
  return s + icaoDigit(s);
}
export const idCard = (r: Taus88) => icao(r, 'LMNPRTVWXY');
export const passport = (r: Taus88) => icao(r, 'CFGHJK');

export function ipv4(r: Taus88): string {
  const first = r.pick([31, 46, 62, 78, 84, 91, 109, 141, 176, 185, 193, 212, 217]);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
export function ipv6(r: Taus88): string {
  const h = () => r.int(0, 0xffff).toString(16);
  return `2a0${r.int(1, 9)}:${h()}:${h()}:${h()}::${h()}`;
}
