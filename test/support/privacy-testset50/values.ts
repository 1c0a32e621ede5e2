import { cardPrinted, grouped } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped };

/**
 * Set 50's values and their check digits, written for this set: ISO 13616 MOD 97-10 for IBANs, Luhn for cards,
 * ISO 7064 MOD 11,10 for the German tax id, the pension insurance number's weights 2 1 2 5 7 1 2 1 2 1 2 1, ICAO 9303
 * 7-3-1 for ID cards and passports. What is drawn (bank codes where reservists, veterans and their families bank, card
 * prefixes, pension areas) is this set's own; the grouping of printed numbers is the shared held-out-values.ts.
 */

/** A letter as a number for IBANs and ICAO fields: A = 10 … Z = 35; a digit as itself; `<` as 0. */
const charValue = (ch: string) => (ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);

/** The two check digits of an IBAN of `country` with `bban`. */
export function ibanCheck(country: string, bban: string): string {
  const moved = `${bban}${country}00`.toUpperCase();
  let rest = 0;
  for (const ch of moved) {
    const v = String(charValue(ch));
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return String(98 - rest).padStart(2, '0');
}

/** The Luhn digit that completes `body`. */
export function luhnDigit(body: string): number {
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

/** ISO 7064 MOD 11,10 over the ten digits of a German tax id. */
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

/** The check digit of a pension insurance number's first eleven characters (the letter as its two-digit place). */
export function pensionDigit(eleven: string): number {
  const letter = eleven.charCodeAt(8) - 64;
  const digits = eleven.slice(0, 8) + String(letter).padStart(2, '0') + eleven.slice(9);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  [...digits].forEach((ch, i) => {
    const p = Number(ch) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  });
  return sum % 10;
}

/** ICAO 9303 7-3-1 check digit. */
export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  return [...s.toUpperCase()].reduce((n, ch, i) => n + charValue(ch) * w[i % 3], 0) % 10;
}

const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['37050198', '25050180', '21050170', '10050000', '83050000', '74050000']) + rng.digits(10),
  AT: (rng) => rng.pick(['14000', '32000', '15000', '60000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00700', '09000', '00762']) + rng.digits(12),
  GB: (rng) => rng.pick(['HBUK', 'MIDL', 'RBOS', 'NAIA']) + rng.digits(14),
  NL: (rng) => rng.pick(['RABO', 'INGB', 'ABNA', 'BUNQ']) + rng.digits(10),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.digits(14),
  DK: (rng) => rng.pick(['3000', '5301', '9570']) + rng.digits(10),
};
const CARD_PREFIXES = ['4', '51', '2221', '37', '4', '55', '6011', '36', '4', '54'];
const AREAS = ['02', '04', '09', '10', '12', '14', '17', '21', '23', '24', '28', '38'];

/** An IBAN of `country` (else DE). */
export function iban(rng: Random64, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** A card with its Luhn digit: Amex (34, 37) 15 digits, Diners (36, 38) 14, others 16. */
export function card(rng: Random64): string {
  const prefix = rng.pick(CARD_PREFIXES);
  const length = prefix === '34' || prefix === '37' ? 15 : prefix === '36' || prefix === '38' ? 14 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return body + String(luhnDigit(body));
}

/** A tax id: ten digits, the first not 0, one digit twice and one missing, then the check digit. */
export function taxId(rng: Random64): string {
  for (;;) {
    const pool = [...'0123456789'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const at = rng.below(10);
    const ten = [...nine.slice(0, at), nine[rng.below(9)], ...nine.slice(at)].join('');
    if (ten[0] !== '0') return ten + String(taxIdDigit(ten));
  }
}

/** A pension insurance number: area, birth date, the name's initial, a serial (50–99 for women), check digit. */
export function pensionNumber(
  rng: Random64,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const initial =
    name
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .charAt(0)
      .toUpperCase() || 'X';
  const serial = two(female ? 50 + rng.below(50) : rng.below(50));
  const eleven = rng.pick(AREAS) + two(birth.d) + two(birth.m) + two(birth.y % 100) + initial + serial;
  return eleven + String(pensionDigit(eleven));
}

const ICAO_CHARS = [...'CFGHJKLMNPRTVWXYZ0123456789'];
/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K) with its check digit. */
export function icaoNumber(rng: Random64, kind: 'id' | 'passport'): string {
  let s = rng.pick([...(kind === 'id' ? 'LMNPRTVWXY' : 'CFGHJK')]);
  for (let i = 0; i < 8; i++) s += rng.pick(ICAO_CHARS);
  return s + String(icaoDigit(s));
}
