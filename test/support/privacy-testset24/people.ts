import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import { cultures } from './names.js';
import type { Threefry } from './random.js';

/** A generated person of set 24: a name from the set's own lists and the values that belong to it. */
export interface Person {
  given: string;
  family: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
  email: string;
  phone: string;
  /** A home address in one line ("Street 4, 12345 Town") and its two lines. */
  street: string;
  town: string;
  /** A wiki or Confluence login built from the name (never labelled: an account handle). */
  handle: string;
}

export type Country = 'DE' | 'AT' | 'CH' | 'UK' | 'US' | 'NL' | 'LU' | 'DK';

const STREETS: Record<Country, [string[], string[]]> = {
  DE: [
    ['Kranichweg', 'Ziegeleistraße', 'Am Kalkofen', 'Zimmererstraße', 'Im Sandfeld', 'Lehmkuhlenweg', 'Mörtelgasse'],
    ['38102 Braunschweig', '04315 Leipzig', '97072 Würzburg', '24103 Kiel', '66111 Saarbrücken', '93047 Regensburg'],
  ],
  AT: [
    ['Maurergasse', 'Steinbruchweg', 'Hafnerstraße', 'Am Polierhof'],
    ['4020 Linz', '8010 Graz', '6020 Innsbruck', '9020 Klagenfurt'],
  ],
  CH: [
    ['Kiesgrubenstrasse', 'Bauhüttenweg', 'Gipserweg', 'Im Ried'],
    ['3011 Bern', '6003 Luzern', '9000 St. Gallen', '8400 Winterthur'],
  ],
  UK: [
    ['Brickfield Lane', 'Scaffold Row', 'Mason Close', 'Quarry Road'],
    ['Leeds LS6 2QT', 'Bristol BS3 4HJ', 'Norwich NR2 3DL', 'Cardiff CF24 1AB'],
  ],
  US: [
    ['Rebar Court', 'Foundry Street', 'Cedar Truss Lane', 'Millwork Avenue'],
    ['Portland, OR 97214', 'Columbus, OH 43215', 'Austin, TX 78704', 'Madison, WI 53703'],
  ],
  NL: [
    ['Metselaarstraat', 'Heipaalweg', 'Betonkade'],
    ['3512 Utrecht', '9711 Groningen', '5611 Eindhoven'],
  ],
  LU: [
    ['Rue des Maçons', 'Rue du Chantier', 'Um Bongert'],
    ['1616 Luxembourg', '4002 Esch-sur-Alzette', '9201 Diekirch'],
  ],
  DK: [
    ['Murervej', 'Tømrergade', 'Stilladsvej'],
    ['8000 Aarhus C', '5000 Odense C', '9000 Aalborg'],
  ],
};

const PHONES: Record<Country, (r: Threefry) => string> = {
  DE: (r) =>
    r.pick([
      `+49 1${r.pick(['51', '60', '70', '76'])} ${r.digits(7)}`,
      `01${r.pick(['52', '62', '72', '79'])} ${r.digits(3)} ${r.digits(4)}`,
    ]),
  AT: (r) => `+43 6${r.pick(['64', '76', '99'])} ${r.digits(7)}`,
  CH: (r) => `+41 7${r.pick(['6', '8', '9'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  UK: (r) => r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`]),
  US: (r) => `(${r.between(201, 989)}) ${r.between(200, 989)}-${r.digits(4)}`,
  NL: (r) => `+31 6 ${r.digits(4)} ${r.digits(4)}`,
  LU: (r) => `+352 621 ${r.digits(3)} ${r.digits(3)}`,
  DK: (r) => `+45 ${r.between(20, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
};

const MAILS = ['posteo.de', 'gmx.at', 'bluewin.ch', 'outlook.com', 'proton.me', 'web.de', 'icloud.com', 'ziggo.nl'];

/** A name as a mailbox or handle part: letters only, without accents. */
export const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** Draws people; the culture turns with `turn` so that one document run reaches every culture. */
export function person(rng: Threefry, turn: number, country: Country): Person {
  const all = Object.values(cultures());
  const c = all[turn % all.length];
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  const [streets, towns] = STREETS[country];
  const street =
    country === 'US'
      ? `${rng.between(100, 4999)} ${rng.pick(streets)}`
      : country === 'UK' || country === 'LU'
        ? `${rng.between(1, 90)} ${rng.pick(streets)}`
        : `${rng.pick(streets)} ${rng.between(1, 60)}${rng.pick(['', '', 'a', 'b'])}`;
  const g = ascii(given);
  const f = ascii(family);
  return {
    given,
    family,
    female: rng.chance(0.5),
    birth: { d: rng.between(1, 28), m: rng.between(1, 12), y: rng.between(1958, 2004) },
    email: rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}.${g}`, `${g}${rng.between(10, 99)}`]) + '@' + rng.pick(MAILS),
    phone: PHONES[country](rng),
    street,
    town: rng.pick(towns),
    handle: g[0].toUpperCase() + f.charAt(0).toUpperCase() + f.slice(1),
  };
}

export const dobNumeric = (p: Person) =>
  `${String(p.birth.d).padStart(2, '0')}.${String(p.birth.m).padStart(2, '0')}.${p.birth.y}`;
export const dobIso = (p: Person) =>
  `${p.birth.y}-${String(p.birth.m).padStart(2, '0')}-${String(p.birth.d).padStart(2, '0')}`;
export const dobWords = (p: Person, lang: 'de' | 'en') =>
  lang === 'de'
    ? `${p.birth.d}. ${MONTHS_DE[p.birth.m - 1]} ${p.birth.y}`
    : `${p.birth.d} ${MONTHS_EN[p.birth.m - 1]} ${p.birth.y}`;
