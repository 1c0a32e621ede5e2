import type { Cmwc } from './random.js';
import { cultures } from './names.js';

/** Where a generated person lives: street names, towns with postcodes, phone shapes, an address shape. */
export type Country = 'DE' | 'AT' | 'CH' | 'NL' | 'GB' | 'IE' | 'US' | 'AU' | 'IN' | 'KE';
export const DE_COUNTRIES: readonly Country[] = ['DE', 'DE', 'DE', 'AT', 'CH', 'NL'];
export const EN_COUNTRIES: readonly Country[] = ['GB', 'IE', 'US', 'AU', 'IN', 'KE', 'NL'];

const STREETS: Record<Country, readonly string[]> = {
  DE: ['Holunderweg', 'Am Mühlbach', 'Lessingstraße', 'Ziegeleistraße', 'Eichendorffring', 'Hafenkamp', 'Tulpenstieg'],
  AT: ['Praterstraße', 'Kirchengasse', 'Schlossberggasse', 'Mozartweg', 'Rennweg'],
  CH: ['Bahnhofweg', 'Seestrasse', 'Rebbergstrasse', 'Dorfgasse', 'Hohlstrasse'],
  NL: ['Prinsengracht', 'Koningslaan', 'Dorpsstraat', 'Molenweg', 'Kerkstraat'],
  GB: ['Alder Close', 'Station Road', 'Victoria Terrace', 'Meadow Lane', 'Church Walk'],
  IE: ['Main Street', 'Ashgrove Park', 'Seaview Terrace', 'Bóthar na Trá', 'Ardmore Drive'],
  US: ['Maple Ridge Dr', 'Old Mill Rd', 'Pecan St', 'Lakeshore Blvd', 'W Elm Ave'],
  AU: ['Banksia Street', 'Wattle Grove', 'Ocean Parade', 'Kurrajong Avenue', 'Jacaranda Close'],
  IN: ['MG Road', 'Nehru Nagar', 'Shanti Vihar', 'Gandhi Marg', 'Anna Salai'],
  KE: ['Ngong Road', 'Argwings Kodhek Road', 'Lenana Road', 'Moi Avenue', 'Ole Sangale Road'],
};
const TOWNS: Record<Country, readonly (readonly [string, string])[]> = {
  DE: [
    ['24103', 'Kiel'],
    ['34117', 'Kassel'],
    ['93047', 'Regensburg'],
    ['04109', 'Leipzig'],
    ['66111', 'Saarbrücken'],
    ['18055', 'Rostock'],
  ],
  AT: [
    ['5020', 'Salzburg'],
    ['6020', 'Innsbruck'],
    ['8010', 'Graz'],
    ['1070', 'Wien'],
  ],
  CH: [
    ['3011', 'Bern'],
    ['6003', 'Luzern'],
    ['8400', 'Winterthur'],
    ['9000', 'St. Gallen'],
  ],
  NL: [
    ['1016 GV', 'Amsterdam'],
    ['3512 JE', 'Utrecht'],
    ['9711 LM', 'Groningen'],
    ['2511 CV', 'Den Haag'],
  ],
  GB: [
    ['LS6 2AB', 'Leeds'],
    ['BS3 4QT', 'Bristol'],
    ['NR2 1HS', 'Norwich'],
    ['EH6 5JD', 'Edinburgh'],
  ],
  IE: [
    ['T12 4821', 'Cork'],
    ['H91 3062', 'Galway'],
    ['V94 6170', 'Limerick'],
    ['A92 5408', 'Drogheda'],
  ],
  US: [
    ['OR 97214', 'Portland'],
    ['TX 78704', 'Austin'],
    ['OH 43215', 'Columbus'],
    ['MN 55408', 'Minneapolis'],
  ],
  AU: [
    ['QLD 4000', 'Brisbane'],
    ['WA 6008', 'Subiaco'],
    ['SA 5006', 'North Adelaide'],
    ['TAS 7000', 'Hobart'],
  ],
  IN: [
    ['560034', 'Bengaluru'],
    ['600020', 'Chennai'],
    ['411004', 'Pune'],
    ['682016', 'Kochi'],
  ],
  KE: [
    ['00100', 'Nairobi'],
    ['80100', 'Mombasa'],
    ['40100', 'Kisumu'],
    ['20100', 'Nakuru'],
  ],
};

export interface Person {
  given: string;
  family: string;
  culture: string;
  female: boolean;
  country: Country;
  birth: { d: number; m: number; y: number };
}

export function person(rng: Cmwc, country: Country): Person {
  const all = cultures();
  const culture = rng.pick(Object.keys(all));
  const c = all[culture];
  return {
    given: rng.pick(c.given),
    family: rng.pick(c.family),
    culture,
    female: rng.chance(0.5),
    country,
    birth: { d: rng.range(1, 28), m: rng.range(1, 12), y: rng.range(1932, 2008) },
  };
}

/** A home address's parts: street line, town, region (US, AU) and postcode. */
export interface AddressParts {
  street: string;
  town: string;
  region: string;
  code: string;
}

export function addressParts(rng: Cmwc, country: Country): AddressParts {
  const street = rng.pick(STREETS[country]);
  const [code, town] = rng.pick(TOWNS[country]);
  const no = rng.range(1, 88);
  const [region, post] = country === 'US' || country === 'AU' ? code.split(' ') : ['', code];
  const line =
    country === 'DE' || country === 'AT' || country === 'CH' || country === 'NL'
      ? `${street} ${no}`
      : country === 'US'
        ? `${rng.range(100, 9899)} ${street}`
        : country === 'IN'
          ? `${rng.range(1, 40)}/${rng.range(1, 9)}, ${street}`
          : country === 'KE'
            ? `Hse ${no}, ${street}`
            : `${no} ${street}`;
  return { street: line, town, region, code: post };
}

/** A home address in the country's shape, from street to postcode or town. */
export function homeAddress(rng: Cmwc, country: Country): string {
  const a = addressParts(rng, country);
  switch (country) {
    case 'DE':
    case 'AT':
    case 'CH':
    case 'NL':
      return `${a.street}, ${a.code} ${a.town}`;
    case 'IE':
      return `${a.street}, ${a.town}, ${a.code}`;
    case 'US':
      return `${a.street}, ${a.town}, ${a.region} ${a.code}`;
    case 'AU':
      return `${a.street}, ${a.town} ${a.region} ${a.code}`;
    default:
      return `${a.street}, ${a.town} ${a.code}`;
  }
}

/** A phone number of the country, in one of its written shapes (compact for structured exports). */
export function phone(rng: Cmwc, country: Country, compact = false): string {
  const d = (n: number) => rng.digits(n);
  const shapes: Record<Country, () => [string, string]> = {
    DE: () => {
      const pre = rng.pick(['151', '160', '170', '176', '157']);
      const rest = d(7) + (rng.chance(0.5) ? d(1) : '');
      return [`+49${pre}${rest}`, rng.chance(0.5) ? `0${pre} ${rest}` : `+49 ${pre} ${rest}`];
    },
    AT: () => {
      const rest = d(7);
      return [`+43664${rest}`, `+43 664 ${rest}`];
    },
    CH: () => {
      const r = d(7);
      return [`+4179${r}`, `079 ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`];
    },
    NL: () => {
      const r = d(8);
      return [`+316${r}`, rng.chance(0.5) ? `06-${r}` : `+31 6 ${r}`];
    },
    GB: () => {
      const r = d(3);
      return [`+447700900${r}`, `07700 900${r}`];
    },
    IE: () => {
      const r = d(7);
      return [`+35387${r}`, `087 ${r.slice(0, 3)} ${r.slice(3)}`];
    },
    US: () => {
      const a = rng.pick(['503', '512', '614', '612']);
      const r = d(2);
      return [`+1${a}55501${r}`, `(${a}) 555-01${r}`];
    },
    AU: () => {
      const r = d(8);
      return [`+614${r}`, `04${r.slice(0, 2)} ${r.slice(2, 5)} ${r.slice(5)}`];
    },
    IN: () => {
      const r = rng.pick(['98', '94', '70', '88']) + d(8);
      return [`+91${r}`, `+91 ${r.slice(0, 5)} ${r.slice(5)}`];
    },
    KE: () => {
      const r = rng.pick(['7', '1']) + d(8);
      return [`+254${r}`, `+254 ${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`];
    },
  };
  const [c, f] = shapes[country]();
  return compact ? c : f;
}

const MAIL_HOSTS: Record<Country, readonly string[]> = {
  DE: ['web.de', 'gmx.de', 'posteo.de', 't-online.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at'],
  CH: ['bluewin.ch', 'gmx.ch', 'hispeed.ch'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl'],
  GB: ['btinternet.com', 'outlook.com', 'sky.com'],
  IE: ['eircom.net', 'gmail.com'],
  US: ['gmail.com', 'yahoo.com', 'icloud.com'],
  AU: ['bigpond.com', 'optusnet.com.au'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  KE: ['gmail.com', 'yahoo.com'],
};
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();

export function email(rng: Cmwc, p: Person): string {
  const g = ascii(p.given) || 'x';
  const f = ascii(p.family) || 'y';
  const local = rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}${rng.range(1, 99)}`, `${g}${f[0]}`]);
  return `${local}@${rng.pick(MAIL_HOSTS[p.country])}`;
}

export const pad = (n: number) => String(n).padStart(2, '0');
export const isoBirth = (p: Person) => `${p.birth.y}-${pad(p.birth.m)}-${pad(p.birth.d)}`;
export const deBirth = (p: Person) => `${pad(p.birth.d)}.${pad(p.birth.m)}.${p.birth.y}`;
