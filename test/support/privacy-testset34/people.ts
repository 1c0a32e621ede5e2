import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import type { Random64 } from '../held-out-random64.js';
import { cultures, type Culture } from './names.js';

/** Set 34's countries of farmers, pet owners, vets and traders. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'GB'
  | 'NL'
  | 'BE'
  | 'DK'
  | 'NO'
  | 'FR'
  | 'PL'
  | 'CZ'
  | 'HU'
  | 'HR'
  | 'GR'
  | 'IT'
  | 'ES'
  | 'US'
  | 'CA'
  | 'AR'
  | 'CL'
  | 'NG'
  | 'KE'
  | 'GH'
  | 'ID'
  | 'JP'
  | 'KR'
  | 'PK';

export interface Person {
  given: string;
  family: string;
  culture: string;
  female: boolean;
  country: Country;
  /** The home or farm address in one line. */
  address: string;
  /**
   * The address as a column that keeps its line break stores it (street, break, town), where the town line
   * does not begin with its postcode; otherwise on one line (a postcode after an escaped break would stand
   * glued to the escape's letter, `\\n49377`, which no postcode check reads).
   */
  stored: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

interface Place {
  streets: readonly string[];
  towns: readonly string[];
  /** Street and number in the country's order. */
  street: (street: string, no: number) => string;
  /** A phone of the ranges real subscribers get (mobile or geographic, never the drama or test ranges). */
  phone: (rng: Random64) => string;
}

const nameNo = (s: string, n: number) => `${s} ${n}`;
const noName = (s: string, n: number) => `${n} ${s}`;
const nameCommaNo = (s: string, n: number) => `${s}, ${n}`;
const sp = (r: Random64, ...groups: number[]) => groups.map((g) => r.digits(g)).join(' ');

const PLACES: Record<Country, Place> = {
  DE: {
    streets: ['Am Mühlenbach', 'Dorfstraße', 'Hofweg', 'Zur Viehweide', 'Lindenallee'],
    towns: ['49377 Vechta', '26655 Westerstede', '84347 Pfarrkirchen', '17389 Anklam', '97688 Bad Kissingen'],
    street: nameNo,
    phone: (r) =>
      r.pick([
        `+49 ${r.pick(['151', '160', '171', '176'])} ${r.digits(7)}`,
        `0${r.pick(['152', '162', '173'])} ${r.digits(3)} ${r.digits(4)}`,
        `04441 ${r.int(2, 9)}${r.digits(5)}`,
      ]),
  },
  AT: {
    streets: ['Almweg', 'Hauptplatz', 'Obere Feldgasse', 'Stallgasse'],
    towns: ['4710 Grieskirchen', '9500 Villach', '3380 Pöchlarn', '6380 St. Johann in Tirol'],
    street: nameNo,
    phone: (r) => r.pick([`+43 ${r.pick(['664', '676', '699'])} ${r.digits(7)}`, `0664 ${sp(r, 3, 4)}`]),
  },
  CH: {
    streets: ['Hofstrasse', 'Chäsereiweg', 'Dorfplatz', 'Alpweg'],
    towns: ['6430 Schwyz', '7130 Ilanz', '9050 Appenzell', '3775 Lenk im Simmental'],
    street: nameNo,
    phone: (r) => `+41 ${r.pick(['76', '78', '79'])} ${sp(r, 3, 2, 2)}`,
  },
  GB: {
    streets: ['Holloway Lane', 'Fold Farm Road', 'Church Close', 'Marsh Drove'],
    towns: ['Hexham NE46 3PL', 'Builth Wells LD2 3SG', 'Bakewell DE45 1GS', 'Spalding PE11 3XY'],
    street: noName,
    phone: (r) =>
      r.pick([
        `+44 7${r.pick(['4', '5', '8', '9'])}${r.digits(2)} ${r.digits(6)}`,
        `07${r.pick(['7', '8'])}${r.digits(2)} ${r.digits(6)}`,
      ]),
  },
  NL: {
    streets: ['Dijkweg', 'Boerderijlaan', 'Molenstraat'],
    towns: ['8501 AB Joure', '7711 GH Nieuwleusen', '5521 KR Eersel'],
    street: nameNo,
    phone: (r) => r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`]),
  },
  BE: {
    streets: ['Kerkstraat', 'Hoevestraat', 'Veldweg'],
    towns: ['8600 Diksmuide', '2440 Geel', '9620 Zottegem'],
    street: nameNo,
    phone: (r) => `+32 4${r.pick(['70', '75', '86', '95'])} ${sp(r, 2, 2, 2)}`,
  },
  DK: {
    streets: ['Gammel Landevej', 'Kirkevej', 'Markvej'],
    towns: ['6950 Ringkøbing', '9490 Pandrup', '7500 Holstebro'],
    street: nameNo,
    phone: (r) => `+45 ${r.pick(['20', '26', '40', '51'])} ${sp(r, 2, 2, 2)}`,
  },
  NO: {
    streets: ['Gardsvegen', 'Fjordvegen', 'Setervegen'],
    towns: ['6800 Førde', '2640 Vinstra', '4370 Egersund'],
    street: nameNo,
    phone: (r) => `+47 ${r.pick(['4', '9'])}${r.digits(2)} ${sp(r, 2, 3)}`,
  },
  FR: {
    streets: ['route de la Ferme', 'chemin des Prés', 'rue du Bourg'],
    towns: ['15000 Aurillac', '61000 Alençon', '71600 Paray-le-Monial'],
    street: noName,
    phone: (r) => `+33 ${r.pick(['6', '7'])} ${sp(r, 2, 2, 2, 2)}`,
  },
  // Polish postcodes (16-400) are written with their hyphen; a farm in a village has a four-digit number.
  PL: {
    streets: ['Kolonia Polna', 'Łąkowa Wola', 'Wiejska Górka'],
    towns: ['16-400 Suwałki', '97-300 Piotrków Trybunalski', '38-400 Krosno'],
    street: (s, n) => `${s} ${1000 + n}`,
    phone: (r) => `+48 ${r.pick(['501', '602', '695', '790'])} ${sp(r, 3, 3)}`,
  },
  CZ: {
    streets: ['Návesní', 'Zahradní', 'Polní'],
    towns: ['39301 Pelhřimov', '58856 Telč', '53701 Chrudim'],
    street: nameNo,
    phone: (r) => `+420 ${r.pick(['602', '731', '777'])} ${sp(r, 3, 3)}`,
  },
  HU: {
    streets: ['Petőfi Sándor utca', 'Tanya', 'Kossuth Lajos utca'],
    towns: ['6720 Szeged', '4400 Nyíregyháza', '7100 Szekszárd'],
    street: nameNo,
    phone: (r) => `+36 ${r.pick(['20', '30', '70'])} ${sp(r, 3, 4)}`,
  },
  HR: {
    streets: ['Ulica Ivana Gundulića', 'Vinogradska ulica', 'Poljska ulica'],
    towns: ['43000 Bjelovar', '31000 Osijek', '48000 Koprivnica'],
    street: nameNo,
    phone: (r) => `+385 9${r.pick(['1', '5', '8'])} ${sp(r, 3, 4)}`,
  },
  GR: {
    streets: ['Odos Agiou Nikolaou', 'Odos Ellinikou Stratou', 'Odos Kountouriotou'],
    towns: ['41222 Larisa', '45221 Ioannina', '71202 Irakleio'],
    street: nameNo,
    phone: (r) => `+30 69${r.pick(['4', '7', '8'])} ${sp(r, 3, 4)}`,
  },
  IT: {
    streets: ['Via dei Campi', 'Strada Provinciale', 'Via Roma'],
    towns: ['43121 Parma', '84043 Agropoli', '39031 Brunico'],
    street: nameCommaNo,
    phone: (r) => `+39 3${r.pick(['20', '33', '39', '47'])} ${sp(r, 3, 4)}`,
  },
  ES: {
    streets: ['Camino del Molino', 'Calle Mayor', 'Carretera de la Vega'],
    towns: ['24001 León', '10600 Plasencia', '33500 Llanes'],
    street: nameCommaNo,
    phone: (r) => `+34 6${r.digits(2)} ${sp(r, 3, 3)}`,
  },
  US: {
    streets: ['County Road 12', 'Prairie View Drive', 'Old Mill Road'],
    towns: ['Ames, IA 50010', 'Lancaster, PA 17602', 'Bozeman, MT 59715'],
    street: noName,
    phone: (r) => `+1 (${r.pick(['515', '717', '406'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
  },
  CA: {
    streets: ['Rang Saint-Joseph', 'Concession Road 4', 'Range Road 233'],
    towns: ['Saint-Hyacinthe, QC J2S 7B6', 'Guelph, ON N1H 6J2', 'Red Deer, AB T4N 5E3'],
    street: (s, n) => `${1000 + n} ${s}`,
    phone: (r) => `+1 ${r.pick(['450', '519', '403'])} ${r.int(2, 9)}${r.digits(2)} ${r.digits(4)}`,
  },
  AR: {
    streets: ['Ruta Provincial 41', 'Calle Belgrano', 'Avenida San Martín'],
    towns: ['B7000 Tandil', 'X5800 Río Cuarto', 'S2300 Rafaela'],
    street: (s, n) => `${s} ${1000 + n * 7}`,
    phone: (r) => `+54 9 ${r.pick(['249', '358', '3492'])} ${r.digits(3)}-${r.digits(4)}`,
  },
  CL: {
    streets: ['Camino a Pucón', 'Avenida Alemania', 'Calle Los Carrera'],
    towns: ['Temuco', 'Osorno', 'Puerto Varas'],
    street: (s, n) => `${s} ${1000 + n * 9}`,
    phone: (r) => `+56 9 ${sp(r, 4, 4)}`,
  },
  NG: {
    streets: ['Old Ife Road', 'Zik Avenue', 'Farm Settlement Road'],
    towns: ['Ibadan 200284', 'Enugu 400102', 'Abeokuta 110101'],
    street: noName,
    phone: (r) => `+234 ${r.pick(['803', '806', '813', '905'])} ${sp(r, 3, 4)}`,
  },
  KE: {
    streets: ['Kiambu Road', 'Nyeri-Othaya Road', 'Kisumu-Busia Road'],
    towns: ['Kiambu 00900', 'Nyeri 10100', 'Kisumu 40100'],
    street: (s, n) => `Plot ${n}, ${s}`,
    phone: (r) => `+254 7${r.pick(['11', '22', '20', '90'])} ${sp(r, 3, 3)}`,
  },
  GH: {
    streets: ['Kumasi-Mampong Road', 'Sunyani Road', 'Ho Road'],
    towns: ['Kumasi AK-039-5028', 'Sunyani BS-0012-3391', 'Ho VH-0041-7716'],
    street: (s, n) => `House ${n}, ${s}`,
    phone: (r) => `+233 ${r.pick(['24', '54', '20', '27'])} ${sp(r, 3, 4)}`,
  },
  ID: {
    streets: ['Jalan Raya Bedugul', 'Jalan Kaliurang', 'Jalan Sukajadi'],
    towns: ['Tabanan 82191', 'Sleman 55581', 'Bandung 40162'],
    street: (s, n) => `${s} No. ${n}`,
    phone: (r) => `+62 8${r.pick(['12', '13', '21', '52'])}-${r.digits(4)}-${r.digits(4)}`,
  },
  JP: {
    streets: ['Kamishihoro-cho', 'Ōaza Nakagawa', 'Higashi 3-jō'],
    towns: ['Hokkaido 080-1408', 'Iwate 028-4301', 'Kumamoto 869-1602'],
    street: (s, n) => `${s} ${n}-${(n % 9) + 1}`,
    phone: (r) => `+81 ${r.pick(['80', '90', '70'])}-${r.digits(4)}-${r.digits(4)}`,
  },
  KR: {
    streets: ['Daegwallyeong-ro', 'Hanu-gil', 'Nonggong-ro'],
    towns: ['Pyeongchang-gun, Gangwon 25352', 'Hoengseong-gun, Gangwon 25212', 'Jeju 63166'],
    street: nameNo,
    phone: (r) => `+82 10-${r.digits(4)}-${r.digits(4)}`,
  },
  PK: {
    streets: ['Canal Road', 'Jhang Road', 'Dairy Farm Road'],
    towns: ['Faisalabad 38000', 'Sahiwal 57000', 'Okara 56300'],
    street: (s, n) => `House ${n}, ${s}`,
    phone: (r) => `+92 3${r.pick(['00', '21', '33', '45'])} ${r.digits(7)}`,
  },
};

// Czech postcodes as a database column keeps them, without the space between their groups.
// Argentine postcodes keep their letter (B7000), which the label check does not read as a postcode;
// the four-digit house number of a rural route carries the digits, as it does in Chile (no postcode).
const DE_SIDE: Country[] = [
  'DE',
  'DE',
  'DE',
  'DE',
  'AT',
  'AT',
  'CH',
  'CH',
  'NL',
  'BE',
  'DK',
  'PL',
  'CZ',
  'HU',
  'HR',
  'IT',
];
const EN_SIDE: Country[] = [
  'GB',
  'GB',
  'US',
  'US',
  'CA',
  'NO',
  'FR',
  'GR',
  'ES',
  'AR',
  'CL',
  'NG',
  'KE',
  'GH',
  'ID',
  'JP',
  'KR',
  'PK',
];
const MAIL = [
  'gmail.com',
  'web.de',
  'gmx.net',
  'outlook.com',
  'yahoo.com',
  'bluewin.ch',
  'gmx.at',
  'seznam.cz',
  'icloud.com',
  'proton.me',
];

/** Letters of a name for a mailbox (accents dropped, spaces and apostrophes gone). */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function person(rng: Random64, lang: 'de' | 'en'): Person {
  const all = cultures();
  const key = rng.pick(Object.keys(all));
  const c: Culture = all[key];
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const country = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[country];
  const local = rng.pick([
    `${ascii(given)}.${ascii(family)}`,
    `${ascii(given)[0]}${ascii(family)}`,
    `${ascii(family)}${rng.int(60, 99)}`,
    `${ascii(given)}-${ascii(family)}`,
    `hof.${ascii(family)}`,
  ]);
  const street = place.street(rng.pick(place.streets), rng.int(1, 140));
  const town = rng.pick(place.towns);
  return {
    given,
    family,
    culture: key,
    female: rng.chance(0.5),
    country,
    address: `${street}, ${town}`,
    stored: /^\d/.test(town) ? `${street}, ${town}` : `${street}\n${town}`,
    phone: place.phone(rng),
    email: `${local}@${rng.pick(MAIL)}`,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1941, 2005) },
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth as a DATE column stores it. */
export const isoDate = (p: Person): string => `${p.birth.y}-${two(p.birth.m)}-${two(p.birth.d)}`;

/** A date of birth in one of many written forms (legacy text columns, free-text notes). */
export function dob(rng: Random64, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const de = [
    `${two(d)}.${two(m)}.${y}`,
    `${d}. ${MONTHS_DE[m - 1]} ${y}`,
    `${d}.${m}.${y}`,
    `${two(d)}.${two(m)}.${String(y).slice(2)}`,
  ];
  const en = [
    `${two(d)}/${two(m)}/${y}`,
    `${m}/${d}/${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`,
    `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}

/** A public IPv4 or IPv6 address a farmer's or owner's device logs in from. */
export function userIp(rng: Random64): string {
  if (rng.chance(0.25))
    return `2a02:${rng.pick(['810b', '8388', '1210', 'a03f'])}:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(1, 0xffff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
  return `${rng.pick([79, 87, 92, 95, 146, 176, 185, 213])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
