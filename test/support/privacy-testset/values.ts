import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { CULTURES, DE_PLACES, DE_STREETS, UK_PLACES, UK_STREETS, US_PLACES, US_STREETS } from './names.js';
import type { Random } from './random.js';

/**
 * Values for the held-out test set, from its own generators. Checksum-carrying values are checked
 * with the validators the detectors use (`checksums.ts`, ibantools), so every labelled value is valid.
 */

export interface Person {
  given: string;
  family: string;
  culture: string;
}

export function person(r: Random): Person {
  const culture = r.pick(Object.keys(CULTURES));
  return { given: r.pick(CULTURES[culture].given), family: r.pick(CULTURES[culture].family), culture };
}

/** The digit that makes `body + d` valid, or undefined. */
function withCheckDigit(body: string, valid: (s: string) => boolean): string | undefined {
  for (let d = 0; d <= 9; d++) if (valid(body + d)) return body + d;
  return undefined;
}

/** ISO 7064 mod 97-10 check digits for an IBAN (or a SEPA creditor id) with country `cc`. */
function mod97Check(cc: string, rest: string): string {
  const numeric = (rest + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of numeric) mod = (mod * 10 + Number(ch)) % 97;
  return String(98 - mod).padStart(2, '0');
}

const group4 = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');

export function iban(r: Random, country = r.pick(['DE', 'DE', 'DE', 'AT', 'NL', 'GB', 'CH', 'LU'])): string {
  for (;;) {
    const bban =
      country === 'DE'
        ? r.digits(18)
        : country === 'AT'
          ? r.digits(16)
          : country === 'NL'
            ? r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10)
            : country === 'GB'
              ? r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14)
              : country === 'CH'
                ? r.digits(17)
                : r.digits(16);
    const value = country + mod97Check(country, bban) + bban;
    if (isValidIBAN(value)) return r.chance(0.6) ? group4(value) : value;
  }
}

const CARD_SHAPES: [string, number][] = [
  ['4', 16],
  ['53', 16],
  ['2720', 16],
  ['37', 15],
  ['6011', 16],
];
export function card(r: Random): string {
  for (;;) {
    const [prefix, length] = r.pick(CARD_SHAPES);
    const n = withCheckDigit(prefix + r.digits(length - prefix.length - 1), luhnValid);
    if (!n) continue;
    const style = r.int(0, 2);
    if (style === 0) return n;
    const sep = style === 1 ? ' ' : '-';
    return length === 15
      ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`
      : n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  }
}

/** Steuer-ID, written plain, as 2-3-3-3 or in threes from the left. */
export function taxId(r: Random, style = r.pick(['plain', '2333', 'threes'] as const)): string {
  for (;;) {
    const digits = r.shuffle([...'0123456789']);
    const twice = r.chance(0.7);
    const body = r.shuffle([...digits.slice(0, twice ? 9 : 8), digits[0], ...(twice ? [] : [digits[0]])]).join('');
    if (body[0] === '0') continue;
    const id = withCheckDigit(body, deTaxIdValid);
    if (!id) continue;
    if (style === 'plain') return id;
    if (style === '2333') return `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`;
    return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`;
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function socialSecurity(r: Random, born = birthDate(r), family = 'M'): string {
  for (;;) {
    const body = `${pad2(r.pick([12, 13, 15, 17, 23, 24, 28, 38, 42, 53, 65]))}${pad2(born.d)}${pad2(born.m)}${pad2(born.y % 100)}${family[0].toUpperCase().normalize('NFD')[0]}${r.digits(2)}`;
    const id = withCheckDigit(body, deSocialSecurityValid);
    if (id) return r.chance(0.5) ? id : `${id.slice(0, 2)} ${id.slice(2, 8)} ${id.slice(8, 9)} ${id.slice(9)}`;
  }
}

const ICAO_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789';
function icaoDocument(r: Random, first: string): string {
  for (;;) {
    let body = r.pick([...first]);
    for (let i = 0; i < 8; i++) body += r.pick([...ICAO_CHARS]);
    if (/\d/.test(body)) return body + icaoCheckDigit(body);
  }
}
export const idCard = (r: Random) => icaoDocument(r, 'LMNPRTVWXY');
export const passport = (r: Random) => icaoDocument(r, 'CFGHJK');

/** A phone number as people write it, valid in the numbering plan of the country it is written for. */
export function phone(r: Random, lang: 'de' | 'en'): string {
  const shapes: [() => string, CountryCode][] =
    lang === 'en' && r.chance(0.6)
      ? [
          [() => `+44 7${r.pick(['700', '812', '931', '456'])} ${r.digits(6)}`, 'GB'],
          [() => `0161 ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`, 'GB'],
          [() => `+44 (0)113 ${r.int(2, 4)}${r.digits(2)} ${r.digits(4)}`, 'GB'],
          [() => `(${r.pick(['503', '512', '608', '217'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, 'US'],
          [() => `+1 ${r.pick(['503', '512', '608'])} ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`, 'US'],
        ]
      : [
          [() => `0${r.pick(['151', '160', '176', '157', '172'])} ${r.digits(4)} ${r.digits(r.int(3, 4))}`, 'DE'],
          [
            () => `+49 ${r.pick(['40', '30', '89', '221'])} ${r.int(2, 9)}${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
            'DE',
          ],
          [() => `0${r.pick(['711', '341', '421', '231'])} / ${r.int(2, 9)}${r.digits(5)}`, 'DE'],
          [() => `+49 (0) ${r.pick(['911', '611', '431'])} ${r.int(2, 9)}${r.digits(5)}`, 'DE'],
          [() => `(0${r.pick(['351', '511'])}) ${r.int(2, 9)}${r.digits(2)} ${r.digits(3)}`, 'DE'],
        ];
  for (;;) {
    const [make, country] = r.pick(shapes);
    const written = make();
    if (isValidPhoneNumber(written, country)) return written;
  }
}

const ASCII = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Work and private addresses, many on multi-level subdomains. */
export function email(r: Random, p: Person): string {
  const local = r.pick([
    `${ASCII(p.given)}.${ASCII(p.family)}`,
    `${ASCII(p.given)[0]}.${ASCII(p.family)}`,
    `${ASCII(p.family)}${r.digits(2)}`,
    `${ASCII(p.given)}_${ASCII(p.family)[0]}`,
  ]);
  const domain = r.pick([
    'mail.vertrieb.nordlicht-logistik.de',
    'hr.eu.brightwater-analytics.co.uk',
    'patients.klinik-am-see.de',
    'corp.mail.meridian-health.com',
    'posteo.de',
    'gmx.net',
    'students.uni-kiel.de',
    'stud.informatik.tu-dresden.de',
    'outlook.com',
    'eng.berlin.quarrylane.io',
  ]);
  return `${local}@${domain}`;
}

export function ip(r: Random): string {
  return r.chance(0.75)
    ? `${r.pick([84, 91, 178, 217, 93, 188])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`
    : `2a02:${r.int(0x100, 0xfff).toString(16)}:${r.int(0x10, 0xffff).toString(16)}:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xfff).toString(16)}`;
}

export interface Day {
  d: number;
  m: number;
  y: number;
}
export function birthDate(r: Random): Day {
  return { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1948, 2006) };
}

/** Month names from the platform's locale data (ICU), not from a list shared with the development set. */
const monthNames = (locale: string) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 1))),
  );
export const MONTHS_DE = monthNames('de-DE');
export const MONTHS_EN = monthNames('en-GB');
const ORDINALS_DE = [
  'ersten',
  'zweiten',
  'dritten',
  'vierten',
  'fünften',
  'sechsten',
  'siebten',
  'achten',
  'neunten',
  'zehnten',
  'elften',
  'zwölften',
  'dreizehnten',
  'vierzehnten',
  'fünfzehnten',
  'sechzehnten',
  'siebzehnten',
  'achtzehnten',
  'neunzehnten',
  'zwanzigsten',
  'einundzwanzigsten',
  'zweiundzwanzigsten',
  'dreiundzwanzigsten',
  'vierundzwanzigsten',
  'fünfundzwanzigsten',
  'sechsundzwanzigsten',
  'siebenundzwanzigsten',
  'achtundzwanzigsten',
];
const ordinalEn = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A date in one of the shapes people write birthdays in, including two-digit years and words. */
export function writtenDate(r: Random, lang: 'de' | 'en', day: Day): string {
  const { d, m, y } = day;
  const yy = pad2(y % 100);
  return lang === 'de'
    ? r.pick([
        `${pad2(d)}.${pad2(m)}.${y}`,
        `${pad2(d)}.${pad2(m)}.${yy}`,
        `${d}.${m}.${yy}`,
        `${d}. ${MONTHS_DE[m - 1]} ${y}`,
        `${ORDINALS_DE[d - 1]} ${MONTHS_DE[m - 1]} ${y}`,
        `${y}-${pad2(m)}-${pad2(d)}`,
      ])
    : r.pick([
        `${MONTHS_EN[m - 1]} ${d}, ${y}`,
        `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`,
        `${pad2(m)}/${pad2(d)}/${yy}`,
        `${pad2(d)}/${pad2(m)}/${y}`,
        `${ordinalEn(d)} of ${MONTHS_EN[m - 1]} ${y}`,
        `${y}-${pad2(m)}-${pad2(d)}`,
      ]);
}

/** A person's postal address in the local layout; `sep` joins street line and place line. */
export function postalAddress(r: Random, lang: 'de' | 'en', sep = r.pick([', ', '\n'])): string {
  if (lang === 'de') {
    const [code, city] = r.pick(DE_PLACES);
    return `${r.pick(DE_STREETS)} ${r.int(1, 140)}${r.chance(0.15) ? r.pick(['a', 'b']) : ''}${sep}${code} ${city}`;
  }
  if (r.chance(0.6)) {
    const [city, code] = r.pick(UK_PLACES);
    return `${r.int(1, 220)} ${r.pick(UK_STREETS)}${sep}${city} ${code}`;
  }
  const [city, state, zip] = r.pick(US_PLACES);
  return `${r.int(100, 9800)} ${r.pick(US_STREETS)}${r.chance(0.3) ? ` Apt ${r.int(1, 40)}` : ''}${sep}${city}, ${state} ${zip}`;
}

/** Look-alikes: numbers and dates that are not personal data. */
export function creditorId(r: Random): string {
  const national = '0' + r.digits(10);
  return `DE${mod97Check('DE', national)}ZZZ${national}`;
}
export function trackingNumber(r: Random): string {
  return r.pick([
    () => `00340434${r.digits(12)}`,
    () => `1Z${r.digits(3)}${r.pick(['AA', 'E6', 'W2'])}${r.digits(10)}`,
    () => `JJD${r.digits(18)}`,
    () => `${r.pick(['RR', 'CX', 'LX'])}${r.digits(9)}DE`,
  ])();
}
export function articleNumber(r: Random): string {
  return r.pick([
    () => `${r.int(100, 999)}-${r.digits(4)}-${r.digits(2)}`,
    () => `40${r.digits(11)}`,
    () => `A${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    () => `PN-${r.digits(6)}/${r.pick(['A', 'B', 'C'])}`,
  ])();
}
export function invoiceNumber(r: Random): string {
  return r.pick([
    () => `RE-2026-${r.digits(5)}`,
    () => `INV-${r.digits(7)}`,
    () => `${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`,
    () => `2026/${r.digits(4)}`,
    () => `${r.digits(10)}`,
  ])();
}
export function timestamp(r: Random): string {
  const d = `2026-${pad2(r.int(1, 12))}-${pad2(r.int(1, 28))}`;
  const t = `${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}`;
  return r.pick([`${d}T${t}Z`, `${d} ${t}`, `${d}T${t}.${r.digits(3)}+01:00`]);
}
/** A date that is not a birthday (deadlines, meetings). */
export function plainDate(r: Random, lang: 'de' | 'en'): string {
  return writtenDate(r, lang, { d: r.int(1, 28), m: r.int(1, 12), y: r.pick([2025, 2026, 2027]) });
}
