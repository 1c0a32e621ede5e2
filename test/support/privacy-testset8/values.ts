import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { ibanValid } from '../../../nodes/core/privacy/iban-validity.js';
import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';

/**
 * PCG32 (XSH RR, 64-bit state), set 8's own random generator: no earlier set uses it.
 */
export class Pcg32 {
  private state = 0n;
  private readonly inc: bigint;
  private static readonly MASK = (1n << 64n) - 1n;
  constructor(seed: number, stream = 54) {
    this.inc = ((BigInt(stream) << 1n) | 1n) & Pcg32.MASK;
    this.next();
    this.state = (this.state + BigInt(seed >>> 0) * 0x9e3779b97f4a7c15n) & Pcg32.MASK;
    this.next();
  }
  next(): number {
    const old = this.state;
    this.state = (old * 6364136223846793005n + this.inc) & Pcg32.MASK;
    const xorshifted = Number((((old >> 18n) ^ old) >> 27n) & 0xffffffffn);
    const rot = Number(old >> 59n);
    return ((xorshifted >>> rot) | (xorshifted << (-rot & 31))) >>> 0;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return this.next() % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() / 2 ** 32 < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(10));
    return s;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function ibanFor(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  const numeric = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98n - (BigInt(numeric) % 97n);
  return country + pad(Number(check)) + bban;
}

export function iban(r: Pcg32): string {
  for (;;) {
    const kind = r.int(4);
    const value =
      kind === 0
        ? ibanFor('DE', r.digits(18))
        : kind === 1
          ? ibanFor('AT', r.digits(16))
          : kind === 2
            ? ibanFor('NL', r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10))
            : ibanFor('BE', r.digits(12));
    if (ibanValid(value)) return value;
  }
}

/** An IBAN as people write it: grouped in fours, run together, now and then in lower case. */
export function writeIban(r: Pcg32, value: string): string {
  const grouped = r.chance(0.6) ? value.replace(/(.{4})(?=.)/g, '$1 ') : value;
  return r.chance(0.1) ? grouped.toLowerCase() : grouped;
}

export function card(r: Pcg32): string {
  const kind = r.int(3);
  const prefix =
    kind === 0
      ? '4' + r.digits(5)
      : kind === 1
        ? '5' + String(1 + r.int(5)) + r.digits(4)
        : '3' + r.pick(['4', '7']) + r.digits(4);
  const length = kind === 2 ? 15 : 16;
  const body = prefix + r.digits(length - prefix.length - 1);
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('no Luhn digit');
}

export function writeCard(r: Pcg32, value: string): string {
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  if (value.length === 15) return [value.slice(0, 4), value.slice(4, 10), value.slice(10)].join(sep);
  return value.replace(/(.{4})(?=.)/g, `$1${sep}`);
}

export function taxId(r: Pcg32): string {
  for (;;) {
    const body = String(1 + r.int(9)) + r.digits(9);
    for (let d = 0; d < 10; d++) if (deTaxIdValid(body + d)) return body + d;
  }
}

export function writeTaxId(r: Pcg32, value: string): string {
  const k = r.int(3);
  if (k === 0) return value;
  if (k === 1) return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}`;
  return `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6, 9)} ${value.slice(9)}`;
}

/** A pension insurance number for a birth date: area, ddmmyy, initial of the family name, serial, check digit. */
export function socialSecurity(r: Pcg32, birth: Date, family: string): string {
  const letter = family.replace(/^(van |von |de |al-|de la |lo |mac |ní )/i, '')[0].toUpperCase();
  const initial = /[A-Z]/.test(letter) ? letter : 'X';
  for (;;) {
    const body = `${pad(10 + r.int(80))}${pad(birth.getUTCDate())}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCFullYear() % 100)}${initial}${pad(r.int(50))}`;
    for (let d = 0; d < 10; d++) if (deSocialSecurityValid(body + d)) return body + d;
  }
}

export function writeSocialSecurity(r: Pcg32, value: string): string {
  const spaced = `${value.slice(0, 2)} ${value.slice(2, 8)} ${value.slice(8, 9)} ${value.slice(9)}`;
  return r.chance(0.4) && deSocialSecurityValid(spaced) ? spaced : value;
}

const ICAO = 'CFGHJKLMNPRTVWXYZ0123456789';
function icao(r: Pcg32, first: string): string {
  let s = r.pick([...first]);
  for (let i = 0; i < 8; i++) s += r.pick([...ICAO]);
  return s + String(icaoCheckDigit(s));
}
export const idCard = (r: Pcg32) => icao(r, 'LMNPRTVWXY');
export const passport = (r: Pcg32) => icao(r, 'CFGHJK');

export function birthDate(r: Pcg32): Date {
  return new Date(Date.UTC(1941 + r.int(65), r.int(12), 1 + r.int(28)));
}

/** A birth date in one of the shapes people type into forms and letters. */
export function writeDate(r: Pcg32, d: Date, lang: 'de' | 'en'): string {
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  switch (r.int(9)) {
    case 0:
      return `${pad(day)}.${pad(month + 1)}.${year}`;
    case 1:
      return `${day}.${month + 1}.${pad(year % 100)}`;
    case 2:
      return `${year}-${pad(month + 1)}-${pad(day)}`;
    case 3:
      return lang === 'de'
        ? `${day}. ${MONTHS_DE[month]} ${year}`
        : `${MONTHS_EN[month]} ${day}${ordinalSuffix(day)}, ${year}`;
    case 4:
      return lang === 'de' ? `${pad(day)}/${pad(month + 1)}/${year}` : `${pad(month + 1)}/${pad(day)}/${year}`;
    case 5:
      return `${day} ${(lang === 'de' ? MONTHS_DE : MONTHS_EN)[month].slice(0, 3)} ${year}`;
    case 6:
      return `${pad(day)}-${pad(month + 1)}-${year}`;
    case 7:
      return lang === 'de'
        ? `${pad(day)}.${pad(month + 1)}.${year}`
        : `${day}${ordinalSuffix(day)} of ${MONTHS_EN[month]} '${pad(year % 100)}`;
    default:
      return `${pad(day)} ${pad(month + 1)} ${year}`;
  }
}

export function phone(r: Pcg32): string {
  switch (r.int(10)) {
    case 0:
      return `+49 (0)${r.pick(['30', '40', '221', '511', '761'])} ${r.digits(7)}`;
    case 1:
      return `0049 ${r.pick(['171', '160', '152', '176'])} ${r.digits(7)}`;
    case 2:
      return `0${r.pick(['341', '203', '6221', '89'])}/${r.digits(6)}-${r.digits(2)}`;
    case 3:
      return `0${r.pick(['151', '157', '172'])} ${r.digits(4)} ${r.digits(4)}`;
    case 4:
      return `+44 7${r.digits(3)} ${r.digits(6)}`;
    case 5:
      return `(${r.pick(['312', '415', '617'])}) ${r.digits(3)}-${r.digits(4)}`;
    case 6:
      return `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 7:
      return `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`;
    case 8:
      return `+48 ${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`;
    default:
      return `+234 80${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`;
  }
}

const STREETS_DE = [
  'Holunderstieg',
  'Am Krähenberg',
  'Schäferkamp',
  'Quellenweg',
  'Rabenhorst',
  'Auf der Heide',
  'Mühlgrabenstraße',
  'Ulmenallee',
];
const TOWNS_DE = [
  '34131 Kassel',
  '06108 Halle (Saale)',
  '49074 Osnabrück',
  '97070 Würzburg',
  '24103 Kiel',
  '66111 Saarbrücken',
  '93047 Regensburg',
  '01067 Dresden',
];
const STREETS_EN = ['Larkspur Close', 'Tanners Row', 'Gorse Lane', 'Millbrook Road', 'Kestrel Way', 'Orchard Terrace'];
const TOWNS_EN = [
  'Leeds LS6 3QT',
  'Norwich NR2 4HF',
  'Bristol BS7 8LP',
  'Cardiff CF24 1RE',
  'York YO10 5DD',
  'Exeter EX4 6NB',
];

export function address(r: Pcg32, lang: 'de' | 'en', sep: string): string {
  if (lang === 'de')
    return `${r.pick(STREETS_DE)} ${1 + r.int(120)}${r.chance(0.2) ? 'a' : ''}${sep}${r.pick(TOWNS_DE)}`;
  if (r.chance(0.3))
    return `${1 + r.int(4000)} ${r.pick(['Maple Ave', 'Birchwood Dr', 'Pine St'])}${sep}${r.pick(['Evanston, IL 60201', 'Madison, WI 53703', 'Boulder, CO 80302'])}`;
  return `${1 + r.int(200)} ${r.pick(STREETS_EN)}${sep}${r.pick(TOWNS_EN)}`;
}

export function ip(r: Pcg32): string {
  if (r.chance(0.3))
    return `2a02:${r.int(65536).toString(16)}:${r.int(65536).toString(16)}::${(1 + r.int(65000)).toString(16)}`;
  return `${r.pick([31, 84, 91, 178, 188, 217])}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`;
}
