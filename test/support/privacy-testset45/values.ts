import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 45's values, drawn from its ranlxs0 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn, ISO 7064
 * MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts; what is drawn
 * (bank codes where cleaning customers, caretakers and tenants bank, card prefixes, pension areas) is this set's own.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['25050180', '29050101', '76050101', '86055592', '50050201', '20050550']) + rng.digits(10),
  AT: (rng) => rng.pick(['12000', '34000', '15000', '38000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00235', '00774', '08390']) + rng.digits(12),
  GB: (rng) => rng.pick(['LOYD', 'BUKB', 'CPBK', 'TSBS']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'ULSB', 'BOFI']) + rng.digits(14),
};

/** Pension insurance area numbers this set draws from. */
const AREAS = ['03', '08', '11', '13', '15', '16', '18', '19', '21', '25', '42', '51'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '53', '2720', '34', '4', '54', '6011', '38', '4'],
  AREAS,
);
