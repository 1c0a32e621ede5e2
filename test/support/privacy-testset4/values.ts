import type { Rng } from './random.js';

// Value writers of test set 4. Checksums are computed here from their published rules; the test
// file checks every generated value with Ragwire's validators (which only validate).

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 13616: the two check digits of an IBAN from its country, and its BBAN. */
function ibanCheck(country: string, bban: string): string {
  const moved = (bban + country + '00')
    .split('')
    .map((c) => String(ALNUM.indexOf(c)))
    .join('');
  let rest = 0;
  for (const ch of moved) rest = (rest * 10 + Number(ch)) % 97;
  return String(98 - rest).padStart(2, '0');
}

/** BBAN shapes of a few countries (bank code, account); German bank codes are real Bankleitzahlen. */
const BBAN: Record<string, (g: Rng) => string> = {
  DE: (g) =>
    g.pick(['10070000', '20050550', '37040044', '50010517', '70150000', '60050101', '43060967', '86055592']) +
    g.digits(10),
  AT: (g) => g.pick(['20111', '12000', '32000', '14000']) + g.digits(11),
  NL: (g) => g.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + g.digits(10),
  BE: (g) => {
    const body = '0' + g.digits(9);
    return body + String(Number(body) % 97 || 97).padStart(2, '0');
  },
  CH: (g) => g.pick(['00762', '00230', '08390']) + g.digits(12),
  PL: (g) => g.pick(['10901014', '11402004', '10501445']) + g.digits(16),
  TR: (g) => '00' + g.pick(['062', '064', '046']) + '0' + g.digits(16),
  GB: (g) => g.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + g.digits(6) + g.digits(8),
};

/** A checksum-correct IBAN in the given country, compact or in groups of four. */
export function iban(g: Rng, country = 'DE', grouped = g.chance(0.6)): string {
  const bban = BBAN[country](g);
  const raw = country + ibanCheck(country, bban) + bban;
  return grouped ? raw.replace(/(.{4})(?=.)/g, '$1 ') : raw;
}

/** Luhn check digit for a payload of digits. */
function luhnDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid card number (Visa, Mastercard, Amex) in one of the usual writings. */
export function card(g: Rng): string {
  const brand = g.int(0, 2);
  const prefix =
    brand === 0
      ? '4' + g.digits(5)
      : brand === 1
        ? String(g.int(51, 55)) + g.digits(4)
        : g.pick(['34', '37']) + g.digits(4);
  const length = brand === 2 ? 15 : 16;
  const payload = prefix + g.digits(length - 1 - prefix.length);
  const num = payload + luhnDigit(payload);
  const style = g.int(0, 2);
  if (brand === 2) return style === 0 ? num : `${num.slice(0, 4)} ${num.slice(4, 10)} ${num.slice(10)}`;
  if (style === 0) return num;
  return num.replace(/(\d{4})(?=\d)/g, style === 1 ? '$1 ' : '$1-');
}

/** German Steuer-IdNr: 11 digits, one digit twice in the first ten, ISO 7064 MOD 11,10 check digit. */
export function taxId(g: Rng, grouped = g.chance(0.35)): string {
  for (;;) {
    const digits = g.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    digits.splice(g.int(1, 9), 0, digits[g.int(0, 8)]);
    if (digits[0] === 0) continue;
    let product = 10;
    for (const d of digits) {
      let sum = (d + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    const id = digits.join('') + check;
    return grouped ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
  }
}

/** German Rentenversicherungsnummer: area, birth date DDMMYY, initial, serial, check digit. */
export function socialSecurity(g: Rng, spaced = g.chance(0.5)): string {
  const area = g.pick(['12', '13', '15', '18', '23', '24', '25', '26', '28', '29', '38', '39', '42', '44', '53', '65']);
  const birth =
    String(g.int(1, 28)).padStart(2, '0') +
    String(g.int(1, 12)).padStart(2, '0') +
    String(g.int(50, 99)).padStart(2, '0');
  const letter = g.pick('ABDEFGHKLMNOPRSTWZ'.split(''));
  const serial = String(g.int(0, 49)).padStart(2, '0');
  const pos = String(letter.charCodeAt(0) - 64).padStart(2, '0');
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const body = area + birth + pos + serial;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(body[i]) * weights[i];
    sum += Math.floor(p / 10) + (p % 10);
  }
  const check = String(sum % 10);
  return spaced ? `${area} ${birth} ${letter} ${serial}${check}` : area + birth + letter + serial + check;
}

/** ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35). */
function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += ALNUM.indexOf(s[i]) * w[i % 3];
  return sum % 10;
}

const DOC_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';

function docNumber(g: Rng, first: string): string {
  let s = g.pick(first.split(''));
  for (let i = 0; i < 8; i++) s += g.pick(DOC_CHARS.split(''));
  return s + icaoDigit(s);
}

/** Personalausweis number: nine characters from the document alphabet plus check digit. */
export const idCard = (g: Rng) => docNumber(g, 'LMNPRTVWXY');
/** Reisepass number: first letter C, F, G, H, J or K, plus check digit. */
export const passport = (g: Rng) => docNumber(g, 'CFGHJK');

/** IPv4 from private and public ranges, or IPv6 in full or compressed writing. */
export function ip(g: Rng, v6 = g.chance(0.3)): string {
  if (!v6) {
    const head = g.pick([
      [10, g.int(0, 255)],
      [172, g.int(16, 31)],
      [192, 168],
      [g.int(31, 91), g.int(0, 255)],
      [g.int(141, 217), g.int(0, 255)],
    ]);
    return [...head, g.int(0, 255), g.int(1, 254)].join('.');
  }
  const h = () => g.int(0, 0xffff).toString(16);
  return g.chance(0.5)
    ? `2a0${g.int(1, 9)}:${h()}:${h()}:${h()}::${h()}`
    : `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`.replace(
        '2001:db8',
        g.pick(['2a02:810d', '2003:e6', '2607:f8b0']),
      );
}

// Look-alikes, never labelled.

/** A SEPA creditor identifier (DE, check digits, ZZZ, business code, 0, ten digits). */
export function creditorId(g: Rng): string {
  const national = '0' + g.digits(10);
  const check = ibanCheck('DE', national);
  return `DE${check}ZZZ${national}`;
}

/** A VAT id (USt-IdNr.) of a company. */
export const vatId = (g: Rng) => g.pick(['DE', 'ATU', 'NL']) + g.digits(9);

/** An ISBN-13 with its check digit. */
export function isbn(g: Rng): string {
  const body = '978' + String(g.int(3, 3)) + g.digits(8);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 ? 3 : 1);
  const c = (10 - (sum % 10)) % 10;
  return `${body.slice(0, 3)}-${body[3]}-${body.slice(4, 8)}-${body.slice(8, 12)}-${c}`;
}

/** A parcel tracking number (DHL-like, UPS-like). */
export const tracking = (g: Rng) =>
  g.chance(0.5) ? 'JVGL0' + g.digits(15) : '1Z' + g.pick(['A4', 'W9', '7E']) + 'X' + g.digits(13);
