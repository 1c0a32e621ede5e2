import type { Kiss99 } from './random.js';

/**
 * Set 16's checksum values, computed here (the structure test only confirms them with Ragwire's
 * validators). All are written clean in the generated scans: OCR errors never touch them.
 */

/** ISO 13616: check digits 98 - (BBAN + country + "00" as digits) mod 97. */
export function iban(country: string, bban: string): string {
  const moved = (bban + country + '00').toUpperCase();
  let rest = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  const check = String(98 - rest).padStart(2, '0');
  return country + check + bban;
}

/** An IBAN in groups of four, as printed on letters. */
export const grouped = (s: string): string => s.replace(/(.{4})/g, '$1 ').trim();

/** Lengths of the BBAN of the countries set 16 uses (all digits; no national check digit). */
const BBAN: Record<string, number> = { DE: 18, AT: 16, CH: 17, LI: 17 };

export function randomIban(rng: Kiss99, country: keyof typeof BBAN | 'GB'): string {
  if (country === 'GB') return iban('GB', rng.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + rng.digits(14));
  const n = BBAN[country];
  // Swiss and Liechtenstein bank numbers start with 0 or 8 for real clearing numbers.
  const head = country === 'CH' ? '00' + rng.digits(3) : country === 'LI' ? '088' + rng.digits(2) : '';
  return iban(
    country,
    head +
      (country === 'DE' ? String(1 + rng.below(8)) : '') +
      rng.digits(n - head.length - (country === 'DE' ? 1 : 0)),
  );
}

/** Luhn check digit appended to `body`. */
export function luhn(body: string): string {
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

export function randomCard(rng: Kiss99): string {
  const kind = rng.below(3);
  if (kind === 0)
    return luhn('4' + rng.digits(14))
      .replace(/(.{4})/g, '$1 ')
      .trim();
  if (kind === 1)
    return luhn('5' + String(1 + rng.below(5)) + rng.digits(13))
      .replace(/(.{4})/g, '$1 ')
      .trim();
  const amex = luhn('3' + rng.pick(['4', '7']) + rng.digits(12));
  return `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
}

/** ISO 7064 MOD 11,10 check digit of the Steuer-ID's first ten digits. */
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

/** A Steuer-ID: first digit not 0, in the first ten exactly one digit twice, eight once. */
export function randomTaxId(rng: Kiss99): string {
  for (;;) {
    const pool = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[rng.below(9)];
    const ten = [...nine];
    ten.splice(1 + rng.below(9), 0, twice);
    if (ten[0] === '0') continue;
    const s = ten.join('');
    return s + String(taxCheck(s));
  }
}

/**
 * A Rentenversicherungsnummer: area (2), birth date DDMMYY, birth-name initial, serial (2), check
 * digit. The initial counts as its two-digit place in the alphabet; the twelve digits are weighted
 * 2,1,2,5,7,1,2,1,2,1,2,1, the digit sums of the products added, the sum mod 10 is the check digit.
 */
export function pensionNumber(
  area: string,
  day: number,
  month: number,
  year: number,
  initial: string,
  serial: string,
): string {
  const date = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}`;
  const letter = String(initial.toUpperCase().charCodeAt(0) - 64).padStart(2, '0');
  const digits = area + date + letter + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area}${date}${initial.toUpperCase()}${serial}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, letters A=10 … Z=35. */
export function icaoCheck(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

function icao(rng: Kiss99, first: string): string {
  let s = rng.pick([...first]);
  for (let i = 0; i < 8; i++) s += rng.pick([...ICAO_CHARS]);
  return s + String(icaoCheck(s));
}

/** A German ID card number (Personalausweis since 2010). */
export const randomIdCard = (rng: Kiss99): string => icao(rng, 'LMNPRTVWXY');
/** A German passport number. */
export const randomPassport = (rng: Kiss99): string => icao(rng, 'CFGHJK');
