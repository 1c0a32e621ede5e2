import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 42's values, drawn from its taus2 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn, ISO 7064
 * MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts; what is drawn
 * (bank codes of the countries where players, winners and claimants bank, card prefixes, pension areas) is this
 * set's own.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['26050001', '44050199', '83050000', '59050101', '20050550', '70150000']) + rng.digits(10),
  AT: (rng) => rng.pick(['20111', '14000', '32000', '60000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00235', '00700', '09000']) + rng.digits(12),
  GB: (rng) => rng.pick(['MIDL', 'HBUK', 'NAIA', 'CPBK']) + rng.digits(14),
  IE: (rng) => rng.pick(['IPBS', 'AIBK', 'PTSB']) + rng.digits(14),
  MT: (rng) => rng.pick(['VALL22013', 'MALT01100', 'APSB77002']) + rng.digits(18),
};

/** Pension insurance area numbers this set draws from. */
const AREAS = ['02', '04', '09', '10', '12', '14', '17', '18', '24', '28', '38', '40', '65'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '51', '2221', '37', '4', '55', '4', '6011', '36'],
  AREAS,
);
