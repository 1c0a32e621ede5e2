import type { Kiss99 } from './random.js';
import { cultures } from './names.js';

/** A person drawn for a generated scan: given and family name from one culture. */
export interface Person {
  given: string;
  family: string;
}

export function person(rng: Kiss99): Person {
  const all = cultures();
  const c = all[rng.pick(Object.keys(all))];
  return { given: rng.pick(c.given), family: rng.pick(c.family) };
}

export const full = (p: Person): string => `${p.given} ${p.family}`;

/** A mailbox local part without diacritics. */
export const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łŀ]/g, 'l')
    .replace(/[đ]/g, 'd')
    .replace(/[^a-z0-9]+/g, '');

const MAIL_DE = ['posteo.de', 'gmx.at', 'bluewin.ch', 'web.de', 'mailbox.org', 'adon.li', 'rolmail.net'];
const MAIL_EN = [
  'btinternet.com',
  'outlook.com',
  'shaw.ca',
  'telkomsa.net',
  'singnet.com.sg',
  'icloud.com',
  'yahoo.co.uk',
];

export function mail(rng: Kiss99, p: Person, lang: 'de' | 'en'): string {
  const g = ascii(p.given);
  const f = ascii(p.family);
  const local = rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}${rng.below(90) + 10}`, `${g}_${f}`]);
  return `${local}@${rng.pick(lang === 'de' ? MAIL_DE : MAIL_EN)}`;
}

export type Place = 'DE' | 'AT' | 'CH' | 'LI' | 'ST' | 'UK' | 'SC' | 'US' | 'CA' | 'ZA' | 'SG';

const STREETS: Record<Place, string[]> = {
  DE: ['Pfarrgartenweg', 'Am Kellerberg', 'Schleusenstraße', 'Rosmarinstieg', 'Hopfengarten', 'Kupferschmiedgasse'],
  AT: ['Pfarrhofgasse', 'Lerchenfelder Gürtel', 'Mühlbachweg', 'Kalvarienbergstraße', 'Fasangartengasse'],
  CH: ['Rebbergstrasse', 'Chalet-Weg', 'Schützenmattweg', 'Obere Zollgasse', 'Brunnmattstrasse'],
  LI: ['Meierhofstrasse', 'Im Bretscha', 'Lettstrasse', 'Rütigass', 'Feldkircher Strasse'],
  ST: ['Weinbergweg', 'Andreas-Hofer-Straße', 'Lauben', 'Rittner Straße', 'Dantestraße'],
  UK: ['Tollgate Lane', 'Cowslip Close', 'Nettlebed Road', 'Quarry Hill Terrace', 'Wharfside Mews'],
  SC: ['Braid Crescent', 'Ferry Brae', 'Harbour Wynd', 'Tolbooth Close', 'Inchview Gardens'],
  US: ['Juniper Hollow Rd', 'W Cottonwood Ave', 'Saddleback Ct', 'N Larkspur St', 'Old Mill Pike'],
  CA: ['Wascana Parkway', 'Rue des Érables', 'Prairie Rose Cres', 'Lakeshore Blvd W', 'Birchmount Rd'],
  ZA: ['Jacaranda Street', 'Protea Avenue', 'Kloof Road', 'Marula Crescent', 'Vygie Lane'],
  SG: ['Bedok North Ave 2', 'Jurong West St 91', 'Tampines St 45', 'Ang Mo Kio Ave 6', 'Yishun Ring Rd'],
};

const TOWNS: Record<Place, [string, string][]> = {
  DE: [
    ['04317', 'Leipzig'],
    ['93047', 'Regensburg'],
    ['24103', 'Kiel'],
    ['67059', 'Ludwigshafen'],
    ['99084', 'Erfurt'],
  ],
  AT: [
    ['6020', 'Innsbruck'],
    ['8010', 'Graz'],
    ['4020', 'Linz'],
    ['1160', 'Wien'],
    ['9020', 'Klagenfurt'],
  ],
  CH: [
    ['3600', 'Thun'],
    ['8400', 'Winterthur'],
    ['4051', 'Basel'],
    ['7000', 'Chur'],
    ['6003', 'Luzern'],
  ],
  LI: [
    ['9495', 'Triesen'],
    ['9490', 'Vaduz'],
    ['9494', 'Schaan'],
    ['9496', 'Balzers'],
  ],
  ST: [
    ['39100', 'Bozen'],
    ['39012', 'Meran'],
    ['39042', 'Brixen'],
    ['39031', 'Bruneck'],
  ],
  UK: [
    ['LA9 4QT', 'Kendal'],
    ['NR2 1HS', 'Norwich'],
    ['BS6 5DW', 'Bristol'],
    ['CF24 3NP', 'Cardiff'],
    ['YO31 7EL', 'York'],
  ],
  SC: [
    ['EH10 6AX', 'Edinburgh'],
    ['KY16 9QW', 'St Andrews'],
    ['AB25 1XG', 'Aberdeen'],
    ['IV2 3PQ', 'Inverness'],
  ],
  US: [
    ['ID 83702', 'Boise'],
    ['OR 97214', 'Portland'],
    ['NM 87501', 'Santa Fe'],
    ['VT 05401', 'Burlington'],
    ['MN 55104', 'St Paul'],
  ],
  CA: [
    ['SK S4S 6T2', 'Regina'],
    ['QC H2T 1S6', 'Montréal'],
    ['AB T2N 1N4', 'Calgary'],
    ['ON M6K 3C3', 'Toronto'],
  ],
  ZA: [
    ['0083', 'Pretoria'],
    ['7700', 'Cape Town'],
    ['4001', 'Durban'],
    ['2196', 'Johannesburg'],
  ],
  SG: [
    ['460412', 'Singapore'],
    ['640912', 'Singapore'],
    ['520445', 'Singapore'],
    ['560621', 'Singapore'],
  ],
};

/** A private address as one line (`sep` between street and town may be a line break). */
export function address(rng: Kiss99, place: Place, sep = ', '): string {
  const street = rng.pick(STREETS[place]);
  const [code, town] = rng.pick(TOWNS[place]);
  switch (place) {
    case 'UK':
    case 'SC':
      return `${1 + rng.below(120)} ${street}${sep}${town} ${code}`;
    case 'US':
      return `${1000 + rng.below(8999)} ${street}${sep}${town}, ${code}`;
    case 'CA':
      // A four-digit civic number: the postcode alone is not a number the shared validator reads.
      return `${1000 + rng.below(8999)} ${street}${sep}${town}, ${code}`;
    case 'ZA':
      return `${1 + rng.below(80)} ${street}${sep}${town}, ${code}`;
    case 'SG':
      return `Blk ${100 + rng.below(800)} ${street}, #${String(2 + rng.below(14)).padStart(2, '0')}-${100 + rng.below(300)}${sep}${town} ${code}`;
    default:
      return `${street} ${1 + rng.below(60)}${sep}${code} ${town}`;
  }
}

export function phone(rng: Kiss99, place: Place): string {
  const d = (n: number) => rng.digits(n);
  const nz = () => String(1 + rng.below(9));
  switch (place) {
    case 'DE':
      return rng.pick([
        `+49 ${nz()}${d(2)} ${d(4)} ${d(3)}`,
        `0${nz()}${d(2)} ${d(5)}-${d(2)}`,
        `+49 15${nz()} ${d(7)}`,
      ]);
    case 'AT':
      return rng.pick([`+43 ${nz()}${d(2)} ${d(3)} ${d(3)}`, `0664 ${d(3)} ${d(4)}`]);
    case 'CH':
      return rng.pick([`+41 ${nz()}${d(1)} ${d(3)} ${d(2)} ${d(2)}`, `079 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'LI':
      return `+423 ${nz()}${d(2)} ${d(2)} ${d(2)}`;
    case 'ST':
      return rng.pick([`+39 0471 ${d(3)} ${d(3)}`, `+39 34${nz()} ${d(3)} ${d(4)}`]);
    case 'UK':
    case 'SC':
      return rng.pick([`+44 1${d(3)} ${d(6)}`, `07${nz()}${d(2)} ${d(6)}`, `0131 ${d(3)} ${d(4)}`]);
    case 'US':
      return rng.pick([`(${nz()}${d(2)}) ${nz()}${d(2)}-${d(4)}`, `+1 ${nz()}${d(2)} ${nz()}${d(2)} ${d(4)}`]);
    case 'CA':
      return `+1 ${nz()}${d(2)}-${nz()}${d(2)}-${d(4)}`;
    case 'ZA':
      return rng.pick([`+27 ${nz()}${d(1)} ${d(3)} ${d(4)}`, `08${nz()} ${d(3)} ${d(4)}`]);
    case 'SG':
      return rng.pick([`+65 ${rng.pick(['6', '8', '9'])}${d(3)} ${d(4)}`, `${rng.pick(['8', '9'])}${d(3)} ${d(4)}`]);
  }
}
