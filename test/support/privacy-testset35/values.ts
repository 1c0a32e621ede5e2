import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { drawIcaoNumber, drawPensionNumber, drawTaxId } from '../held-out-values.js';
import type { Ran3 } from './random.js';

export { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 35's values, drawn from its ran3 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts;
 * only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */

/** BBAN layouts of this set's countries that ibantools verifies without a national check digit. */
const BBAN: Record<string, (rng: Ran3) => string> = {
  DE: (rng) => rng.pick(['20050550', '37050198', '76050101', '60050101', '86055592']) + rng.digits(10),
  AT: (rng) => rng.pick(['20404', '15000', '38000', '57000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00700', '00767', '80181']) + rng.digits(12),
  NL: (rng) => rng.pick(['RABO', 'TRIO', 'RBRB']) + rng.digits(10),
  GB: (rng) => rng.pick(['BARC', 'LOYD', 'STAR']) + rng.digits(14),
  LU: (rng) => rng.pick(['001', '002', '019']) + rng.digits(13),
  LT: (rng) => rng.pick(['73000', '70440', '40100']) + rng.digits(11),
  BG: (rng) => rng.pick(['UNCR', 'FINV', 'STSA']) + rng.digits(4) + rng.digits(2) + rng.digits(8),
};

export function iban(rng: Ran3, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

export function card(rng: Ran3): string {
  const prefix = rng.pick(['4', '53', '2720', '34', '4', '6011', '52']);
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
export const taxId = (rng: Ran3): string => drawTaxId(rng);

/** Pension insurance area numbers of the regional carriers and the federal ones. */
const AREAS = ['03', '08', '11', '14', '15', '16', '21', '23', '25', '26', '29', '43', '45', '50', '52', '55'];

export const pensionNumber = (
  rng: Ran3,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string => drawPensionNumber(rng, AREAS, birth, name, female);

/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export const icaoNumber = (rng: Ran3, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind);
