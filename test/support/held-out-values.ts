import { icaoDigit, pensionDigit, taxIdDigit } from './privacy-testset28/values.js';

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
