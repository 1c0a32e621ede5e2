import { MONTHS_EN } from '../month-names.js';
import { mark } from './markup.js';
import { cultures } from './names.js';
import type { MT64 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/** A made-up natural person with every value a business report may print about them. */
export interface Person {
  given: string;
  family: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
  street: string;
  town: string;
  country: 'DE' | 'AT' | 'CH' | 'GB' | 'US' | 'IE';
  phone: string;
  email: string;
}

const STREETS_DE = [
  'Hagebuttenweg',
  'Am Kreuzacker',
  'Liebigstraße',
  'Ulmenhof',
  'Fischersand',
  'Brunnenstiege',
  'Kolpingring',
  'Auf der Wacht',
  'Zeppelinstraße',
  'Mühlgraben',
  'Salzgasse',
  'Tannenhöhe',
  'Ringelnatzweg',
  'Beim Pulverturm',
];
const TOWNS_DE = [
  '70569 Stuttgart',
  '04155 Leipzig',
  '28199 Bremen',
  '93047 Regensburg',
  '24103 Kiel',
  '66111 Saarbrücken',
  '99084 Erfurt',
  '48143 Münster',
  '79098 Freiburg',
  '18055 Rostock',
  '86150 Augsburg',
  '35390 Gießen',
];
const TOWNS_AT = ['1160 Wien', '8020 Graz', '4020 Linz', '6020 Innsbruck', '5020 Salzburg', '9020 Klagenfurt'];
const TOWNS_CH = ['8004 Zürich', '3013 Bern', '4058 Basel', '6003 Luzern', '9000 St. Gallen', '1003 Lausanne'];
const STREETS_EN = [
  'Tamarisk Close',
  'Ferncliffe Road',
  'Orchard Mews',
  'Kingfisher Way',
  'Gallowgate',
  'Priory Lane',
  'Wheatsheaf Drive',
  'Larkspur Avenue',
  'Chandlers Row',
  'Beacon Hill Road',
];
const TOWNS_GB = [
  'Leeds LS6 2QX',
  'Bristol BS7 8NR',
  'Norwich NR2 4HJ',
  'Cardiff CF24 3DP',
  'Glasgow G12 8QQ',
  'Exeter EX4 6BT',
  'York YO31 7EF',
  'Belfast BT9 5AE',
];
const TOWNS_US = [
  'Columbus, OH 43215',
  'Tucson, AZ 85719',
  'Madison, WI 53703',
  'Raleigh, NC 27605',
  'Spokane, WA 99201',
  'Albany, NY 12208',
  'Boise, ID 83702',
];
const MAIL_DE = ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'mailbox.org', 'gmx.at', 'bluewin.ch'];
const MAIL_EN = [
  'gmail.com',
  'outlook.com',
  'btinternet.com',
  'icloud.com',
  'yahoo.co.uk',
  'eircom.net',
  'protonmail.com',
];

export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/[æ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function person(rng: MT64, lang: 'de' | 'en'): Person {
  const all = Object.values(cultures());
  const c = rng.pick(all);
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const female = rng.chance(0.5);
  const birth = { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1952, 2004) };
  let country: Person['country'];
  if (lang === 'de') country = rng.pick(['DE', 'DE', 'DE', 'AT', 'CH'] as const);
  else country = rng.pick(['GB', 'GB', 'US', 'US', 'IE'] as const);
  let street: string;
  let town: string;
  let phone: string;
  if (country === 'DE' || country === 'AT' || country === 'CH') {
    street = `${rng.pick(STREETS_DE)} ${rng.int(1, 140)}${rng.chance(0.15) ? rng.pick(['a', 'b']) : ''}`;
    town = rng.pick(country === 'DE' ? TOWNS_DE : country === 'AT' ? TOWNS_AT : TOWNS_CH);
    const cc = country === 'DE' ? '49' : country === 'AT' ? '43' : '41';
    phone = rng.pick([
      `+${cc} ${rng.pick(['151', '160', '171', '176', '664', '79'])} ${rng.digits(7)}`,
      `0${rng.pick(['711', '341', '421', '941', '431', '681'])} ${rng.digits(6)}`,
      `0${rng.pick(['172', '157', '177'])}/${rng.digits(7)}`,
    ]);
  } else if (country === 'US') {
    street = `${rng.int(12, 9800)} ${rng.pick(STREETS_EN)}`;
    town = rng.pick(TOWNS_US);
    phone = rng.pick([
      `(${rng.int(201, 989)}) ${rng.int(200, 989)}-${rng.digits(4)}`,
      `+1 ${rng.int(201, 989)} ${rng.int(200, 989)} ${rng.digits(4)}`,
    ]);
  } else {
    street = `${rng.int(1, 220)} ${rng.pick(STREETS_EN)}`;
    // Irish addresses carry no four-digit postcode; an Irish resident of the lists lives in the UK.
    town = rng.pick(TOWNS_GB);
    phone =
      country === 'IE'
        ? `+353 8${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`
        : rng.pick([`+44 7${rng.digits(3)} ${rng.digits(6)}`, `07${rng.digits(3)} ${rng.digits(6)}`]);
  }
  const email = `${ascii(given).slice(0, 12)}${rng.pick(['.', '_', ''])}${ascii(family).slice(0, 14)}${rng.chance(0.3) ? String(rng.int(1, 99)) : ''}@${rng.pick(lang === 'de' ? MAIL_DE : MAIL_EN)}`;
  return { given, family, female, birth, street, town, country, phone, email };
}

const two = (n: number) => String(n).padStart(2, '0');
/** A birth date as business software prints it. */
export function dob(rng: MT64, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  if (lang === 'de')
    return rng.pick([
      `${two(d)}.${two(m)}.${y}`,
      `${two(d)}.${two(m)}.${String(y).slice(2)}`,
      `${y}-${two(m)}-${two(d)}`,
    ]);
  return rng.pick([
    `${two(m)}/${two(d)}/${y}`,
    `${two(d)}/${two(m)}/${y}`,
    `${two(d)}-${MONTHS_EN[m - 1].slice(0, 3).toUpperCase()}-${y}`,
    `${y}-${two(m)}-${two(d)}`,
  ]);
}

export const address = (p: Person): string => `${p.street}, ${p.town}`;

export const V = {
  iban: (rng: MT64, country: string, form: 'compact' | 'grouped') => {
    const v = iban(rng, country);
    return form === 'grouped' ? grouped(v) : v;
  },
  card: (rng: MT64) => {
    const v = card(rng);
    return rng.chance(0.5) ? v : cardPrinted(v, rng.pick([' ', '-']));
  },
  taxId: (rng: MT64) => {
    const v = taxId(rng);
    return rng.chance(0.6) ? v : `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`;
  },
  pension: (rng: MT64, p: Person) => pensionNumber(rng, p.birth, ascii(p.family) || 'x', p.female),
  idCard: (rng: MT64) => icaoNumber(rng, 'id'),
  passport: (rng: MT64) => icaoNumber(rng, 'passport'),
  ip: (rng: MT64) =>
    rng.chance(0.8)
      ? `${rng.pick([84, 91, 109, 151, 178, 185, 212, 77, 62])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
      : `2a02:${rng.below(65536).toString(16)}:${rng.below(65536).toString(16)}::${rng.int(1, 4000).toString(16)}`,
};

/** A value in a fixed column, padded after; a name cut at the width is labelled over what is shown. */
export function cell(code: string | null, value: string, width: number): string {
  // Only names and plain text are cut at the width (a cut name keeps no trailing comma); a longer
  // number, mailbox or address runs over, as the reports print them.
  const cut = (code === 'n' || code === null) && value.length > width;
  const shown = cut ? value.slice(0, width).replace(/[\s,]+$/u, '') : value;
  const pad = ' '.repeat(Math.max(code === 'n' || code === null ? 0 : 1, width - shown.length));
  return (code ? mark(code, shown) : shown) + pad;
}

/** A name wrapped at a column width: the pieces per row, each starting with a letter (labelled one by one). */
export function wrapped(name: string, width: number): string[] {
  if (name.length <= width) return [name];
  let k = width;
  while (k > 2 && !/\p{L}/u.test(name.slice(k).trimStart()[0] ?? '')) k--;
  const first = name.slice(0, k).trimEnd();
  const rest = name.slice(k).trimStart();
  return [first, ...wrapped(rest, width)];
}

/** Right-aligned amount in a column. */
export const amount = (cents: number, width: number, lang: 'de' | 'en'): string => {
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'de' ? '.' : ',');
  const s = `${units}${lang === 'de' ? ',' : '.'}${two(abs % 100)}${cents < 0 ? '-' : ' '}`;
  return s.padStart(width);
};
