import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { Xoroshiro64 } from './random.js';
import type { IbanCountry } from './values.js';

/**
 * The people of set 18's generated records: a name from one culture's lists, a country where the
 * person lives (the culture's own or, for one in four, another of the twelve), a mobile number,
 * a mailbox at a provider of that country, a home address where the country's address is one the
 * shared validator accepts, a birth date. Cultures are taken in turn, so every culture appears.
 */

export type CountryCode = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'US' | 'CA' | 'ZA' | 'SG' | 'NG' | 'PH' | 'PL';

export interface Person {
  given: string;
  family: string;
  /** "Given Family", or "Family Given" where the culture writes the family name first. */
  name: string;
  culture: string;
  country: CountryCode;
  /** The mobile number as a person writes it (national or international, grouped). */
  phone: string;
  /** The same number in compact E.164, as machines store it. */
  e164: string;
  email: string;
  /** Home address on one line; undefined for Poland (see `address`). */
  address?: string;
  birth: { d: number; m: number; y: number };
  female: boolean;
  /** The IBAN country of the person's account. */
  bank: IbanCountry;
}

/** Cultures that write the family name first in running text. */
const FAMILY_FIRST = new Set(['vietnamese', 'cantonese', 'hokkien', 'korean']);

/** Where each culture's people live first; everyone else (and one in four of them) anywhere. */
const HOME: Record<string, CountryCode[]> = {
  yoruba: ['NG', 'GB'],
  igbo: ['NG', 'US'],
  hausa: ['NG'],
  fulani: ['NG'],
  edo: ['NG', 'GB'],
  efik: ['NG'],
  tiv: ['NG'],
  ijaw: ['NG'],
  tagalog: ['PH', 'CA'],
  cebuano: ['PH', 'SG'],
  kapampangan: ['PH', 'US'],
  ilocano: ['PH', 'US'],
  zulu: ['ZA'],
  xhosa: ['ZA'],
  sotho: ['ZA'],
  afrikaans: ['ZA'],
  polish: ['PL', 'DE', 'GB'],
  silesian: ['PL', 'DE'],
  kashubian: ['PL'],
  sorbian: ['DE'],
  romansh: ['CH'],
  swiss: ['CH'],
  austrian: ['AT'],
  swabian: ['DE'],
  ladin: ['AT', 'CH'],
  english: ['GB'],
  cornish: ['GB'],
  manx: ['GB'],
  scottish: ['GB', 'CA'],
  welsh: ['GB'],
  irish: ['IE'],
  basque: ['DE', 'US'],
  acadian: ['CA'],
  metis: ['CA'],
  cree: ['CA'],
  inuit: ['CA'],
  sami: ['DE', 'CH'],
  hawaiian: ['US'],
  african_american: ['US'],
  mexican_american: ['US'],
  vietnamese: ['US', 'DE', 'CA'],
  korean: ['US', 'DE'],
  cantonese: ['SG', 'GB', 'CA'],
  hokkien: ['SG'],
  malay: ['SG'],
  tamil: ['SG', 'ZA', 'GB'],
  punjabi: ['CA', 'GB'],
  icelandic: ['DE', 'IE'],
  maltese: ['GB', 'CA'],
  akan: ['GB', 'US', 'DE'],
};

export const COUNTRIES: readonly CountryCode[] = [
  'DE',
  'AT',
  'CH',
  'GB',
  'IE',
  'US',
  'CA',
  'ZA',
  'SG',
  'NG',
  'PH',
  'PL',
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Mobile numbers: [country dial code, national prefixes (without trunk 0), subscriber digits, how written]. */
function mobile(rng: Xoroshiro64, country: CountryCode): { phone: string; e164: string } {
  const d = (n: number) => rng.digits(n);
  switch (country) {
    case 'DE': {
      const p = rng.pick(['151', '152', '157', '160', '162', '170', '171', '172', '176', '178', '179']);
      const s = String(rng.int(1, 9)) + d(6);
      return {
        e164: `+49${p}${s}`,
        phone: rng.pick([`0${p} ${s}`, `+49 ${p} ${s}`, `0${p}/${s}`, `+49 (0)${p} ${s}`]),
      };
    }
    case 'AT': {
      const p = rng.pick(['664', '676', '650', '699', '660']);
      const s = String(rng.int(1, 9)) + d(6);
      return { e164: `+43${p}${s}`, phone: rng.pick([`0${p} ${s}`, `+43 ${p} ${s}`, `0${p}/${s}`]) };
    }
    case 'CH': {
      const p = rng.pick(['76', '77', '78', '79']);
      const a = d(3),
        b = d(2),
        c = d(2);
      return { e164: `+41${p}${a}${b}${c}`, phone: rng.pick([`0${p} ${a} ${b} ${c}`, `+41 ${p} ${a} ${b} ${c}`]) };
    }
    case 'GB': {
      const p = `7${rng.pick(['4', '5', '7', '8', '9'])}${d(2)}`;
      const s = String(rng.int(1, 9)) + d(5);
      return { e164: `+44${p}${s}`, phone: rng.pick([`0${p} ${s}`, `+44 ${p} ${s}`, `+44 (0)${p} ${s}`]) };
    }
    case 'IE': {
      const p = rng.pick(['83', '85', '86', '87', '89']);
      const a = String(rng.int(1, 9)) + d(2),
        b = d(4);
      return { e164: `+353${p}${a}${b}`, phone: rng.pick([`0${p} ${a} ${b}`, `+353 ${p} ${a} ${b}`]) };
    }
    case 'US':
    case 'CA': {
      const area = rng.pick(
        country === 'US'
          ? ['614', '505', '918', '912', '509', '808', '956', '919']
          : ['306', '204', '506', '867', '780', '902', '705'],
      );
      const ex = String(rng.int(2, 9)) + d(2),
        line = d(4);
      return {
        e164: `+1${area}${ex}${line}`,
        phone: rng.pick([
          `(${area}) ${ex}-${line}`,
          `${area}-${ex}-${line}`,
          `+1 ${area} ${ex} ${line}`,
          `${area}.${ex}.${line}`,
        ]),
      };
    }
    case 'ZA': {
      const p = rng.pick(['60', '71', '72', '73', '76', '79', '82', '83', '84']);
      const a = d(3),
        b = d(4);
      return { e164: `+27${p}${a}${b}`, phone: rng.pick([`0${p} ${a} ${b}`, `+27 ${p} ${a} ${b}`]) };
    }
    case 'SG': {
      const a = String(rng.pick([8, 9])) + d(3),
        b = d(4);
      return { e164: `+65${a}${b}`, phone: rng.pick([`${a} ${b}`, `+65 ${a} ${b}`]) };
    }
    case 'NG': {
      const p = rng.pick(['803', '806', '813', '816', '703', '706', '805', '807', '815', '905', '802', '808']);
      const a = d(3),
        b = d(4);
      return { e164: `+234${p}${a}${b}`, phone: rng.pick([`0${p} ${a} ${b}`, `+234 ${p} ${a} ${b}`, `0${p}${a}${b}`]) };
    }
    case 'PH': {
      const p = rng.pick(['917', '918', '919', '927', '998', '905', '939']);
      const a = d(3),
        b = d(4);
      return { e164: `+63${p}${a}${b}`, phone: rng.pick([`0${p} ${a} ${b}`, `+63 ${p} ${a} ${b}`, `0${p}-${a}-${b}`]) };
    }
    case 'PL': {
      const p = String(rng.pick([5, 6, 7, 8])) + d(2);
      const a = d(3),
        b = d(3);
      return {
        e164: `+48${p}${a}${b}`,
        phone: rng.pick([`${p} ${a} ${b}`, `+48 ${p} ${a} ${b}`, `+48 ${p}-${a}-${b}`]),
      };
    }
  }
}

const STREETS_DE = [
  'Lindenhofweg',
  'Am Kreuzacker',
  'Brunnenstraße',
  'Töpfergasse',
  'Weidenkamp',
  'Hafermarkt',
  'Schlehenweg',
  'Mühlbachstraße',
  'Kirchsteig',
  'Auf der Heide',
  'Gerberstraße',
  'Zum Sandberg',
];
const TOWNS_DE = [
  '48143 Münster',
  '04109 Leipzig',
  '90402 Nürnberg',
  '24103 Kiel',
  '79098 Freiburg im Breisgau',
  '01067 Dresden',
  '66111 Saarbrücken',
  '93047 Regensburg',
  '34117 Kassel',
  '18055 Rostock',
  '02625 Bautzen',
  '87435 Kempten',
  '73728 Esslingen am Neckar',
  '99084 Erfurt',
];
const STREETS_AT = [
  'Salzachgasse',
  'Hauptplatz',
  'Annenstraße',
  'Grünangergasse',
  'Kaiserfeldgasse',
  'Stifterstraße',
  'Hütteldorfer Straße',
  'Lendkai',
];
const TOWNS_AT = [
  '4020 Linz',
  '8010 Graz',
  '6020 Innsbruck',
  '9020 Klagenfurt',
  '5020 Salzburg',
  '1070 Wien',
  '6850 Dornbirn',
  '3100 St. Pölten',
];
const STREETS_CH = [
  'Quaderstrasse',
  'Gäuggelistrasse',
  'Brühlgasse',
  'Rosenbergstrasse',
  'Via Maistra',
  'Seefeldstrasse',
  'Müllerstrasse',
  'Hirschmattstrasse',
];
const TOWNS_CH = [
  '7000 Chur',
  '3011 Bern',
  '8008 Zürich',
  '4051 Basel',
  '6003 Luzern',
  '7500 St. Moritz',
  '9000 St. Gallen',
  '7130 Ilanz',
];
const STREETS_GB = [
  'Headingley Lane',
  'Lemon Street',
  'Cathays Terrace',
  'Crown Drive',
  'Oak Lane',
  'Athol Street',
  'Wilmslow Road',
  'Gloucester Road',
  'Trefechan Road',
  'Unthank Road',
];
const TOWNS_GB = [
  'Leeds LS6 2QF',
  'Truro TR1 2HX',
  'Cardiff CF24 4HQ',
  'Inverness IV2 3PY',
  'Bradford BD9 4EJ',
  'Douglas IM1 2LA',
  'Manchester M14 5TQ',
  'Bristol BS7 8NE',
  'Aberystwyth SY23 1JH',
  'Norwich NR2 3HT',
];
const STREETS_IE = [
  'Sundays Well Road',
  'College Road',
  'Ballybane Road',
  "O'Connell Avenue",
  'Ardkeen Park',
  'Pearse Road',
  'Dublin Road',
  'Castlecomer Road',
];
const TOWNS_IE = [
  'Cork, T23 4072',
  'Galway, H91 5830',
  'Limerick, V94 2716',
  'Waterford, X91 4083',
  'Sligo, F91 6624',
  'Drogheda, A92 3157',
  'Kilkenny, R95 8820',
  'Dublin 4, D04 6271',
];
const STREETS_US = [
  'Elm Street',
  'Mesa Verde Drive',
  'Riverside Avenue',
  'Abercorn Street',
  'Division Street',
  'Kapiolani Boulevard',
  'Zacate Creek Road',
  'Chapel Hill Road',
];
const TOWNS_US = [
  'Columbus, OH 43215',
  'Albuquerque, NM 87102',
  'Tulsa, OK 74103',
  'Savannah, GA 31401',
  'Spokane, WA 99201',
  'Honolulu, HI 96813',
  'Laredo, TX 78040',
  'Durham, NC 27701',
];
/** Canadian homes carry a four- or five-digit civic number: the postal code alone ("T5J 3E8") is no group the address validator knows. */
const STREETS_CA = [
  'Jasper Avenue NW',
  'Broadway Avenue',
  'Pembina Highway',
  'Mountain Road',
  'Federal Road',
  'Quinpool Road',
  'Lasalle Boulevard',
];
const TOWNS_CA = [
  'Edmonton AB T5J 3E8',
  'Saskatoon SK S7N 1L5',
  'Winnipeg MB R3T 2N2',
  'Moncton NB E1C 4M2',
  'Iqaluit NU X0A 0H0',
  'Halifax NS B3L 1A5',
  'Sudbury ON P3A 4R7',
];
const STREETS_ZA = [
  'Vilakazi Street',
  'Govan Mbeki Avenue',
  'Florida Road',
  'Nelson Mandela Drive',
  'Sutherland Street',
  'Church Street',
  'Dorp Street',
];
const TOWNS_ZA = [
  'Orlando West, Soweto, 1804',
  'Central, Gqeberha, 6001',
  'Morningside, Durban, 4001',
  'Westdene, Bloemfontein, 9301',
  'Mthatha, 5099',
  'Scottsville, Pietermaritzburg, 3201',
  'Stellenbosch, 7600',
];
const STREETS_SG = [
  'Bedok North Street 1',
  'Tampines Avenue 4',
  'Ang Mo Kio Avenue 10',
  'Jurong West Street 52',
  'Toa Payoh Lorong 8',
  'Yishun Ring Road',
];
const STREETS_NG = [
  'Allen Avenue',
  'Aminu Kano Crescent',
  'Aba Road',
  'Awolowo Avenue',
  'Zaria Road',
  'Ogui Road',
  'Ndidem Usang Iso Road',
  'Sapele Road',
];
const TOWNS_NG = [
  'Ikeja, Lagos 100271',
  'Wuse 2, Abuja 904101',
  'Port Harcourt 500272',
  'Bodija, Ibadan 200284',
  'Nassarawa, Kano 700233',
  'Enugu 400102',
  'Calabar 540281',
  'Benin City 300271',
  'Makurdi 970101',
];
const STREETS_PH = [
  'Mabini Street',
  'Rizal Avenue',
  'Osmeña Boulevard',
  'Jacinto Street',
  'Burgos Street',
  'General Luna Street',
  'Quezon Avenue',
];
const TOWNS_PH = [
  'Brgy. Pinyahan, Quezon City 1100',
  'Brgy. Lahug, Cebu City 6000',
  'Brgy. Poblacion, Davao City 8000',
  'Brgy. Bel-Air, Makati 1209',
  'Brgy. Balibago, Angeles City 2009',
  'Brgy. 7, Laoag 2900',
  'Jaro, Iloilo City 5000',
];

/**
 * A home address on one line. Poland has none: its postcode "90-006" has no group of four to six
 * digits, which the shared address validator needs, so Polish people carry no labelled address.
 */
export function homeAddress(rng: Xoroshiro64, country: CountryCode): string | undefined {
  const no = () => String(rng.int(1, 148));
  switch (country) {
    case 'DE':
      return `${rng.pick(STREETS_DE)} ${no()}${rng.chance(0.2) ? 'a' : ''}, ${rng.pick(TOWNS_DE)}`;
    case 'AT':
      return `${rng.pick(STREETS_AT)} ${no()}${rng.chance(0.3) ? `/${rng.int(1, 24)}` : ''}, ${rng.pick(TOWNS_AT)}`;
    case 'CH':
      return `${rng.pick(STREETS_CH)} ${no()}, ${rng.pick(TOWNS_CH)}`;
    case 'GB':
      return `${no()} ${rng.pick(STREETS_GB)}, ${rng.pick(TOWNS_GB)}`;
    case 'IE':
      return `${no()} ${rng.pick(STREETS_IE)}, ${rng.pick(TOWNS_IE)}`;
    case 'US':
      return `${rng.int(100, 9899)} ${rng.pick(STREETS_US)}${rng.chance(0.3) ? ` Apt ${rng.int(1, 40)}` : ''}, ${rng.pick(TOWNS_US)}`;
    case 'CA':
      return `${rng.int(1000, 12999)} ${rng.pick(STREETS_CA)}, ${rng.pick(TOWNS_CA)}`;
    case 'ZA':
      return `${no()} ${rng.pick(STREETS_ZA)}, ${rng.pick(TOWNS_ZA)}`;
    case 'SG': {
      const blk = rng.int(101, 899);
      return `Blk ${blk} ${rng.pick(STREETS_SG)} #${pad(rng.int(2, 16))}-${rng.int(10, 480)}, Singapore ${rng.int(3, 7)}${pad(rng.int(0, 99))}${blk}`;
    }
    case 'NG':
      return `${no()} ${rng.pick(STREETS_NG)}, ${rng.pick(TOWNS_NG)}`;
    case 'PH':
      return `${no()} ${rng.pick(STREETS_PH)}, ${rng.pick(TOWNS_PH)}`;
    case 'PL':
      return undefined;
  }
}

const MAIL_HOSTS: Record<CountryCode, string[]> = {
  DE: ['gmx.de', 'web.de', 'posteo.de', 't-online.de', 'mailbox.org', 'freenet.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at', 'a1.net'],
  CH: ['bluewin.ch', 'gmx.ch', 'hispeed.ch', 'sunrise.ch'],
  GB: ['btinternet.com', 'outlook.com', 'yahoo.co.uk', 'sky.com', 'virginmedia.com'],
  IE: ['eircom.net', 'gmail.com', 'outlook.ie'],
  US: ['gmail.com', 'yahoo.com', 'comcast.net', 'icloud.com'],
  CA: ['shaw.ca', 'rogers.com', 'videotron.ca', 'sasktel.net'],
  ZA: ['telkomsa.net', 'mweb.co.za', 'webmail.co.za', 'vodamail.co.za'],
  SG: ['singnet.com.sg', 'gmail.com', 'starhub.net.sg'],
  NG: ['yahoo.com', 'gmail.com', 'hotmail.com'],
  PH: ['yahoo.com.ph', 'gmail.com', 'pldtdsl.net'],
  PL: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
};

const BANK: Record<CountryCode, IbanCountry> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  GB: 'GB',
  IE: 'IE',
  PL: 'PL',
  US: 'DE',
  CA: 'GB',
  ZA: 'GB',
  SG: 'GB',
  NG: 'GB',
  PH: 'DE',
};

/** A name in the letters of a mailbox: no marks, no spaces, the few letters NFD does not split mapped by hand. */
export function mailLetters(s: string): string {
  const special: Record<string, string> = {
    ß: 'ss',
    ł: 'l',
    Ł: 'l',
    æ: 'ae',
    ð: 'd',
    þ: 'th',
    Þ: 'th',
    đ: 'd',
    Đ: 'd',
    ø: 'o',
    ħ: 'h',
    Ħ: 'h',
  };
  return s
    .replace(/[ßłŁæðþÞđĐøħĦ]/g, (c) => special[c])
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function mailbox(rng: Xoroshiro64, given: string, family: string, birthYear: number, country: CountryCode): string {
  const g = mailLetters(given.split(/[ -]/)[0]);
  const f = mailLetters(family.replace(/^(bin|binti|Ó|Ní|Mac|Mhic) /, ''));
  const local = rng.pick([
    `${g}.${f}`,
    `${g[0]}.${f}`,
    `${f}.${g}`,
    `${g}${f}${birthYear % 100}`,
    `${g}_${f}`,
    `${f}${rng.int(1, 99)}`,
  ]);
  return `${local}@${rng.pick(MAIL_HOSTS[country])}`;
}

/** People in turn from every culture, each culture's names in a shuffled order. */
export class People {
  private turn = 0;
  private readonly names: [string, { given: readonly string[]; family: readonly string[] }][];

  constructor(private readonly rng: Xoroshiro64) {
    this.names = Object.entries(cultures());
  }

  /**
   * Options: `ascii` for a name written where other letters would be encoded (quoted-printable,
   * entities, LDIF base64); `asciiHome` for an address written where it cannot be encoded (LDIF);
   * `country` to fix the home; `address` for someone with a labelled home (not in Poland).
   */
  next(opts: { ascii?: boolean; asciiHome?: boolean; country?: CountryCode; address?: boolean } = {}): Person {
    for (let tries = 0; ; tries++) {
      const [culture, lists] = this.names[this.turn++ % this.names.length];
      const rng = this.rng;
      const given = rng.pick(lists.given);
      const family = rng.pick(lists.family);
      const name = FAMILY_FIRST.has(culture) ? `${family} ${given}` : `${given} ${family}`;
      if (opts.ascii && !/^[A-Za-z' -]+$/.test(name) && tries < 200) continue;
      const homes = HOME[culture] ?? COUNTRIES;
      let country = opts.country ?? (rng.chance(0.25) ? rng.pick(COUNTRIES) : rng.pick(homes));
      if (opts.address && country === 'PL') country = rng.pick(['DE', 'GB']);
      const y = rng.int(1941, 2006);
      const birth = { d: rng.int(1, 28), m: rng.int(1, 12), y };
      const address = homeAddress(rng, country);
      if (opts.asciiHome && address && !/^[ -~]+$/.test(address) && tries < 200) continue;
      return {
        given,
        family,
        name,
        culture,
        country,
        ...mobile(rng, country),
        email: mailbox(rng, given, family, y, country),
        address,
        birth,
        female: rng.chance(0.5),
        bank: BANK[country],
      };
    }
  }
}

/** A birth date as written in each language: "07.03.1988", "7 March 1988", "March 7, 1988", "1988-03-07". */
export function birthText(rng: Xoroshiro64, b: Person['birth'], lang: 'de' | 'en'): string {
  const iso = `${b.y}-${pad(b.m)}-${pad(b.d)}`;
  if (lang === 'de') return rng.pick([`${pad(b.d)}.${pad(b.m)}.${b.y}`, `${b.d}. ${MONTHS_DE[b.m - 1]} ${b.y}`, iso]);
  return rng.pick([
    `${b.d} ${MONTHS_EN[b.m - 1]} ${b.y}`,
    `${MONTHS_EN[b.m - 1]} ${b.d}, ${b.y}`,
    `${pad(b.d)}/${pad(b.m)}/${b.y}`,
    iso,
    `${b.d}${ordinalSuffix(b.d)} ${MONTHS_EN[b.m - 1]} ${b.y}`,
  ]);
}

export const isoDate = (b: Person['birth']): string => `${b.y}-${pad(b.m)}-${pad(b.d)}`;
