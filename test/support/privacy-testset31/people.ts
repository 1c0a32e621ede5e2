import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures, type Culture } from './names.js';
import type { Gfsr4 } from './random.js';

/** Set 31's home countries of seafarers, passengers, owners and families. */
export type Country =
  | 'DE'
  | 'NL'
  | 'BE'
  | 'DK'
  | 'NO'
  | 'GB'
  | 'GR'
  | 'CY'
  | 'MT'
  | 'PT'
  | 'ES'
  | 'IT'
  | 'HR'
  | 'PH'
  | 'IN'
  | 'ID'
  | 'UA'
  | 'SG';

export interface Person {
  given: string;
  family: string;
  culture: string;
  female: boolean;
  country: Country;
  /** Street line and town line of the home address (the town line with its postcode). */
  street: string;
  town: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

interface Place {
  streets: readonly string[];
  towns: readonly (readonly [postcode: string, town: string])[];
  line: (street: string, no: number) => string;
  townLine: (postcode: string, town: string) => string;
  /** A phone of the ranges real subscribers get (mobile or geographic). */
  phone: (rng: Gfsr4) => string;
}

const numberFirst = (s: string, n: number) => `${n} ${s}`;
const numberLast = (s: string, n: number) => `${s} ${n}`;
const codeFirst = (p: string, t: string) => `${p} ${t}`;
const codeLast = (p: string, t: string) => `${t} ${p}`;

const PLACES: Record<Country, Place> = {
  DE: {
    streets: ['Deichstraße', 'Am Fischereihafen', 'Lotsenweg', 'Kapitän-Dallmann-Straße', 'Butjadinger Straße'],
    towns: [
      ['27572', 'Bremerhaven'],
      ['26382', 'Wilhelmshaven'],
      ['23570', 'Lübeck'],
      ['25761', 'Büsum'],
      ['47119', 'Duisburg'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) =>
      r.pick([
        `+49 ${r.pick(['151', '160', '171', '176'])} ${r.digits(8)}`,
        `0${r.pick(['152', '157', '173'])} ${r.digits(7)}`,
        `0471 ${r.int(2, 9)}${r.digits(5)}`,
      ]),
  },
  NL: {
    streets: ['Schiedamseweg', 'Havenkade', 'Loodsenstraat', 'Stuurboordsgracht'],
    towns: [
      ['3134 KL', 'Vlaardingen'],
      ['1781 AB', 'Den Helder'],
      ['4381 LP', 'Vlissingen'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => r.pick([`+31 6 ${r.int(1, 5)}${r.digits(7)}`, `06-${r.int(1, 5)}${r.digits(7)}`]),
  },
  BE: {
    streets: ['Kattendijkdok-Oostkaai', 'Visserskaai', 'Vrijhavenstraat'],
    towns: [
      ['2030', 'Antwerpen'],
      ['8400', 'Oostende'],
      ['8380', 'Zeebrugge'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+32 4${r.pick(['70', '75', '86', '95'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  },
  DK: {
    streets: ['Fiskerihavnsgade', 'Skippergade', 'Havnevej'],
    towns: [
      ['6700', 'Esbjerg'],
      ['9850', 'Hirtshals'],
      ['8000', 'Aarhus C'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+45 ${r.int(20, 31)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  },
  NO: {
    streets: ['Strandkaien', 'Bryggen', 'Sjøgata'],
    towns: [
      ['5003', 'Bergen'],
      ['6002', 'Ålesund'],
      ['8006', 'Bodø'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+47 ${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`,
  },
  GB: {
    streets: ['Dock Road', 'Harbour Parade', 'Mariners Way', 'Quayside Terrace'],
    towns: [
      ['SO14 2AQ', 'Southampton'],
      ['HU9 1TA', 'Hull'],
      ['AB11 5DN', 'Aberdeen'],
      ['L3 4BB', 'Liverpool'],
    ],
    line: numberFirst,
    townLine: codeLast,
    phone: (r) =>
      r.pick([`+44 7${r.pick(['412', '543', '817', '968'])} ${r.digits(6)}`, `023 80${r.digits(2)} ${r.digits(4)}`]),
  },
  GR: {
    streets: ['Odos Akti Miaouli', 'Odos Notara', 'Odos Karaiskou'],
    towns: [
      ['18535', 'Piraeus'],
      ['82100', 'Chios'],
      ['84100', 'Syros'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+30 69${r.pick(['4', '7', '8'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  CY: {
    streets: ['Makariou III Avenue', 'Spyrou Kyprianou Avenue', 'Archiepiskopou Leontiou A'],
    towns: [
      ['3036', 'Limassol'],
      ['6020', 'Larnaca'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+357 9${r.pick(['6', '7', '9'])} ${r.digits(6)}`,
  },
  MT: {
    streets: ['Triq il-Marina', 'Triq San Pawl', 'Xatt is-Sajjieda'],
    towns: [
      ['BBG 1402', 'Birżebbuġa'],
      ['MSK 1011', 'Marsaskala'],
      ['VLT 1117', 'Valletta'],
    ],
    line: numberFirst,
    townLine: codeLast,
    phone: (r) => `+356 ${r.pick(['79', '99'])}${r.digits(2)} ${r.digits(4)}`,
  },
  PT: {
    streets: ['Rua dos Pescadores', 'Avenida da Liberdade', 'Rua do Cais'],
    towns: [
      ['4450-208', 'Matosinhos'],
      ['2900-036', 'Setúbal'],
      ['9000-055', 'Funchal'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`,
  },
  ES: {
    streets: ['Calle Marqués de Valladares', 'Avenida del Puerto', 'Calle de los Pescadores'],
    towns: [
      ['36202', 'Vigo'],
      ['11201', 'Algeciras'],
      ['15001', 'A Coruña'],
    ],
    line: (s, n) => `${s}, ${n}`,
    townLine: codeFirst,
    phone: (r) => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  },
  IT: {
    streets: ['Via del Molo', 'Via Gramsci', 'Calata Gadda'],
    towns: [
      ['16126', 'Genova'],
      ['80133', 'Napoli'],
      ['34123', 'Trieste'],
    ],
    line: (s, n) => `${s} ${n}`,
    townLine: codeFirst,
    phone: (r) => `+39 3${r.pick(['33', '47', '39', '28'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  HR: {
    streets: ['Obala kneza Branimira', 'Riva', 'Ulica Ribara'],
    towns: [
      ['21000', 'Split'],
      ['51000', 'Rijeka'],
      ['20000', 'Dubrovnik'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => `+385 9${r.pick(['1', '2', '5', '8'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  PH: {
    streets: ['Mabini Street', 'Rizal Avenue', 'Osmeña Boulevard', 'Burgos Street'],
    towns: [
      ['1004', 'Malate, Manila'],
      ['6000', 'Cebu City'],
      ['5000', 'Iloilo City'],
      ['2900', 'Laoag City'],
    ],
    line: numberFirst,
    townLine: codeLast,
    phone: (r) =>
      r.pick([
        `+63 9${r.pick(['17', '18', '27', '95'])} ${r.digits(3)} ${r.digits(4)}`,
        `09${r.pick(['17', '28'])} ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
  IN: {
    streets: ['Marine Drive', 'Rua de Ourém', 'Beach Road'],
    towns: [
      ['400020', 'Mumbai'],
      ['403001', 'Panaji'],
      ['682001', 'Kochi'],
    ],
    line: numberFirst,
    townLine: codeLast,
    phone: (r) => `+91 ${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`,
  },
  ID: {
    streets: ['Jalan Pelabuhan', 'Jalan Perak Barat', 'Jalan Nelayan'],
    towns: [
      ['60165', 'Surabaya'],
      ['50174', 'Semarang'],
      ['14430', 'Jakarta Utara'],
    ],
    line: (s, n) => `${s} No. ${n}`,
    townLine: codeLast,
    phone: (r) => `+62 81${r.pick(['2', '3', '1'])}-${r.digits(4)}-${r.digits(4)}`,
  },
  UA: {
    streets: ['vul. Prymorska', 'vul. Hretska', 'prosp. Shevchenka'],
    towns: [
      ['65026', 'Odesa'],
      ['54001', 'Mykolaiv'],
      ['65014', 'Odesa'],
    ],
    line: (s, n) => `${s}, ${n}`,
    townLine: codeLast,
    phone: (r) => `+380 ${r.pick(['50', '67', '97', '63'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  },
  SG: {
    streets: ['Jurong West Street 41', 'Tampines Avenue 3', 'Pasir Ris Drive 6'],
    towns: [
      ['640418', 'Singapore'],
      ['520327', 'Singapore'],
    ],
    line: (s, n) => `Blk ${n} ${s}`,
    townLine: codeLast,
    phone: (r) => `+65 ${r.pick(['8', '9'])}${r.digits(3)} ${r.digits(4)}`,
  },
};

const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'NL', 'BE', 'DK', 'PH', 'UA', 'HR', 'ID', 'IN', 'PT', 'GR'];
const EN_SIDE: Country[] = ['GB', 'GB', 'PH', 'PH', 'IN', 'ID', 'UA', 'GR', 'CY', 'MT', 'ES', 'IT', 'SG', 'NO', 'DE'];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'web.de', 'gmx.net', 'ukr.net', 'rediffmail.com', 'proton.me'];

/** Letters of a name for a mailbox (accents dropped, spaces and apostrophes gone). */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[ħĦ]/g, 'h')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function person(rng: Gfsr4, lang: 'de' | 'en'): Person {
  const all = cultures();
  const key = rng.pick(Object.keys(all));
  const c: Culture = all[key];
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const country = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[country];
  const [postcode, town] = rng.pick(place.towns);
  const local = rng.pick([
    `${ascii(given)}.${ascii(family)}`,
    `${ascii(given)[0]}${ascii(family)}`,
    `${ascii(family)}${rng.int(60, 99)}`,
    `${ascii(given)}_${ascii(family)[0]}`,
  ]);
  return {
    given,
    family,
    culture: key,
    female: rng.chance(0.4),
    country,
    street: place.line(rng.pick(place.streets), rng.int(1, 160)),
    town: place.townLine(postcode, town),
    phone: place.phone(rng),
    email: `${local}@${rng.pick(MAIL)}`,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1958, 2005) },
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth in one of many written forms. */
export function dob(rng: Gfsr4, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const de = [
    `${two(d)}.${two(m)}.${y}`,
    `${d}. ${MONTHS_DE[m - 1]} ${y}`,
    `${d}.${m}.${y}`,
    `${y}-${two(m)}-${two(d)}`,
    `${two(d)}.${two(m)}.${String(y).slice(2)}`,
  ];
  const en = [
    `${two(d)}/${two(m)}/${y}`,
    `${d} ${MONTHS_EN[m - 1].slice(0, 3).toUpperCase()} ${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`,
    `${y}-${two(m)}-${two(d)}`,
    `${two(d)}-${MONTHS_EN[m - 1].slice(0, 3)}-${String(y).slice(2)}`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}

/** The date as Excel stores it: days since 30 Dec 1899 (the 1900 date system). */
export function excelSerial(p: Person): number {
  const { d, m, y } = p.birth;
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
