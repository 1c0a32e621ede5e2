import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 39's values, drawn from its ranlxs1 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts;
 * only the drawing (bank codes of this set's countries, card prefixes, areas) is this set's.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['20050550', '37050198', '60050101', '50010517', '76050101', '12030000']) + rng.digits(10),
  AT: (rng) => rng.pick(['20815', '38000', '15000', '19043']) + rng.digits(11),
  CH: (rng) => rng.pick(['00700', '00767', '08390']) + rng.digits(12),
  LI: (rng) => rng.pick(['08800', '08810', '08803']) + rng.digits(12),
  NL: (rng) => rng.pick(['RABO', 'TRIO', 'KNAB', 'BUNQ']) + rng.digits(10),
  GB: (rng) => rng.pick(['BARC', 'LOYD', 'NWBK', 'SRLG']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI', 'ULSB']) + rng.digits(14),
  LU: (rng) => rng.pick(['001', '019', '025']) + rng.digits(13),
};

/** Pension insurance area numbers of the regional carriers and the federal ones. */
const AREAS = ['08', '11', '13', '15', '16', '21', '23', '25', '26', '29', '45', '49', '50', '53'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '53', '2720', '34', '4', '6011', '52', '4'],
  AREAS,
);
