import { cultures } from './names.js';
import type { ChaCha8 } from './random.js';

/** A generated person of set 23: a name from the set's own lists and the values that belong to them. */
export interface Person {
  given: string;
  family: string;
  full: string;
  female: boolean;
  dob: { d: number; m: number; y: number };
  /** An ASCII form of the name for mailboxes. */
  login: { given: string; family: string };
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function person(rng: ChaCha8): Person {
  const all = Object.values(cultures());
  const c = rng.pick(all);
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  return {
    given,
    family,
    full: `${given} ${family}`,
    female: rng.chance(0.5),
    dob: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1962, 2004) },
    login: { given: ascii(given) || 'kontakt', family: ascii(family) || 'person' },
  };
}

/** Several different people. */
export function people(rng: ChaCha8, n: number): Person[] {
  const out: Person[] = [];
  while (out.length < n) {
    const p = person(rng);
    if (!out.some((q) => q.full === p.full)) out.push(p);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date of birth as a German or English sheet or slide writes it. */
export function dobText(rng: ChaCha8, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.dob;
  const f = rng.int(0, 3);
  if (f === 0) return `${y}-${pad(m)}-${pad(d)}`;
  if (f === 1 && lang === 'en') return `${pad(d)}/${pad(m)}/${y}`;
  if (f === 2 && lang === 'en') return `${m}/${d}/${y}`;
  return `${pad(d)}.${pad(m)}.${y}`;
}

/** Days since 1899-12-30: the serial number a spreadsheet stores for a date whose format got lost. */
export function serialDate(p: Person): number {
  return Math.round((Date.UTC(p.dob.y, p.dob.m - 1, p.dob.d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function privateMail(rng: ChaCha8, p: Person): string {
  const host = rng.pick([
    'gmail.com',
    'web.de',
    'gmx.at',
    'bluewin.ch',
    'outlook.com',
    'icloud.com',
    'posteo.de',
    'yahoo.co.uk',
    'proton.me',
    'eircom.net',
  ]);
  const { given, family } = p.login;
  const local = rng.pick([
    `${given}.${family}`,
    `${given[0]}${family}`,
    `${family}.${given}${rng.int(1, 99)}`,
    `${given}_${family}`,
  ]);
  return `${local}@${host}`;
}

/** A person's own mailbox at the company they work for (labelled, unlike role mailboxes). */
export function workMail(rng: ChaCha8, p: Person, domain: string): string {
  const { given, family } = p.login;
  return rng.pick([`${given}.${family}@${domain}`, `${given[0]}.${family}@${domain}`, `${family}@${domain}`]);
}

export type Country = 'DE' | 'AT' | 'CH' | 'UK' | 'IE' | 'US' | 'NL';

export function mobile(rng: ChaCha8, country: Country): string {
  switch (country) {
    case 'DE':
      return rng.pick([
        `+49 15${rng.int(1, 9)} ${rng.digits(8)}`,
        `01${rng.pick(['51', '60', '62', '70', '71', '76'])} ${rng.digits(7)}`,
        `0172/${rng.digits(7)}`,
      ]);
    case 'AT':
      return rng.pick([
        `+43 664 ${rng.digits(7)}`,
        `0660 ${rng.digits(7)}`,
        `+43 699 ${rng.digits(3)} ${rng.digits(4)}`,
      ]);
    case 'CH':
      return rng.pick([
        `+41 79 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
        `076 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
      ]);
    case 'UK':
      return rng.pick([`07${rng.digits(3)} ${rng.digits(6)}`, `+44 7${rng.digits(3)} ${rng.digits(6)}`]);
    case 'IE':
      return rng.pick([
        `08${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
        `+353 8${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
      ]);
    case 'US':
      return rng.pick([
        `(${rng.int(201, 989)}) ${rng.int(200, 989)}-${rng.digits(4)}`,
        `+1 ${rng.int(201, 989)} ${rng.int(200, 989)} ${rng.digits(4)}`,
      ]);
    default:
      return `+31 6 ${rng.digits(8)}`;
  }
}

const STREETS_DE = [
  'Lindenallee',
  'Am Mühlbach',
  'Kastanienweg',
  'Rosenthaler Straße',
  'Gartenstraße',
  'Ulmenring',
  'Schillerstraße',
  'Hafenweg',
  'Birkenhof',
  'Königsberger Straße',
];
const CITIES_DE = [
  '10437 Berlin',
  '80469 München',
  '50667 Köln',
  '60311 Frankfurt am Main',
  '70173 Stuttgart',
  '04109 Leipzig',
  '28195 Bremen',
  '90402 Nürnberg',
  '01067 Dresden',
  '24103 Kiel',
  '20357 Hamburg',
  '68159 Mannheim',
];
const STREETS_AT = [
  'Praterstraße',
  'Herrengasse',
  'Annenstraße',
  'Linzer Gasse',
  'Museumstraße',
  'Wiedner Hauptstraße',
];
const CITIES_AT = ['1020 Wien', '1040 Wien', '8010 Graz', '5020 Salzburg', '4020 Linz', '6020 Innsbruck'];
const STREETS_CH = ['Bahnhofstrasse', 'Seefeldstrasse', 'Spalenberg', 'Rue de Bourg', 'Kramgasse', 'Hirschmattstrasse'];
const CITIES_CH = ['8001 Zürich', '8008 Zürich', '3011 Bern', '4051 Basel', '1003 Lausanne', '6003 Luzern'];
const STREETS_UK = [
  'Elmwood Road',
  'Cavendish Avenue',
  'Marlborough Close',
  'Hawthorn Street',
  'Orchard Way',
  'Fernbank Drive',
];
const CITIES_UK = [
  'Leeds LS6 2AB',
  'Bristol BS6 5QT',
  'Manchester M14 6HR',
  'London N16 8JH',
  'Edinburgh EH9 1PR',
  'Cardiff CF24 4AX',
  'Glasgow G12 8QQ',
];
const STREETS_US = ['Larkspur Lane', 'Maple Ridge Drive', 'W 84th Street', 'Beacon Hill Road', 'Sycamore Court'];
const CITIES_US = [
  'Austin, TX 78704',
  'Columbus, OH 43215',
  'New York, NY 10024',
  'Boston, MA 02108',
  'Raleigh, NC 27605',
  'Seattle, WA 98109',
];
const STREETS_NL = ['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Laan van Meerdervoort'];
const CITIES_NL = ['1016 HR Amsterdam', '3511 AE Utrecht', '3012 BM Rotterdam', '2517 AA Den Haag'];

/** A home address in the country's own order; `sep` joins street and town (", " or a line break). */
export function homeAddress(rng: ChaCha8, country: Country, sep = ', '): string {
  const n = rng.int(1, 140);
  switch (country) {
    case 'AT':
      return `${rng.pick(STREETS_AT)} ${n}/${rng.int(1, 24)}${sep}${rng.pick(CITIES_AT)}`;
    case 'CH':
      return `${rng.pick(STREETS_CH)} ${n}${sep}${rng.pick(CITIES_CH)}`;
    case 'UK':
    case 'IE':
      return `${n} ${rng.pick(STREETS_UK)}${sep}${rng.pick(CITIES_UK)}`;
    case 'US':
      return `${rng.int(100, 9800)} ${rng.pick(STREETS_US)}${sep}${rng.pick(CITIES_US)}`;
    case 'NL':
      return `${rng.pick(STREETS_NL)} ${n}${sep}${rng.pick(CITIES_NL)}`;
    default:
      return `${rng.pick(STREETS_DE)} ${n}${sep}${rng.pick(CITIES_DE)}`;
  }
}

export function ipAddress(rng: ChaCha8): string {
  if (rng.chance(0.15))
    return `2001:db8:${rng.int(1, 0xffff).toString(16)}:${rng.int(1, 0xffff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
  return `${rng.pick([31, 46, 77, 84, 91, 93, 109, 178, 188, 213, 217])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
