import type { Draw } from './random.js';

/** Checksum values computed here, never copied from the detectors. */

const mod97 = (digits: string): number => {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
};
const lettersAsDigits = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

/** BBAN shapes: digits only except GB (four-letter bank code). */
const BBAN: Record<string, (d: Draw) => string> = {
  DE: (d) => d.digits(18),
  AT: (d) => d.digits(16),
  CH: (d) => d.digits(17),
  GB: (d) => d.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + d.digits(14),
  NL: (d) => d.pick(['ABNA', 'RABO', 'INGB']) + d.digits(10),
};

export function iban(d: Draw, country: keyof typeof BBAN): string {
  const bban = BBAN[country](d);
  const check = 98 - mod97(lettersAsDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}
export const IBAN_COUNTRIES = Object.keys(BBAN) as (keyof typeof BBAN)[];

export const grouped = (s: string, n = 4) => s.replace(new RegExp(`(.{${n}})(?=.)`, 'g'), '$1 ');

export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}
export function card(d: Draw): string {
  const [prefix, len] = d.pick([
    ['4', 16],
    ['51', 16],
    ['55', 16],
    ['2221', 16],
    ['37', 15],
    ['6011', 16],
  ] as const);
  const body = prefix + d.digits(len - prefix.length - 1);
  return body + luhnDigit(body);
}
export const cardGrouped = (c: string) =>
  c.length === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : grouped(c);

/** Steuer-ID: 10 digits, one digit exactly twice, the others once at most; ISO 7064 MOD 11,10 check digit. */
export function taxId(d: Draw): string {
  for (;;) {
    const body = String(d.int(1, 9)) + d.digits(9);
    const counts = new Map<string, number>();
    for (const c of body) counts.set(c, (counts.get(c) ?? 0) + 1);
    const values = [...counts.values()];
    if (values.filter((v) => v === 2).length !== 1 || values.some((v) => v > 2)) continue;
    let p = 10;
    for (const c of body) {
      let s = (Number(c) + p) % 10;
      if (s === 0) s = 10;
      p = (s * 2) % 11;
    }
    const check = (11 - p) % 10;
    return body + check;
  }
}

/** Rentenversicherungsnummer: area, birth date ddmmyy, initial, serial (00-49 men, 50-99 women), check digit. */
export function pensionNumber(
  d: Draw,
  birth: { day: number; month: number; year: number },
  initial: string,
  woman: boolean,
): string {
  const area = d.pick(['12', '13', '15', '24', '28', '42', '53', '65']);
  const date =
    String(birth.day).padStart(2, '0') +
    String(birth.month).padStart(2, '0') +
    String(birth.year % 100).padStart(2, '0');
  const serial = String(woman ? d.int(50, 99) : d.int(0, 49)).padStart(2, '0');
  const letter = /^[A-Z]$/.test(initial.toUpperCase()) ? initial.toUpperCase() : 'X'; // Þ, Ž and the like: no letter number
  const letterNo = String(letter.charCodeAt(0) - 64).padStart(2, '0');
  const digits = area + date + letterNo + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const v = Number(digits[i]) * weights[i];
    sum += Math.floor(v / 10) + (v % 10);
  }
  return area + date + letter + serial + (sum % 10);
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
export function icaoDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  [...s].forEach((c, i) => {
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  });
  return sum % 10;
}
function icao(d: Draw, first: string): string {
  let body = d.pick([...first]);
  for (let i = 0; i < 8; i++) body += d.pick([...ICAO_CHARS]);
  return body + icaoDigit(body);
}
export const idCard = (d: Draw) => icao(d, 'LMNPRTVWXY');
export const passport = (d: Draw) => icao(d, 'CFGHJK');

export function ip(d: Draw): string {
  if (d.chance(0.3))
    return `2a02:${d.int(0x100, 0xfff).toString(16)}:${d.int(0x10, 0xffff).toString(16)}::${d.int(1, 0xffff).toString(16)}`;
  return `${d.pick([84, 91, 178, 203, 41, 105])}.${d.int(1, 254)}.${d.int(0, 254)}.${d.int(1, 254)}`;
}
