import { CULTURES } from './names.js';
import type { Jsf32 } from './random.js';
import { card, documentNumber, iban, pensionNumber, taxId } from './values.js';

/** Where a generated person lives: the countries of set 12's trades, farms, hotels and clubs. */
export type Country = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'AU' | 'CA';

export interface Person {
  culture: string;
  given: string;
  family: string;
  female: boolean;
  birth: Date;
  country: Country;
  /** One line: street and number, postcode and town (Ireland has none: Eircodes carry no digits group). */
  address: { street: string; town: string };
  phone: string;
  email: string;
  iban: string;
  card: string;
  taxId: string;
  pension: string;
  idCard: string;
  passport: string;
}

const STREETS: Record<Country, string[]> = {
  DE: [
    'Lerchenweg',
    'Am Mühlbach',
    'Hopfengartenstraße',
    'Kiebitzweg',
    'Obere Au',
    'Flachsröste',
    'Sägewerkstraße',
    'Im Wiesengrund',
    'Schleusenweg',
    'Pfarrfeld',
  ],
  AT: ['Feldgasse', 'Almweg', 'Kirchsteig', 'Zirbenweg', 'Mühlviertelstraße', 'Sonnleiten'],
  CH: ['Rebbergstrasse', 'Chlosterweg', 'Bifangstrasse', 'Eichholzweg', 'Hofmattstrasse', 'Im Gländ'],
  GB: ['Tannery Lane', 'Coppice Close', 'Mill Race Road', 'Ferrier Row', 'Ostler Way', 'Haywain Court'],
  IE: ['Bóthar na Trá', 'Ard na Gréine', 'Church Hill', 'Fairgreen Terrace'],
  AU: ['Wattle Street', 'Stockyard Road', 'Coolabah Drive', 'Shearers Lane', 'Billabong Crescent'],
  CA: ['Rue des Érables', 'Boulevard Taschereau', 'Concession Road', 'Chemin du Lac', 'Prairie View Drive'],
};

const TOWNS: Record<Country, [string, string][]> = {
  DE: [
    ['87435', 'Kempten'],
    ['94469', 'Deggendorf'],
    ['25813', 'Husum'],
    ['37073', 'Göttingen'],
    ['54290', 'Trier'],
    ['18055', 'Rostock'],
    ['79098', 'Freiburg im Breisgau'],
  ],
  AT: [
    ['4020', 'Linz'],
    ['6020', 'Innsbruck'],
    ['8010', 'Graz'],
    ['5020', 'Salzburg'],
    ['9020', 'Klagenfurt'],
  ],
  CH: [
    ['8405', 'Winterthur'],
    ['3800', 'Interlaken'],
    ['7000', 'Chur'],
    ['6003', 'Luzern'],
    ['1950', 'Sion'],
  ],
  GB: [
    ['LA9 4QT', 'Kendal'],
    ['TR18 2HB', 'Penzance'],
    ['IV2 3PY', 'Inverness'],
    ['SY23 1LN', 'Aberystwyth'],
    ['NE46 3AA', 'Hexham'],
  ],
  IE: [
    ['', 'Ennis'],
    ['', 'Westport'],
    ['', 'Dingle'],
  ],
  AU: [
    ['3550', 'Bendigo VIC'],
    ['4870', 'Cairns QLD'],
    ['2580', 'Goulburn NSW'],
    ['6230', 'Bunbury WA'],
    ['7250', 'Launceston TAS'],
  ],
  CA: [
    ['H2J 1M4', 'Montréal QC'],
    ['B3H 2Y9', 'Halifax NS'],
    ['T2P 1J9', 'Calgary AB'],
    ['V8W 1P6', 'Victoria BC'],
    ['G1R 4P5', 'Québec QC'],
  ],
};

const MAIL: Record<Country, string[]> = {
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'mailbox.org'],
  AT: ['gmx.at', 'aon.at', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'],
  GB: ['btinternet.com', 'yahoo.co.uk', 'outlook.com', 'sky.com'],
  IE: ['eircom.net', 'gmail.com', 'iol.ie'],
  AU: ['bigpond.com', 'optusnet.com.au', 'gmail.com'],
  CA: ['shaw.ca', 'videotron.ca', 'rogers.com', 'gmail.com'],
};

const d = (rnd: Jsf32, n: number) => Array.from({ length: n }, () => String(rnd.int(10))).join('');

function phone(rnd: Jsf32, c: Country): string {
  switch (c) {
    case 'DE':
      return rnd.pick([
        `+49 1${rnd.pick(['51', '60', '71', '76'])} ${d(rnd, 7)}`,
        `0${rnd.between(30, 99)}${d(rnd, 2)} ${d(rnd, 5)}`,
        `(0${rnd.between(30, 99)}${d(rnd, 1)}) ${d(rnd, 3)} ${d(rnd, 3)}`,
      ]);
    case 'AT':
      return rnd.pick([`+43 664 ${d(rnd, 7)}`, `0${rnd.between(510, 732)} ${d(rnd, 2)} ${d(rnd, 2)} ${d(rnd, 2)}`]);
    case 'CH':
      return rnd.pick([
        `+41 79 ${d(rnd, 3)} ${d(rnd, 2)} ${d(rnd, 2)}`,
        `0${rnd.between(21, 91)} ${d(rnd, 3)} ${d(rnd, 2)} ${d(rnd, 2)}`,
      ]);
    case 'GB':
      return rnd.pick([`07${d(rnd, 3)} ${d(rnd, 6)}`, `+44 1${d(rnd, 3)} ${d(rnd, 6)}`]);
    case 'IE':
      return rnd.pick([
        `+353 8${rnd.pick(['3', '5', '6', '7'])} ${d(rnd, 3)} ${d(rnd, 4)}`,
        `0${rnd.between(21, 99)} ${d(rnd, 3)} ${d(rnd, 4)}`,
      ]);
    case 'AU':
      return rnd.pick([
        `04${d(rnd, 2)} ${d(rnd, 3)} ${d(rnd, 3)}`,
        `+61 ${rnd.between(2, 8)} ${d(rnd, 4)} ${d(rnd, 4)}`,
      ]);
    case 'CA':
      return rnd.pick([
        `(${rnd.between(204, 905)}) ${rnd.between(201, 989)}-${d(rnd, 4)}`,
        `+1 ${rnd.between(204, 905)} ${rnd.between(201, 989)} ${d(rnd, 4)}`,
      ]);
  }
}

/** A name as a mailbox writes it: no accents, no spaces. */
export function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[Þþ]/g, 'th')
    .replace(/[Ðð]/g, 'd')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[Ħħ]/g, 'h')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function person(rnd: Jsf32, country: Country, young = false): Person {
  const culture = rnd.pick(Object.keys(CULTURES));
  const c = CULTURES[culture];
  const given = rnd.pick(c.given);
  const family = rnd.pick(c.family);
  const female = rnd.chance(0.5);
  const year = young ? rnd.between(2009, 2017) : rnd.between(1952, 2005);
  const birth = new Date(Date.UTC(year, rnd.int(12), rnd.between(1, 28)));
  const [postcode, town] = rnd.pick(TOWNS[country]);
  const nr =
    country === 'CA' ? String(rnd.between(1020, 8950)) : String(rnd.between(1, 89)) + (rnd.chance(0.15) ? 'a' : '');
  const street =
    country === 'GB' || country === 'AU' || country === 'CA' || country === 'IE'
      ? `${nr} ${rnd.pick(STREETS[country])}`
      : `${rnd.pick(STREETS[country])} ${nr}`;
  const townLine =
    country === 'GB' || country === 'CA'
      ? `${town} ${postcode}`
      : country === 'AU'
        ? `${town} ${postcode}`
        : `${postcode} ${town}`;
  const mail = `${ascii(given).slice(0, rnd.pick([1, 20]))}${rnd.pick(['.', '_', ''])}${ascii(family)}${rnd.chance(0.3) ? rnd.between(2, 99) : ''}@${rnd.pick(MAIL[country])}`;
  const bank: 'DE' | 'AT' | 'CH' | 'GB' | 'IE' = country === 'AU' || country === 'CA' ? 'GB' : country;
  return {
    culture,
    given,
    family,
    female,
    birth,
    country,
    address: { street, town: townLine.trim() },
    phone: phone(rnd, country),
    email: mail,
    iban: iban(rnd, bank),
    card: card(rnd),
    taxId: taxId(rnd),
    pension: pensionNumber(rnd, birth, family, female),
    idCard: documentNumber(rnd, 'id'),
    passport: documentNumber(rnd, 'passport'),
  };
}
