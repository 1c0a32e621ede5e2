import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures, type Culture } from './names.js';
import type { Mrg } from './random.js';

/** Set 33's countries of platform users, creators and reporters. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'GB'
  | 'NL'
  | 'SE'
  | 'FI'
  | 'FR'
  | 'ES'
  | 'PT'
  | 'IT'
  | 'RO'
  | 'GR'
  | 'TR'
  | 'US'
  | 'MX'
  | 'BR'
  | 'IN'
  | 'PH'
  | 'VN'
  | 'EG'
  | 'MA'
  | 'ZA';

export interface Person {
  given: string;
  family: string;
  culture: string;
  female: boolean;
  country: Country;
  /** The home address in one line, as a user types it into a form or a mail. */
  address: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

interface Place {
  streets: readonly string[];
  towns: readonly string[];
  /** Street, number and town (with its postcode) in the country's order, on one line. */
  line: (street: string, no: number, town: string) => string;
  /** A phone of the ranges real subscribers get (mobile or geographic, never the drama or test ranges). */
  phone: (rng: Mrg) => string;
}

const europe = (s: string, n: number, t: string) => `${s} ${n}, ${t}`;
const numberFirst = (s: string, n: number, t: string) => `${n} ${s}, ${t}`;
const commaNo = (s: string, n: number, t: string) => `${s}, ${n}, ${t}`;

const PLACES: Record<Country, Place> = {
  DE: {
    streets: ['Hohenzollernring', 'Lindenthalgürtel', 'Am Kuhberg', 'Sielwall', 'Rathenauplatz'],
    towns: ['50672 Köln', '28203 Bremen', '89077 Ulm', '01099 Dresden', '90402 Nürnberg'],
    line: europe,
    phone: (r) =>
      r.pick([
        `+49 ${r.pick(['151', '160', '170', '176', '1522'])} ${r.digits(7)}`,
        `0${r.pick(['157', '162', '175'])} ${r.digits(3)} ${r.digits(4)}`,
        `0221 ${r.int(2, 9)}${r.digits(6)}`,
      ]),
  },
  AT: {
    streets: ['Kaiserstraße', 'Schottenfeldgasse', 'Herrengasse', 'Lendkai'],
    towns: ['1070 Wien', '8020 Graz', '6020 Innsbruck', '4020 Linz'],
    line: europe,
    phone: (r) =>
      r.pick([
        `+43 ${r.pick(['664', '676', '699', '650'])} ${r.digits(7)}`,
        `0${r.pick(['664', '681'])} ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
  CH: {
    streets: ['Badenerstrasse', 'Spalenberg', 'Rue de Carouge', 'Bahnhofstrasse'],
    towns: ['8004 Zürich', '4051 Basel', '1205 Genève', '3011 Bern'],
    line: europe,
    phone: (r) => `+41 ${r.pick(['76', '78', '79'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  },
  GB: {
    streets: ['Clarendon Road', 'Stanley Street', 'Mill Lane', 'Albert Terrace'],
    towns: ['Leeds LS6 4BE', 'Manchester M14 5RG', 'Bristol BS6 5QA', 'Glasgow G12 8DR'],
    line: numberFirst,
    phone: (r) =>
      r.pick([
        `+44 7${r.pick(['4', '5', '8', '9'])}${r.digits(2)} ${r.digits(6)}`,
        `07${r.pick(['8', '9'])}${r.digits(2)} ${r.digits(6)}`,
      ]),
  },
  NL: {
    streets: ['Oudegracht', 'Kinkerstraat', 'Vismarkt', 'Spoorsingel'],
    towns: ['3511 AB Utrecht', '1053 RB Amsterdam', '9712 HN Groningen', '2611 PW Delft'],
    line: europe,
    phone: (r) => r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`]),
  },
  // Swedish and Greek postcodes as web forms store them, without the space between their groups.
  SE: {
    streets: ['Södermannagatan', 'Kungsgatan', 'Linnégatan'],
    towns: ['11640 Stockholm', '41138 Göteborg', '75320 Uppsala'],
    line: europe,
    phone: (r) => `+46 ${r.pick(['70', '72', '73', '76'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  },
  FI: {
    streets: ['Hämeentie', 'Aleksanterinkatu', 'Puistokatu'],
    towns: ['00530 Helsinki', '33100 Tampere', '20100 Turku'],
    line: europe,
    phone: (r) => `+358 ${r.pick(['40', '44', '50'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  FR: {
    streets: ['rue Oberkampf', 'rue de la République', 'avenue Jean Jaurès'],
    towns: ['75011 Paris', '69002 Lyon', '29200 Brest'],
    line: numberFirst,
    phone: (r) => `+33 ${r.pick(['6', '7'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
  },
  ES: {
    streets: ['Calle de Embajadores', 'Carrer de Verdi', 'Calle Feria'],
    towns: ['28012 Madrid', '08012 Barcelona', '41003 Sevilla'],
    line: commaNo,
    phone: (r) => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  },
  PT: {
    streets: ['Rua de Santa Catarina', 'Rua dos Fanqueiros', 'Avenida da Boavista'],
    towns: ['4000-447 Porto', '1100-222 Lisboa', '4100-115 Porto'],
    line: commaNo,
    phone: (r) => `+351 9${r.pick(['1', '2', '3', '6'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  IT: {
    streets: ['Via dei Coronari', 'Corso Vittorio Emanuele', 'Via Maqueda'],
    towns: ['00186 Roma', '90134 Palermo', '20121 Milano'],
    line: commaNo,
    phone: (r) => `+39 3${r.pick(['20', '33', '39', '47'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  RO: {
    streets: ['Strada Lipscani', 'Bulevardul Eroilor', 'Strada Memorandumului'],
    towns: ['030031 București', '400114 Cluj-Napoca', '500030 Brașov'],
    line: commaNo,
    phone: (r) => `+40 7${r.pick(['22', '45', '56', '88'])} ${r.digits(3)} ${r.digits(3)}`,
  },
  GR: {
    streets: ['Odos Ermou', 'Leoforos Alexandras', 'Odos Tsimiski'],
    towns: ['10563 Athina', '11473 Athina', '54624 Thessaloniki'],
    line: europe,
    phone: (r) => `+30 69${r.pick(['4', '7', '8'])} ${r.digits(3)} ${r.digits(4)}`,
  },
  TR: {
    streets: ['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı'],
    towns: ['34728 Kadıköy/İstanbul', '34433 Beyoğlu/İstanbul', '06420 Çankaya/Ankara'],
    line: (s, n, t) => `${s} No: ${n}, ${t}`,
    phone: (r) => `+90 5${r.pick(['32', '35', '42', '53'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  },
  US: {
    streets: ['Maple Avenue', 'W 4th Street', 'Sycamore Lane', 'N Halsted St'],
    towns: ['Austin, TX 78704', 'Columbus, OH 43215', 'Chicago, IL 60614', 'Portland, OR 97214'],
    line: numberFirst,
    phone: (r) => `+1 (${r.pick(['512', '614', '773', '503'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
  },
  MX: {
    streets: ['Calle Tonalá', 'Avenida Chapultepec', 'Calle Durango'],
    towns: ['06700 Ciudad de México, CDMX', '44100 Guadalajara, Jal.', '06760 Ciudad de México, CDMX'],
    line: (s, n, t) => `${s} ${n}, Col. Roma Norte, ${t}`,
    phone: (r) => `+52 ${r.pick(['55', '33', '81'])} ${r.digits(4)} ${r.digits(4)}`,
  },
  BR: {
    streets: ['Rua Augusta', 'Rua da Aurora', 'Avenida Sete de Setembro'],
    towns: ['01305-100 São Paulo - SP', '50050-000 Recife - PE', '40060-001 Salvador - BA'],
    line: commaNo,
    phone: (r) => `+55 ${r.pick(['11', '81', '71'])} 9${r.digits(4)}-${r.digits(4)}`,
  },
  IN: {
    streets: ['2nd Cross Road', 'Anna Salai', 'Park Street'],
    towns: ['Bengaluru 560038', 'Chennai 600002', 'Kolkata 700016'],
    line: (s, n, t) => `No. ${n}, ${s}, ${t}`,
    phone: (r) =>
      r.pick([
        `+91 ${r.pick(['98', '94', '70', '88'])}${r.digits(3)} ${r.digits(5)}`,
        `0${r.pick(['98', '99'])}${r.digits(8)}`,
      ]),
  },
  PH: {
    streets: ['Katipunan Avenue', 'Mabini Street', 'Osmeña Boulevard'],
    towns: ['Quezon City 1108', 'Davao City 8000', 'Cebu City 6000'],
    line: numberFirst,
    phone: (r) =>
      r.pick([
        `+63 9${r.pick(['17', '18', '27', '56'])} ${r.digits(3)} ${r.digits(4)}`,
        `09${r.pick(['17', '98'])}-${r.digits(3)}-${r.digits(4)}`,
      ]),
  },
  VN: {
    streets: ['Đường Nguyễn Trãi', 'Phố Hàng Bạc', 'Đường Lê Lợi'],
    towns: ['Quận 1, TP. Hồ Chí Minh 700000', 'Hoàn Kiếm, Hà Nội 100000', 'Hải Châu, Đà Nẵng 550000'],
    line: numberFirst,
    phone: (r) => `+84 9${r.pick(['0', '1', '8'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  },
  EG: {
    streets: ['Sharia El Tahrir', 'Sharia Abbas El Akkad', 'Sharia Port Said'],
    towns: ['Dokki, Giza 12611', 'Nasr City, Cairo 11765', 'Alexandria 21519'],
    line: (s, n, t) => `${n} ${s}, ${t}`,
    phone: (r) => `+20 1${r.pick(['0', '1', '2', '5'])} ${r.digits(4)} ${r.digits(4)}`,
  },
  MA: {
    streets: ['Rue Ibn Batouta', 'Boulevard Zerktouni', 'Avenue Hassan II'],
    towns: ['20000 Casablanca', '10000 Rabat', '40000 Marrakech'],
    line: (s, n, t) => `${n}, ${s}, ${t}`,
    phone: (r) => `+212 6${r.pick(['61', '62', '70'])}-${r.digits(6)}`,
  },
  ZA: {
    streets: ['Jan Smuts Avenue', 'Long Street', 'Florida Road'],
    towns: ['Johannesburg 2196', 'Cape Town 8001', 'Durban 4001'],
    line: numberFirst,
    phone: (r) =>
      r.pick([
        `+27 ${r.pick(['72', '82', '83', '61'])} ${r.digits(3)} ${r.digits(4)}`,
        `0${r.pick(['72', '84'])} ${r.digits(3)} ${r.digits(4)}`,
      ]),
  },
};

const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'AT', 'AT', 'CH', 'CH', 'TR', 'DE', 'RO', 'GR', 'NL', 'IT'];
const EN_SIDE: Country[] = [
  'GB',
  'GB',
  'US',
  'US',
  'SE',
  'FI',
  'FR',
  'ES',
  'PT',
  'MX',
  'BR',
  'IN',
  'PH',
  'VN',
  'EG',
  'MA',
  'ZA',
];
const MAIL = [
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'web.de',
  'gmx.at',
  'bluewin.ch',
  'hotmail.co.uk',
  'proton.me',
  'icloud.com',
];

/** Letters of a name for a mailbox (accents dropped, spaces and apostrophes gone). */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[ıİ]/g, 'i')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function person(rng: Mrg, lang: 'de' | 'en'): Person {
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
    `${ascii(family)}${rng.int(70, 99)}`,
    `${ascii(given)}_${ascii(family)[0]}`,
    `${ascii(given)}${rng.int(1, 9)}${ascii(family).slice(0, 4)}`,
  ]);
  return {
    given,
    family,
    culture: key,
    female: rng.chance(0.5),
    country,
    address: place.line(rng.pick(place.streets), rng.int(1, 140), rng.pick(place.towns)),
    phone: place.phone(rng),
    email: `${local}@${rng.pick(MAIL)}`,
    birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1962, 2007) },
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A date of birth in one of many written forms. */
export function dob(rng: Mrg, p: Person, lang: 'de' | 'en'): string {
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
    `${two(m)}/${two(d)}/${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`,
    `${y}-${two(m)}-${two(d)}`,
    `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}

/** A public IPv4 or IPv6 address a user's device connects from. */
export function userIp(rng: Mrg): string {
  if (rng.chance(0.25))
    return `2a02:${rng.pick(['8108', '810d', '908', 'c7c'])}:${rng.int(0x1000, 0xffff).toString(16)}:${rng.int(1, 0xffff).toString(16)}::${rng.int(1, 0xfff).toString(16)}`;
  return `${rng.pick([77, 84, 91, 93, 109, 145, 178, 188, 212])}.${rng.int(1, 254)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
