import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { RomuTrio32 } from './random.js';

export type Country = 'DE' | 'AT' | 'CH' | 'GB' | 'IE' | 'US' | 'NL';

export interface Person {
  given: string;
  family: string;
  birth: { d: number; m: number; y: number };
  female: boolean;
  country: Country;
}

export function person(rng: RomuTrio32, country: Country, fromYear = 1935, toYear = 2008): Person {
  const all = Object.values(cultures());
  const c = rng.pick(all);
  return {
    given: rng.pick(c.given),
    family: rng.pick(c.family),
    birth: { d: rng.range(1, 28), m: rng.range(1, 12), y: rng.range(fromYear, toYear) },
    female: rng.chance(0.5),
    country,
  };
}

/** Whose family name first, as registers and lists write it, or given name first. */
export const fullName = (p: Person, inverted = false): string =>
  inverted ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** A birth date in one of the ways forms, registers and OCR give it. */
export function birthDate(rng: RomuTrio32, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const style = rng.int(8);
  if (lang === 'de') {
    if (style === 0) return `${d}. ${MONTHS_DE[m - 1]} ${y}`;
    if (style === 1) return `${pad(d)}.${pad(m)}.${y}`.replace(/0/, rng.chance(0.5) ? 'O' : '0'); // OCR reads 0 as O
    if (style === 2) return `${y}-${pad(m)}-${pad(d)}`;
    if (style === 3) return `${d}.${m}.${y}`;
    return `${pad(d)}.${pad(m)}.${y}`;
  }
  if (p.country === 'US') return style < 4 ? `${pad(m)}/${pad(d)}/${y}` : `${MONTHS_EN[m - 1]} ${d}, ${y}`;
  if (style === 0) return `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`;
  if (style === 1) return `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`;
  if (style === 2) return `${y}-${pad(m)}-${pad(d)}`;
  return `${pad(d)}/${pad(m)}/${y}`;
}

const STREETS: Record<Country, [string[], string[]]> = {
  DE: [
    [
      'Lindenallee',
      'Kirchgasse',
      'Am Mühlbach',
      'Schillerstraße',
      'Wiesenweg',
      'Domplatz',
      'Rosenstraße',
      'Musterstraße',
    ],
    [
      '50667 Köln',
      '04109 Leipzig',
      '93047 Regensburg',
      '24103 Kiel',
      '99084 Erfurt',
      '66111 Saarbrücken',
      '37073 Göttingen',
    ],
  ],
  AT: [
    ['Hauptplatz', 'Bahnhofstraße', 'Kaiserfeldgasse', 'Mariahilfer Straße', 'Annenstraße'],
    ['8010 Graz', '4020 Linz', '1070 Wien', '6020 Innsbruck', '5020 Salzburg'],
  ],
  CH: [
    ['Bahnhofstrasse', 'Kramgasse', 'Seefeldstrasse', 'Rue du Marché', 'Dorfstrasse'],
    ['8001 Zürich', '3011 Bern', '4051 Basel', '1204 Genève', '6003 Luzern'],
  ],
  GB: [
    ['Mill Lane', 'Church Street', 'Victoria Road', 'Station Road', 'Queen’s Terrace'],
    ['York YO1 7HH', 'Leeds LS6 2AB', 'Bristol BS8 1QU', 'Norwich NR2 4PD', 'Exeter EX4 3SR'],
  ],
  IE: [
    ['Main Street', 'Patrick Street', 'Castle Road', 'Strand Road', 'Abbey Street'],
    ['Galway H91 2873', 'Cork T12 5561', 'Limerick V94 3316', 'Sligo F91 7724', 'Kilkenny R95 4409'],
  ],
  US: [
    ['Maple Avenue', 'Elm Street', 'Lakeview Drive', 'Franklin Boulevard', 'Cedar Lane'],
    ['Madison, WI 53703', 'Ann Arbor, MI 48104', 'Providence, RI 02906', 'Boulder, CO 80302', 'Savannah, GA 31401'],
  ],
  NL: [
    ['Prinsengracht', 'Nieuwe Binnenweg', 'Lange Voorhout', 'Oudegracht', 'Grote Markt'],
    ['1016 HT Amsterdam', '3015 BA Rotterdam', '2514 ED Den Haag', '9711 LM Groningen', '6811 CG Arnhem'],
  ],
};

/** A home address of the country, on one line or two (street, then postcode and town). */
export function address(rng: RomuTrio32, country: Country, twoLines: boolean): string {
  const [streets, towns] = STREETS[country];
  const no = String(rng.range(1, 140)) + (rng.chance(0.15) ? 'a' : '');
  const street =
    country === 'US' || country === 'GB' || country === 'IE'
      ? `${no} ${rng.pick(streets)}`
      : `${rng.pick(streets)} ${no}`;
  return `${street}${twoLines ? '\n' : ', '}${rng.pick(towns)}`;
}

/** A personal phone number as written in the country. */
export function phone(rng: RomuTrio32, country: Country): string {
  const d = (n: number) => rng.digits(n);
  switch (country) {
    case 'DE':
      return rng.pick([
        `0${rng.range(30, 99)}${d(1)} ${d(7)}`,
        `+49 ${rng.range(151, 179)} ${d(4)} ${d(4)}`,
        `0${rng.range(151, 179)} ${d(8)}`,
      ]);
    case 'AT':
      return rng.pick([`+43 664 ${d(3)} ${d(4)}`, `0${rng.range(660, 699)} ${d(7)}`]);
    case 'CH':
      return rng.pick([
        `+41 ${rng.range(76, 79)} ${d(3)} ${d(2)} ${d(2)}`,
        `0${rng.range(21, 44)} ${d(3)} ${d(2)} ${d(2)}`,
      ]);
    case 'GB':
      return rng.pick([`07${d(3)} ${d(6)}`, `+44 ${rng.range(113, 191)} ${d(3)} ${d(4)}`]);
    case 'IE':
      return rng.pick([`08${rng.range(3, 9)} ${d(3)} ${d(4)}`, `+353 ${rng.range(1, 99)} ${d(3)} ${d(4)}`]);
    case 'US':
      return rng.pick([`(${rng.range(201, 989)}) 555-${d(4)}`, `+1 ${rng.range(201, 989)} ${d(3)} ${d(4)}`]);
    default:
      return rng.pick([`06 ${d(4)} ${d(4)}`, `+31 ${rng.range(10, 79)} ${d(3)} ${d(4)}`]);
  }
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** A private mailbox made from the name. */
export function mailbox(rng: RomuTrio32, p: Person): string {
  const host = rng.pick([
    'gmx.de',
    'posteo.de',
    'web.de',
    'outlook.com',
    'gmail.com',
    'icloud.com',
    'eircom.net',
    'xs4all.nl',
    'bluewin.ch',
    'aon.at',
  ]);
  const g = ascii(p.given) || 'x';
  const f = ascii(p.family) || 'y';
  return rng.pick([`${g}.${f}@${host}`, `${g[0]}.${f}@${host}`, `${f}${p.birth.y % 100}@${host}`, `${g}_${f}@${host}`]);
}
