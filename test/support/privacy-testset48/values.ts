import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 48's values, drawn from its ranlux stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn, ISO 7064
 * MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts; what is drawn
 * (bank codes where library users, researchers and heirs bank, card prefixes, pension areas) is this set's own.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['43060967', '66050101', '25050180', '37050198', '70020270', '82054052']) + rng.digits(10),
  AT: (rng) => rng.pick(['20111', '32000', '15000', '60000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00700', '00767', '09000']) + rng.digits(12),
  GB: (rng) => rng.pick(['MIDL', 'HBUK', 'SRLG', 'RBOS']) + rng.digits(14),
  NL: (rng) => rng.pick(['RABO', 'INGB', 'ABNA']) + rng.digits(10),
  IE: (rng) => rng.pick(['AIBK', 'BOFI']) + rng.digits(14),
};

/** Pension insurance area numbers this set draws from. */
const AREAS = ['02', '04', '09', '10', '12', '14', '17', '23', '24', '28', '38', '39'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '51', '2221', '37', '4', '55', '6011', '36', '4'],
  AREAS,
);
