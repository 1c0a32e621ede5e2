import type { Well512a } from './random.js';

/** Set 21's own checksum code: every computed value here is valid by the published rules. */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Countries whose IBAN has no national check digit beyond ISO 13616's, with their BBAN layout (d digit, a letter). */
const BBAN = { DE: '18d', AT: '16d', CH: '17d', GB: '4a14d', IE: '4a14d', NL: '4a10d', LU: '16d' } as const;
export type IbanCountry = keyof typeof BBAN;
export const IBAN_COUNTRIES = Object.keys(BBAN) as IbanCountry[];

const BANKS: Record<string, readonly string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'MIDL'],
  IE: ['AIBK', 'BOFI', 'IPBS'],
  NL: ['ABNA', 'RABO', 'INGB', 'TRIO'],
};

/** ISO 7064 MOD 97-10 over digits and letters (A = 10). */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(LETTERS.indexOf(ch) + 10);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export function iban(rng: Well512a, country: IbanCountry): string {
  let bban = '';
  for (const [, n, kind] of BBAN[country].matchAll(/(\d+)([ad])/g))
    bban += kind === 'a' ? rng.pick(BANKS[country]) : rng.digits(Number(n));
  // No leading zero bank code: real ones rarely have one and some readers trim it.
  if (/^\d/.test(bban)) bban = String(rng.range(1, 9)) + bban.slice(1);
  const check = 98 - mod97(bban + country + '00');
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

/** An IBAN in groups of four, as printed. */
export const grouped = (v: string): string => v.replace(/(.{4})(?=.)/g, '$1 ');

/** A Luhn-valid card number: Visa or Mastercard (16 digits) or American Express (15). */
export function card(rng: Well512a): string {
  const kind = rng.int(3);
  const prefix =
    kind === 0
      ? '4' + rng.digits(5)
      : kind === 1
        ? '5' + rng.range(1, 5) + rng.digits(4)
        : rng.pick(['34', '37']) + rng.digits(4);
  const length = kind === 2 ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** A card number as embossed: 4-4-4-4, or 4-6-5 for American Express. */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return v.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** German tax id: ten digits, one of them twice (never side by side), first not 0, then ISO 7064 MOD 11,10. */
export function taxId(rng: Well512a): string {
  for (;;) {
    const pool = [...'0123456789'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const ten = [...nine, rng.pick(nine)];
    for (let i = ten.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ten[i], ten[j]] = [ten[j], ten[i]];
    }
    if (ten[0] === '0' || ten.some((d, i) => i > 0 && d === ten[i - 1])) continue;
    let product = 10;
    for (const d of ten) {
      let sum = (Number(d) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = 11 - product;
    return ten.join('') + String(check === 10 ? 0 : check);
  }
}

/** Area numbers of the German pension insurance carriers in use. */
const AREAS = ['12', '13', '15', '24', '25', '26', '28', '38', '40', '53', '65', '66'];

/** German pension insurance number: area, birth date DDMMYY, birth-name initial, serial (50+ for women), check digit. */
export function pensionNumber(
  rng: Well512a,
  birth: { d: number; m: number; y: number },
  birthName: string,
  female: boolean,
): string {
  const initial = birthName
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toUpperCase();
  const date = [birth.d, birth.m, birth.y % 100].map((n) => String(n).padStart(2, '0')).join('');
  const serial = String(female ? rng.range(50, 99) : rng.range(0, 49)).padStart(2, '0');
  const area = rng.pick(AREAS);
  const digits = area + date + String(LETTERS.indexOf(initial) + 1).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area}${date}${initial}${serial}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

/** ICAO 9303 check digit: weights 7, 3, 1 over digits and letters (A = 10). */
export function icaoCheck(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = /\d/.test(ch) ? Number(ch) : LETTERS.indexOf(ch) + 10;
    sum += v * w[i % 3];
  }
  return sum % 10;
}

/** A German ID card (first letter L…Y) or passport (C…K) serial with its check digit. */
export function icaoNumber(rng: Well512a, doc: 'id' | 'passport'): string {
  let s = rng.pick(doc === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += ICAO_CHARS[rng.int(ICAO_CHARS.length)];
  return s + String(icaoCheck(s));
}
