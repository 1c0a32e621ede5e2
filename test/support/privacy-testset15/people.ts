import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { WichmannHill } from './random.js';
import { card, iban, idCard, passport, pensionNumber, taxId } from './values.js';

/**
 * The people and values of set 15's generated conversations, each written with its mark
 * (⟦code|value⟧, markup.ts), so a generated document is read by the same reader as a hand-written one.
 */

export type Country = 'DE' | 'AT' | 'CH' | 'LU' | 'BE' | 'GB' | 'IE' | 'US' | 'NZ';
export const COUNTRIES_DE: Country[] = ['DE', 'DE', 'DE', 'AT', 'CH', 'LU', 'BE'];
export const COUNTRIES_EN: Country[] = ['GB', 'GB', 'IE', 'US', 'NZ'];

export interface Person {
  given: string;
  family: string;
  country: Country;
  birth: { d: number; m: number; y: number };
}

export const mark = (code: string, value: string) => `⟦${code}|${value}⟧`;

export function person(r: WichmannHill, country: Country): Person {
  const list = Object.values(cultures());
  const c = r.pick(list);
  const family = r.pick(c.family);
  // Now and then a given name from another culture: families mix.
  const given = r.chance(0.2) ? r.pick(r.pick(list).given) : r.pick(c.given);
  return { given, family, country, birth: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1941, 2004) } };
}

export const full = (p: Person) => `${p.given} ${p.family}`;
export const name = (p: Person) => mark('p', full(p));
export const givenName = (p: Person) => mark('p', p.given);
export const familyName = (p: Person) => mark('p', p.family);
/** "Family, Given": how company directories (Teams, Outlook) show a person, one span. */
export const directoryName = (p: Person) => mark('p', `${p.family}, ${p.given}`);

/** Letters an e-mail local part can carry: diacritics and special letters folded to ASCII. */
export function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/[Þþ]/g, 'th')
    .replace(/[Ðð]/g, 'd')
    .replace(/[Łł]/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

const MAIL_DOMAINS: Record<Country, string[]> = {
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'mailbox.org'],
  AT: ['gmx.at', 'aon.at', 'a1.net'],
  CH: ['bluewin.ch', 'sunrise.ch', 'gmx.ch'],
  LU: ['pt.lu', 'internet.lu'],
  BE: ['skynet.be', 'proximus.be'],
  GB: ['btinternet.com', 'outlook.com', 'yahoo.co.uk'],
  IE: ['eircom.net', 'gmail.com'],
  US: ['gmail.com', 'comcast.net', 'yahoo.com'],
  NZ: ['xtra.co.nz', 'slingshot.co.nz'],
};

export function mailOf(r: WichmannHill, p: Person): string {
  const g = ascii(p.given).replace(/-/g, '');
  const f = ascii(p.family).replace(/-/g, '');
  const local = r.pick([`${g}.${f}`, `${g[0]}.${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`]);
  return `${local}@${r.pick(MAIL_DOMAINS[p.country])}`;
}

const d = (r: WichmannHill, n: number) => r.digits(n);

/** A private or mobile number of the person's country, written as people write it there. */
export function phoneOf(r: WichmannHill, country: Country): string {
  switch (country) {
    case 'DE':
      return r.pick([
        () => `+49 1${r.pick(['51', '52', '60', '62', '71', '76'])} ${d(r, 4)} ${d(r, 4)}`,
        () => `01${r.pick(['57', '70', '72', '77'])} ${d(r, 7)}`,
        () => `0${r.int(2, 9)}${d(r, 3)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
      ])();
    case 'AT':
      return r.pick([
        () => `+43 6${r.pick(['64', '76', '99'])} ${d(r, 3)} ${d(r, 4)}`,
        () => `07${d(r, 2)} ${d(r, 5)}`,
      ])();
    case 'CH':
      return r.pick([
        () => `+41 7${r.int(6, 9)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
        () => `07${r.int(6, 9)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`,
      ])();
    case 'LU':
      return `+352 6${r.pick(['21', '61', '91'])} ${d(r, 3)} ${d(r, 3)}`;
    case 'BE':
      return r.pick([
        () => `+32 87 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
        () => `0${r.pick(['475', '487', '496'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
      ])();
    case 'GB':
      return r.pick([
        () => `07${r.int(4, 9)}${d(r, 2)} ${d(r, 6)}`,
        () => `+44 1${d(r, 3)} ${d(r, 6)}`,
        () => `01${d(r, 3)} ${d(r, 6)}`,
      ])();
    case 'IE':
      return r.pick([
        () => `08${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`,
        () => `+353 8${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`,
      ])();
    case 'US':
      return r.pick([
        () => `(${r.int(201, 989)}) ${r.int(201, 989)}-${d(r, 4)}`,
        () => `${r.int(201, 989)}-${r.int(201, 989)}-${d(r, 4)}`,
        () => `+1 ${r.int(201, 989)} ${r.int(201, 989)} ${d(r, 4)}`,
      ])();
    case 'NZ':
      return r.pick([
        () => `02${r.pick(['1', '2', '7'])} ${d(r, 3)} ${d(r, 4)}`,
        () => `+64 ${r.pick(['21', '27'])} ${d(r, 3)} ${d(r, 4)}`,
        () => `0${r.pick(['3', '6', '7', '9'])} ${d(r, 3)} ${d(r, 4)}`,
      ])();
  }
}

const STREETS: Record<Country, string[]> = {
  DE: [
    'Lindenweg',
    'Am Mühlbach',
    'Feldstraße',
    'Hofackerweg',
    'Kirchgasse',
    'Birkenallee',
    'Zum Sportplatz',
    'Auf der Heide',
    'Wiesengrund',
  ],
  AT: ['Dorfplatz', 'Bachgasse', 'Almweg', 'Kellergasse', 'Obstgartenweg'],
  CH: ['Hofstrasse', 'Bergstrasse', 'Im Grund', 'Chilegass', 'Mattenweg'],
  LU: ['rue des Champs', 'rue de la Forêt', 'route de Luxembourg', 'rue Principale'],
  BE: ['Hütte', 'Talstraße', 'Bergkapellstraße', 'Am Kreuzberg', 'Neustraße'],
  GB: ['Mill Lane', 'Church Road', 'Orchard Close', 'Station Road', 'Back Lane', 'The Green'],
  IE: [],
  US: ['Prairie View Rd', 'Cedar St', 'County Road 12', 'Elm Ave', 'Old Orchard Dr'],
  NZ: ['Kahikatea Drive', 'Rata Street', 'Totara Road', 'Kowhai Avenue'],
};
const TOWNS: Record<Country, string[]> = {
  DE: [
    '49429 Visbek',
    '29525 Uelzen',
    '97688 Bad Kissingen',
    '54290 Trier',
    '88239 Wangen im Allgäu',
    '17489 Greifswald',
    '36088 Hünfeld',
    '94469 Deggendorf',
  ],
  AT: ['4810 Gmunden', '6460 Imst', '8330 Feldbach', '3580 Horn', '5550 Radstadt'],
  CH: ['3770 Zweisimmen', '9050 Appenzell', '1700 Fribourg', '6130 Willisau', '7000 Chur'],
  LU: ['L-8410 Steinfort', 'L-9530 Wiltz', 'L-9908 Troisvierges', 'L-7730 Colmar-Berg'],
  BE: ['4700 Eupen', '4720 Kelmis', '4750 Bütgenbach', '4780 St. Vith', '4760 Büllingen'],
  GB: [
    'Ludlow SY8 1BB',
    'Hereford HR4 9QT',
    'Brecon LD3 7HP',
    'Helmsley YO62 5AF',
    'Kelso TD5 7HF',
    'Okehampton EX20 2QN',
    'Launceston PL15 8RS',
  ],
  IE: [],
  US: ['Ames, IA 50010', 'Bozeman, MT 59715', 'Lodi, CA 95240', 'Lancaster, PA 17603', 'Fargo, ND 58102'],
  NZ: ['Hamilton 3284', 'Gore 9710', 'Ashburton 7700', 'Feilding 4702', 'Masterton 5810'],
};

/**
 * A private address of the person's country, or undefined for Ireland: the shared validator wants a
 * four- to six-digit number or a UK postcode, and knows no Eircode.
 */
export function addressOf(r: WichmannHill, country: Country, lines: 1 | 2 = 1): string | undefined {
  if (STREETS[country].length === 0) return undefined;
  const street = r.pick(STREETS[country]);
  const no = String(r.int(1, 140));
  const town = r.pick(TOWNS[country]);
  const first =
    country === 'LU'
      ? `${no}, ${street}`
      : ['GB', 'US', 'NZ'].includes(country)
        ? `${no} ${street}`
        : `${street} ${no}`;
  return lines === 2 ? `${first}\n${town}` : `${first}, ${town}`;
}

export function dobOf(r: WichmannHill, p: Person, lang: 'de' | 'en', spoken = false): string {
  const { d: day, m, y } = p.birth;
  const two = (n: number) => String(n).padStart(2, '0');
  if (lang === 'de') return spoken || r.chance(0.3) ? `${day}. ${MONTHS_DE[m - 1]} ${y}` : `${two(day)}.${two(m)}.${y}`;
  if (spoken)
    return r.pick([
      `the ${day}${ordinalSuffix(day)} of ${MONTHS_EN[m - 1]} ${y}`,
      `${MONTHS_EN[m - 1]} ${day}${ordinalSuffix(day)} ${y}`,
    ]);
  if (p.country === 'US') return r.chance(0.5) ? `${two(m)}/${two(day)}/${y}` : `${MONTHS_EN[m - 1]} ${day}, ${y}`;
  return r.chance(0.6) ? `${two(day)}/${two(m)}/${y}` : `${day} ${MONTHS_EN[m - 1]} ${y}`;
}

const IBAN_COUNTRY: Record<Country, string> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  LU: 'LU',
  BE: 'BE',
  GB: 'GB',
  IE: 'IE',
  US: 'DE',
  NZ: 'DE',
};
export const ibanOf = (r: WichmannHill, p: Person) => iban(r, IBAN_COUNTRY[p.country], r.chance(0.7));
export const pensionOf = (r: WichmannHill, p: Person) => pensionNumber(r, p.birth, ascii(p.family)[0] ?? 'A');
export { card, idCard, passport, taxId };

export function ipv4(r: WichmannHill): string {
  return `${r.pick([31, 46, 62, 77, 84, 91, 93, 109, 176, 185, 213])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}
export function ipv6(r: WichmannHill): string {
  const h = () => r.int(1, 0xffff).toString(16);
  return `2a02:${h()}:${h()}:${h()}::${h()}`;
}
export const ipOf = (r: WichmannHill) => (r.chance(0.7) ? ipv4(r) : ipv6(r));
