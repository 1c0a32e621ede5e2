import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { Ran3 } from './random.js';

/** The countries of set 35's passengers, drivers, members and residents. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'LU'
  | 'NL'
  | 'BE'
  | 'FR'
  | 'IT'
  | 'PT'
  | 'SI'
  | 'BG'
  | 'LT'
  | 'LV'
  | 'RO'
  | 'UK'
  | 'US'
  | 'CO'
  | 'PE'
  | 'ET'
  | 'TZ'
  | 'LK'
  | 'TH'
  | 'MY'
  | 'AU'
  | 'NZ';

export interface Person {
  given: string;
  family: string;
  female: boolean;
  country: Country;
  /** The home address on one line. */
  address: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

interface Place {
  streets: string[];
  /** Postcode and town, as the country writes them. */
  towns: string[];
  /** A subscriber number from a range real subscribers get (mobile ranges of the national plan). */
  phone: (rng: Ran3) => string;
  write: (street: string, no: number, town: string) => string;
}

const europe = (s: string, n: number, t: string) => `${s} ${n}, ${t}`;
const numberFirst = (s: string, n: number, t: string) => `${n} ${s}, ${t}`;
const commaNo = (s: string, n: number, t: string) => `${s}, ${n}, ${t}`;

const PLACES: Record<Country, Place> = {
  DE: {
    streets: ['Hafenstraße', 'Am Kuhberg', 'Ulmenallee', 'Bahnhofsvorplatz', 'Kornblumenweg', 'Zur Alten Wache'],
    towns: ['24103 Kiel', '99084 Erfurt', '04177 Leipzig', '66111 Saarbrücken', '02625 Bautzen', '93047 Regensburg'],
    phone: (rng) =>
      `${rng.pick(['+49 151', '+49 160', '+49 172', '+49 176', '0157', '0162'])} ${rng.digits(4)} ${rng.digits(4)}`,
    write: europe,
  },
  AT: {
    streets: ['Lastenstraße', 'Annenstraße', 'Mariahilfer Gürtel', 'Südtiroler Platz'],
    towns: ['9020 Klagenfurt', '8020 Graz', '1150 Wien', '6020 Innsbruck'],
    phone: (rng) => `+43 ${rng.pick(['664', '676', '699', '650'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  CH: {
    streets: ['Via Cantonale', 'Pilatusstrasse', 'Rue de Lausanne', 'Bahnhofstrasse'],
    towns: ['6900 Lugano', '6003 Luzern', '1700 Fribourg', '7000 Chur'],
    phone: (rng) => `+41 ${rng.pick(['76', '78', '79'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    write: europe,
  },
  LU: {
    streets: ['Rue du Fort Wallis', 'Rue de l’Alzette', 'Grand-Rue'],
    towns: ['L-1741 Luxembourg', 'L-4170 Esch-sur-Alzette', 'L-9053 Ettelbruck'],
    phone: (rng) => `+352 ${rng.pick(['621', '661', '691'])} ${rng.digits(3)} ${rng.digits(3)}`,
    write: (s, n, t) => `${n}, ${s}, ${t}`,
  },
  NL: {
    streets: ['Oudegracht', 'Stationsweg', 'Laan van Nieuw Oost-Indië'],
    towns: ['3511 AX Utrecht', '8911 DM Leeuwarden', '2595 AA Den Haag'],
    phone: (rng) => `+31 6 ${rng.digits(4)} ${rng.digits(4)}`,
    write: europe,
  },
  BE: {
    streets: ['Avenue Fonsny', 'Kortrijksesteenweg', 'Rue de la Station'],
    towns: ['1060 Saint-Gilles', '9000 Gent', '4700 Eupen'],
    phone: (rng) => `+32 ${rng.pick(['470', '475', '486', '497'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    write: europe,
  },
  FR: {
    streets: ['rue de Brest', 'boulevard de la Liberté', 'quai de la Fosse'],
    towns: ['29200 Brest', '35000 Rennes', '44000 Nantes'],
    phone: (rng) => `+33 ${rng.pick(['6', '7'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    write: (s, n, t) => `${n} ${s}, ${t}`,
  },
  IT: {
    streets: ['Via Roma', 'Viale Trieste', 'Corso Vittorio Emanuele'],
    towns: ['09124 Cagliari', '07100 Sassari', '08100 Nuoro'],
    phone: (rng) => `+39 ${rng.pick(['328', '347', '333', '392'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: commaNo,
  },
  PT: {
    streets: ['Rua de Santa Catarina', 'Avenida da República', 'Rua do Almada'],
    towns: ['4000-442 Porto', '1050-191 Lisboa', '3000-150 Coimbra'],
    phone: (rng) => `+351 ${rng.pick(['91', '93', '96'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`,
    write: commaNo,
  },
  SI: {
    streets: ['Trubarjeva cesta', 'Slovenska cesta', 'Partizanska cesta'],
    towns: ['1000 Ljubljana', '2000 Maribor', '6000 Koper'],
    phone: (rng) => `+386 ${rng.pick(['31', '40', '41', '51'])} ${rng.digits(3)} ${rng.digits(3)}`,
    write: europe,
  },
  BG: {
    streets: ['ul. Graf Ignatiev', 'bul. Vitosha', 'ul. Tsar Simeon'],
    towns: ['1000 Sofia', '1000 Sofia', '4000 Plovdiv'],
    phone: (rng) => `+359 ${rng.pick(['87', '88', '89'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  LT: {
    streets: ['Gedimino pr.', 'Savanorių pr.', 'Laisvės al.'],
    towns: ['LT-01103 Vilnius', 'LT-44280 Kaunas', 'LT-92127 Klaipėda'],
    phone: (rng) => `+370 6${rng.digits(2)} ${rng.digits(5)}`,
    write: europe,
  },
  LV: {
    streets: ['Brīvības iela', 'Elizabetes iela', 'Lāčplēša iela'],
    towns: ['LV-1050 Rīga', 'LV-3001 Jelgava', 'LV-5401 Daugavpils'],
    phone: (rng) => `+371 2${rng.digits(3)} ${rng.digits(4)}`,
    write: europe,
  },
  RO: {
    streets: ['Strada Mihai Eminescu', 'Bulevardul Eroilor', 'Calea Victoriei'],
    towns: ['400124 Cluj-Napoca', '500036 Brașov', '010071 București'],
    phone: (rng) => `+40 7${rng.pick(['22', '23', '44', '45', '55'])} ${rng.digits(3)} ${rng.digits(3)}`,
    write: commaNo,
  },
  UK: {
    streets: ['Cowley Road', 'Station Parade', 'Queen Margaret Drive', 'Ffordd Pentre'],
    towns: ['Oxford OX4 1HR', 'Bristol BS5 6XX', 'Glasgow G20 8NZ', 'Bangor LL57 2PW'],
    phone: (rng) =>
      `${rng.pick(['07', '+44 7'])}${rng.pick(['4', '5', '7', '8', '9'])}${rng.digits(2)} ${rng.digits(6)}`,
    write: numberFirst,
  },
  US: {
    streets: ['Sandy Blvd', 'Mission Street', 'W Lawrence Ave'],
    towns: ['Portland, OR 97232', 'San Francisco, CA 94110', 'Chicago, IL 60625'],
    phone: (rng) =>
      `${rng.pick(['(503)', '(415)', '(773)', '+1 312'])} ${rng.pick(['2', '3', '4', '6', '7', '8'])}${rng.digits(2)}-${rng.digits(4)}`,
    write: numberFirst,
  },
  CO: {
    streets: ['Carrera 43A', 'Calle 10', 'Avenida Roosevelt'],
    towns: ['Medellín 050021', 'Bogotá 110311', 'Cali 760042'],
    phone: (rng) => `+57 ${rng.pick(['300', '310', '315', '320'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: (s, n, t) => `${s} # ${n}-${10 + (n % 80)}, ${t}`,
  },
  PE: {
    streets: ['Av. Arequipa', 'Jr. de la Unión', 'Av. El Sol'],
    towns: ['Lima 15046', 'Cusco 08002', 'Arequipa 04001'],
    phone: (rng) => `+51 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    write: europe,
  },
  ET: {
    streets: ['Bole Road', 'Churchill Avenue', 'Africa Avenue'],
    towns: ['Addis Ababa 1000', 'Bahir Dar 6000'],
    phone: (rng) => `+251 9${rng.pick(['11', '12', '13', '21'])} ${rng.digits(3)} ${rng.digits(3)}`,
    write: (s, n, t) => `House ${n}, ${s}, ${t}`,
  },
  TZ: {
    streets: ['Samora Avenue', 'Ali Hassan Mwinyi Road', 'Uhuru Street'],
    towns: ['Dar es Salaam 11101', 'Arusha 23101', 'Dodoma 41101'],
    phone: (rng) => `+255 ${rng.pick(['71', '75', '76', '78'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`,
    write: (s, n, t) => `Plot ${n}, ${s}, ${t}`,
  },
  LK: {
    streets: ['Galle Road', 'Kandy Road', 'Duplication Road'],
    towns: ['Colombo 00300', 'Kandy 20000', 'Colombo 00400'],
    phone: (rng) => `+94 7${rng.pick(['0', '1', '2', '6', '7'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
  TH: {
    streets: ['Sukhumvit Soi 31', 'Charoen Krung Road', 'Nimmanhaemin Road'],
    towns: ['Bangkok 10110', 'Bangkok 10500', 'Chiang Mai 50200'],
    phone: (rng) => `+66 ${rng.pick(['8', '9', '6'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
  MY: {
    streets: ['Jalan Tun Razak', 'Jalan Ampang', 'Lebuh Chulia'],
    towns: ['50400 Kuala Lumpur', '50450 Kuala Lumpur', '10200 George Town'],
    phone: (rng) => `+60 1${rng.pick(['2', '3', '7', '9'])}-${rng.digits(3)} ${rng.digits(4)}`,
    write: (s, n, t) => `${n}, ${s}, ${t}`,
  },
  AU: {
    streets: ['Smith Street', 'Lygon Street', 'Hay Street'],
    towns: ['Collingwood VIC 3066', 'Fitzroy VIC 3065', 'Perth WA 6000'],
    phone: (rng) => `${rng.pick(['04', '+61 4'])}${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    write: numberFirst,
  },
  NZ: {
    streets: ['Cuba Street', 'Ponsonby Road', 'Colombo Street'],
    towns: ['Wellington 6011', 'Auckland 1011', 'Christchurch 8011'],
    phone: (rng) => `${rng.pick(['021', '022', '027', '+64 21'])} ${rng.digits(3)} ${rng.digits(4)}`,
    write: numberFirst,
  },
};

const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'DE', 'AT', 'AT', 'CH', 'CH', 'LU', 'BE', 'NL', 'SI', 'BG', 'LT'];
const EN_SIDE: Country[] = [
  'UK',
  'UK',
  'US',
  'US',
  'AU',
  'NZ',
  'CO',
  'PE',
  'ET',
  'TZ',
  'LK',
  'TH',
  'MY',
  'FR',
  'IT',
  'PT',
  'RO',
  'LV',
];

const MAIL = ['gmx.de', 'web.de', 'posteo.de', 'gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'icloud.com'];

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
    .replace(/[þÞ]/g, 'th')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();

export function person(rng: Ran3, lang: 'de' | 'en'): Person {
  const all = Object.values(cultures());
  const culture = rng.pick(all);
  const given = rng.pick(culture.given);
  const family = rng.pick(culture.family);
  const country = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[country];
  // A street goes with the town listed at the same place, so no street stands in another country's town.
  const at = rng.below(place.streets.length);
  const address = place.write(place.streets[at], rng.int(2, 148), place.towns[at % place.towns.length]);
  const local = `${ascii(given.split(/[ -]/)[0])}${rng.pick(['.', '_', ''])}${ascii(family.split(/[ -]/).pop() ?? family)}`;
  const email = `${local}${rng.chance(0.4) ? rng.int(2, 99) : ''}@${rng.pick(MAIL)}`;
  return {
    given,
    family,
    female: rng.chance(0.5),
    country,
    address,
    phone: place.phone(rng),
    email,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1948, 2006) },
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth in one of the forms people and systems write it. */
export function dob(rng: Ran3, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const forms =
    lang === 'de'
      ? [
          `${two(d)}.${two(m)}.${y}`,
          `${d}. ${MONTHS_DE[m - 1]} ${y}`,
          `${y}-${two(m)}-${two(d)}`,
          `${two(d)}.${two(m)}.${two(y % 100)}`,
        ]
      : [
          `${y}-${two(m)}-${two(d)}`,
          `${d} ${MONTHS_EN[m - 1]} ${y}`,
          `${MONTHS_EN[m - 1]} ${d}${ordinalSuffix(d)}, ${y}`,
          `${two(m)}/${two(d)}/${y}`,
          `${two(d)}/${two(m)}/${y}`,
        ];
  return rng.pick(forms);
}

/** A passenger's or member's device address: public ranges of access networks, never the platform's own. */
export function deviceIp(rng: Ran3): string {
  if (rng.chance(0.25))
    return `2a02:${rng.pick(['8108', '908', '1210', 'c7c'])}:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(0x100, 0xfff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
  return `${rng.pick(['79', '84', '91', '109', '176', '188', '212', '46'])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
