import { composeIBAN, isValidIBAN } from 'ibantools';
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { DE_STREETS2, DE_TOWNS2, PEOPLE, UK_STREETS2, UK_TOWNS2, US_STREETS2, US_TOWNS2 } from './names.js';
import type { Rng } from './random.js';

/**
 * Value generators of test set 2. Only the checksum rules are shared with the detectors (the
 * validators in `checksums.ts`, ibantools, libphonenumber decide validity); formats — grouping,
 * separators, countries — are this set's own and differ from test set 1's.
 */

export interface Someone {
  first: string;
  last: string;
}

export function someone(g: Rng): Someone {
  const c = PEOPLE[g.one(Object.keys(PEOPLE))];
  return { first: g.one(c.given), last: g.one(c.family) };
}

/** Smallest last digit that makes `body + digit` pass `valid`, or undefined. */
function completed(body: string, valid: (s: string) => boolean): string | undefined {
  for (let k = 0; k <= 9; k++) if (valid(body + k)) return body + k;
  return undefined;
}

const BBAN: Record<string, (g: Rng) => string> = {
  DE: (g) => g.numerals(18),
  FR: (g) => g.numerals(23),
  ES: (g) => g.numerals(20),
  IT: (g) => g.one([...'ABCDEFGHJKLMNPRSTUVWXYZ']) + g.numerals(22),
  BE: (g) => g.numerals(12),
  PL: (g) => g.numerals(24),
  IE: (g) => g.one(['AIBK', 'BOFI']) + g.numerals(14),
  DK: (g) => g.numerals(14),
};

/** An IBAN, written compact, in fours, in fours with a trailing short group joined, or with hyphens. */
export function iban(
  g: Rng,
  country = g.one(['DE', 'DE', 'DE', 'DE', 'FR', 'ES', 'IT', 'BE', 'PL', 'IE', 'DK']),
): string {
  for (;;) {
    const value = composeIBAN({ countryCode: country, bban: BBAN[country](g) });
    if (!value || !isValidIBAN(value)) continue;
    const style = g.between(0, 9);
    if (style < 4) return value;
    if (style < 8) return value.replace(/(.{4})(?=.)/g, '$1 ');
    if (style < 9) return value.replace(/(.{4})(?=.)/g, '$1-');
    return `${value.slice(0, 4)} ${value.slice(4).replace(/(.{4})(?=.)/g, '$1 ')}`.replace(/ (\S{1,2})$/, '$1');
  }
}

/** A card number (Visa, Mastercard, Amex, Diners), in fours with spaces or dots, plain, or Amex 4-6-5. */
export function card(g: Rng): string {
  for (;;) {
    const [prefix, length] = g.one([
      ['4', 16],
      ['4', 16],
      ['51', 16],
      ['55', 16],
      ['2221', 16],
      ['34', 15],
      ['36', 14],
    ] as [string, number][]);
    const n = completed(prefix + g.numerals(length - prefix.length - 1), luhnValid);
    if (!n) continue;
    if (length === 15) return g.odds(0.5) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n;
    if (length === 14) return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
    return g.one([n, n.replace(/(\d{4})(?=\d)/g, '$1 '), n.replace(/(\d{4})(?=\d)/g, '$1 ')]);
  }
}

/** Steuer-ID: plain, 3-4-4 or 4-3-4 groups (test set 1 wrote 2-3-3-3 and threes). */
export function steuerId(g: Rng): string {
  for (;;) {
    const body = String(g.between(1, 9)) + g.numerals(9);
    const id = completed(body, deTaxIdValid);
    if (!id) continue;
    const style = g.between(0, 2);
    if (style === 0) return id;
    if (style === 1) return `${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`;
    return `${id.slice(0, 4)} ${id.slice(4, 7)} ${id.slice(7)}`;
  }
}

export interface BirthDay {
  day: number;
  month: number;
  year: number;
}
export function birthDay(g: Rng): BirthDay {
  return { day: g.between(1, 28), month: g.between(1, 12), year: g.between(1941, 2008) };
}
const two = (n: number) => String(n).padStart(2, '0');

/** Rentenversicherungsnummer for someone born on `born` whose birth name starts with `initial`. */
export function rvNumber(g: Rng, born = birthDay(g), initial = 'A'): string {
  const letter = initial.normalize('NFD')[0].toUpperCase();
  for (;;) {
    const body = `${g.one(['04', '10', '11', '16', '21', '25', '40', '43', '51', '63'])}${two(born.day)}${two(born.month)}${two(born.year % 100)}${/[A-Z]/.test(letter) ? letter : 'K'}${g.numerals(2)}`;
    const id = completed(body, deSocialSecurityValid);
    if (!id) continue;
    return g.odds(0.6) ? id : `${id.slice(0, 2)} ${id.slice(2, 8)} ${id.slice(8)}`;
  }
}

const ICAO = 'CFGHJKLMNPRTVWXYZ0123456789';
function machineReadable(g: Rng, firsts: string): string {
  for (;;) {
    let body = g.one([...firsts]);
    for (let i = 0; i < 8; i++) body += g.one([...ICAO]);
    if (/\d/.test(body)) return body + icaoCheckDigit(body);
  }
}
export const personalausweis = (g: Rng) => machineReadable(g, 'LMNPRTVWXY');
export const reisepass = (g: Rng) => machineReadable(g, 'CFGHJK');

/** Phone numbers in the writing habits of each country, valid in its numbering plan. */
export function telephone(g: Rng, lang: 'de' | 'en'): string {
  const de: [() => string, CountryCode][] = [
    [() => `+49 ${g.one(['171', '152', '163', '179', '1512'])} ${g.numerals(7)}`, 'DE'],
    [() => `0${g.one(['170', '175', '162'])}-${g.numerals(7)}`, 'DE'],
    [
      () =>
        `0${g.one(['521', '251', '6221', '761', '361'])} ${g.between(2, 9)}${g.numerals(2)} ${g.numerals(2)} ${g.numerals(2)}`,
      'DE',
    ],
    [() => `+49 ${g.one(['521', '381', '561'])}/${g.between(2, 9)}${g.numerals(5)}`, 'DE'],
    [() => `0049 ${g.one(['228', '821'])} ${g.between(2, 9)}${g.numerals(6)}`, 'DE'],
    [() => `+43 ${g.one(['664', '676', '699'])} ${g.numerals(7)}`, 'AT'],
    [() => `+41 ${g.one(['79', '78', '76'])} ${g.numerals(3)} ${g.numerals(2)} ${g.numerals(2)}`, 'CH'],
  ];
  const en: [() => string, CountryCode][] = [
    [() => `07${g.one(['700', '823', '946', '511'])} ${g.numerals(3)} ${g.numerals(3)}`, 'GB'],
    [() => `+44 20 ${g.between(7, 8)}${g.numerals(3)} ${g.numerals(4)}`, 'GB'],
    [() => `0118 ${g.between(2, 9)}${g.numerals(2)} ${g.numerals(4)}`, 'GB'],
    [() => `+44 (0)29 ${g.between(2, 2)}${g.numerals(3)} ${g.numerals(4)}`, 'GB'],
    [() => `${g.one(['206', '303', '614', '919'])}.${g.between(2, 9)}${g.numerals(2)}.${g.numerals(4)}`, 'US'],
    [() => `+1 (${g.one(['206', '720', '520'])}) ${g.between(2, 9)}${g.numerals(2)}-${g.numerals(4)}`, 'US'],
    [() => `+353 ${g.one(['85', '87', '86'])} ${g.numerals(3)} ${g.numerals(4)}`, 'IE'],
  ];
  for (;;) {
    const [make, country] = g.one(lang === 'de' ? de : en);
    const written = make();
    if (isValidPhoneNumber(written, country)) return written;
  }
}
/** The countries `telephone` writes numbers for. */
export const PHONE_COUNTRIES: CountryCode[] = ['DE', 'AT', 'CH', 'GB', 'US', 'IE'];

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Addresses at this set's own domains. */
export function mailbox(g: Rng, p: Someone): string {
  const f = plain(p.first);
  const l = plain(p.last);
  const local = g.one([`${f}.${l}`, `${l}.${f}`, `${f[0]}${l}`, `${f}${g.numerals(4)}`, `${f}-${l}`, `${l}.${f[0]}`]);
  return `${local}@${g.one([
    'rheinblick-fs.de',
    'weserland-versicherung.de',
    'web.de',
    't-online.de',
    'mailbox.org',
    'ironbridge.co.uk',
    'gmail.com',
    'icloud.com',
    'btinternet.com',
    'staff.uni-bielefeld.de',
    'pflege.klinikum-kassel.de',
  ])}`;
}

export function ipAddress(g: Rng): string {
  if (g.odds(0.8))
    return `${g.one([46, 79, 87, 109, 141, 185, 195, 213])}.${g.between(0, 255)}.${g.between(0, 255)}.${g.between(1, 254)}`;
  const h = () => g.between(0, 0xffff).toString(16);
  return `2001:${g.one(['db9', '16b8', '4dd0', '1a80'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

const months = (locale: string, style: 'long' | 'short') =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m, 3))),
  );
export const MONATE = months('de-DE', 'long');
export const MONTHS = months('en-US', 'long');

/** A birth date in shapes test set 1 used less or not at all. */
export function birthDateText(g: Rng, lang: 'de' | 'en', b: BirthDay): string {
  const { day, month, year } = b;
  return lang === 'de'
    ? g.one([
        `${two(day)}.${two(month)}.${year}`,
        `${day}.${month}.${year}`,
        `${day}. ${MONATE[month - 1]} ${year}`,
        `${two(day)}. ${MONATE[month - 1].slice(0, 3)}. ${year}`,
        `${two(day)}.${two(month)}.${String(year).slice(2)}`,
      ])
    : g.one([
        `${two(day)}/${two(month)}/${year}`,
        `${day} ${MONTHS[month - 1]} ${year}`,
        `${MONTHS[month - 1].slice(0, 3)} ${day}, ${year}`,
        `${two(day)}-${MONTHS[month - 1].slice(0, 3)}-${year}`,
        `${year}-${two(month)}-${two(day)}`,
        `${two(month)}/${two(day)}/${year}`,
      ]);
}

export function homeAddress(g: Rng, lang: 'de' | 'en', sep = g.one([', ', '\n'])): string {
  if (lang === 'de')
    return `${g.one(DE_STREETS2)} ${g.between(1, 99)}${g.odds(0.1) ? 'c' : ''}${sep}${g.one(DE_TOWNS2)}`;
  if (g.odds(0.5)) return `${g.between(1, 150)} ${g.one(UK_STREETS2)}${sep}${g.one(UK_TOWNS2)}`;
  return `${g.between(10, 9999)} ${g.one(US_STREETS2)}${g.odds(0.25) ? ` Unit ${g.between(1, 30)}` : ''}${sep}${g.one(US_TOWNS2)}`;
}

/** Look-alikes: numbers nobody should flag. */
export function sepaCreditorId(g: Rng): string {
  for (;;) {
    const national = '0' + g.numerals(10);
    for (let k = 2; k <= 98; k++) {
      const id = `DE${two(k)}ZZZ${national}`;
      if (creditorCheck(id)) return id;
    }
  }
}
/** SEPA creditor id check digits: ISO 7064 mod 97-10 over the national part and the country, the business code left out. */
function creditorCheck(id: string): boolean {
  const moved = (id.slice(7) + id.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of moved) mod = (mod * 10 + Number(ch)) % 97;
  return mod === 1;
}
export function parcelNumber(g: Rng): string {
  return g.one([
    () => `JVGL${g.numerals(16)}`,
    () => `00${g.numerals(18)}`,
    () => `H${g.numerals(4)}${g.one(['A', 'B'])}${g.numerals(10)}`,
    () => `${g.one(['CE', 'RX', 'EA'])}${g.numerals(9)}${g.one(['GB', 'DE'])}`,
  ])();
}
export function orderNumber(g: Rng): string {
  return g.one([
    () => `AB-${g.numerals(6)}`,
    () => `SO${g.numerals(8)}`,
    () => `B2026-${g.numerals(4)}-${g.numerals(3)}`,
    () => `PO ${g.numerals(5)}/${g.numerals(2)}`,
  ])();
}
export function skuNumber(g: Rng): string {
  return g.one([
    () => `SKU-${g.numerals(5)}-${g.one(['BLK', 'WHT', 'XL'])}`,
    () => `${g.numerals(3)}.${g.numerals(3)}.${g.numerals(2)}`,
    () => `EAN ${g.numerals(13)}`,
  ])();
}
export function version(g: Rng): string {
  return `${g.between(1, 14)}.${g.between(0, 30)}.${g.between(0, 99)}`;
}
export function logTime(g: Rng): string {
  return `${two(g.between(1, 28))}/${g.one(['Jan', 'Feb', 'Mar', 'Apr'])}/2026:${two(g.between(0, 23))}:${two(g.between(0, 59))}:${two(g.between(0, 59))} +0100`;
}
