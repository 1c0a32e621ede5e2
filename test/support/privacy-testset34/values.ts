import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import type { Random64 } from '../held-out-random64.js';
import { drawIcaoNumber, drawPensionNumber, drawTaxId } from '../held-out-values.js';

export { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 34's values, drawn from its TT800 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's
 * values.ts; only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */

/** BBAN layouts of this set's countries that ibantools verifies without a national check digit. */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['10010010', '50010517', '70020270', '43060967', '66050101']) + rng.digits(10),
  AT: (rng) => rng.pick(['20111', '12000', '32000', '14000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00762', '00235', '80808']) + rng.digits(12),
  NL: (rng) => rng.pick(['BUNQ', 'KNAB', 'SNSB', 'ASNB']) + rng.digits(10),
  GB: (rng) => rng.pick(['MONZ', 'NWBK', 'HBUK']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'IPBS']) + rng.digits(14),
  GR: (rng) => rng.pick(['011', '014', '017']) + rng.digits(4) + rng.digits(16),
  DK: (rng) => rng.pick(['0400', '3000', '9570', '2000']) + rng.digits(10),
};

export function iban(rng: Random64, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

export function card(rng: Random64): string {
  const prefix = rng.pick(['4', '51', '55', '2221', '37', '4', '6011']);
  const length = prefix === '37' ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return body + String(luhnDigit(body));
}

/** A card in groups (4-4-4-4, Amex 4-6-5) joined by `sep`. */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return grouped(v, sep);
}

/** A tax id (the shared drawing, held-out-values.ts). */
export const taxId = (rng: Random64): string => drawTaxId(rng);

/** Pension insurance area numbers of the regional carriers and the federal ones. */
const AREAS = [
  '02',
  '04',
  '09',
  '10',
  '12',
  '13',
  '17',
  '18',
  '19',
  '24',
  '28',
  '38',
  '39',
  '40',
  '42',
  '48',
  '49',
  '53',
];

/** A pension insurance number of one of `AREAS` (the shared drawing, held-out-values.ts). */
export const pensionNumber = (
  rng: Random64,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string => drawPensionNumber(rng, AREAS, birth, name, female);

/** A German ID card or passport number with its check digit (the shared drawing, held-out-values.ts). */
export const icaoNumber = (rng: Random64, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind);
