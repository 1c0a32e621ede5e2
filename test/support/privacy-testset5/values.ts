import type { Xoshiro } from './random.js';

/**
 * Checksum values of test set 5, computed here from their public definitions (ISO 13616 mod 97,
 * Luhn, ISO 7064 mod 11,10, the German pension-number weights, ICAO 9303 check digits). The
 * structure test checks every one with Ragwire's validators; this file never imports them.
 */

const mod97 = (digits: string) => {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
};
const lettersToDigits = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

export function ibanFrom(country: string, bban: string): string {
  const check = 98 - mod97(lettersToDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

const BANK_LETTERS = ['ABNA', 'RABO', 'INGB', 'TRIO', 'KNAB'];
const UK_BANKS = ['BARC', 'LOYD', 'NWBK', 'MIDL', 'HBUK'];

/** An IBAN (compact) of one of a few countries whose national part has no extra check. */
export function iban(g: Xoshiro): string {
  const kind = g.int(0, 9);
  if (kind <= 5) return ibanFrom('DE', pickBlz(g) + g.digits(10));
  if (kind === 6) return ibanFrom('AT', String(g.int(1, 9)) + g.digits(15));
  if (kind === 7) return ibanFrom('NL', g.pick(BANK_LETTERS) + String(g.int(1, 9)) + g.digits(9));
  if (kind === 8) return ibanFrom('GB', g.pick(UK_BANKS) + g.digits(14));
  return ibanFrom('CH', '00' + g.digits(3) + g.digits(12));
}

function pickBlz(g: Xoshiro): string {
  // Bank codes start with the clearing area 1-8; the third digit is the institute group.
  return String(g.int(1, 8)) + g.digits(1) + g.pick(['0', '2', '3', '5', '6', '7']) + g.digits(5);
}

/** IBAN written in groups of four, or compact. */
export function ibanWritten(g: Xoshiro, compact: string): string {
  const r = g.int(0, 3);
  if (r === 0) return compact;
  const grouped = compact.replace(/(.{4})(?=.)/g, '$1 ');
  return r === 3 ? grouped.toLowerCase().replace(/^[a-z]{2}/, (c) => c.toUpperCase()) : grouped;
}

function luhnCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number: Visa, Mastercard or Amex, grouped as printed or compact. */
export function card(g: Xoshiro): string {
  const k = g.int(0, 2);
  const body =
    k === 0
      ? '4' + g.digits(14)
      : k === 1
        ? '5' + String(g.int(1, 5)) + g.digits(13)
        : '3' + g.pick(['4', '7']) + g.digits(12);
  const full = body + luhnCheck(body);
  if (g.chance(0.3)) return full;
  if (full.length === 15) return `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}`;
  const sep = g.pick([' ', ' ', '-']);
  return full.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** ISO 7064 mod 11,10 check digit of the German tax identification number. */
function taxCheck(ten: string): string {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return String(check === 10 ? 0 : check);
}

/** Steuer-IdNr: ten digits with exactly one digit twice, one missing, no leading zero; plus check. */
export function taxId(g: Xoshiro): string {
  for (;;) {
    const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = ds.length - 1; i > 0; i--) {
      const j = g.int(0, i);
      [ds[i], ds[j]] = [ds[j], ds[i]];
    }
    const a = g.int(0, 9);
    let b = g.int(0, 9);
    if (b === a) b = (b + 1) % 10;
    ds[b] = ds[a];
    if (ds[0] === 0) continue;
    const ten = ds.join('');
    return ten + taxCheck(ten);
  }
}

export function taxIdWritten(g: Xoshiro, id: string): string {
  const r = g.int(0, 2);
  if (r === 0) return id;
  if (r === 1) return `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`;
  return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`;
}

/** Rentenversicherungsnummer: area, birth date, surname initial, serial, check digit. */
export function socialSecurity(g: Xoshiro, initial = 'ABCDEFGHKLMNPRSTWZ'[g.int(0, 17)]): string {
  const area = g.pick(['12', '13', '15', '18', '23', '24', '28', '38', '39', '40', '42', '53', '54', '65']);
  const day = String(g.int(1, 28)).padStart(2, '0');
  const month = String(g.int(1, 12)).padStart(2, '0');
  const year = String(g.int(50, 99)).padStart(2, '0');
  const serial = String(g.pick([g.int(0, 49), g.int(50, 99)])).padStart(2, '0');
  const letter = String(initial.charCodeAt(0) - 64).padStart(2, '0');
  const digits = area + day + month + year + letter + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  return `${area}${day}${month}${year}${initial}${serial}${sum % 10}`;
}

const ICAO = (ch: string) => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);

export function icao(chars: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < chars.length; i++) sum += ICAO(chars[i]) * w[i % 3];
  return sum % 10;
}

const DOC_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

function docNumber(g: Xoshiro, first: string): string {
  let s = g.pick([...first]);
  for (let i = 0; i < 8; i++) s += DOC_CHARS[g.int(0, DOC_CHARS.length - 1)];
  return s + String(icao(s));
}

/** Personalausweis number (ten characters, the last an ICAO check digit). */
export const idCard = (g: Xoshiro) => docNumber(g, 'LMNPRTVWXY');
/** Reisepass number. */
export const passport = (g: Xoshiro) => docNumber(g, 'CFGHJK');

export function ipv4(g: Xoshiro): string {
  const first = g.pick([31, 37, 46, 62, 77, 84, 91, 109, 141, 178, 185, 212, 217]);
  return `${first}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
}

export function ipv6(g: Xoshiro): string {
  const h = () => g.int(0, 0xffff).toString(16);
  return g.pick([
    `2a02:${h()}:${h()}:${h()}::${h()}`,
    `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `2003:e2:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `2a01:598:${h()}::${h()}:${h()}`,
  ]);
}

export const ip = (g: Xoshiro) => (g.chance(0.7) ? ipv4(g) : ipv6(g));
