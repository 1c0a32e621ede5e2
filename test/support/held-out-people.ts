import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from './month-names.js';
import type { TypedCulture } from './earlier-test-sets.js';
import type { Random64 } from './held-out-random64.js';

/**
 * People of held-out sets 37 and 38 (written by two helpers, the second reusing the first's places): a name of the
 * set's own cultures, a home, phone and mailbox in one of the shared places, a birth date. Each set's `people.ts`
 * binds `personOf` to its own cultures and stream.
 */

/** The countries of the people's homes. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'UK'
  | 'IE'
  | 'NL'
  | 'ES'
  | 'PL'
  | 'CZ'
  | 'SE'
  | 'DK'
  | 'GR'
  | 'MT'
  | 'US'
  | 'MX'
  | 'CL'
  | 'GH'
  | 'AE'
  | 'IN'
  | 'KR'
  | 'AU';

export interface Person {
  given: string;
  family: string;
  female: boolean;
  country: Country;
  /** The home address on one line. */
  address: string;
  /** The parts of the address, for exports that keep them in separate fields. */
  street: string;
  postcode: string;
  town: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

interface Place {
  streets: string[];
  /** Postcode and town, as the country writes them. */
  towns: [string, string][];
  /** A subscriber number from a range real subscribers get (mobile ranges of the national plan). */
  phone: (rng: Random64) => string;
  /** Street with house number, as the country writes them. */
  line: (street: string, no: number) => string;
  write: (line: string, postcode: string, town: string) => string;
}

const noAfter = (s: string, n: number) => `${s} ${n}`;
const noFirst = (s: string, n: number) => `${n} ${s}`;
const pcFirst = (l: string, p: string, t: string) => `${l}, ${p} ${t}`;
const pcLast = (l: string, p: string, t: string) => `${l}, ${t} ${p}`;

const PLACES: Record<Country, Place> = {
  DE: {
    streets: ['Lindenhof', 'Am Weinberg', 'Wilhelm-Raabe-Straße', 'Mühlenkamp', 'Schwanenwall', 'Tulpenstieg'],
    towns: [
      ['22303', 'Hamburg'],
      ['01097', 'Dresden'],
      ['79098', 'Freiburg im Breisgau'],
      ['44135', 'Dortmund'],
      ['97070', 'Würzburg'],
      ['18055', 'Rostock'],
    ],
    phone: (rng) =>
      `${rng.pick(['+49 152', '+49 159', '+49 171', '+49 175', '0151', '0163', '0179'])} ${rng.digits(4)} ${rng.digits(4)}`,
    line: noAfter,
    write: pcFirst,
  },
  AT: {
    streets: ['Herrengasse', 'Linzer Gasse', 'Ferdinand-Raimund-Weg'],
    towns: [
      ['5020', 'Salzburg'],
      ['4020', 'Linz'],
      ['1030', 'Wien'],
    ],
    phone: (rng) => `+43 ${rng.pick(['660', '664', '677', '681'])} ${rng.digits(3)} ${rng.digits(4)}`,
    line: noAfter,
    write: pcFirst,
  },
  CH: {
    streets: ['Spalenberg', 'Chemin des Vignes', 'Seefeldstrasse'],
    towns: [
      ['4051', 'Basel'],
      ['1009', 'Pully'],
      ['8008', 'Zürich'],
    ],
    phone: (rng) => `+41 ${rng.pick(['75', '77', '79'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    line: noAfter,
    write: pcFirst,
  },
  UK: {
    streets: ['Lambert Road', 'Cromwell Terrace', 'Sefton Park Road', 'Kingsdown Parade'],
    towns: [
      ['SW2 5BB', 'London'],
      ['S10 2FL', 'Sheffield'],
      ['L17 3BJ', 'Liverpool'],
      ['BS6 5UD', 'Bristol'],
    ],
    // Mobile ranges Ofcom allocates to networks (never 07700 900xxx, which it keeps for drama).
    phone: (rng) => `${rng.pick(['07911 ', '07457 ', '07723 ', '+44 7828 '])}${rng.digits(6)}`,
    line: noFirst,
    write: pcLast,
  },
  IE: {
    streets: ['Synge Street', 'Ormond Quay', 'Rathgar Avenue'],
    towns: [
      ['D08 Y2K7', 'Dublin 8'],
      ['H91 E2W8', 'Galway'],
      ['T12 X8FN', 'Cork'],
    ],
    phone: (rng) => `+353 ${rng.pick(['83', '85', '86', '87'])} ${rng.digits(3)} ${rng.digits(4)}`,
    line: noFirst,
    write: pcLast,
  },
  NL: {
    streets: ['Bloemgracht', 'Witte de Withstraat', 'Nieuwe Binnenweg'],
    towns: [
      ['1015 TJ', 'Amsterdam'],
      ['3012 BT', 'Rotterdam'],
      ['3021 GK', 'Rotterdam'],
    ],
    // Dutch mobiles are 06-1…5 and 06-8 (the other 06-x blocks are not allocated).
    phone: (rng) => `+31 6 ${rng.pick(['1', '2', '3', '4', '5', '8'])}${rng.digits(3)} ${rng.digits(4)}`,
    line: noAfter,
    write: pcFirst,
  },
  ES: {
    streets: ['Calle de Embajadores', 'Carrer de Verdi', 'Avenida de la Constitución'],
    towns: [
      ['28012', 'Madrid'],
      ['08012', 'Barcelona'],
      ['41004', 'Sevilla'],
    ],
    // Spanish mobiles are 6xx and 71x–74x only.
    phone: (rng) =>
      `+34 ${rng.pick(['6', '6', '6', '7'])}${rng.pick(['1', '2', '3', '4'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`,
    line: (s, n) => `${s}, ${n}`,
    write: pcFirst,
  },
  PL: {
    streets: ['ul. Mokotowska', 'ul. Długa', 'ul. Piotrkowska'],
    towns: [
      ['00-640', 'Warszawa'],
      ['80-827', 'Gdańsk'],
      ['90-423', 'Łódź'],
    ],
    phone: (rng) => `+48 ${rng.pick(['501', '602', '695', '725'])} ${rng.digits(3)} ${rng.digits(3)}`,
    line: noAfter,
    write: pcFirst,
  },
  CZ: {
    streets: ['Vinohradská', 'Údolní', 'Masarykova'],
    towns: [
      ['12000', 'Praha 2'],
      ['60200', 'Brno'],
      ['30100', 'Plzeň'],
    ],
    phone: (rng) => `+420 ${rng.pick(['603', '724', '776'])} ${rng.digits(3)} ${rng.digits(3)}`,
    line: noAfter,
    write: pcFirst,
  },
  SE: {
    streets: ['Götgatan', 'Linnégatan', 'Stora Nygatan'],
    towns: [
      ['11846', 'Stockholm'],
      ['41304', 'Göteborg'],
      ['21137', 'Malmö'],
    ],
    phone: (rng) => `+46 ${rng.pick(['70', '72', '73', '76'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    line: noAfter,
    write: pcFirst,
  },
  DK: {
    streets: ['Istedgade', 'Jægersborggade', 'Vestergade'],
    towns: [
      ['1650', 'København V'],
      ['2200', 'København N'],
      ['8000', 'Aarhus C'],
    ],
    phone: (rng) =>
      `+45 ${rng.pick(['2', '3', '4', '5'])}${rng.digits(1)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    line: noAfter,
    write: pcFirst,
  },
  GR: {
    streets: ['Odos Ermou', 'Odos Tsimiski', 'Leoforos Alexandras'],
    towns: [
      ['10563', 'Athina'],
      ['54624', 'Thessaloniki'],
      ['11473', 'Athina'],
    ],
    phone: (rng) => `+30 69${rng.pick(['4', '7', '8'])} ${rng.digits(3)} ${rng.digits(4)}`,
    line: noAfter,
    write: pcFirst,
  },
  MT: {
    streets: ['Triq il-Merkanti', 'Triq San Pawl', 'Triq il-Kbira'],
    towns: [
      ['VLT 1179', 'Valletta'],
      ['SPB 3012', 'San Pawl il-Baħar'],
      ['MST 1010', 'Mosta'],
    ],
    phone: (rng) => `+356 ${rng.pick(['79', '99', '77'])}${rng.digits(2)} ${rng.digits(4)}`,
    line: noAfter,
    write: pcLast,
  },
  US: {
    streets: ['Alberta Street', 'Magazine Street', 'Cedar Avenue South'],
    towns: [
      ['OR 97211', 'Portland'],
      ['LA 70130', 'New Orleans'],
      ['MN 55454', 'Minneapolis'],
    ],
    phone: (rng) => `+1 ${rng.pick(['503', '504', '612'])} ${rng.int(2, 9)}${rng.digits(2)} ${rng.digits(4)}`,
    line: noFirst,
    write: pcLast,
  },
  MX: {
    streets: ['Calle Colima', 'Avenida Chapultepec', 'Calle Macedonio Alcalá'],
    towns: [
      ['06700', 'Ciudad de México'],
      ['44160', 'Guadalajara'],
      ['68000', 'Oaxaca de Juárez'],
    ],
    phone: (rng) =>
      // Mexican numbers have ten digits: two-digit area codes take 4+4, Oaxaca's three-digit one 3+4.
      `+52 ${rng.pick(['55', '33', '951'])} ${rng.digits(4)} ${rng.digits(4)}`.replace(
        /^(\+52 951) \d(\d{3})/,
        '$1 $2',
      ),
    line: noAfter,
    write: pcFirst,
  },
  CL: {
    streets: ['Avenida Italia', 'Calle Lastarria', 'Pasaje Fischer'],
    towns: [
      ['7500000', 'Providencia'],
      ['8320000', 'Santiago'],
      ['2340000', 'Valparaíso'],
    ],
    phone: (rng) => `+56 9 ${rng.digits(4)} ${rng.digits(4)}`,
    line: noAfter,
    write: pcFirst,
  },
  GH: {
    streets: ['Oxford Street', 'Ring Road Central', 'Liberation Link'],
    towns: [
      ['GA-145-2020', 'Osu, Accra'],
      ['GA-123-4567', 'Accra'],
      ['AK-039-5028', 'Kumasi'],
    ],
    phone: (rng) => `+233 ${rng.pick(['24', '54', '20', '27'])} ${rng.digits(3)} ${rng.digits(4)}`,
    line: (s, n) => `House ${n}, ${s}`,
    write: pcLast,
  },
  AE: {
    streets: ['Al Wasl Road', 'Jumeirah Beach Road', 'Sheikh Rashid Street'],
    towns: [
      ['P.O. Box 115743', 'Dubai'],
      ['P.O. Box 213842', 'Dubai'],
      ['P.O. Box 47210', 'Abu Dhabi'],
    ],
    phone: (rng) => `+971 ${rng.pick(['50', '52', '55', '56'])} ${rng.digits(3)} ${rng.digits(4)}`,
    line: (s, n) => `Villa ${n}, ${s}`,
    write: pcLast,
  },
  IN: {
    streets: ['Koramangala 5th Block', 'Linking Road, Bandra West', 'Anna Salai'],
    towns: [
      ['560095', 'Bengaluru'],
      ['400050', 'Mumbai'],
      ['600002', 'Chennai'],
    ],
    phone: (rng) => `+91 ${rng.pick(['98', '99', '70', '81'])}${rng.digits(3)} ${rng.digits(5)}`,
    line: (s, n) => `Flat ${n}, ${s}`,
    write: (l, p, t) => `${l}, ${t} ${p}`,
  },
  KR: {
    streets: ['Teheran-ro', 'Itaewon-ro', 'Haeundaehaebyeon-ro'],
    towns: [
      ['06236', 'Seoul'],
      ['04348', 'Seoul'],
      ['48094', 'Busan'],
    ],
    phone: (rng) => `+82 10 ${rng.digits(4)} ${rng.digits(4)}`,
    line: noAfter,
    write: (l, p, t) => `${l}, ${t} ${p}`,
  },
  AU: {
    streets: ['Brunswick Street', 'Enmore Road', 'Hay Street'],
    towns: [
      ['VIC 3065', 'Fitzroy'],
      ['NSW 2042', 'Newtown'],
      ['WA 6000', 'Perth'],
    ],
    // Australian mobiles from the allocated 040x–043x blocks.
    phone: (rng) => `+61 4${rng.pick(['0', '1', '2', '3'])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`,
    line: noFirst,
    write: (l, p, t) => `${l}, ${t} ${p}`,
  },
};

/**
 * Which countries a German or an English document's people come from (both sides reach every culture). Poland,
 * Chile and Ireland stay out of the generated people: their postcodes (90-423, seven digits, Eircodes) are not
 * shapes the shared structure check accepts as postcodes.
 */
const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'CZ', 'DK', 'SE', 'ES', 'GR', 'MT'];
const EN_SIDE: Country[] = ['UK', 'UK', 'US', 'AU', 'MX', 'GH', 'AE', 'IN', 'KR', 'MT', 'GR', 'ES'];

const MAIL = ['gmx.net', 'web.de', 'mailbox.org', 'gmail.com', 'hotmail.com', 'proton.me', 'yahoo.com', 'icloud.com'];

/** A name as a mailbox's local part writes it: letters without their marks, no spaces. */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'ʻ]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ħĦ]/g, 'h')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();

/** A person of one of `cultures`, living in a country of the document's language side. */
export function personOf(cultures: readonly TypedCulture[], rng: Random64, lang: 'de' | 'en'): Person {
  const culture = rng.pick(cultures);
  const given = rng.pick(culture.given);
  const family = rng.pick(culture.family);
  const country = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[country];
  // A street goes with the town listed at the same place, so no street stands in another country's town.
  const at = rng.below(place.streets.length);
  const street = place.line(place.streets[at], rng.int(2, 148));
  const [postcode, town] = place.towns[at % place.towns.length];
  const local = `${ascii(given.split(/[ -]/)[0])}${rng.pick(['.', '_', ''])}${ascii(family.split(/[ -]/).pop() ?? family)}`;
  const email = `${local}${rng.chance(0.4) ? rng.int(2, 99) : ''}@${rng.pick(MAIL)}`;
  return {
    given,
    family,
    female: rng.chance(0.5),
    country,
    address: place.write(street, postcode, town),
    street,
    postcode,
    town,
    phone: place.phone(rng),
    email,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1944, 2005) },
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth in one of the forms people and directories write it. */
export function dob(rng: Random64, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const forms =
    lang === 'de'
      ? [
          `${two(d)}.${two(m)}.${y}`,
          `${d}. ${MONTHS_DE[m - 1]} ${y}`,
          `${y}-${two(m)}-${two(d)}`,
          `${y}${two(m)}${two(d)}`,
        ]
      : [
          `${y}-${two(m)}-${two(d)}`,
          `${d} ${MONTHS_EN[m - 1]} ${y}`,
          `${MONTHS_EN[m - 1]} ${d}${ordinalSuffix(d)}, ${y}`,
          `${two(m)}/${two(d)}/${y}`,
          `${y}${two(m)}${two(d)}`,
        ];
  return rng.pick(forms);
}

/** A user's sign-in address: public ranges of access networks, never the organisation's own. */
export function deviceIp(rng: Random64): string {
  if (rng.chance(0.25))
    return `2a01:${rng.pick(['598', 'c22', '4f8', 'e0a'])}:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(0x100, 0xfff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
  return `${rng.pick(['37', '78', '86', '93', '151', '185', '217', '62'])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
