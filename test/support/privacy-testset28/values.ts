import type { PCG64 } from './random.js';

/**
 * Set 28's own (the same standards as the sets before it, drawn from PCG64) checksum code: IBAN (ISO 13616, MOD 97-10), Luhn cards, the German tax id (ISO 7064
 * MOD 11,10), the German pension number (weights 2121212121 21 over the area, birth date, initial as
 * its alphabet position, serial), ICAO 9303 document numbers (weights 7, 3, 1).
 */

const mod97 = (digits: string): number => {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
};
const numeric = (s: string): string =>
  [...s.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

/** The two IBAN check digits for a country and BBAN. */
export function ibanCheck(country: string, bban: string): string {
  return String(98 - mod97(numeric(bban + country + '00'))).padStart(2, '0');
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (rng: PCG64, n: number) => Array.from({ length: n }, () => rng.pick([...LETTERS])).join('');

/** BBAN layouts without a national check digit that ibantools verifies. */
const BBAN: Record<string, (rng: PCG64) => string> = {
  DE: (rng) => rng.pick(['37040044', '50010517', '76050101', '20050550', '43060967']) + rng.digits(10),
  AT: (rng) => rng.pick(['20111', '12000', '32000', '14000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00762', '00230', '08390']) + rng.digits(12),
  GB: (rng) => rng.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.digits(14),
  NL: (rng) => rng.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + rng.digits(10),
  LU: (rng) => rng.pick(['001', '002', '019']) + rng.digits(13),
  LI: (rng) => rng.pick(['08810', '08800']) + rng.digits(12),
  DK: (rng) => rng.pick(['0040', '3000', '5301']) + rng.digits(10),
  _: (rng) => letters(rng, 4) + rng.digits(14),
};

export function iban(rng: PCG64, country: string): string {
  const bban = (BBAN[country] ?? BBAN.DE)(rng);
  const c = BBAN[country] ? country : 'DE';
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

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

export function card(rng: PCG64): string {
  const prefix = rng.pick(['4', '4', '51', '53', '55', '2221', '37', '6011']);
  const length = prefix === '37' ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return body + String(luhnDigit(body));
}

/** A card in groups (4-4-4-4, Amex 4-6-5) joined by `sep`. */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return grouped(v, sep);
}

/** ISO 7064 MOD 11,10 check digit of the first ten digits. */
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

/** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
export function taxId(rng: PCG64): string {
  for (;;) {
    const pool = [...'0123456789'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const twice = nine[rng.below(9)];
    const at = rng.below(10);
    const ten = [...nine.slice(0, at), twice, ...nine.slice(at)].join('');
    if (ten[0] === '0') continue;
    return ten + String(taxIdDigit(ten));
  }
}

/** The check digit of a pension number's first eleven characters (area, DDMMYY, initial, serial). */
export function pensionDigit(eleven: string): number {
  const letter = eleven[8].toUpperCase().charCodeAt(0) - 64;
  const digits = eleven.slice(0, 8) + String(letter).padStart(2, '0') + eleven.slice(9, 11);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

const AREAS = [
  '02',
  '03',
  '04',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
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
];

export function pensionNumber(
  rng: PCG64,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const dd = String(birth.d).padStart(2, '0');
  const mm = String(birth.m).padStart(2, '0');
  const yy = String(birth.y % 100).padStart(2, '0');
  const initial = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase();
  const serial = String(female ? 50 + rng.below(50) : rng.below(50)).padStart(2, '0');
  const eleven = rng.pick(AREAS) + dd + mm + yy + (initial || 'X') + serial;
  return eleven + String(pensionDigit(eleven));
}

const ICAO_WEIGHTS = [7, 3, 1];
export function icaoDigit(s: string): number {
  let sum = 0;
  [...s].forEach((ch, i) => {
    const v = ch === '<' ? 0 : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * ICAO_WEIGHTS[i % 3];
  });
  return sum % 10;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export function icaoNumber(rng: PCG64, kind: 'id' | 'passport'): string {
  let s = rng.pick([...(kind === 'id' ? 'LMNPRTVWXY' : 'CFGHJK')]);
  for (let i = 0; i < 8; i++) s += rng.pick([...ICAO_CHARS]);
  return s + String(icaoDigit(s));
}
