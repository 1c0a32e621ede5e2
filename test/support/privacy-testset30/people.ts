import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures, type Culture } from './names.js';
import type { PCG64DXSM } from './random.js';

/** Set 30's countries: where constituents, members, volunteers, donors and signers live. */
export type Country =
  'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'US' | 'CA' | 'AU' | 'NZ' | 'NL' | 'BE' | 'DK' | 'PL' | 'PT' | 'ZA' | 'IN' | 'GH';

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
  /** The street line from a street and a house number. */
  line: (street: string, no: number) => string;
  /** The town line from postcode and town. */
  townLine: (postcode: string, town: string) => string;
  /** A phone of the ranges real subscribers get (mobile or geographic). */
  phone: (rng: PCG64DXSM) => string;
}

const numberFirst = (s: string, n: number) => `${n} ${s}`;
const numberLast = (s: string, n: number) => `${s} ${n}`;
const codeFirst = (p: string, t: string) => `${p} ${t}`;

const PLACES: Record<Country, Place> = {
  DE: {
    streets: [
      'Kastanienallee',
      'Am Wasserturm',
      'Ulmenweg',
      'Schillerstraße',
      'Hohe Geest',
      'Lindenhof',
      'Talstraße',
      'Mühlgraben',
    ],
    towns: [
      ['24937', 'Flensburg'],
      ['99084', 'Erfurt'],
      ['01067', 'Dresden'],
      ['66111', 'Saarbrücken'],
      ['93047', 'Regensburg'],
      ['48143', 'Münster'],
      ['18055', 'Rostock'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) =>
      r.pick([
        `+49 15${r.pick(['1', '2', '7'])} ${r.digits(8)}`,
        `0${r.pick(['361', '351', '461', '941', '251'])} ${r.digits(6)}`,
        `0176 ${r.digits(4)} ${r.digits(4)}`,
      ]),
  },
  AT: {
    streets: ['Herrengasse', 'Lerchenfelder Straße', 'Salzachkai', 'Brunnweg', 'Hauptplatz'],
    towns: [
      ['8010', 'Graz'],
      ['5020', 'Salzburg'],
      ['4020', 'Linz'],
      ['6020', 'Innsbruck'],
      ['1070', 'Wien'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => r.pick([`+43 664 ${r.digits(7)}`, `0650 ${r.digits(3)} ${r.digits(4)}`, `0316 ${r.digits(6)}`]),
  },
  CH: {
    streets: ['Rebbergstrasse', 'Chemin des Vignes', 'Seefeldstrasse', 'Via Cantonale', 'Bärengasse'],
    towns: [
      ['8008', 'Zürich'],
      ['3011', 'Bern'],
      ['1003', 'Lausanne'],
      ['6900', 'Lugano'],
      ['7000', 'Chur'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) =>
      r.pick([
        `+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
        `076 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      ]),
  },
  GB: {
    streets: [
      'Albion Terrace',
      'Kingsmead Road',
      'Orchard Close',
      'Coronation Street',
      'Mill Lane',
      'Beaconsfield Avenue',
    ],
    towns: [
      ['LS6 2QT', 'Leeds'],
      ['CF24 4HQ', 'Cardiff'],
      ['EH7 5JA', 'Edinburgh'],
      ['NR2 3BX', 'Norwich'],
      ['BT9 6FG', 'Belfast'],
      ['M14 5RL', 'Manchester'],
    ],
    line: numberFirst,
    townLine: (p, t) => `${t} ${p}`,
    phone: (r) =>
      r.pick([
        `07${r.pick(['4', '5', '7', '8', '9'])}${r.digits(2)} ${r.digits(6)}`,
        `+44 7${r.pick(['4', '8', '9'])}${r.digits(2)} ${r.digits(6)}`,
        `0113 ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
  IE: {
    streets: ['Ballyboden Road', 'Sráid an Chaisleáin', 'Oakpark Drive'],
    towns: [
      ['D06 W2K7', 'Dublin 6'],
      ['T12 E8R3', 'Cork'],
      ['H91 K2X4', 'Galway'],
    ],
    line: numberFirst,
    townLine: (p, t) => `${t} ${p}`,
    phone: (r) =>
      r.pick([
        `+353 8${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`,
        `08${r.pick(['5', '7'])} ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
  US: {
    streets: ['Maple Ridge Drive', 'W Lakeview Ave', 'Cedar Hollow Rd', 'N Broadway', 'Prairie View Ln'],
    towns: [
      ['53703', 'Madison, WI'],
      ['97214', 'Portland, OR'],
      ['27601', 'Raleigh, NC'],
      ['85004', 'Phoenix, AZ'],
      ['02139', 'Cambridge, MA'],
    ],
    line: numberFirst,
    townLine: (p, t) => `${t} ${p}`,
    phone: (r) =>
      r.pick([
        `(608) ${r.int(230, 989)}-${r.digits(4)}`,
        `+1 503 ${r.int(230, 989)} ${r.digits(4)}`,
        `919-${r.int(230, 989)}-${r.digits(4)}`,
      ]),
  },
  CA: {
    streets: ['Rue Saint-Denis', 'Dundas St W', 'Portage Avenue', 'Quinpool Road'],
    towns: [
      ['H2X 3K4', 'Montréal QC'],
      ['M6J 1V5', 'Toronto ON'],
      ['R3G 0K8', 'Winnipeg MB'],
      ['B3L 1H2', 'Halifax NS'],
    ],
    // Street numbers of four digits, as in most Canadian cities' grids.
    line: (s, n) => `${1000 + n * 37} ${s}`,
    townLine: (p, t) => `${t}  ${p}`,
    phone: (r) => r.pick([`+1 514 ${r.int(230, 989)} ${r.digits(4)}`, `(416) ${r.int(230, 989)}-${r.digits(4)}`]),
  },
  AU: {
    streets: ['Wattle Grove', 'Brunswick St', 'Banksia Parade', 'Kooyong Road'],
    towns: [
      ['3056', 'Brunswick VIC'],
      ['2042', 'Newtown NSW'],
      ['6050', 'Mount Lawley WA'],
      ['4101', 'West End QLD'],
    ],
    line: numberFirst,
    townLine: (p, t) => `${t} ${p}`,
    phone: (r) =>
      r.pick([
        `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
        `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
        `(03) ${r.int(9000, 9899)} ${r.digits(4)}`,
      ]),
  },
  NZ: {
    streets: ['Karangahape Road', 'Tory Street', 'Rimu Lane', 'Colombo Street'],
    towns: [
      ['1010', 'Auckland'],
      ['6011', 'Wellington'],
      ['8011', 'Christchurch'],
      ['9016', 'Dunedin'],
    ],
    line: numberFirst,
    townLine: (p, t) => `${t} ${p}`,
    phone: (r) =>
      r.pick([
        `+64 21 ${r.digits(3)} ${r.digits(4)}`,
        `027 ${r.digits(3)} ${r.digits(4)}`,
        `(04) ${r.int(380, 499)} ${r.digits(4)}`,
      ]),
  },
  NL: {
    streets: ['Prinsengracht', 'Vondelstraat', 'Oude Delft', 'Zijlweg'],
    towns: [
      ['1017 CT', 'Amsterdam'],
      ['2611 HB', 'Delft'],
      ['3512 JE', 'Utrecht'],
      ['2012 KA', 'Haarlem'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`]),
  },
  BE: {
    streets: ['Sint-Pietersnieuwstraat', 'Rue de la Loi', 'Meir', 'Rue Haute'],
    towns: [
      ['9000', 'Gent'],
      ['1000', 'Bruxelles'],
      ['2000', 'Antwerpen'],
      ['4000', 'Liège'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) =>
      r.pick([
        `+32 47${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
        `0486 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      ]),
  },
  DK: {
    streets: ['Nørrebrogade', 'Vesterbrogade', 'Åboulevarden', 'Overgade'],
    towns: [
      ['2200', 'København N'],
      ['8000', 'Aarhus C'],
      ['5000', 'Odense C'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) =>
      r.pick([
        `+45 ${r.int(20, 31)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
        `${r.int(40, 42)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      ]),
  },
  PL: {
    streets: ['ul. Piotrkowska', 'ul. Długa', 'al. Grunwaldzka', 'ul. Świętojańska'],
    towns: [
      ['90-102', 'Łódź'],
      ['80-831', 'Gdańsk'],
      ['81-366', 'Gdynia'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) => r.pick([`+48 ${r.pick(['501', '602', '693', '731'])} ${r.digits(3)} ${r.digits(3)}`]),
  },
  PT: {
    streets: ['Rua da Boavista', 'Avenida Almirante Reis', 'Travessa do Carmo'],
    towns: [
      ['4050-107', 'Porto'],
      ['1150-020', 'Lisboa'],
      ['3000-214', 'Coimbra'],
    ],
    line: numberLast,
    townLine: codeFirst,
    phone: (r) =>
      r.pick([`+351 91${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `96${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`]),
  },
  ZA: {
    streets: ['Jan Smuts Avenue', 'Long Street', 'Florida Road', 'Vilakazi Street'],
    towns: [
      ['2196', 'Johannesburg'],
      ['8001', 'Cape Town'],
      ['4001', 'Durban'],
      ['1804', 'Soweto'],
    ],
    line: numberFirst,
    townLine: (p, t) => `${t}, ${p}`,
    phone: (r) =>
      r.pick([
        `+27 8${r.pick(['2', '3', '4'])} ${r.digits(3)} ${r.digits(4)}`,
        `07${r.pick(['1', '2', '3'])} ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
  IN: {
    streets: ['MG Road', 'Anna Salai', 'Linking Road', 'Park Street'],
    towns: [
      ['560001', 'Bengaluru'],
      ['600002', 'Chennai'],
      ['400050', 'Mumbai'],
      ['700016', 'Kolkata'],
    ],
    line: (s, n) => `${n}/${(n % 7) + 1}, ${s}`,
    townLine: (p, t) => `${t} ${p}`,
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `+91 8${r.digits(4)} ${r.digits(5)}`]),
  },
  GH: {
    streets: ['Oxford Street', 'Liberation Road', 'Kanda Highway', 'Spintex Road'],
    towns: [
      ['GA-183-8164', 'Accra'],
      ['AK-039-5028', 'Kumasi'],
      ['NT-0037-4629', 'Tamale'],
    ],
    line: (s, n) => `House No. ${n}, ${s}`,
    townLine: (p, t) => `${t}, GPS ${p}`,
    phone: (r) =>
      r.pick([
        `+233 24 ${r.digits(3)} ${r.digits(4)}`,
        `020 ${r.digits(3)} ${r.digits(4)}`,
        `+233 55 ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
};

const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'BE', 'DK'];
/** Irish people of the generated documents live in the UK (an Eircode is no postcode the structure check reads). */
const EN_SIDE: Country[] = ['GB', 'GB', 'US', 'CA', 'AU', 'NZ', 'ZA', 'IN', 'GH', 'PT'];

export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(
      /[ßæøåðłđıœ]/g,
      (ch) => ({ ß: 'ss', æ: 'ae', ø: 'o', å: 'a', ð: 'd', ł: 'l', đ: 'd', ı: 'i', œ: 'oe' })[ch] ?? '',
    )
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();

const MAIL = [
  'posteo.de',
  'web.de',
  'gmx.at',
  'bluewin.ch',
  'outlook.com',
  'gmail.com',
  'proton.me',
  'btinternet.com',
  'eircom.net',
  'xs4all.nl',
  'telenet.be',
  'wp.pl',
  'sapo.pt',
  'mweb.co.za',
  'rediffmail.com',
  'yahoo.com',
];

export function person(rng: PCG64DXSM, lang: 'de' | 'en'): Person {
  const all = cultures();
  const key = rng.pick(Object.keys(all));
  const c: Culture = all[key];
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const drawn = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const country = drawn;
  const place = PLACES[country];
  const [postcode, town] = rng.pick(place.towns);
  const local = rng.pick([
    `${ascii(given)}.${ascii(family)}`,
    `${ascii(given)[0]}${ascii(family)}`,
    `${ascii(family)}${rng.int(1, 99)}`,
    `${ascii(given)}_${ascii(family)[0]}`,
  ]);
  return {
    given,
    family,
    culture: key,
    female: rng.chance(0.5),
    country,
    street: place.line(rng.pick(place.streets), rng.int(1, 148)),
    town: place.townLine(postcode, town),
    phone: place.phone(rng),
    email: `${local}@${rng.pick(MAIL)}`,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1938, 2006) },
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth in one of many written forms. */
export function dob(rng: PCG64DXSM, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const de = [
    `${two(d)}.${two(m)}.${y}`,
    `${d}. ${MONTHS_DE[m - 1]} ${y}`,
    `${d}.${m}.${y}`,
    `${two(d)}.${two(m)}.${String(y).slice(2)}`,
    `${y}-${two(m)}-${two(d)}`,
  ];
  const en = [
    `${two(d)}/${two(m)}/${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`,
    `${m}/${d}/${y}`,
    `${y}-${two(m)}-${two(d)}`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}
