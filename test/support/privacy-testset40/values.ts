import { ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit } from '../privacy-testset28/values.js';
import { cardPrinted, grouped, setDraws } from '../held-out-values.js';
import type { Random64 } from '../held-out-random64.js';

export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

/**
 * Set 40's values, drawn from its ranlux389 stream. The check-digit arithmetic (ISO 13616 MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension number's weights, ICAO 9303 7-3-1) is imported from set 28's values.ts;
 * only the drawing (bank codes of this set's countries, card prefixes, pension areas) is this set's.
 */
const BBAN: Record<string, (rng: Random64) => string> = {
  DE: (rng) => rng.pick(['70020270', '30050110', '66050101', '86055592', '25050180', '43060967']) + rng.digits(10),
  AT: (rng) => rng.pick(['12000', '32000', '20111', '14200']) + rng.digits(11),
  CH: (rng) => rng.pick(['00230', '00700', '80808']) + rng.digits(12),
  GB: (rng) => rng.pick(['HBUK', 'MIDL', 'NAIA', 'BUKB']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'IPBS', 'BOFI']) + rng.digits(14),
  FR: (rng) => rng.pick(['20041', '30003', '10278']) + rng.digits(18),
  BE: (rng) => rng.pick(['001', '068', '363']) + rng.digits(9),
};

export function iban(rng: Random64, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  let bban = BBAN[c](rng);
  // French and Belgian BBANs carry a national key of their own; recompute it so the number is a real one.
  if (c === 'FR') bban = frBban(bban.slice(0, 5), bban.slice(5, 10), bban.slice(10, 21));
  if (c === 'BE') bban = beBban(bban.slice(0, 10));
  return c + ibanCheck(c, bban) + bban;
}

/** RIB key: 97 - ((89 bank + 15 branch + 3 account) mod 97). */
function frBban(bank: string, branch: string, account: string): string {
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return bank + branch + account + String(key).padStart(2, '0');
}
/** Belgian account: ten digits and their remainder mod 97 (97 for 0). */
function beBban(ten: string): string {
  const rest = Number(BigInt(ten) % 97n) || 97;
  return ten + String(rest).padStart(2, '0');
}

/** Pension insurance area numbers (regional carriers and the federal ones) this set draws from. */
const AREAS = ['02', '04', '09', '10', '12', '14', '17', '18', '24', '28', '38', '40', '42', '65'];

export const { card, taxId, pensionNumber, icaoNumber } = setDraws<Random64>(
  BBAN,
  ['4', '51', '2221', '37', '4', '6011', '55', '4', '36'],
  AREAS,
);
