import type { Mt19937 } from './random.js';

/**
 * Checksum values computed by set 20's own code from its MT19937 stream: IBANs (ISO 13616, MOD 97-10),
 * Luhn cards, German tax ids (ISO 7064 MOD 11,10), German pension numbers and ICAO 9303 document numbers.
 */

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'NL' | 'LU';

/** Bank parts per country: real-looking bank and branch codes, then the account digits. */
const BBAN: Record<IbanCountry, (rng: Mt19937) => string> = {
  DE: (rng) => rng.pick(['10010010', '50010517', '37040044', '70150000', '20050550', '86050200']) + rng.digits(10),
  AT: (rng) => rng.pick(['20111', '12000', '32000', '14000', '38000']) + rng.digits(11),
  CH: (rng) => rng.pick(['09000', '00235', '00700', '00767']) + rng.digits(12),
  GB: (rng) => rng.pick(['NWBK601613', 'BARC200415', 'LOYD309634', 'HBUK400515']) + rng.digits(8),
  IE: (rng) => rng.pick(['AIBK931152', 'BOFI900017', 'IPBS990602']) + rng.digits(8),
  NL: (rng) => rng.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + rng.digits(10),
  LU: (rng) => rng.pick(['001', '002', '019']) + rng.digits(13),
};

/** MOD 97 of a long digit string, in pieces. */
function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

const lettersAsDigits = (s: string) => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));

export function iban(rng: Mt19937, country: IbanCountry): string {
  const bban = BBAN[country](rng);
  const check = 98 - mod97(lettersAsDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

/** An IBAN in groups of four, as printed. */
export const grouped = (v: string): string => v.replace(/(.{4})(?=.)/g, '$1 ');

export function luhnDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A 16-digit card (Visa, Mastercard) or 15-digit (Amex) with its Luhn digit. */
export function card(rng: Mt19937): string {
  const prefix = rng.pick(['4', '51', '53', '55', '2221', '37']);
  const length = prefix === '37' ? 15 : 16;
  const payload = prefix + rng.digits(length - 1 - prefix.length);
  return payload + String(luhnDigit(payload));
}

export function cardPrinted(v: string, sep: string): string {
  return v.length === 15
    ? `${v.slice(0, 4)}${sep}${v.slice(4, 10)}${sep}${v.slice(10)}`
    : v.replace(/(.{4})(?=.)/g, `$1${sep}`);
}

/** ISO 7064 MOD 11,10 check digit. */
function mod1110(payload: string): number {
  let product = 10;
  for (const ch of payload) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}

/** A German tax id: ten digits, not starting with 0, exactly one digit twice, then the check digit. */
export function taxId(rng: Mt19937): string {
  for (;;) {
    const pool = rng.shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).slice(0, 9);
    const twice = rng.pick(pool);
    const ten = rng.shuffle([...pool, twice]);
    // The doubled digits must not stand side by side (the rule for a digit that occurs more than once).
    const s = ten.join('');
    if (s[0] === '0' || s.includes(twice + twice)) continue;
    return s + String(mod1110(s));
  }
}

/** Area numbers of the German pension insurers that issue numbers. */
const AREAS = ['12', '13', '15', '17', '23', '24', '25', '28', '42', '53', '65'];

/**
 * A German pension insurance number: area, birth date DDMMYY, the birth name's initial, a serial
 * (00–49 men, 50–99 women) and a check digit (weights 2 1 2 5 7 1 2 1 2 1 2 1 over the digits with
 * the letter as its two-digit alphabet position; the digit sums of the products, modulo 10).
 */
export function pensionNumber(
  rng: Mt19937,
  birth: { d: number; m: number; y: number },
  birthName: string,
  female: boolean,
): string {
  const letter = birthName
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toUpperCase();
  const date = [birth.d, birth.m, birth.y % 100].map((n) => String(n).padStart(2, '0')).join('');
  const serial = String(female ? rng.int(50, 99) : rng.int(0, 49)).padStart(2, '0');
  const area = rng.pick(AREAS);
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

/** ICAO 9303 check digit: weights 7 3 1, letters A=10 … Z=35. */
export function icaoDigit(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * weights[i % 3];
  }
  return sum % 10;
}

/** A German ID card (first L M N P R T V W X Y) or passport (first C F G H J K) number with its check digit. */
export function icaoNumber(rng: Mt19937, kind: 'id' | 'passport'): string {
  let s = rng.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += rng.pick([...ICAO_CHARS]);
  return s + String(icaoDigit(s));
}
