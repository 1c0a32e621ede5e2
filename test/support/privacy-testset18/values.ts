import type { Xoroshiro64 } from './random.js';

/**
 * Set 18's own checksum values: IBANs (ISO 13616 mod 97, with the Polish sort code's own check
 * digit), Luhn cards, German tax ids (ISO 7064 MOD 11,10), pension numbers (DRV weights
 * 2,1,2,5,7,1,2,1,2,1,2,1 over digit sums), ICAO 9303 ID card and passport numbers; plus the
 * look-alikes an IT or telecom record carries that are never labelled (IMEI and ICCID with their
 * Luhn digit, MAC addresses) and customer IP addresses.
 */

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'PL';

const UK_BANKS = ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'SRLG'];
const IE_BANKS = ['AIBK', 'BOFI', 'IPBS', 'ULSB'];

/** The Polish sort code (8 digits): seven digits and a check digit of weights 3,9,7,1,3,9,7. */
function polishSortCode(rng: Xoroshiro64): string {
  const head = `1${rng.digits(6)}`;
  const weights = [3, 9, 7, 1, 3, 9, 7];
  const sum = [...head].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return head + String((10 - (sum % 10)) % 10);
}

function bban(rng: Xoroshiro64, country: IbanCountry): string {
  switch (country) {
    case 'DE':
      return String(rng.int(1, 8)) + rng.digits(7) + rng.digits(10);
    case 'AT':
      return String(rng.int(1, 6)) + rng.digits(4) + rng.digits(11);
    case 'CH':
      return `00${rng.int(2, 9)}${rng.digits(2)}` + rng.digits(12);
    case 'GB':
      return rng.pick(UK_BANKS) + rng.digits(6) + rng.digits(8);
    case 'IE':
      return rng.pick(IE_BANKS) + rng.digits(6) + rng.digits(8);
    case 'PL':
      return polishSortCode(rng) + rng.digits(16);
  }
}

/** The remainder mod 97 of a digit string, read in chunks (no big integers). */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}

const letterDigits = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

/** A compact IBAN with ISO 13616 check digits. */
export function iban(rng: Xoroshiro64, country: IbanCountry): string {
  const b = bban(rng, country);
  const check = 98 - mod97(letterDigits(`${b}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${b}`;
}

/** An IBAN as it is printed: groups of four. */
export const grouped = (v: string): string => v.replace(/(.{4})(?=.)/g, '$1 ');

/** The Luhn check digit for a digit string without it. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A card number: Visa (16), Mastercard (16) or American Express (15), with its Luhn digit. */
export function card(rng: Xoroshiro64): string {
  const brand = rng.below(3);
  const body =
    brand === 0
      ? `4${rng.digits(14)}`
      : brand === 1
        ? `5${rng.int(1, 5)}${rng.digits(13)}`
        : `3${rng.pick(['4', '7'])}${rng.digits(12)}`;
  return body + luhnDigit(body);
}

/** A card number as embossed: 4-4-4-4, or 4-6-5 for the 15 digits of an Amex. */
export function cardPrinted(v: string, sep: string): string {
  const parts = v.length === 15 ? [v.slice(0, 4), v.slice(4, 10), v.slice(10)] : v.match(/.{4}/g)!;
  return parts.join(sep);
}

/** ISO 7064 MOD 11,10 check digit (German tax id). */
function mod1110(digits: string): string {
  let product = 10;
  for (const ch of digits) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return String(check === 10 ? 0 : check);
}

/**
 * A German tax id: ten digits, not starting with 0, where one digit occurs twice (never side by
 * side), one digit is missing and the rest occur once; then the MOD 11,10 check digit.
 */
export function taxId(rng: Xoroshiro64): string {
  for (;;) {
    const all = rng.shuffled([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const twice = all[0];
    const ten = rng.shuffled([...all.slice(0, 9), twice]);
    const s = ten.join('');
    if (s[0] === '0' || s.includes(`${twice}${twice}`)) continue;
    return s + mod1110(s);
  }
}

/** Area numbers of the German pension insurers (Bereichsnummern) as they appear on insurance numbers. */
const PENSION_AREAS = [
  '02',
  '04',
  '09',
  '10',
  '12',
  '13',
  '15',
  '16',
  '17',
  '18',
  '24',
  '25',
  '26',
  '28',
  '38',
  '40',
  '42',
  '49',
  '53',
  '55',
  '65',
];

const digitSum = (n: number) => Math.floor(n / 10) + (n % 10);

/**
 * A German pension insurance number: area, birth date DDMMYY, initial of the birth name, serial
 * 00–49 for men and 50–99 for women, check digit (the initial counts as its two-digit position).
 */
export function pensionNumber(
  rng: Xoroshiro64,
  birth: { d: number; m: number; y: number },
  birthName: string,
  female: boolean,
): string {
  const area = rng.pick(PENSION_AREAS);
  const date = `${String(birth.d).padStart(2, '0')}${String(birth.m).padStart(2, '0')}${String(birth.y % 100).padStart(2, '0')}`;
  const initial = birthName
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toUpperCase();
  const serial = String(female ? rng.int(50, 99) : rng.int(0, 49)).padStart(2, '0');
  const digits = `${area}${date}${String(initial.charCodeAt(0) - 64).padStart(2, '0')}${serial}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const sum = [...digits].reduce((s, d, i) => s + digitSum(Number(d) * weights[i]), 0);
  return `${area}${date}${initial}${serial}${sum % 10}`;
}

/** The characters of German ID card and passport serials (no vowels, no B, D, Q, S). */
const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, letters A=10 … Z=35. */
export function icaoDigit(s: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * weights[i % 3];
  }
  return sum % 10;
}

/** A German ID card (first letter L M N P R T V W X Y) or passport (C F G H J K) serial with check digit. */
export function icaoNumber(rng: Xoroshiro64, kind: 'id' | 'passport'): string {
  let s = rng.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += ICAO_CHARS[rng.below(ICAO_CHARS.length)];
  return s + String(icaoDigit(s));
}

/** An IMEI: a type allocation code starting with 35, a serial, the Luhn digit (a look-alike, never labelled). */
export function imei(rng: Xoroshiro64): string {
  const body = `35${rng.digits(12)}`;
  return body + luhnDigit(body);
}

/** A SIM card's ICCID (89, a country code, issuer, serial, Luhn digit; 19 digits): never labelled. */
export function iccid(rng: Xoroshiro64, countryCode: string): string {
  const body = `89${countryCode}${rng.digits(16 - countryCode.length)}`;
  return body + luhnDigit(body);
}

/** A MAC address of a router or phone: never labelled. */
export function mac(rng: Xoroshiro64, sep = ':', upper = true): string {
  const hex = Array.from({ length: 6 }, () => rng.below(256).toString(16).padStart(2, '0'));
  const s = hex.join(sep);
  return upper ? s.toUpperCase() : s;
}

/** First octets of public address blocks of access providers (no private, reserved or documentation range). */
const PUBLIC_FIRST = [
  31, 37, 46, 62, 77, 78, 79, 84, 87, 89, 91, 93, 95, 102, 105, 109, 112, 116, 121, 136, 141, 154, 176, 178, 185, 188,
  197, 212, 213, 217,
];

export function ipv4(rng: Xoroshiro64): string {
  return `${rng.pick(PUBLIC_FIRST)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** A customer's IPv6 address: every group of four hex digits (never two, so no group run looks like a MAC address). */
export function ipv6(rng: Xoroshiro64): string {
  const group = () => (0x1000 + rng.below(0xf000)).toString(16);
  const prefix = rng.pick(['2a02', '2003', '2001', '2a01', '2600', '2c0f']);
  return [prefix, ...Array.from({ length: 7 }, group)].join(':');
}
