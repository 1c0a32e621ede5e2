import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { drawIcaoNumber, drawPensionNumber, drawTaxId } from '../held-out-values.js';
import type { PCG64DXSM } from './random.js';

export { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 30's values, drawn from its PCG64 DXSM stream. The check-digit arithmetic (ISO 13616 MOD 97-10,
 * Luhn, ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's
 * values.ts; only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** BBAN layouts of this set's countries that ibantools verifies without a national check digit. */
const BBAN: Record<string, (rng: PCG64DXSM) => string> = {
  DE: (rng) => rng.pick(['10050000', '60050101', '25050180', '70150000', '30050110']) + rng.digits(10),
  AT: (rng) => rng.pick(['20815', '38000', '19043']) + rng.digits(11),
  CH: (rng) => rng.pick(['00700', '00767', '08401']) + rng.digits(12),
  GB: (rng) => rng.pick(['HBUK', 'NAIA', 'SRLG', 'TSBS']) + rng.digits(14),
  IE: (rng) => rng.pick(['IPBS', 'ULSB']) + rng.digits(14),
  NL: (rng) => rng.pick(['SNSB', 'ASNB', 'KNAB', 'BUNQ']) + rng.digits(10),
  DK: (rng) => rng.pick(['2000', '9570', '7670']) + rng.digits(10),
};

export function iban(rng: PCG64DXSM, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

/** Groups of four joined by `sep`. */
export const grouped = (v: string, sep = ' '): string => v.replace(/(.{4})(?=.)/g, `$1${sep}`);

export function card(rng: PCG64DXSM): string {
  const prefix = rng.pick(['4', '4', '52', '54', '2720', '34', '6011', '4']);
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
export const taxId = (rng: PCG64DXSM): string => drawTaxId(rng);

/** Pension insurance area numbers in use (regional carriers and the federal ones). */
const AREAS = [
  '02',
  '04',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
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

export const pensionNumber = (
  rng: PCG64DXSM,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string => drawPensionNumber(rng, AREAS, birth, name, female);

/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export const icaoNumber = (rng: PCG64DXSM, kind: 'id' | 'passport'): string => drawIcaoNumber(rng, kind);

export const letter = (rng: PCG64DXSM): string => rng.pick(LETTERS);
