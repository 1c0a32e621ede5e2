import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { SFC64 } from './random.js';
import { card, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/** The countries of set 29's customers, merchants' owners and remitters. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'LI'
  | 'LU'
  | 'GB'
  | 'IE'
  | 'US'
  | 'CA'
  | 'AU'
  | 'SG'
  | 'NG'
  | 'KE'
  | 'IN'
  | 'PH'
  | 'TR'
  | 'BR'
  | 'MX';

export interface Person {
  given: string;
  family: string;
  female: boolean;
  country: Country;
  /** Street line and town line of the home address. */
  street: string;
  town: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
  iban: string;
  card: string;
  ip: string;
  /** German values, also drawn for the others (a customer may have lived in Germany). */
  taxId: string;
  pension: string;
  idCard: string;
  passport: string;
}

interface Place {
  streets: string[];
  /** Town lines with postcodes, as the country writes them. */
  towns: string[];
  street: (s: string, no: number) => string;
  phone: (rng: SFC64) => string;
}

const cont = (s: string, no: number) => `${s} ${no}`;
const lead = (s: string, no: number) => `${no} ${s}`;

// Personal phones are drawn only from ranges their numbering plans give subscribers, so every
// labelled phone is a number that exists in form (a random prefix made US area codes 711 and 958,
// German 0153, Turkish 0513 and Nigeria's toll-free 0800). Each pick takes one draw, as the
// random digit it replaces did, so the rest of the stream stays as it was.
/** German mobile blocks (015x with eight digits after it, 017x). */
const DE_MOBILE = ['151', '152', '155', '157', '159', '176', '178'];
/** Irish mobile prefixes 083, 085, 086, 087, 089 (the digit after the 8). */
const IE_MOBILE = ['3', '5', '6', '7', '9'];
/** NANP area codes in service in the towns of the US addresses (Austin, Chicago, Raleigh, Portland). */
const US_AREAS = ['512', '737', '312', '773', '919', '984', '503', '971'];
/** Nigerian mobile blocks 0802 … 0809 (0800 is toll-free). */
const NG_MOBILE = ['2', '3', '5', '6', '7', '8', '9'];
/** Turkish mobile prefixes 531 … 535 and 541 … 545, drawn digit by digit. */
const TR_MOBILE_2 = ['3', '4'];
const TR_MOBILE_3 = ['1', '2', '3', '4', '5'];
/** A Liechtenstein mobile prefix 73x, 77x, 78x or 79x from three drawn digits. */
const liechtensteinMobile = (d: string): string => `7${'3789'[Number(d[0]) % 4]}${d[2]}`;

const PLACES: Record<Country, Place> = {
  DE: {
    streets: ['Kiebitzweg', 'Am Sodenmatt', 'Ulmenallee', 'Grotenburgstraße', 'Hasenheide', 'Im Lerchenfeld'],
    towns: [
      '28259 Bremen',
      '04177 Leipzig',
      '90429 Nürnberg',
      '24105 Kiel',
      '66117 Saarbrücken',
      '79100 Freiburg im Breisgau',
    ],
    street: cont,
    phone: (rng) =>
      rng.pick([
        `+49 ${rng.pick(DE_MOBILE)} ${rng.digits(8)}`,
        `0${rng.int(30, 99)} ${rng.digits(7)}`,
        `(0${rng.int(421, 761)}) ${rng.digits(6)}`,
      ]),
  },
  AT: {
    streets: ['Radetzkystraße', 'Am Spitz', 'Lederergasse', 'Mozartplatz'],
    towns: ['1030 Wien', '4020 Linz', '6020 Innsbruck', '8010 Graz'],
    street: cont,
    phone: (rng) => rng.pick([`+43 664 ${rng.digits(7)}`, `0676 ${rng.digits(3)} ${rng.digits(4)}`]),
  },
  CH: {
    streets: ['Seefeldstrasse', 'Bundesgasse', 'Rue du Rhône', 'Obergrundstrasse'],
    towns: ['8008 Zürich', '3011 Bern', '1204 Genève', '6005 Luzern'],
    street: cont,
    phone: (rng) =>
      rng.pick([
        `+41 79 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
        `078 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
      ]),
  },
  LI: {
    streets: ['Landstrasse', 'Im Malarsch', 'Feldkircherstrasse', 'Äulestrasse'],
    towns: ['9490 Vaduz', '9494 Schaan', '9495 Triesen', '9487 Gamprin-Bendern'],
    street: cont,
    phone: (rng) => `+423 ${liechtensteinMobile(rng.digits(3))} ${rng.digits(2)} ${rng.digits(2)}`,
  },
  LU: {
    streets: ['Rue de Hollerich', 'Route d’Arlon', 'Rue Michel Rodange', 'Avenue de la Faïencerie'],
    towns: ['L-1740 Luxembourg', 'L-8010 Strassen', 'L-4130 Esch-sur-Alzette', 'L-9051 Ettelbruck'],
    street: lead,
    phone: (rng) => `+352 ${rng.pick(['621', '661', '691'])} ${rng.digits(3)} ${rng.digits(3)}`,
  },
  GB: {
    streets: ['Ravensbourne Road', 'Chapel Lane', 'Victoria Terrace', 'Mill Hill Close', 'Cathedral Walk'],
    towns: ['Leeds LS6 2QT', 'Bristol BS7 8PX', 'Norwich NR2 3HN', 'Cardiff CF24 4RE', 'Glasgow G12 8QQ'],
    street: lead,
    phone: (rng) =>
      rng.pick([
        `+44 7${rng.digits(3)} ${rng.digits(6)}`,
        `07${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`,
        `020 ${rng.digits(4)} ${rng.digits(4)}`,
      ]),
  },
  IE: {
    streets: ['Ormond Quay', 'Griffith Avenue', 'Sundays Well Road', 'Father Griffin Road'],
    towns: ['Dublin 7, D07 4829', 'Dublin 9, D09 6617', 'Cork, T23 5180', 'Galway, H91 2743'],
    street: lead,
    phone: (rng) =>
      rng.pick([
        `+353 8${rng.pick(IE_MOBILE)} ${rng.digits(3)} ${rng.digits(4)}`,
        `08${rng.pick(IE_MOBILE)} ${rng.digits(3)} ${rng.digits(4)}`,
      ]),
  },
  US: {
    streets: ['Sycamore Street', 'W Belmont Ave', 'Magnolia Drive', 'Pine Ridge Rd'],
    towns: ['Austin, TX 78704', 'Chicago, IL 60657', 'Raleigh, NC 27605', 'Portland, OR 97214'],
    street: lead,
    phone: (rng) =>
      rng.pick([
        `(${rng.pick(US_AREAS)}) ${rng.int(200, 989)}-${rng.digits(4)}`,
        `+1 ${rng.pick(US_AREAS)} ${rng.int(200, 989)} ${rng.digits(4)}`,
      ]),
  },
  CA: {
    streets: ['Rue Saint-Denis', 'Bloor Street West', 'Granville Street', 'Avenue Laurier Est'],
    towns: ['Montréal QC H2X 3K8', 'Toronto ON M6H 1M9', 'Vancouver BC V6H 3G5', 'Ottawa ON K1N 6N5'],
    street: (s, no) => `${1000 + no * 7} ${s}`,
    phone: (rng) => `+1 ${rng.pick(['514', '416', '604', '613'])} ${rng.int(200, 989)} ${rng.digits(4)}`,
  },
  AU: {
    streets: ['Brunswick Street', 'Oxford Street', 'Hay Street', 'Gouger Street'],
    towns: ['Fitzroy VIC 3065', 'Paddington NSW 2021', 'Perth WA 6000', 'Adelaide SA 5000'],
    street: lead,
    phone: (rng) =>
      rng.pick([
        `+61 4${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
        `04${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
      ]),
  },
  SG: {
    streets: ['Tampines Street 81', 'Jurong West Avenue 5', 'Bedok North Road', 'Toa Payoh Lorong 4'],
    towns: ['Singapore 520814', 'Singapore 640521', 'Singapore 460218', 'Singapore 310094'],
    street: (s, no) => `Blk ${100 + no} ${s}, #${String((no % 12) + 2).padStart(2, '0')}-${100 + no * 3}`,
    phone: (rng) => `+65 ${rng.pick(['8', '9'])}${rng.digits(3)} ${rng.digits(4)}`,
  },
  NG: {
    streets: ['Adeola Odeku Street', 'Awolowo Road', 'Aminu Kano Crescent', 'Ogui Road'],
    towns: ['Victoria Island, Lagos 101241', 'Ikoyi, Lagos 106104', 'Wuse II, Abuja 904101', 'Enugu 400102'],
    street: lead,
    phone: (rng) =>
      rng.pick([
        `+234 80${rng.pick(NG_MOBILE)} ${rng.digits(3)} ${rng.digits(4)}`,
        `080${rng.pick(NG_MOBILE)} ${rng.digits(3)} ${rng.digits(4)}`,
      ]),
  },
  KE: {
    streets: ['Ngong Road', 'Argwings Kodhek Road', 'Moi Avenue', 'Oginga Odinga Street'],
    towns: ['Nairobi 00100', 'Nairobi 00505', 'Mombasa 80100', 'Kisumu 40100'],
    street: (s, no) => `${s}, House ${no}`,
    phone: (rng) =>
      rng.pick([`+254 7${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, `07${rng.digits(2)} ${rng.digits(6)}`]),
  },
  IN: {
    streets: ['4th Cross, Jayanagar', 'MG Road', 'Linking Road, Bandra West', 'Anna Salai'],
    towns: ['Bengaluru 560041', 'Pune 411001', 'Mumbai 400050', 'Chennai 600002'],
    street: (s, no) => `${no}, ${s}`,
    phone: (rng) => rng.pick([`+91 9${rng.digits(4)} ${rng.digits(5)}`, `+91-8${rng.digits(9)}`]),
  },
  PH: {
    streets: ['Kalayaan Avenue', 'Osmeña Boulevard', 'Katipunan Avenue', 'J.P. Rizal Street'],
    towns: ['Makati City 1209', 'Cebu City 6000', 'Quezon City 1108', 'Davao City 8000'],
    street: lead,
    phone: (rng) => rng.pick([`+63 917 ${rng.digits(3)} ${rng.digits(4)}`, `0918 ${rng.digits(3)} ${rng.digits(4)}`]),
  },
  TR: {
    streets: ['Bağdat Caddesi', 'Atatürk Bulvarı', 'Kıbrıs Şehitleri Caddesi', 'İstiklal Caddesi'],
    towns: ['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Alsancak/İzmir', '34433 Beyoğlu/İstanbul'],
    street: (s, no) => `${s} No: ${no}`,
    phone: (rng) =>
      rng.pick([
        `+90 5${rng.pick(TR_MOBILE_2)}${rng.pick(TR_MOBILE_3)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
        `05${rng.pick(TR_MOBILE_2)}${rng.pick(TR_MOBILE_3)} ${rng.digits(3)} ${rng.digits(4)}`,
      ]),
  },
  BR: {
    streets: ['Rua Augusta', 'Avenida Sete de Setembro', 'Rua dos Timbiras', 'Rua Voluntários da Pátria'],
    towns: [
      '01305-100 São Paulo - SP',
      '40060-001 Salvador - BA',
      '30140-060 Belo Horizonte - MG',
      '22270-010 Rio de Janeiro - RJ',
    ],
    street: (s, no) => `${s}, ${no}`,
    phone: (rng) => `+55 ${rng.pick(['11', '71', '31', '21'])} 9${rng.digits(4)}-${rng.digits(4)}`,
  },
  MX: {
    streets: ['Calle Tonalá', 'Avenida Chapultepec', 'Calle Morelos', 'Avenida Vallarta'],
    towns: [
      'Roma Norte, 06700 Ciudad de México',
      'Americana, 44160 Guadalajara',
      'Centro, 64000 Monterrey',
      'Juárez, 06600 Ciudad de México',
    ],
    street: (s, no) => `${s} ${no}`,
    phone: (rng) => `+52 ${rng.pick(['55', '33', '81'])} ${rng.digits(4)} ${rng.digits(4)}`,
  },
};

export const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'AT', 'CH', 'LI', 'LU', 'TR', 'DE', 'AT', 'CH'];
export const EN_SIDE: Country[] = ['GB', 'IE', 'US', 'CA', 'AU', 'SG', 'NG', 'KE', 'IN', 'PH', 'BR', 'MX', 'GB', 'US'];
const IBAN_OF: Partial<Record<Country, string>> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  LI: 'LI',
  LU: 'LU',
  GB: 'GB',
  IE: 'IE',
};

/** Letters of a name for a mailbox: diacritics dropped, apostrophes and spaces gone. */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();

const MAIL_HOSTS = [
  'gmx.net',
  'web.de',
  'posteo.de',
  'proton.me',
  'outlook.com',
  'gmail.com',
  'icloud.com',
  'yahoo.co.uk',
  'bluewin.ch',
  'pt.lu',
];

export function person(rng: SFC64, lang: 'de' | 'en', country?: Country): Person {
  const all = Object.values(cultures());
  const c = rng.pick(all);
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const where = country ?? rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[where];
  const birth = { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1941, 2005) };
  const female = rng.chance(0.5);
  const g = ascii(given.split(' ')[0]);
  const f = ascii(family.replace(/^(bin|binti|van der|van|de) /, '')).replace(/-/g, '');
  const local = rng.pick([
    `${g}.${f}`,
    `${g[0]}${f}`,
    `${f}.${g}${rng.int(1, 99)}`,
    `${g}_${f}`,
    `${g}${birth.y % 100}`,
  ]);
  return {
    given,
    family,
    female,
    country: where,
    street: place.street(rng.pick(place.streets), rng.int(2, 148)),
    town: rng.pick(place.towns),
    phone: place.phone(rng),
    email: `${local}@${rng.pick(MAIL_HOSTS)}`,
    birth,
    iban: iban(rng, IBAN_OF[where] ?? rng.pick(['DE', 'LU', 'GB', 'NL'])),
    card: card(rng),
    ip: rng.chance(0.75)
      ? `${rng.pick([31, 46, 78, 84, 91, 102, 141, 178, 185, 197])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
      : `2a02:${rng.below(65536).toString(16)}:${rng.below(65536).toString(16)}:${rng.int(1, 4095).toString(16)}::${rng.int(1, 255).toString(16)}`,
    taxId: taxId(rng),
    pension: pensionNumber(rng, birth, family, female),
    idCard: icaoNumber(rng, 'id'),
    passport: icaoNumber(rng, 'passport'),
  };
}

export const two = (n: number): string => String(n).padStart(2, '0');
export const fullName = (p: Person): string => `${p.given} ${p.family}`;
export const oneLine = (p: Person): string => `${p.street}, ${p.town}`;
export const isoBirth = (p: Person): string => `${p.birth.y}-${two(p.birth.m)}-${two(p.birth.d)}`;

/** A date of birth as people and forms write it. */
export function dob(rng: SFC64, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const de = [`${two(d)}.${two(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${MONTHS_DE[m - 1]} ${y}`, isoBirth(p)];
  const en = [
    `${two(d)}/${two(m)}/${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`,
    `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`,
    isoBirth(p),
    `${two(m)}/${two(d)}/${y}`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}
