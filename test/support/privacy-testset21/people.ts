import { cultures } from './names.js';
import type { Well512a } from './random.js';

/** Where a generated person lives: address, phone and mailbox formats of that country. */
export type Country = 'DE' | 'AT' | 'CH' | 'UK' | 'IE' | 'US' | 'NL' | 'FR' | 'DK' | 'IT';
export const COUNTRIES: readonly Country[] = ['DE', 'AT', 'CH', 'UK', 'IE', 'US', 'NL', 'FR', 'DK', 'IT'];

export interface Person {
  given: string;
  family: string;
  female: boolean;
  country: Country;
  /** Home address on one line; Irish addresses (Eircodes) are left out, so undefined there. */
  address?: string;
  phone: string;
  email: string;
  birth: { d: number; m: number; y: number };
}

const STREETS: Record<Country, readonly string[]> = {
  DE: [
    'Kastanienweg',
    'Am Mühlbach',
    'Schlehenstraße',
    'Zur Ziegelei',
    'Hafenstraße',
    'Auf der Heide',
    'Brunnenring',
    'Weidenkamp',
  ],
  AT: ['Kalvarienberggasse', 'Feldweg', 'Annenstraße', 'Gartengasse', 'Am Anger', 'Bahnhofzeile'],
  CH: ['Rebhaldenstrasse', 'Chrüzweg', 'Obstgartenweg', 'Seefeldstrasse', 'Im Grund', 'Lindenhofweg'],
  UK: ['Hawthorn Close', 'Mill Lane', 'Orchard Rise', 'Chapel Street', 'Beechwood Avenue', 'Station Road'],
  IE: [],
  US: ['Maple Ridge Dr', 'Cedar Hollow Rd', 'W 3rd St', 'Larkspur Ln', 'Old Mill Pike', 'Pawnee Ave'],
  NL: ['Lindengracht', 'Kerkstraat', 'Molenweg', 'Zuiderkade', 'Dorpsstraat'],
  FR: ['rue des Tanneurs', 'allée des Tilleuls', 'chemin du Moulin', 'rue Pasteur', 'impasse des Vignes'],
  DK: ['Nørregade', 'Skovvej', 'Åboulevarden', 'Kirkevej', 'Havnegade'],
  IT: ['Via dei Campi', 'Via Roma', 'Vicolo Stretto', 'Via Garibaldi', 'Corso Italia'],
};

const TOWNS: Record<Country, readonly [string, string][]> = {
  DE: [
    ['72764', 'Reutlingen'],
    ['38440', 'Wolfsburg'],
    ['85049', 'Ingolstadt'],
    ['04109', 'Leipzig'],
    ['28195', 'Bremen'],
    ['67059', 'Ludwigshafen'],
    ['66111', 'Saarbrücken'],
    ['24103', 'Kiel'],
  ],
  AT: [
    ['4020', 'Linz'],
    ['8020', 'Graz'],
    ['1100', 'Wien'],
    ['6020', 'Innsbruck'],
    ['9020', 'Klagenfurt'],
  ],
  CH: [
    ['8400', 'Winterthur'],
    ['4051', 'Basel'],
    ['3012', 'Bern'],
    ['6003', 'Luzern'],
    ['9000', 'St. Gallen'],
  ],
  UK: [
    ['Coventry', 'CV1 4FS'],
    ['Sunderland', 'SR4 7AB'],
    ['Swindon', 'SN2 8YA'],
    ['Derby', 'DE24 8BJ'],
    ['Leeds', 'LS6 2QT'],
  ],
  IE: [],
  US: [
    ['Dayton, OH', '45402'],
    ['Flint, MI', '48502'],
    ['Spartanburg, SC', '29301'],
    ['Fremont, CA', '94538'],
    ['Georgetown, KY', '40324'],
  ],
  NL: [
    ['5611 AB', 'Eindhoven'],
    ['3011 KL', 'Rotterdam'],
    ['6221 CV', 'Maastricht'],
    ['9711 LM', 'Groningen'],
  ],
  FR: [
    ['67000', 'Strasbourg'],
    ['31000', 'Toulouse'],
    ['25200', 'Montbéliard'],
    ['69007', 'Lyon'],
  ],
  DK: [
    ['8000', 'Aarhus C'],
    ['7100', 'Vejle'],
    ['5000', 'Odense C'],
    ['2100', 'København Ø'],
  ],
  IT: [
    ['39100', 'Bolzano'],
    ['10121', 'Torino'],
    ['41121', 'Modena'],
    ['20121', 'Milano'],
  ],
};

const MAIL: Record<Country, readonly string[]> = {
  DE: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'mailbox.org'],
  AT: ['gmx.at', 'aon.at', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'sunrise.ch'],
  UK: ['btinternet.com', 'outlook.com', 'sky.com'],
  IE: ['eircom.net', 'gmail.com'],
  US: ['gmail.com', 'yahoo.com', 'icloud.com'],
  NL: ['ziggo.nl', 'kpnmail.nl'],
  FR: ['orange.fr', 'free.fr'],
  DK: ['mail.dk', 'jubii.dk'],
  IT: ['libero.it', 'tiscali.it'],
};

/** A name as ASCII for mailboxes and user handles. */
export function ascii(name: string): string {
  return name
    .replace(/[ßø]/g, (c) => (c === 'ß' ? 'ss' : 'o'))
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ð/g, 'd')
    .normalize('NFD')
    .replace(/[^A-Za-z -]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[ -]+/g, '-');
}

function phone(rng: Well512a, c: Country): string {
  const d = (n: number) => rng.digits(n);
  switch (c) {
    case 'DE':
      return rng.pick([
        `+49 1${rng.pick(['51', '52', '60', '70', '76'])} ${d(8)}`,
        `01${rng.pick(['57', '62', '73'])} ${d(3)} ${d(4)}`,
        `0${rng.range(30, 89)}${d(1)} ${d(6)}`,
      ]);
    case 'AT':
      return rng.pick([`+43 66${rng.range(0, 9)} ${d(7)}`, `0676 ${d(3)} ${d(4)}`]);
    case 'CH':
      return `${rng.pick(['+41 ', '0'])}7${rng.pick(['6', '7', '8', '9'])} ${d(3)} ${d(2)} ${d(2)}`;
    case 'UK':
      return rng.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`]);
    case 'IE':
      return rng.pick([
        `08${rng.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}`,
        `+353 8${rng.range(3, 9)} ${d(3)} ${d(4)}`,
      ]);
    case 'US':
      return rng.pick([`(${rng.range(201, 989)}) ${d(3)}-${d(4)}`, `${rng.range(201, 989)}-${d(3)}-${d(4)}`]);
    case 'NL':
      return `+31 6 ${d(8)}`;
    case 'FR':
      return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'DK':
      // Danish numbers are eight digits and never start with 0 or 1 (same two draws as d(2)).
      return `+45 ${rng.range(2, 9)}${d(1)} ${d(2)} ${d(2)} ${d(2)}`;
    default:
      return `+39 3${d(2)} ${d(3)} ${d(4)}`;
  }
}

function address(rng: Well512a, c: Country): string | undefined {
  if (c === 'IE') return undefined;
  const street = rng.pick(STREETS[c]);
  const [a, b] = rng.pick(TOWNS[c]);
  const no = rng.range(1, 140);
  switch (c) {
    case 'UK':
      return `${no} ${street}, ${a} ${b}`;
    case 'US':
      return `${rng.range(100, 9800)} ${street}, ${a} ${b}`;
    case 'FR':
      return `${no} ${street}, ${a} ${b}`;
    case 'AT':
      return `${street} ${no}${rng.chance(0.4) ? `/${rng.range(1, 12)}` : ''}, ${a} ${b}`;
    default:
      return `${street} ${no}${c === 'DE' && rng.chance(0.2) ? 'a' : ''}, ${a} ${b}`;
  }
}

/** Draws people culture after culture, so a run of documents covers every kept culture. */
export class People {
  private readonly lists = Object.values(cultures());
  private turn = 0;
  constructor(private readonly rng: Well512a) {}

  next(country: Country = this.rng.pick(COUNTRIES)): Person {
    const rng = this.rng;
    const c = this.lists[this.turn++ % this.lists.length];
    const given = rng.pick(c.given);
    const family = rng.pick(c.family);
    const mailbox = rng.pick([
      `${ascii(given)}.${ascii(family)}`,
      `${ascii(given)[0]}.${ascii(family)}`,
      `${ascii(family)}${rng.range(1, 99)}`,
      `${ascii(given)}${ascii(family)[0]}`,
    ]);
    return {
      given,
      family,
      female: rng.chance(0.5),
      country,
      address: address(rng, country),
      phone: phone(rng, country),
      email: `${mailbox}@${rng.pick(MAIL[country])}`,
      birth: { d: rng.range(1, 28), m: rng.range(1, 12), y: rng.range(1952, 2006) },
    };
  }
}
