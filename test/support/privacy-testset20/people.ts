import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import type { Mt19937 } from './random.js';
import { deDay, deDigits, deNumber, deYear, enDay, enDigits, enNumber, enYear } from './spoken.js';

/**
 * The people of set 20's generated transcripts and their values, each already in the form the
 * recogniser wrote it: lower case or capitalised, digits, words, or a mix.
 */

export interface Person {
  given: string;
  family: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
}

export function person(rng: Mt19937): Person {
  const all = Object.values(cultures());
  const c = rng.pick(all);
  return {
    given: rng.pick(c.given),
    family: rng.pick(c.family),
    female: rng.chance(0.5),
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1938, 2006) },
  };
}

/** A name as the recogniser wrote it: mostly lower case, now and then capitalised. */
export const asr = (rng: Mt19937, name: string): string => (rng.chance(0.6) ? name.toLowerCase() : name);

/** The name's letters spelled out: "k u u l a r" or "K-U-U-L-A-R" (letters only, as callers spell). */
export function spelled(rng: Mt19937, name: string, lang: 'de' | 'en'): string {
  const letters = [...name.normalize('NFD').replace(/[^A-Za-z]/g, '')];
  return lang === 'en' && rng.chance(0.5) ? letters.join('-').toUpperCase() : letters.join(' ').toLowerCase();
}

const DE_ALPHABET: Record<string, string> = {
  a: 'anton',
  b: 'berta',
  c: 'cäsar',
  d: 'dora',
  e: 'emil',
  f: 'friedrich',
  g: 'gustav',
  h: 'heinrich',
  i: 'ida',
  j: 'julius',
  k: 'kaufmann',
  l: 'ludwig',
  m: 'martha',
  n: 'nordpol',
  o: 'otto',
  p: 'paula',
  q: 'quelle',
  r: 'richard',
  s: 'samuel',
  t: 'theodor',
  u: 'ulrich',
  v: 'viktor',
  w: 'wilhelm',
  x: 'xanthippe',
  y: 'ypsilon',
  z: 'zacharias',
};
const EN_ALPHABET: Record<string, string> = {
  a: 'apple',
  b: 'bravo',
  c: 'charlie',
  d: 'delta',
  e: 'echo',
  f: 'freddie',
  g: 'golf',
  h: 'harry',
  i: 'india',
  j: 'jack',
  k: 'kilo',
  l: 'lima',
  m: 'mother',
  n: 'nellie',
  o: 'oscar',
  p: 'papa',
  q: 'queen',
  r: 'romeo',
  s: 'sugar',
  t: 'tommy',
  u: 'uniform',
  v: 'victor',
  w: 'william',
  x: 'x-ray',
  y: 'yankee',
  z: 'zulu',
};

/** A spelling-alphabet hint for the name's first letter: "k wie kaufmann", "s for sugar" (never labelled). */
export function alphabetHint(name: string, lang: 'de' | 'en'): string {
  const first = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0]
    .toLowerCase();
  return lang === 'de' ? `${first} wie ${DE_ALPHABET[first]}` : `${first} for ${EN_ALPHABET[first]}`;
}

/** A date of birth in words ("vierten märz neunzehnhundertachtundachtzig", "fourth of march nineteen eighty") or digits. */
export function birthSpoken(rng: Mt19937, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const form = rng.below(4);
  if (lang === 'de') {
    const month = MONTHS_DE[m - 1].toLowerCase();
    if (form === 0) return `${deDay(d)} ${month} ${deYear(y)}`;
    if (form === 1) return `${deDay(d)} ${month} ${y}`;
    if (form === 2) return `${d}.${m}.${y}`;
    return `${d}. ${month} ${deYear(y)}`;
  }
  const month = MONTHS_EN[m - 1].toLowerCase();
  if (form === 0) return `${enDay(d)} of ${month} ${enYear(y)}`;
  if (form === 1) return `${month} ${enDay(d)} ${enYear(y)}`;
  if (form === 2) return `${month} ${d} ${y}`;
  return `${d}/${m}/${y}`;
}

export type Country = 'DE' | 'AT' | 'CH' | 'UK' | 'IE' | 'US' | 'NL';

/** A private phone number as spoken: digits, words, or digits then words. */
export function phoneSpoken(rng: Mt19937, country: Country, lang: 'de' | 'en'): string {
  const national: Record<Country, () => string> = {
    DE: () => `01${rng.pick(['51', '52', '57', '60', '62', '70', '71', '72', '76', '78'])}${rng.digits(rng.int(7, 8))}`,
    AT: () => `06${rng.pick(['64', '76', '50', '60', '99'])}${rng.digits(7)}`,
    CH: () => `07${rng.pick(['6', '7', '8', '9'])}${rng.digits(7)}`,
    UK: () => `07${rng.pick(['700', '491', '812', '934', '576'])}${rng.digits(6)}`,
    IE: () => `08${rng.pick(['3', '5', '6', '7'])}${rng.digits(7)}`,
    US: () => `${rng.pick(['617', '312', '503', '720', '404', '206'])}${rng.int(2, 9)}${rng.digits(6)}`,
    NL: () => `06${rng.digits(8)}`,
  };
  const n = national[country]();
  const words = (s: string) => (lang === 'de' ? deDigits(s, rng.chance(0.3)) : enDigits(s, country !== 'US'));
  switch (rng.below(4)) {
    case 0:
      return country === 'US' ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 4)} ${n.slice(4)}`;
    case 1:
      return words(n);
    case 2:
      return `${n.slice(0, 4)} ${words(n.slice(4))}`;
    default:
      return country === 'US' ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : words(n);
  }
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A private mailbox, written as an address or spoken ("punkt", "at"). */
export function emailSpoken(rng: Mt19937, p: Person, lang: 'de' | 'en'): string {
  const domain = rng.pick(
    lang === 'de'
      ? ['web.de', 'gmx.net', 'posteo.de', 't-online.de', 'mailbox.org', 'gmx.at', 'bluewin.ch']
      : ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'eircom.net', 'proton.me'],
  );
  const local = rng.chance(0.5) ? `${ascii(p.given)}.${ascii(p.family)}` : `${ascii(p.family)}${rng.int(10, 99)}`;
  if (rng.chance(0.5)) return `${local}@${domain}`;
  const dot = lang === 'de' ? 'punkt' : 'dot';
  const at = lang === 'de' ? rng.pick(['at', 'ät']) : 'at';
  return `${local.replace('.', ` ${dot} `)} ${at} ${domain.replace(/\./g, ` ${dot} `)}`;
}

const DE_STREETS = [
  'lindenstraße',
  'am mühlbach',
  'kastanienweg',
  'gartenstraße',
  'bergstraße',
  'schillerweg',
  'ringstraße',
  'kirchgasse',
  'talstraße',
  'am anger',
  'wiesenweg',
  'rosenstraße',
];
const DE_CITIES: Record<'DE' | 'AT' | 'CH', [string, string][]> = {
  DE: [
    ['01067', 'dresden'],
    ['79098', 'freiburg'],
    ['24103', 'kiel'],
    ['93047', 'regensburg'],
    ['99084', 'erfurt'],
    ['44135', 'dortmund'],
    ['87435', 'kempten'],
  ],
  AT: [
    ['6020', 'innsbruck'],
    ['8010', 'graz'],
    ['5020', 'salzburg'],
    ['4020', 'linz'],
    ['9020', 'klagenfurt'],
  ],
  CH: [
    ['3011', 'bern'],
    ['7000', 'chur'],
    ['6003', 'luzern'],
    ['9000', 'st. gallen'],
    ['3920', 'zermatt'],
  ],
};
const EN_STREETS = [
  'marlowe close',
  'station road',
  'hawthorn avenue',
  'mill lane',
  'kingfisher drive',
  'orchard way',
  'church street',
  'beacon hill road',
];
const UK_TOWNS: [string, string][] = [
  ['ipswich', 'ip4 2qt'],
  ['carlisle', 'ca1 3pw'],
  ['truro', 'tr1 2hx'],
  ['aberdeen', 'ab10 6rn'],
  ['belfast', 'bt9 6ab'],
  ['swansea', 'sa1 4lp'],
];
const US_TOWNS: [string, string][] = [
  ['springfield illinois', '62704'],
  ['boulder colorado', '80302'],
  ['asheville north carolina', '28801'],
  ['duluth minnesota', '55802'],
  ['tacoma washington', '98402'],
];

/** A home address as spoken: street and house number (digits or words), postcode (digits or digit words), town. */
export function addressSpoken(rng: Mt19937, country: Country): string {
  if (country === 'DE' || country === 'AT' || country === 'CH') {
    const [pc, city] = rng.pick(DE_CITIES[country]);
    const n = rng.int(1, 48);
    const house = rng.chance(0.5) ? deNumber(n) : String(n);
    const code = rng.chance(0.5) ? deDigits(pc) : pc;
    return `${rng.pick(DE_STREETS)} ${house} ${rng.chance(0.5) ? 'in ' : ''}${code} ${city}`;
  }
  if (country === 'US') {
    const [town, zip] = rng.pick(US_TOWNS);
    const n = rng.int(12, 980);
    return `${rng.chance(0.5) ? String(n) : enDigits(String(n), false)} ${rng.pick(EN_STREETS)} ${town} ${rng.chance(0.5) ? zip : enDigits(zip, false)}`;
  }
  if (country === 'NL') {
    const n = rng.int(2, 220);
    return `${rng.pick(['keizersgracht', 'oudegracht', 'prinsenstraat'])} ${n} ${rng.pick(['1015 cx amsterdam', '3511 ak utrecht', '9711 lb groningen'])}`;
  }
  const [town, pc] = rng.pick(UK_TOWNS);
  const n = rng.int(2, 140);
  return `${rng.chance(0.5) ? String(n) : enNumber(Math.min(n, 99))} ${rng.pick(EN_STREETS)} ${town} ${pc}`;
}

export { deNumber, enNumber };
