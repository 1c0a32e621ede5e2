import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { drawIcaoNumber, drawPensionNumber, drawTaxId } from '../held-out-values.js';
import type { Gfsr4 } from './random.js';

export { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 31's values, drawn from its GFSR4 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's
 * values.ts; only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */

/** BBAN layouts of this set's countries that ibantools verifies without a national check digit. */
const BBAN: Record<string, (rng: Gfsr4) => string> = {
  DE: (rng) => rng.pick(['29050101', '20050550', '21050170', '13050000', '21751230']) + rng.digits(10),
  NL: (rng) => rng.pick(['RABO', 'TRIO', 'INGB', 'ABNA']) + rng.digits(10),
  DK: (rng) => rng.pick(['0040', '7930', '9037']) + rng.digits(10),
  GB: (rng) => rng.pick(['BARC', 'LOYD', 'MIDL']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.digits(14),
  CY: (rng) => rng.pick(['002', '005']) + rng.digits(5) + rng.digits(16),
  MT: (rng) => rng.pick(['VALL', 'MMEB']) + rng.digits(5) + rng.digits(18),
  GR: (rng) => rng.pick(['011', '017', '026']) + rng.digits(4) + rng.digits(16),
  LV: (rng) => rng.pick(['HABA', 'UNLA']) + rng.digits(13),
};

export function iban(rng: Gfsr4, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

export function card(rng: Gfsr4): string {
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

/** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
export const taxId = (rng: Gfsr4): string => drawTaxId(rng);

/** Pension insurance area numbers of the coastal carriers and the federal ones (Knappschaft-Bahn-See among them). */
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

export const pensionNumber = (
  rng: Gfsr4,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string => drawPensionNumber(rng, AREAS, birth, name, female);

/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export const icaoNumber = (rng: Gfsr4, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind);
