import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { drawIcaoNumber, drawPensionNumber, drawTaxId } from '../held-out-values.js';
import type { Cmrg } from './random.js';

export { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 32's values, drawn from its CMRG stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's
 * values.ts; only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */

/** BBAN layouts of this set's countries (no national check digit inside the BBAN). */
const BBAN: Record<string, (rng: Cmrg) => string> = {
  DE: (rng) => rng.pick(['50050201', '70150000', '30050110', '10050000', '51230800']) + rng.digits(10),
  AT: (rng) => rng.pick(['20111', '12000', '32000', '14000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00762', '00235', '00700']) + rng.digits(12),
  GB: (rng) => rng.pick(['NWBK', 'HBUK', 'BARC']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.digits(14),
  NL: (rng) => rng.pick(['RABO', 'INGB', 'ABNA', 'SNSB']) + rng.digits(10),
  AE: (rng) => rng.pick(['033', '026', '035']) + rng.digits(16),
  TR: (rng) => rng.pick(['00010', '00062', '00046']) + '0' + rng.digits(16),
};

export function iban(rng: Cmrg, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

export function card(rng: Cmrg): string {
  const prefix = rng.pick(['4', '53', '2720', '34', '4', '5105']);
  const length = prefix === '34' ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return body + String(luhnDigit(body));
}

/** A card in groups (4-4-4-4, Amex 4-6-5) joined by `sep`. */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return grouped(v, sep);
}

/** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
export const taxId = (rng: Cmrg): string => drawTaxId(rng);

/** Pension insurance area numbers (regional carriers of the airport regions and the federal ones). */
const AREAS = [
  '03',
  '04',
  '08',
  '11',
  '12',
  '13',
  '15',
  '16',
  '17',
  '21',
  '23',
  '24',
  '25',
  '26',
  '28',
  '29',
  '42',
  '65',
];

export const pensionNumber = (
  rng: Cmrg,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string => drawPensionNumber(rng, AREAS, birth, name, female);

/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export const icaoNumber = (rng: Cmrg, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind);
