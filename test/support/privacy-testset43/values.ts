import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 43's values, drawn from its r250 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn, ISO 7064
 * MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts; what is drawn
 * (bank codes where prisoners' families, probationers and victims bank, card prefixes, pension areas) is this set's own.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['10050000', '36050105', '76050101', '86055592', '25050180', '50050201']) + rng.digits(10),
  AT: (rng) => rng.pick(['12000', '15000', '38000', '57000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00767', '00230', '08390']) + rng.digits(12),
  GB: (rng) => rng.pick(['BARC', 'LOYD', 'NWBK', 'TSBS']) + rng.digits(14),
  IE: (rng) => rng.pick(['BOFI', 'AIBK', 'ULSB']) + rng.digits(14),
};

/** Pension insurance area numbers this set draws from. */
const AREAS = ['03', '08', '11', '13', '15', '16', '21', '23', '25', '29', '42', '66'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '53', '2720', '34', '4', '52', '4', '6011', '38'],
  AREAS,
);
