import type { SplitMix } from './random.js';

// Checksum values computed by this set's own code (the test checks them with the detectors' validators).

const group = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join(' ');

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const letterValue = (ch: string) => (/\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55));

const BBAN: Record<string, (g: SplitMix) => string> = {
  DE: (g) => g.pick(['10070000', '43060967', '76050101', '20050550', '50010517', '37040044']) + g.digits(10),
  AT: (g) => g.pick(['12000', '20111', '32000', '14000']) + g.digits(11),
  CH: (g) => g.pick(['00762', '00230', '08390']) + g.digits(12),
  GB: (g) => g.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + g.digits(14),
  LU: (g) => g.pick(['001', '019', '030']) + g.digits(13),
};

/** An IBAN with correct check digits, grouped in fours or compact. */
export function iban(g: SplitMix, country: string, grouped: boolean): string {
  const bban = BBAN[country](g);
  const numeric = [...(bban + country + '00')].map(letterValue).join('');
  const check = String(98 - mod97(numeric)).padStart(2, '0');
  const value = country + check + bban;
  return grouped ? group(value, 4) : value;
}

function luhnDigit(body: string): number {
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return (10 - (sum % 10)) % 10;
}

/** A card number passing Luhn: Visa or Mastercard (16 digits, grouped in fours) or Amex (15, 4-6-5). */
export function card(g: SplitMix, grouped: boolean): string {
  const kind = g.int(0, 2);
  const body = kind === 0 ? '4' + g.digits(14) : kind === 1 ? '5' + g.int(1, 5) + g.digits(13) : '37' + g.digits(12);
  const value = body + luhnDigit(body);
  if (!grouped) return value;
  return value.length === 15 ? `${value.slice(0, 4)} ${value.slice(4, 10)} ${value.slice(10)}` : group(value, 4);
}

/** A German tax id: ten digits with exactly one repeated, then the ISO 7064 MOD 11,10 check digit. */
export function taxId(g: SplitMix, grouped: boolean): string {
  let ten: number[];
  do {
    const nine = g.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    ten = g.shuffle([...nine, g.pick(nine)]);
  } while (ten[0] === 0);
  let product = 10;
  for (const d of ten) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  const value = ten.join('') + check;
  return grouped ? `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}` : value;
}

const crossSum = (n: number) => (n > 9 ? Math.floor(n / 10) + (n % 10) : n);

/** A German pension insurance number: area, birth date DDMMYY, initial, serial, check digit. */
export function socialSecurity(g: SplitMix, dob: Date, family: string): string {
  const area = g.pick(['12', '13', '15', '23', '24', '28', '42', '53', '65', '68']);
  const birth =
    String(dob.getUTCDate()).padStart(2, '0') +
    String(dob.getUTCMonth() + 1).padStart(2, '0') +
    String(dob.getUTCFullYear() % 100).padStart(2, '0');
  const initial = family
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .charAt(0)
    .toUpperCase();
  const serial = String(g.int(0, 99)).padStart(2, '0');
  const numbers = area + birth + String(initial.charCodeAt(0) - 64).padStart(2, '0') + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const sum = [...numbers].reduce((s, ch, i) => s + crossSum(Number(ch) * weights[i]), 0);
  return `${area}${birth}${initial}${serial}${sum % 10}`;
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
function icao(body: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  [...body].forEach((ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * weights[i % 3];
  });
  return sum % 10;
}
function document(g: SplitMix, first: string): string {
  let body = g.pick([...first]);
  for (let i = 0; i < 8; i++) body += g.pick([...ICAO_CHARS]);
  return body + icao(body);
}
/** German identity card number (serial with a check digit). */
export const idCard = (g: SplitMix) => document(g, 'LMNPRTVWXY');
/** German passport number (serial with a check digit). */
export const passport = (g: SplitMix) => document(g, 'CFGHJK');
