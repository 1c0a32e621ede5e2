import type { Xorwow } from './random.js';

/** Checksum values of set 14, computed here and only confirmed by the structure test's validators. */

/** ISO 13616 check digits: the BBAN with the country and "00" moved behind it, mod 97. */
export function iban(country: string, bban: string): string {
  const moved = (bban + country + '00').toUpperCase();
  let rest = 0;
  for (const ch of moved) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) rest = (rest * 10 + Number(d)) % 97;
  }
  const check = String(98 - rest).padStart(2, '0');
  return country + check + bban;
}

const BBAN: Record<string, (r: Xorwow) => string> = {
  DE: (r) => String(r.int(1, 8)) + r.digits(7) + r.digits(10),
  AT: (r) => String(r.int(1, 9)) + r.digits(4) + r.digits(11),
  CH: (r) => '00' + String(r.int(2, 9)) + r.digits(2) + r.digits(12),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(6) + r.digits(8),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(6) + r.digits(8),
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB']) + r.digits(10),
};

export type IbanCountry = keyof typeof BBAN;

export function randomIban(r: Xorwow, country: IbanCountry): string {
  return iban(country, BBAN[country](r));
}

/** Groups of four, as printed on letters and forms. */
export const grouped = (s: string, n = 4): string => s.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), '$1 ');

/** Luhn check digit appended to a card number's first digits. */
export function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export function randomCard(r: Xorwow): string {
  const brand = r.int(0, 2);
  if (brand === 0) return grouped(luhnComplete('4' + r.digits(14)));
  if (brand === 1) return grouped(luhnComplete(String(r.int(51, 55)) + r.digits(13)));
  const amex = luhnComplete(r.pick(['34', '37']) + r.digits(12));
  return `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
}

/** German tax id: ten digits, one of them twice and one missing, then the ISO 7064 MOD 11,10 digit. */
export function randomTaxId(r: Xorwow): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[r.int(0, 8)];
    const ten = [...nine];
    ten.splice(r.int(0, 9), 0, twice);
    if (ten[0] === 0) continue;
    return ten.join('') + String(taxCheck(ten.join('')));
  }
}

export function taxCheck(ten: string): number {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * German pension number: area (2), birth date DDMMYY, birth-name initial, serial (00–49 men,
 * 50–99 women), check digit over the twelve digits with the initial as its alphabet position.
 */
export function pensionNumber(
  area: number,
  birth: { d: number; m: number; y: number },
  initial: string,
  serial: number,
): string {
  const dd = (n: number) => String(n).padStart(2, '0');
  const letter = initial.toUpperCase();
  const head = dd(area) + dd(birth.d) + dd(birth.m) + dd(birth.y % 100);
  const twelve = head + dd(letter.charCodeAt(0) - 64) + dd(serial);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(twelve[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${head}${letter}${dd(serial)}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** ICAO 9303 check digit: weights 7, 3, 1; letters count from A = 10. */
export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

function icaoNumber(r: Xorwow, first: string): string {
  let s = r.pick([...first]);
  for (let i = 0; i < 8; i++) s += r.pick([...ICAO_CHARS]);
  return s + String(icaoDigit(s));
}

export const randomIdCard = (r: Xorwow): string => icaoNumber(r, 'LMNPRTVWXY');
export const randomPassport = (r: Xorwow): string => icaoNumber(r, 'CFGHJK');

export function randomIp(r: Xorwow): string {
  if (r.chance(0.2)) {
    const h = () => r.int(1, 0xffff).toString(16);
    return `2a02:${h()}:${h()}:${h()}::${h()}`;
  }
  return `${r.pick([84, 91, 178, 213, 62, 46, 109])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}
