import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { Ranlxd2 } from './random.js';

/** The countries of set 36's players, members, coaches, agents and volunteers. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'NL'
  | 'BE'
  | 'CZ'
  | 'HR'
  | 'NO'
  | 'FI'
  | 'UK'
  | 'US'
  | 'BR'
  | 'AR'
  | 'KE'
  | 'NG'
  | 'ZA'
  | 'IN'
  | 'JP'
  | 'PH'
  | 'AU'
  | 'NZ';

export interface Person {
  given: string;
  family: string;
  female: boolean;
  country: Country;
  /** The home address on one line. */
  address: string;
  /** The same address as two lines (street and house number; postcode and town), for block layouts. */
  lines: [string, string];
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

interface Place {
  /** A street and the postcode and town it lies in, as the country writes them. */
  homes: [string, string][];
  /** A subscriber number from a range real subscribers get (mobile ranges of the national plan). */
  phone: (rng: Ranlxd2) => string;
  /** The street line as the country writes it (the town line is the place's own). */
  write: (street: string, no: number) => string;
}

const europe = (s: string, n: number) => `${s} ${n}`;
const numberFirst = (s: string, n: number) => `${n} ${s}`;
const commaNo = (s: string, n: number) => `${s}, ${n}`;

/** NANP: an area code in service and an exchange 2-9, never N11 or 555. */
const nanp = (areas: string[]) => (rng: Ranlxd2) => {
  let exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  while (exchange.endsWith('11') || exchange === '555') exchange = `${rng.int(2, 9)}${rng.digits(2)}`;
  return rng.chance(0.5)
    ? `(${rng.pick(areas)}) ${exchange}-${rng.digits(4)}`
    : `+1 ${rng.pick(areas)} ${exchange} ${rng.digits(4)}`;
};

const PLACES: Record<Country, Place> = {
  DE: {
    homes: [
      ['Sportplatzweg', '33100 Paderborn'],
      ['Am Stadionring', '45891 Gelsenkirchen'],
      ['Turnerstraße', '79108 Freiburg im Breisgau'],
      ['Kampfbahnweg', '04229 Leipzig'],
      ['Ruderclubstraße', '24105 Kiel'],
    ],
    phone: (rng) => `${rng.pick(['0151 ', '0160 ', '0172 ', '0176 ', '+49 152 '])}${rng.digits(4)} ${rng.digits(4)}`,
    write: europe,
  },
  AT: {
    homes: [
      ['Sportplatzgasse', '6020 Innsbruck'],
      ['Hütteldorfer Straße', '1140 Wien'],
      ['Laufbahnweg', '8020 Graz'],
    ],
    phone: (rng) => `${rng.pick(['0664 ', '0676 ', '+43 699 '])}${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  CH: {
    homes: [
      ['Stadionstrasse', '3014 Bern'],
      ['Eisbahnweg', '7270 Davos Platz'],
      ['Turnhallestrasse', '8400 Winterthur'],
    ],
    phone: (rng) =>
      `${rng.pick(['079 ', '078 ', '076 ', '+41 79 '])}${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    write: europe,
  },
  NL: {
    homes: [
      ['Sportlaan', '6815 AA Arnhem'],
      ['Schaatsbaan', '8441 AX Heerenveen'],
    ],
    phone: (rng) => `${rng.pick(['06-', '+31 6 '])}${rng.int(1, 5)}${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  BE: {
    homes: [
      ['Rue du Stade', '4000 Liège'],
      ['Wielerbaan', '8800 Roeselare'],
    ],
    phone: (rng) =>
      `${rng.pick(['0471 ', '0486 ', '0495 ', '+32 478 '])}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    write: europe,
  },
  CZ: {
    homes: [
      ['Na Stadionu', '602 00 Brno'],
      ['Atletická', '169 00 Praha 6'],
    ],
    phone: (rng) => `+420 ${rng.pick(['603', '724', '777', '608'])} ${rng.digits(3)} ${rng.digits(3)}`,
    // Czech houses carry the land-register number before the street number (č.p./č.o.).
    write: (s, n) => `${s} ${1000 + n * 7}/${(n % 30) + 1}`,
  },
  HR: {
    homes: [
      ['Maksimirska cesta', '10000 Zagreb'],
      ['Poljudsko šetalište', '21000 Split'],
    ],
    phone: (rng) => `+385 ${rng.pick(['91', '92', '95', '98', '99'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  NO: {
    homes: [
      ['Holmenkollveien', '0787 Oslo'],
      ['Idrettsveien', '5031 Bergen'],
    ],
    phone: (rng) => `+47 ${rng.pick(['4', '9'])}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`,
    write: europe,
  },
  FI: {
    homes: [
      ['Urheilukatu', '00250 Helsinki'],
      ['Hippoksentie', '40720 Jyväskylä'],
    ],
    phone: (rng) => `${rng.pick(['040 ', '044 ', '050 ', '+358 45 '])}${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  UK: {
    homes: [
      ['Gladstone Road', 'Liverpool L4 0TH'],
      ['Copper Lane', 'Sheffield S2 4QX'],
      ['Cardigan Street', 'Leeds LS6 3BJ'],
    ],
    // Never Ofcom's 07700 900xxx drama range.
    phone: (rng) => `${rng.pick(['07831 ', '07942 ', '07415 ', '+44 7852 '])}${rng.digits(3)} ${rng.digits(3)}`,
    write: numberFirst,
  },
  US: {
    homes: [
      ['Lakeview Ave', 'Minneapolis, MN 55408'],
      ['SE Belmont St', 'Portland, OR 97214'],
      ['Larimer St', 'Denver, CO 80205'],
    ],
    phone: nanp(['612', '503', '720', '404', '617', '312']),
    write: numberFirst,
  },
  BR: {
    homes: [
      ['Rua Palestra Itália', '05005-030 São Paulo - SP'],
      ['Rua Professor Eurico Rabelo', '20271-150 Rio de Janeiro - RJ'],
    ],
    phone: (rng) => `+55 ${rng.pick(['11', '21', '31', '51'])} 9${rng.digits(4)}-${rng.digits(4)}`,
    write: commaNo,
  },
  AR: {
    homes: [
      ['Av. Presidente Figueroa Alcorta', '1425 Buenos Aires'],
      ['Brandsen', '1161 Buenos Aires'],
    ],
    phone: (rng) => `+54 9 11 ${rng.int(2, 6)}${rng.digits(3)}-${rng.digits(4)}`,
    write: europe,
  },
  KE: {
    homes: [
      ['Moi Avenue', '30100 Eldoret'],
      ['Ngong Road', '00100 Nairobi'],
    ],
    phone: (rng) => `+254 7${rng.pick(['0', '1', '2', '9'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`,
    write: europe,
  },
  NG: {
    homes: [
      ['Adeniran Ogunsanya Street', 'Surulere, Lagos 101283'],
      ['Ahmadu Bello Way', 'Kaduna 800283'],
    ],
    phone: (rng) => `+234 ${rng.pick(['803', '806', '813', '703', '810'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
  ZA: {
    homes: [
      ['Bram Fischer Drive', 'Randburg 2194'],
      ['Main Road', 'Rondebosch 7700'],
    ],
    phone: (rng) => `${rng.pick(['082 ', '083 ', '072 ', '+27 84 '])}${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
  IN: {
    homes: [
      ['Shivaji Park Road', 'Dadar West, Mumbai 400028'],
      ['Eden Gardens Road', 'Kolkata 700021'],
    ],
    phone: (rng) => `+91 ${rng.pick(['98', '99', '97', '90'])}${rng.digits(3)} ${rng.digits(5)}`,
    write: commaNo,
  },
  JP: {
    homes: [
      ['Kasumigaoka-machi', 'Shinjuku-ku, Tokyo 160-0013'],
      ['Koshien-cho', 'Nishinomiya, Hyogo 663-8152'],
    ],
    phone: (rng) => `${rng.pick(['090-', '080-', '+81 90-'])}${rng.digits(4)}-${rng.digits(4)}`,
    write: commaNo,
  },
  PH: {
    homes: [
      ['Vito Cruz Street', 'Malate, Manila 1004'],
      ['Meralco Avenue', 'Pasig City 1600'],
    ],
    phone: (rng) => `+63 ${rng.pick(['917', '918', '920', '927'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
  AU: {
    homes: [
      ['Brunton Avenue', 'Richmond VIC 3121'],
      ['Moore Park Road', 'Paddington NSW 2021'],
    ],
    phone: (rng) => `${rng.pick(['04', '+61 4'])}${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    write: numberFirst,
  },
  NZ: {
    homes: [
      ['Sandringham Road', 'Auckland 1025'],
      ['Waterloo Quay', 'Wellington 6011'],
    ],
    phone: (rng) => `${rng.pick(['021 ', '022 ', '027 ', '+64 21 '])}${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
};

const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'DE', 'AT', 'AT', 'CH', 'CH', 'NL', 'BE', 'CZ', 'HR'];
const EN_SIDE: Country[] = [
  'UK',
  'UK',
  'US',
  'US',
  'NO',
  'FI',
  'BR',
  'AR',
  'KE',
  'NG',
  'ZA',
  'IN',
  'JP',
  'PH',
  'AU',
  'NZ',
];

const MAIL = ['gmx.net', 'web.de', 'mailbox.org', 'gmail.com', 'outlook.com', 'proton.me', 'hotmail.com', 'icloud.com'];

/** A name as a mailbox's local part writes it: letters without their marks, no spaces. */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();

export function person(rng: Ranlxd2, lang: 'de' | 'en'): Person {
  const culture = rng.pick(Object.values(cultures()));
  const given = rng.pick(culture.given);
  const family = rng.pick(culture.family);
  const country = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[country];
  const [street, town] = rng.pick(place.homes);
  const lines: [string, string] = [place.write(street, rng.int(2, 148)), town];
  const address = lines.join(', ');
  const local = `${ascii(given.split(/[ -]/)[0])}${rng.pick(['.', '_', ''])}${ascii(family.split(/[ -]/).pop() ?? family)}`;
  const email = `${local}${rng.chance(0.4) ? rng.int(2, 99) : ''}@${rng.pick(MAIL)}`;
  return {
    given,
    family,
    female: rng.chance(0.5),
    country,
    address,
    lines,
    phone: place.phone(rng),
    email,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1952, 2012) },
  };
}

/** The country as a home address's last line names it (English, as an identity provider stores it). */
export const COUNTRY_NAME: Record<Country, string> = {
  DE: 'Germany',
  AT: 'Austria',
  CH: 'Switzerland',
  NL: 'Netherlands',
  BE: 'Belgium',
  CZ: 'Czechia',
  HR: 'Croatia',
  NO: 'Norway',
  FI: 'Finland',
  UK: 'United Kingdom',
  US: 'United States',
  BR: 'Brazil',
  AR: 'Argentina',
  KE: 'Kenya',
  NG: 'Nigeria',
  ZA: 'South Africa',
  IN: 'India',
  JP: 'Japan',
  PH: 'Philippines',
  AU: 'Australia',
  NZ: 'New Zealand',
};

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth in one of the forms people and systems write it. */
export function dob(rng: Ranlxd2, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const forms =
    lang === 'de'
      ? [`${two(d)}.${two(m)}.${y}`, `${d}. ${MONTHS_DE[m - 1]} ${y}`, `${y}-${two(m)}-${two(d)}`, `${d}.${m}.${y}`]
      : [
          `${y}-${two(m)}-${two(d)}`,
          `${d} ${MONTHS_EN[m - 1]} ${y}`,
          `${MONTHS_EN[m - 1]} ${d}${ordinalSuffix(d)}, ${y}`,
          `${two(m)}/${two(d)}/${y}`,
          `${y}/${two(m)}/${two(d)}`,
        ];
  return rng.pick(forms);
}

/**
 * A member's device or home-router address: public ranges of access networks, never the club's own servers.
 * The IPv6 prefixes are consumer ISPs' (Telefónica DE, Telekom mobile, Free); a hosting provider's prefix
 * (Hetzner's 2a01:4f8, whose IPv4 ranges are the clubs' servers here) would contradict the home label.
 */
export function homeIp(rng: Ranlxd2): string {
  if (rng.chance(0.25))
    return `2a01:${rng.pick(['c22', '598', 'c23', 'e0a'])}:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(0x100, 0xfff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
  return `${rng.pick(['77', '87', '93', '178', '185', '213', '31', '62'])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
