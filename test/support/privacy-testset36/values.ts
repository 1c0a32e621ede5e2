import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { drawIcaoNumber, drawPensionNumber, drawTaxId } from '../held-out-values.js';
import type { Ranlxd2 } from './random.js';

export { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 36's values, drawn from its ranlxd2 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts;
 * only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */

/** BBAN layouts of this set's countries that carry no national check digit (so MOD 97-10 alone makes them valid). */
const BBAN: Record<string, (rng: Ranlxd2) => string> = {
  DE: (rng) => rng.pick(['10090000', '50010517', '70150000', '30050110', '12030000']) + rng.digits(10),
  AT: (rng) => rng.pick(['32000', '14000', '20111', '60000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00235', '00762', '09000']) + rng.digits(12),
  NL: (rng) => rng.pick(['INGB', 'ABNA', 'SNSB', 'ASNB']) + rng.digits(10),
  GB: (rng) => rng.pick(['NWBK', 'HBUK', 'MIDL']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.pick(['931152', '900017', '933381']) + rng.digits(8),
  LU: (rng) => rng.pick(['003', '014', '030']) + rng.digits(13),
  LV: (rng) => rng.pick(['HABA', 'UNLA', 'RIKO']) + rng.digits(13),
};

export const IBAN_COUNTRIES = Object.keys(BBAN);

export function iban(rng: Ranlxd2, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

export function card(rng: Ranlxd2): string {
  const prefix = rng.pick(['4', '51', '55', '2221', '37', '4', '6011', '35']);
  const length = prefix === '37' ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return body + String(luhnDigit(body));
}

/** A card in groups (4-4-4-4, Amex 4-6-5) joined by `sep`. */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return grouped(v, sep);
}

/** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
export const taxId = (rng: Ranlxd2): string => drawTaxId(rng);

/** Pension insurance area numbers of the regional carriers and the federal ones. */
const AREAS = ['02', '04', '09', '10', '12', '13', '17', '18', '24', '28', '38', '40', '42', '48', '53', '54'];

export const pensionNumber = (
  rng: Ranlxd2,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string => drawPensionNumber(rng, AREAS, birth, name, female);

/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export const icaoNumber = (rng: Ranlxd2, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind);
