import type { RomuTrio32 } from './random.js';

/** Checksum values computed by this set's own code (not the detectors'): IBAN, Luhn, tax id, pension number, ICAO. */

const mod97 = (digits: string): number => {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
};
const asDigits = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

export type IbanCountry = 'DE' | 'AT' | 'CH' | 'LI' | 'GB' | 'IE' | 'LU';

/** A BBAN of the country's length, with real-looking bank codes. */
function bban(rng: RomuTrio32, country: IbanCountry): string {
  switch (country) {
    case 'DE':
      return rng.pick(['43060967', '37050198', '70150000', '50010517', '26050001', '12030000']) + rng.digits(10);
    case 'AT':
      return rng.pick(['20111', '32000', '14000', '60000', '38000']) + rng.digits(11);
    case 'CH':
      return rng.pick(['00700', '09000', '00235', '80808']) + rng.digits(12);
    case 'LI':
      return rng.pick(['08800', '08810']) + rng.digits(12);
    case 'GB':
      return rng.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + rng.digits(14);
    case 'IE':
      return rng.pick(['AIBK', 'BOFI']) + rng.pick(['931152', '900017', '933712']) + rng.digits(8);
    default:
      return rng.pick(['001', '019', '030']) + rng.digits(13);
  }
}

export function iban(rng: RomuTrio32, country: IbanCountry): string {
  const b = bban(rng, country);
  const check = 98 - mod97(asDigits(`${b}${country}00`));
  return `${country}${String(check).padStart(2, '0')}${b}`;
}

/** Groups of four, as printed. */
export const grouped = (v: string): string => v.replace(/(.{4})(?=.)/g, '$1 ');

export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid card number: Visa, Mastercard (16) or Amex (15). */
export function card(rng: RomuTrio32): string {
  const brand = rng.int(3);
  const body =
    brand === 0
      ? '4' + rng.digits(14)
      : brand === 1
        ? '5' + rng.range(1, 5) + rng.digits(13)
        : '3' + rng.pick(['4', '7']) + rng.digits(12);
  return body + luhnDigit(body);
}

/** Printed in groups (4-4-4-4, Amex 4-6-5). */
export function cardPrinted(v: string, sep: string): string {
  if (v.length === 15) return [v.slice(0, 4), v.slice(4, 10), v.slice(10)].join(sep);
  return v.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** A German tax id: 11 digits, first not 0, one digit twice in the first ten, MOD 11,10 check digit. */
export function taxId(rng: RomuTrio32): string {
  for (;;) {
    const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = ds.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ds[i], ds[j]] = [ds[j], ds[i]];
    }
    // Drop one digit and repeat another: exactly one digit twice, one missing.
    const twice = ds[0];
    const body = [...ds.slice(0, 9), twice];
    for (let i = body.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [body[i], body[j]] = [body[j], body[i]];
    }
    if (body[0] === 0) continue;
    let product = 10;
    for (const d of body) {
      let sum = (d + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    return body.join('') + String(check);
  }
}

const AREAS = ['02', '04', '10', '12', '13', '15', '16', '17', '18', '19', '23', '24', '25', '26', '28', '65', '66'];

/** A German pension insurance number: area, DDMMYY, birth-name initial, serial (50-99 female), check digit. */
export function pensionNumber(
  rng: RomuTrio32,
  birth: { d: number; m: number; y: number },
  birthName: string,
  female: boolean,
): string {
  const area = rng.pick(AREAS);
  const date = `${String(birth.d).padStart(2, '0')}${String(birth.m).padStart(2, '0')}${String(birth.y % 100).padStart(2, '0')}`;
  const letter = birthName
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toUpperCase();
  const serial = String(female ? rng.range(50, 99) : rng.range(0, 49)).padStart(2, '0');
  const all = `${area}${date}${String(letter.charCodeAt(0) - 64).padStart(2, '0')}${serial}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  weights.forEach((w, i) => {
    const p = Number(all[i]) * w;
    sum += Math.floor(p / 10) + (p % 10);
  });
  return `${area}${date}${letter}${serial}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
const icaoValue = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

/** ICAO 9303 check digit: weights 7, 3, 1. */
export function icaoDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += icaoValue(s[i]) * [7, 3, 1][i % 3];
  return sum % 10;
}

/** A German ID card (first L M N P R T V W X Y) or passport (first C F G H J K) number with its check digit. */
export function icaoNumber(rng: RomuTrio32, kind: 'id' | 'passport'): string {
  let s = rng.pick(kind === 'id' ? [...'LMNPRTVWXY'] : [...'CFGHJK']);
  for (let i = 0; i < 8; i++) s += ICAO_CHARS[rng.int(ICAO_CHARS.length)];
  return s + String(icaoDigit(s));
}
