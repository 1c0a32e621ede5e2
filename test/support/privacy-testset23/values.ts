import type { ChaCha8 } from './random.js';

/** Set 23's own checksum code: the values it labels carry valid check digits computed here. */

/** Luhn check digit for a number without it. */
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

export function card(rng: ChaCha8): string {
  const prefix = rng.pick(['4', '51', '53', '55', '2221', '37', '6011']);
  const len = prefix === '37' ? 15 : 16;
  const body = prefix + rng.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

/** A card printed in groups (4-4-4-4, or 4-6-5 for 15 digits). */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return v.match(/.{1,4}/g)!.join(sep);
}

/** ISO 7064 MOD 97-10 over an IBAN rearranged to digits. */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'LU' | 'DK';
const BANK_LETTERS = ['NWBK', 'BARC', 'LOYD', 'MIDL', 'AIBK', 'BOFI', 'IPBS'];

export function iban(rng: ChaCha8, country: IbanCountry): string {
  let bban: string;
  switch (country) {
    case 'DE':
      bban = rng.digits(18);
      break;
    case 'AT':
      bban = rng.digits(16);
      break;
    case 'CH':
      bban = rng.digits(17);
      break;
    case 'LU':
      bban = rng.digits(16);
      break;
    case 'DK':
      bban = rng.digits(14);
      break;
    default:
      bban = rng.pick(BANK_LETTERS) + rng.digits(14);
  }
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** An IBAN in groups of four as printed. */
export function grouped(v: string): string {
  return v.match(/.{1,4}/g)!.join(' ');
}

/** Check digit of the German tax id (ISO 7064 MOD 11,10) over its first ten digits. */
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

/** A tax id: ten digits, first not 0, exactly one digit twice (not side by side), the rest once. */
export function taxId(rng: ChaCha8): string {
  for (;;) {
    const nine = rng.shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).slice(0, 9);
    if (nine[0] === '0') continue;
    const twice = rng.pick(nine);
    const at = rng.int(1, 9);
    const ten = [...nine.slice(0, at), twice, ...nine.slice(at)];
    if (ten.some((d, i) => i > 0 && d === ten[i - 1])) continue;
    return ten.join('') + taxIdDigit(ten.join(''));
  }
}

const PENSION_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/** A pension insurance number: area, birth date DDMMYY, birth-name initial, serial (00-49 m, 50-99 f), check digit. */
export function pensionNumber(
  rng: ChaCha8,
  birth: { d: number; m: number; y: number },
  birthName: string,
  female: boolean,
): string {
  const area = rng.pick([
    '04',
    '08',
    '10',
    '12',
    '13',
    '15',
    '16',
    '17',
    '18',
    '21',
    '23',
    '24',
    '25',
    '26',
    '28',
    '29',
    '38',
    '39',
    '40',
    '42',
    '43',
    '44',
    '45',
    '46',
    '47',
    '48',
    '49',
    '50',
    '51',
    '52',
    '53',
    '54',
    '55',
    '56',
    '57',
    '58',
    '59',
    '60',
    '61',
    '62',
    '63',
    '64',
    '65',
    '66',
    '67',
    '68',
    '69',
    '70',
    '71',
    '72',
    '73',
    '74',
    '75',
    '76',
    '77',
    '78',
    '79',
    '80',
    '81',
    '82',
    '89',
  ]);
  const date =
    String(birth.d).padStart(2, '0') + String(birth.m).padStart(2, '0') + String(birth.y % 100).padStart(2, '0');
  const letter = birthName[0].toUpperCase().normalize('NFD')[0];
  const serial = String(female ? rng.int(50, 99) : rng.int(0, 49)).padStart(2, '0');
  const digits = area + date + String(letter.charCodeAt(0) - 64).padStart(2, '0') + serial;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * PENSION_WEIGHTS[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return area + date + letter + serial + (sum % 10);
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** ICAO 9303 check digit: weights 7, 3, 1; letters count A=10 … Z=35. */
export function icaoDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * [7, 3, 1][i % 3];
  }
  return sum % 10;
}

/** A German ID card (first letter L M N P R T V W X Y) or passport (C F G H J K) number with its check digit. */
export function icaoNumber(rng: ChaCha8, kind: 'id' | 'passport'): string {
  let s = rng.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += rng.pick([...ICAO_CHARS]);
  return s + icaoDigit(s);
}
