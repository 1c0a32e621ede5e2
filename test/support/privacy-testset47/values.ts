import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 47's values, drawn from its taus113 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn, ISO 7064
 * MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts; what is drawn
 * (bank codes where citizens abroad and applicants bank, card prefixes, pension areas) is this set's own.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['20050550', '76050101', '86055592', '50010517', '12030000', '60050101']) + rng.digits(10),
  AT: (rng) => rng.pick(['12000', '14000', '38000', '57000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00235', '00483', '08390']) + rng.digits(12),
  GB: (rng) => rng.pick(['BARC', 'LOYD', 'NWBK', 'CLYD']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI', 'ULSB']) + rng.digits(14),
};

/** Pension insurance area numbers this set draws from. */
const AREAS = ['08', '11', '13', '15', '16', '18', '19', '20', '21', '25', '26', '29'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '53', '2720', '34', '4', '52', '6011', '38', '4'],
  AREAS,
);
