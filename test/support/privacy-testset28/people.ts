import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import type { PCG64 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/** Where a made-up person lives: the country decides the address, phone and mailbox shapes. */
export type Country =
  | 'DE'
  | 'AT'
  | 'CH'
  | 'GB'
  | 'IE'
  | 'US'
  | 'CA'
  | 'AU'
  | 'NZ'
  | 'DK'
  | 'NO'
  | 'FI'
  | 'NL'
  | 'BE'
  | 'IT'
  | 'ES'
  | 'PL'
  | 'SE';

/** A made-up natural person with every value an address book or calendar may hold about them. */
export interface Person {
  given: string;
  family: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
  country: Country;
  /** Address parts as an address book splits them: street line, town, region (may be empty), postcode, country name. */
  street: string;
  town: string;
  region: string;
  postcode: string;
  countryName: string;
  phone: string;
  mobile: string;
  email: string;
}

interface Place {
  streets: readonly string[];
  /** Town, region, postcode. */
  towns: readonly (readonly [string, string, string])[];
  /** The street line from a street and a house number. */
  line: (street: string, no: number) => string;
  /** The one-line form: street line, then the town line as the country writes it. */
  oneLine: (street: string, town: string, region: string, postcode: string) => string;
  name: [string, string];
  phone: (rng: PCG64) => string;
  mobile: (rng: PCG64) => string;
  mail: readonly string[];
}

const continental = (street: string, no: number) => `${street} ${no}`;
const postFirst = (s: string, t: string, _r: string, p: string) => `${s}, ${p} ${t}`;

const PLACES: Partial<Record<Country, Place>> = {
  DE: {
    streets: [
      'Friedhofsweg',
      'Am Totenacker',
      'Lindenallee',
      'Kapellenstraße',
      'Zum Ehrenhain',
      'Holunderstieg',
      'Steinmetzgasse',
      'Am Urnenfeld',
    ],
    towns: [
      ['Bamberg', '', '96047'],
      ['Oldenburg', '', '26122'],
      ['Görlitz', '', '02826'],
      ['Trier', '', '54290'],
      ['Lüneburg', '', '21335'],
      ['Passau', '', '94032'],
      ['Jena', '', '07743'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Deutschland', 'Germany'],
    phone: (rng) => `0${rng.pick(['951', '441', '3581', '651', '4131', '851'])} ${rng.digits(6)}`,
    mobile: (rng) => `+49 ${rng.pick(['152', '162', '173', '178'])} ${rng.digits(7)}`,
    mail: ['web.de', 'gmx.net', 't-online.de', 'posteo.de', 'freenet.de'],
  },
  AT: {
    streets: ['Zentralfriedhofstraße', 'Grabengasse', 'Kalvarienberggasse', 'Marienweg'],
    towns: [
      ['Wien', '', '1110'],
      ['Graz', '', '8010'],
      ['Villach', '', '9500'],
      ['Wels', '', '4600'],
      ['Dornbirn', '', '6850'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Österreich', 'Austria'],
    phone: (rng) => `+43 ${rng.pick(['1', '316', '4242'])} ${rng.digits(6)}`,
    mobile: (rng) => `+43 ${rng.pick(['664', '676', '699'])} ${rng.digits(7)}`,
    mail: ['gmx.at', 'aon.at', 'chello.at'],
  },
  CH: {
    streets: ['Friedhofstrasse', 'Sihlfeldstrasse', 'Chemin du Cimetière', 'Rebbergweg'],
    towns: [
      ['Winterthur', '', '8400'],
      ['Chur', '', '7000'],
      ['Fribourg', '', '1700'],
      ['Thun', '', '3600'],
      ['Lugano', '', '6900'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Schweiz', 'Switzerland'],
    phone: (rng) =>
      `+41 ${rng.pick(['52', '81', '26', '33', '91'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    mobile: (rng) => `+41 ${rng.pick(['76', '78', '79'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
    mail: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'],
  },
  GB: {
    streets: ['Chapel Row', 'Lychgate Close', 'Yew Tree Lane', 'Abbey Walk', 'Mourners Lane', 'Sexton Road'],
    towns: [
      ['Shrewsbury', '', 'SY1 2HQ'],
      ['Carlisle', '', 'CA3 9PT'],
      ['Truro', '', 'TR1 3XS'],
      ['Lincoln', '', 'LN2 5DN'],
      ['Inverness', '', 'IV2 4AB'],
      ['Swansea', '', 'SA1 6DY'],
    ],
    line: (s, no) => `${no} ${s}`,
    oneLine: (s, t, _r, p) => `${s}, ${t} ${p}`,
    name: ['Vereinigtes Königreich', 'United Kingdom'],
    phone: (rng) => `01${rng.int(200, 999)} ${rng.digits(6)}`,
    mobile: (rng) => `+44 7${rng.digits(3)} ${rng.digits(6)}`,
    mail: ['btinternet.com', 'sky.com', 'talktalk.net', 'gmail.com'],
  },
  US: {
    streets: ['Cemetery Road', 'Elmwood Avenue', 'Vesper Street', 'Hollow Oak Drive', 'Magnolia Court'],
    towns: [
      ['Dayton', 'OH', '45409'],
      ['Savannah', 'GA', '31401'],
      ['Eugene', 'OR', '97401'],
      ['Lansing', 'MI', '48912'],
      ['Fargo', 'ND', '58102'],
    ],
    line: (s, no) => `${no * 13} ${s}`,
    oneLine: (s, t, r, p) => `${s}, ${t}, ${r} ${p}`,
    name: ['USA', 'USA'],
    phone: (rng) => `(${rng.int(201, 989)}) ${rng.int(200, 989)}-${rng.digits(4)}`,
    mobile: (rng) => `+1 ${rng.int(201, 989)}-${rng.int(200, 989)}-${rng.digits(4)}`,
    mail: ['yahoo.com', 'aol.com', 'comcast.net', 'icloud.com'],
  },
  CA: {
    streets: ['Rue des Érables', 'Cemetery Line', 'Birchmount Crescent', 'Chemin du Souvenir'],
    towns: [
      ['Sherbrooke', 'QC', 'J1H 5N4'],
      ['Regina', 'SK', 'S4P 3Y2'],
      ['Halifax', 'NS', 'B3H 1T4'],
      ['Kamloops', 'BC', 'V2C 1C7'],
    ],
    // Street numbers of four digits: the Canadian postcode is no number, the house number stands for one.
    line: (s, no) => `${1000 + no * 17} ${s}`,
    oneLine: (s, t, r, p) => `${s}, ${t} ${r} ${p}`,
    name: ['Kanada', 'Canada'],
    phone: (rng) => `+1 ${rng.pick(['819', '306', '902', '250'])} ${rng.int(200, 989)} ${rng.digits(4)}`,
    mobile: (rng) => `${rng.pick(['819', '306', '902', '250'])}-${rng.int(200, 989)}-${rng.digits(4)}`,
    mail: ['videotron.ca', 'shaw.ca', 'sympatico.ca'],
  },
  AU: {
    streets: ['Wattle Street', 'Jacaranda Parade', 'Remembrance Drive', 'Banksia Close'],
    towns: [
      ['Ballarat', 'VIC', '3350'],
      ['Toowoomba', 'QLD', '4350'],
      ['Wagga Wagga', 'NSW', '2650'],
      ['Launceston', 'TAS', '7250'],
    ],
    line: (s, no) => `${no} ${s}`,
    oneLine: (s, t, r, p) => `${s}, ${t} ${r} ${p}`,
    name: ['Australien', 'Australia'],
    phone: (rng) => `(0${rng.pick(['3', '7', '2'])}) ${rng.digits(4)} ${rng.digits(4)}`,
    mobile: (rng) => `+61 4${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    mail: ['bigpond.com', 'optusnet.com.au', 'iinet.net.au'],
  },
  NZ: {
    streets: ['Kowhai Road', 'Pohutukawa Grove', 'Matai Street', 'Karaka Lane'],
    towns: [
      ['Whanganui', '', '4500'],
      ['Nelson', '', '7010'],
      ['Rotorua', '', '3010'],
      ['Dunedin', '', '9016'],
    ],
    line: (s, no) => `${no} ${s}`,
    oneLine: (s, t, _r, p) => `${s}, ${t} ${p}`,
    name: ['Neuseeland', 'New Zealand'],
    phone: (rng) => `+64 ${rng.pick(['6', '3', '7'])} ${rng.digits(3)} ${rng.digits(4)}`,
    mobile: (rng) => `02${rng.int(1, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
    mail: ['xtra.co.nz', 'slingshot.co.nz'],
  },
  DK: {
    streets: ['Kirkegårdsvej', 'Assistens Allé', 'Præstegårdsvej'],
    towns: [
      ['Aalborg', '', '9000'],
      ['Odense C', '', '5000'],
      ['Esbjerg', '', '6700'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Dänemark', 'Denmark'],
    phone: (rng) => `+45 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    mobile: (rng) => `+45 ${rng.pick(['20', '31', '42', '61'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    mail: ['mail.dk', 'jubii.dk'],
  },
  NO: {
    streets: ['Gravlundveien', 'Kirkebakken', 'Bjørkeveien'],
    towns: [
      ['Tromsø', '', '9008'],
      ['Bergen', '', '5003'],
      ['Trondheim', '', '7012'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Norwegen', 'Norway'],
    phone: (rng) => `+47 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    mobile: (rng) => `+47 ${rng.pick(['4', '9'])}${rng.digits(2)} ${rng.digits(2)} ${rng.digits(3)}`,
    mail: ['online.no', 'broadpark.no'],
  },
  FI: {
    streets: ['Hautausmaantie', 'Kappelikatu', 'Koivukuja'],
    towns: [
      ['Tampere', '', '33100'],
      ['Oulu', '', '90100'],
      ['Turku', '', '20100'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Finnland', 'Finland'],
    phone: (rng) => `+358 ${rng.pick(['3', '8', '2'])} ${rng.digits(3)} ${rng.digits(4)}`,
    mobile: (rng) => `+358 ${rng.pick(['40', '45', '50'])} ${rng.digits(3)} ${rng.digits(4)}`,
    mail: ['kolumbus.fi', 'saunalahti.fi'],
  },
  NL: {
    streets: ['Kerkhoflaan', 'Begraafplaatsweg', 'Lindengracht'],
    towns: [
      ['Zwolle', '', '8011 PK'],
      ['Leeuwarden', '', '8911 BL'],
      ['Delft', '', '2611 HR'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Niederlande', 'Netherlands'],
    phone: (rng) => `+31 ${rng.pick(['38', '58', '15'])} ${rng.digits(3)} ${rng.digits(4)}`,
    mobile: (rng) => `06-${rng.digits(8)}`,
    mail: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl'],
  },
  BE: {
    streets: ['Kerkhofstraat', 'Rue du Cimetière', 'Lindendreef'],
    towns: [
      ['Leuven', '', '3000'],
      ['Namur', '', '5000'],
      ['Brugge', '', '8000'],
    ],
    line: continental,
    oneLine: postFirst,
    name: ['Belgien', 'Belgium'],
    phone: (rng) => `+32 ${rng.pick(['16', '81', '50'])} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    mobile: (rng) => `+32 4${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`,
    mail: ['telenet.be', 'skynet.be'],
  },
  IT: {
    streets: ['Via del Camposanto', 'Viale dei Cipressi', 'Via San Michele'],
    towns: [
      ['Bolzano', 'BZ', '39100'],
      ['Cagliari', 'CA', '09124'],
      ['Perugia', 'PG', '06121'],
    ],
    line: (s, no) => `${s} ${no}`,
    oneLine: (s, t, r, p) => `${s}, ${p} ${t} ${r}`,
    name: ['Italien', 'Italy'],
    phone: (rng) => `+39 0${rng.pick(['471', '70', '75'])} ${rng.digits(6)}`,
    mobile: (rng) => `+39 3${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`,
    mail: ['libero.it', 'tiscali.it', 'alice.it'],
  },
  ES: {
    streets: ['Calle del Cementerio', 'Avenida de los Cipreses', 'Carrer de la Pau'],
    towns: [
      ['Bilbao', '', '48005'],
      ['Santiago de Compostela', '', '15705'],
      ['Girona', '', '17004'],
    ],
    line: (s, no) => `${s} ${no}`,
    oneLine: postFirst,
    name: ['Spanien', 'Spain'],
    phone: (rng) => `+34 9${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    mobile: (rng) => `+34 6${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
    mail: ['telefonica.net', 'yahoo.es'],
  },
};

/** Countries without an address of a four-to-six-digit or British postcode: their people live at a listed place. */
const LIVES_ABROAD: Partial<Record<Country, Country>> = { IE: 'GB', PL: 'DE', SE: 'DK' };
const EXTRA_PHONE: Partial<Record<Country, (rng: PCG64) => string>> = {
  IE: (rng) => `+353 8${rng.int(3, 9)} ${rng.digits(3)} ${rng.digits(4)}`,
  PL: (rng) => `+48 ${rng.pick(['501', '602', '728'])} ${rng.digits(3)} ${rng.digits(3)}`,
  SE: (rng) => `+46 7${rng.int(0, 6)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`,
};

export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/[æ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const DE_SIDE: Country[] = ['DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'BE', 'DK', 'NO', 'FI', 'IT', 'PL', 'SE'];
const EN_SIDE: Country[] = ['GB', 'GB', 'US', 'US', 'IE', 'CA', 'AU', 'NZ', 'ES', 'DK'];

export function person(rng: PCG64, lang: 'de' | 'en'): Person {
  const c = rng.pick(Object.values(cultures()));
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const female = rng.chance(0.5);
  const birth = { d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1921, 2003) };
  const country = rng.pick(lang === 'de' ? DE_SIDE : EN_SIDE);
  const place = PLACES[LIVES_ABROAD[country] ?? country] as Place;
  const [town, region, postcode] = rng.pick(place.towns);
  const street = place.line(rng.pick(place.streets), rng.int(1, 98));
  const phone = (EXTRA_PHONE[country] ?? place.phone)(rng);
  const mobile = (EXTRA_PHONE[country] ?? place.mobile)(rng);
  const email = `${ascii(given).slice(0, 12)}${rng.pick(['.', '_', '', '-'])}${ascii(family).slice(0, 14)}${rng.chance(0.3) ? String(rng.int(1, 99)) : ''}@${rng.pick(place.mail)}`;
  const countryName = place.name[lang === 'de' ? 0 : 1];
  return { given, family, female, birth, country, street, town, region, postcode, countryName, phone, mobile, email };
}

/** The address in one line as the person's country writes it. */
export function oneLine(p: Person): string {
  const place = PLACES[LIVES_ABROAD[p.country] ?? p.country] as Place;
  return place.oneLine(p.street, p.town, p.region, p.postcode);
}

export const two = (n: number): string => String(n).padStart(2, '0');

/** A birth date in one of the forms address books and calendars write. */
export function dob(rng: PCG64, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  if (lang === 'de')
    return rng.pick([
      `${two(d)}.${two(m)}.${y}`,
      `${d}. ${MONTHS_DE[m - 1]} ${y}`,
      `${y}-${two(m)}-${two(d)}`,
      `${d}.${m}.${y}`,
    ]);
  return rng.pick([
    `${two(m)}/${two(d)}/${y}`,
    `${d} ${MONTHS_EN[m - 1]} ${y}`,
    `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    `${y}-${two(m)}-${two(d)}`,
    `${two(d)}/${two(m)}/${y}`,
  ]);
}

export const V = {
  iban: (rng: PCG64, country: string, form: 'compact' | 'grouped') => {
    const v = iban(rng, country);
    return form === 'grouped' ? grouped(v) : v;
  },
  card: (rng: PCG64) => {
    const v = card(rng);
    return rng.chance(0.5) ? v : cardPrinted(v, rng.pick([' ', '-']));
  },
  taxId: (rng: PCG64) => {
    const v = taxId(rng);
    return rng.chance(0.6) ? v : `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`;
  },
  pension: (rng: PCG64, p: Person) => pensionNumber(rng, p.birth, ascii(p.family) || 'x', p.female),
  idCard: (rng: PCG64) => icaoNumber(rng, 'id'),
  passport: (rng: PCG64) => icaoNumber(rng, 'passport'),
  ip: (rng: PCG64) =>
    rng.chance(0.75)
      ? `${rng.pick([82, 93, 145, 176, 188, 213, 46, 5])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
      : `2001:${rng.pick(['16b8', '9e8', '4dd0', '1a81'])}:${rng.below(65536).toString(16)}:${rng.below(65536).toString(16)}::${rng.int(1, 4000).toString(16)}`,
};
