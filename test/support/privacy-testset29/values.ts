import {
  cardPrinted,
  grouped,
  ibanCheck,
  icaoDigit,
  luhnDigit,
  pensionDigit,
  taxIdDigit,
} from '../privacy-testset28/values.js';
import type { SFC64 } from './random.js';

/**
 * Set 29's value drawing from its SFC64 stream. The check-digit arithmetic (MOD 97-10, Luhn,
 * ISO 7064 MOD 11,10, the pension-number weights, ICAO 9303 7-3-1) is a fact of the standards and is
 * imported from set 28; the banks, prefixes, areas and draws here are set 29's own.
 */
export { cardPrinted, grouped, ibanCheck, icaoDigit, luhnDigit, pensionDigit, taxIdDigit };

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** BBAN layouts without a national check digit that ibantools verifies. */
const BBAN: Record<string, (rng: SFC64) => string> = {
  DE: (rng) => rng.pick(['10010010', '70150000', '12030000', '66050101', '30050110', '25050180']) + rng.digits(10),
  AT: (rng) => rng.pick(['15000', '19043', '34000', '60000']) + rng.digits(11),
  CH: (rng) => rng.pick(['00700', '00767', '08401']) + rng.digits(12),
  LI: (rng) => rng.pick(['08800', '08810']) + rng.digits(12),
  LU: (rng) => rng.pick(['003', '030', '014']) + rng.digits(13),
  GB: (rng) => rng.pick(['MONZ', 'SRLG', 'HBUK', 'REVO']) + rng.digits(14),
  IE: (rng) => rng.pick(['AIBK', 'IPBS', 'ULSB']) + rng.digits(14),
  NL: (rng) => rng.pick(['BUNQ', 'KNAB', 'ASNB']) + rng.digits(10),
  _: (rng) => Array.from({ length: 4 }, () => rng.pick(LETTERS)).join('') + rng.digits(14),
};

export function iban(rng: SFC64, country: string): string {
  const c = BBAN[country] ? country : 'DE';
  const bban = BBAN[c](rng);
  return c + ibanCheck(c, bban) + bban;
}

export function card(rng: SFC64): string {
  const prefix = rng.pick(['4', '4', '4', '52', '54', '2720', '34', '6011', '35']);
  const length = prefix === '34' ? 15 : 16;
  const drawn = prefix + rng.digits(length - 1 - prefix.length);
  // JCB's range is 3528-3589: a drawn 3500-3527 is no card number, so the third digit is moved into 5-8
  // (same draws, so the rest of the stream stays as it was).
  const body = prefix === '35' ? `35${5 + (Number(drawn[2]) % 4)}${drawn.slice(3)}` : drawn;
  return body + String(luhnDigit(body));
}

/** A tax id: ten digits, the first not 0, exactly one digit twice and one missing; then its check digit. */
export function taxId(rng: SFC64): string {
  for (;;) {
    const pool = [...'0123456789'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const ten = [...nine];
    ten.splice(rng.below(10), 0, nine[rng.below(9)]);
    if (ten[0] !== '0') return ten.join('') + String(taxIdDigit(ten.join('')));
  }
}

const AREAS = ['12', '13', '15', '16', '17', '18', '19', '21', '23', '24', '25', '26', '28', '29'];

export function pensionNumber(
  rng: SFC64,
  birth: { d: number; m: number; y: number },
  name: string,
  female: boolean,
): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const initial =
    name
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .charAt(0)
      .toUpperCase() || 'Q';
  const serial = two(female ? 50 + rng.below(50) : rng.below(50));
  const eleven = rng.pick(AREAS) + two(birth.d) + two(birth.m) + two(birth.y % 100) + initial + serial;
  return eleven + String(pensionDigit(eleven));
}

const ICAO_CHARS = [...'CFGHJKLMNPRTVWXYZ0123456789'];
/** A German ID card (first letter L M N P R T V W X Y) or passport number (C F G H J K), with check digit. */
export function icaoNumber(rng: SFC64, kind: 'id' | 'passport'): string {
  let s = rng.pick([...(kind === 'id' ? 'LMNPRTVWXY' : 'CFGHJK')]);
  for (let i = 0; i < 8; i++) s += rng.pick(ICAO_CHARS);
  return s + String(icaoDigit(s));
}
