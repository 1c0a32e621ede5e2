import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from './privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from './held-out-values.js';
import type { Random64 } from './held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * The values of held-out sets 37 and 38, drawn from each set's own stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts;
 * only the drawing (bank codes of these sets' countries, card prefixes, areas) is theirs.
 */

/** BBAN layouts of these sets' countries whose banks' national check digits ibantools does not verify. */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['10050000', '25050180', '30050110', '70150000', '85050300', '43060967']) + rng.digits(10),
  AT: (rng) => rng.pick(['12000', '14000', '32000', '20111']) + rng.digits(11),
  CH: (rng) => rng.pick(['00235', '00781', '09000']) + rng.digits(12),
  NL: (rng) => rng.pick(['ABNA', 'INGB', 'SNSB', 'ASNB']) + rng.digits(10),
  GB: (rng) => rng.pick(['HBUK', 'NAIA', 'MIDL', 'BUKB']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'BOFI', 'IPBS']) + rng.digits(14),
  LU: (rng) => rng.pick(['003', '014', '030']) + rng.digits(13),
  MT: (rng) => rng.pick(['VALL', 'MMEB', 'APSB']) + rng.digits(5) + rng.digits(18),
  CY: (rng) => rng.pick(['002', '005', '018']) + rng.digits(5) + rng.digits(16),
};

/** Pension insurance area numbers of the regional carriers and the federal ones. */
const AREAS = ['02', '04', '09', '10', '12', '13', '17', '18', '19', '24', '28', '38', '39', '40', '42', '65'];

export const { iban, card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '51', '2221', '37', '4', '6011', '55', '36'],
  AREAS,
);
