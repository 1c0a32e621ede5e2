import type { Cmwc } from './random.js';

/**
 * Set 17's own checksum values, computed here (never taken from Ragwire's validators): IBANs
 * (mod 97, with the Dutch account test), Luhn cards, the German tax id (ISO 7064 MOD 11,10), the
 * German pension number (from birth date and initial), ICAO 9303 ID card and passport numbers.
 */

const mod97 = (digits: string): number => {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
};
const letterDigits = (s: string) => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));

/** The two IBAN check digits of a country and its basic bank account number. */
export function ibanCheck(country: string, bban: string): string {
  return String(98 - mod97(letterDigits(bban + country + '00'))).padStart(2, '0');
}

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'NL' | 'GB' | 'IE';
const BANKS: Record<IbanCountry, readonly string[]> = {
  DE: ['10010010', '37040044', '50010517', '20050550', '70150000', '26050001'],
  AT: ['12000', '20111', '14000', '32000'],
  CH: ['00230', '00700', '09000', '00767'],
  NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB'],
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'],
  IE: ['AIBK', 'BOFI'],
};

/** A Dutch account number that passes the eleven test (weights 10 to 1, sum divisible by 11). */
function dutchAccount(rng: Cmwc): string {
  for (;;) {
    const d = rng.digits(10);
    const sum = [...d].reduce((s, ch, k) => s + Number(ch) * (10 - k), 0);
    if (sum % 11 === 0 && d[0] !== '0') return d;
  }
}

/** A compact IBAN of the country. */
export function iban(rng: Cmwc, country: IbanCountry): string {
  const bank = rng.pick(BANKS[country]);
  const rest =
    country === 'DE'
      ? bank + rng.digits(10)
      : country === 'AT'
        ? bank + rng.digits(11)
        : country === 'CH'
          ? bank + rng.digits(12)
          : country === 'NL'
            ? bank + dutchAccount(rng)
            : bank + rng.digits(6) + rng.digits(8);
  return country + ibanCheck(country, rest) + rest;
}

/** Groups of four, as printed. */
export const grouped = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

export function luhnDigit(body: string): number {
  let sum = 0;
  for (let k = 0; k < body.length; k++) {
    let d = Number(body[body.length - 1 - k]);
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A card number (Visa, Mastercard or Amex), compact. */
export function card(rng: Cmwc): string {
  const kind = rng.int(3);
  const body =
    kind === 0 ? '4' + rng.digits(14) : kind === 1 ? '5' + rng.range(1, 5) + rng.digits(13) : '37' + rng.digits(12);
  return body + luhnDigit(body);
}

/** A card as printed: 4-4-4-4, Amex 4-6-5. */
export function cardPrinted(n: string, sep = ' '): string {
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** ISO 7064 MOD 11,10 check digit of the German tax id's first ten digits. */
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

/** A German tax id: first digit not 0, in the first ten exactly one digit twice, the others once. */
export function taxId(rng: Cmwc): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let k = 9; k > 0; k--) {
      const j = rng.int(k + 1);
      [pool[k], pool[j]] = [pool[j], pool[k]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[rng.int(9)];
    const ten = [...nine];
    ten.splice(rng.int(10), 0, twice);
    if (ten[0] === 0) continue;
    const s = ten.join('');
    return s + taxCheck(s);
  }
}

const AREAS = ['12', '13', '15', '17', '28', '53', '65', '24', '42', '81'];
const PENSION_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/** The check digit of a German pension number's first eleven characters (letter as its two-digit place). */
export function pensionCheck(first11: string): number {
  const letter = first11.charCodeAt(8) - 64;
  const digits = first11.slice(0, 8) + String(letter).padStart(2, '0') + first11.slice(9);
  let sum = 0;
  for (let k = 0; k < 12; k++) {
    const p = Number(digits[k]) * PENSION_WEIGHTS[k];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

/** A German pension number: area, birth date DDMMYY, initial of the birth name, serial (00-49 men, 50-99 women), check. */
export function pensionNumber(
  rng: Cmwc,
  birth: { d: number; m: number; y: number },
  family: string,
  female: boolean,
): string {
  const initial =
    family
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .charAt(0)
      .toUpperCase() || 'X';
  const serial = female ? rng.range(50, 99) : rng.range(0, 49);
  const first =
    rng.pick(AREAS) +
    String(birth.d).padStart(2, '0') +
    String(birth.m).padStart(2, '0') +
    String(birth.y % 100).padStart(2, '0') +
    initial +
    String(serial).padStart(2, '0');
  return first + pensionCheck(first);
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** The ICAO 9303 check digit: digits as themselves, A=10 … Z=35, weights 7, 3, 1. */
export function icaoDigit(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    const v = ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * weights[k % 3];
  }
  return sum % 10;
}

/** A German ID card number (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export function icaoNumber(rng: Cmwc, kind: 'id' | 'passport'): string {
  let s = rng.pick([...(kind === 'id' ? 'LMNPRTVWXY' : 'CFGHJK')]);
  for (let k = 0; k < 8; k++) s += ICAO_CHARS[rng.int(ICAO_CHARS.length)];
  return s + icaoDigit(s);
}
