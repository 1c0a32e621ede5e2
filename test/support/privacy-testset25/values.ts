import type { AesCtr } from './random.js';

/** Set 25's own checksum code: IBAN (ISO 13616 MOD 97-10), Luhn, German tax id, pension number, ICAO 9303. */

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'LU' | 'DK' | 'LI';

/** The two check digits of an IBAN for a country and BBAN. */
export function ibanCheck(country: string, bban: string): string {
  const moved = (bban + country + '00').toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of moved) rest = (rest * 10 + Number(ch)) % 97;
  return String(98 - rest).padStart(2, '0');
}

const BANKS: Record<string, readonly string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK'],
  IE: ['AIBK', 'BOFI'],
};

function bban(rng: AesCtr, country: IbanCountry): string {
  switch (country) {
    case 'DE':
      return rng.pick(['1', '2', '3', '4', '5', '6', '7', '8']) + rng.digits(7) + rng.digits(10);
    case 'AT':
      return rng.pick(['1', '2', '3', '4']) + rng.digits(4) + rng.digits(11);
    case 'CH':
    case 'LI':
      return '0' + rng.digits(4) + rng.digits(12);
    case 'GB':
    case 'IE':
      return rng.pick(BANKS[country]) + rng.digits(14);
    case 'LU':
      return rng.digits(3) + rng.digits(13);
    default:
      return rng.digits(14);
  }
}

export function iban(rng: AesCtr, country: string): string {
  const c = country as IbanCountry;
  const b = bban(rng, c);
  return c + ibanCheck(c, b) + b;
}

/** Groups of four, as printed. */
export function grouped(v: string, sep = ' '): string {
  return v.replace(/(.{4})(?=.)/g, `$1${sep}`);
}

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

export function card(rng: AesCtr): string {
  const kind = rng.below(3);
  const body =
    kind === 0
      ? '4' + rng.digits(14)
      : kind === 1
        ? '5' + rng.pick(['1', '2', '3', '4', '5']) + rng.digits(13)
        : rng.pick(['34', '37']) + rng.digits(12);
  return body + String(luhnDigit(body));
}

export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return `${v.slice(0, 4)}${sep}${v.slice(4, 10)}${sep}${v.slice(10)}`;
  return grouped(v, sep);
}

/** ISO 7064 MOD 11,10 check digit of the tax id's first ten digits. */
export function taxIdDigit(first10: string): number {
  let product = 10;
  for (const ch of first10) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Ten digits, the first not 0, exactly one digit twice and the others once; then the check digit. */
export function taxId(rng: AesCtr): string {
  for (;;) {
    const pool = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[rng.below(9)];
    const at = rng.below(10);
    const ten = [...nine.slice(0, at), twice, ...nine.slice(at)];
    if (ten[0] === '0') continue;
    const s = ten.join('');
    // no digit three times in a row, and the doubled digit not side by side (the stricter older rule)
    if (/(\d)\1/.test(s)) continue;
    return s + String(taxIdDigit(s));
  }
}

const AREAS = ['12', '13', '15', '23', '24', '28', '42', '53', '65', '18'];

/** German pension insurance number: area, DDMMYY, birth-name initial, serial (50+ women), check digit. */
export function pensionDigit(first11: string): number {
  const letter = first11[8].toUpperCase().charCodeAt(0) - 64;
  const ds = (first11.slice(0, 8) + String(letter).padStart(2, '0') + first11.slice(9)).split('').map(Number);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  ds.forEach((d, i) => {
    const p = d * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  });
  return sum % 10;
}

export function pensionNumber(
  rng: AesCtr,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const dd = String(birth.d).padStart(2, '0');
  const mm = String(birth.m).padStart(2, '0');
  const yy = String(birth.y % 100).padStart(2, '0');
  const initial = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toUpperCase();
  const serial = String((female ? 50 : 0) + rng.below(50)).padStart(2, '0');
  const body = rng.pick(AREAS) + dd + mm + yy + initial + serial;
  return body + String(pensionDigit(body));
}

const ICAO_VALUE = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

/** ICAO 9303 check digit: weights 7, 3, 1, letters A=10 to Z=35. */
export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += ICAO_VALUE(s[i]) * w[i % 3];
  return sum % 10;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** German ID card (first letter L M N P R T V W X Y) or passport (C F G H J K) number with its check digit. */
export function icaoNumber(rng: AesCtr, kind: 'id' | 'passport'): string {
  let s = rng.pick(kind === 'id' ? 'LMNPRTVWXY'.split('') : 'CFGHJK'.split(''));
  for (let i = 0; i < 8; i++) s += rng.pick(ICAO_CHARS.split(''));
  return s + String(icaoDigit(s));
}
