import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from './privacy-testset28/values.js';

/**
 * The German identifiers every later held-out set draws the same way, from its own generator: what a valid number
 * of each kind looks like is a format's rule, not a set's choice (the lists a set draws from, its card prefixes,
 * bank codes and pension areas, stay its own).
 */

/** What the draws need of a set's generator (set 32's CMRG has no 64-bit Random64 base, only these). */
export interface Draws {
  below(bound: number): number;
  pick<T>(list: readonly T[]): T;
}

/** What card and account draws need besides: a string of random digits. */
export interface DigitDraws extends Draws {
  digits(n: number): string;
}

/** An IBAN of `country` (else DE) with a BBAN drawn by the set's own layout for it, and its ISO 13616 check digits. */
export function drawIban<R extends DigitDraws>(
  rng: R,
  country: string,
  bbans: Record<string, (rng: R) => string>,
): string {
  const c = bbans[country] ? country : 'DE';
  const bban = bbans[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

/**
 * A card number with a Luhn check digit, its prefix picked from the set's own list: American Express (34, 37)
 * has 15 digits, Diners (36, 38) 14, every other scheme 16.
 */
export function drawCard(rng: DigitDraws, prefixes: readonly string[]): string {
  const prefix = rng.pick(prefixes);
  const length = prefix === '34' || prefix === '37' ? 15 : prefix === '36' || prefix === '38' ? 14 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return body + String(luhnDigit(body));
}

/** A card in groups (4-4-4-4, Amex 4-6-5, Diners 4-6-4) joined by `sep`. */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15 || v.length === 14) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return grouped(v, sep);
}

/** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
export function drawTaxId(rng: Draws): string {
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

/** A pension insurance number: an area of `areas`, the birth date, the name's initial, a serial by sex, a check digit. */
export function drawPensionNumber(
  rng: Draws,
  areas: readonly string[],
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const initial = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase();
  const serial = two(female ? 50 + rng.below(50) : rng.below(50));
  const eleven = rng.pick(areas) + two(birth.d) + two(birth.m) + two(birth.y % 100) + (initial || 'X') + serial;
  return eleven + String(pensionDigit(eleven));
}

const ICAO_CHARS = [...'CFGHJKLMNPRTVWXYZ0123456789'];
/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export function drawIcaoNumber(rng: Draws, kind: 'id' | 'passport'): string {
  let s = rng.pick([...(kind === 'id' ? 'LMNPRTVWXY' : 'CFGHJK')]);
  for (let i = 0; i < 8; i++) s += rng.pick(ICAO_CHARS);
  return s + String(icaoDigit(s));
}

/** The values a held-out set draws, each from the set's own lists: its banks' BBAN layouts, card prefixes, pension areas. */
export function setDraws<R extends DigitDraws>(
  bbans: Record<string, (rng: R) => string>,
  cardPrefixes: readonly string[],
  areas: readonly string[],
) {
  return {
    iban: (rng: R, country: string): string => drawIban(rng, country, bbans),
    card: (rng: R): string => drawCard(rng, cardPrefixes),
    /** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
    taxId: (rng: R): string => drawTaxId(rng),
    pensionNumber: (rng: R, birth: { d: number; m: number; y: number }, name: string, female: boolean): string =>
      drawPensionNumber(rng, areas, birth, name, female),
    /** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
    icaoNumber: (rng: R, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind),
  };
}
