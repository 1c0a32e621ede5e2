import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { cultures } from './names.js';
import type { Philox } from './random.js';

/** A generated person: a name from one of set 22's cultures, a birth date and a mailbox built from the name. */
export interface Person {
  given: string;
  family: string;
  full: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
}

export function person(rng: Philox): Person {
  const all = Object.values(cultures());
  const c = rng.pick(all);
  const given = rng.pick(c.given);
  const family = rng.pick(c.family);
  return {
    given,
    family,
    full: `${given} ${family}`,
    female: rng.chance(0.5),
    birth: { d: rng.between(1, 28), m: rng.between(1, 12), y: rng.between(1948, 2006) },
  };
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

const PROVIDERS = [
  'posteo.de',
  'gmx.at',
  'bluewin.ch',
  'mailbox.org',
  'outlook.com',
  'eircom.net',
  'icloud.com',
  'web.de',
  'proton.me',
  'btinternet.com',
];

export function email(rng: Philox, p: Person, workDomain?: string): string {
  const g = ascii(p.given);
  const f = ascii(p.family);
  const local = rng.pick([`${g}.${f}`, `${g[0]}.${f}`, `${g}${f[0]}`, `${f}.${g}`, `${g}_${f}${rng.between(1, 99)}`]);
  return `${local}@${workDomain ?? rng.pick(PROVIDERS)}`;
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** A date of birth in one of the ways documents write it. */
export function dob(rng: Philox, p: Person, lang: 'de' | 'en'): string {
  const { d, m, y } = p.birth;
  const forms =
    lang === 'de'
      ? [
          `${p2(d)}.${p2(m)}.${y}`,
          `${d}. ${MONTHS_DE[m - 1]} ${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${p2(d)}.${p2(m)}.${String(y).slice(2)}`,
        ]
      : [
          `${d} ${MONTHS_EN[m - 1]} ${y}`,
          `${MONTHS_EN[m - 1]} ${d}${ordinalSuffix(d)}, ${y}`,
          `${p2(d)}/${p2(m)}/${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
        ];
  return rng.pick(forms);
}

export type Country = 'DE' | 'AT' | 'CH' | 'UK' | 'IE' | 'US' | 'NL' | 'DK' | 'IT' | 'FR' | 'ES' | 'SE';

const STREETS: Record<Country, [string[], string[]]> = {
  DE: [
    ['Hagebuttenweg', 'Am Kalkofen', 'Lohmühlenstraße', 'Brunnenstieg', 'Zur Ziegelei', 'Schwalbenring'],
    [
      '34119 Kassel',
      '99423 Weimar',
      '01097 Dresden',
      '24103 Kiel',
      '79098 Freiburg',
      '66111 Saarbrücken',
      '49074 Osnabrück',
    ],
  ],
  AT: [
    ['Schottenfeldgasse', 'Lendkai', 'Mirabellplatz', 'Herrengasse', 'Kaigasse'],
    ['1070 Wien', '8020 Graz', '5020 Salzburg', '4020 Linz', '6020 Innsbruck'],
  ],
  CH: [
    ['Spalenberg', 'Rue de la Servette', 'Bälliz', 'Via Nassa', 'Neugasse'],
    ['4051 Basel', '1202 Genève', '3600 Thun', '6900 Lugano', '9000 St. Gallen'],
  ],
  UK: [
    ['Foxglove Lane', 'Mill Wynd', 'Tannery Row', 'Orchard Close', 'Cathays Terrace'],
    ['Leeds LS6 2QF', 'Bristol BS5 9JD', 'Edinburgh EH7 4BN', 'Cardiff CF24 4AU', 'Norwich NR2 3HT'],
  ],
  IE: [['Dame Street', 'Shandon Street'], ['Dublin']],
  US: [
    ['Alder Street', 'Magnolia Avenue', 'West Larch Road', 'Hudson Parkway', 'Cottonwood Drive'],
    ['Portland, OR 97214', 'Asheville, NC 28801', 'Santa Fe, NM 87501', 'Madison, WI 53703', 'Savannah, GA 31401'],
  ],
  NL: [
    ['Lauriergracht', 'Oudegracht', 'Nieuwe Binnenweg'],
    ['1016 RH Amsterdam', '3511 AV Utrecht', '3014 GH Rotterdam'],
  ],
  DK: [
    ['Blågårdsgade', 'Mejlgade', 'Vesterbrogade'],
    ['2200 København N', '8000 Aarhus C', '1620 København V'],
  ],
  IT: [
    ['Via dei Serragli', 'Vicolo del Cedro', 'Via Castiglione'],
    ['50124 Firenze', '00153 Roma', '40125 Bologna'],
  ],
  FR: [
    ['Rue des Tanneurs', 'Rue Sainte-Catherine', 'Quai de la Fosse'],
    ['67000 Strasbourg', '33000 Bordeaux', '44000 Nantes'],
  ],
  ES: [
    ['Carrer de Verdi', 'Calle de la Cava Baja', 'Calle Feria'],
    ['08012 Barcelona', '28005 Madrid', '41003 Sevilla'],
  ],
  SE: [
    ['Hornsgatan', 'Linnégatan', 'Järntorget'],
    ['118 20 Stockholm', '413 04 Göteborg', '211 34 Malmö'],
  ],
};

/** A private address in the country's usual order; Ireland is left out (Eircodes are no postcodes the rule reads). */
export function address(rng: Philox, country: Country): string {
  const c = country === 'IE' ? 'UK' : country;
  const [streets, places] = STREETS[c];
  const street = rng.pick(streets);
  const place = rng.pick(places);
  const n = rng.between(1, 148);
  if (c === 'UK' || c === 'US' || c === 'FR') return `${n} ${street}, ${place}`;
  // Swedish postcodes written without their space ("11820"), as many booking forms store them.
  if (c === 'SE') return `${street} ${n}, ${place.replace(/^(\d{3}) (\d\d)/, '$1$2')}`;
  return `${street} ${n}${rng.chance(0.2) ? 'a' : ''}, ${place}`;
}

/** A private mobile number as people in the country write it. */
export function phone(rng: Philox, country: Country): string {
  const d = (n: number) => rng.digits(n);
  switch (country) {
    case 'DE':
      return rng.pick([
        `+49 15${rng.between(1, 9)} ${d(8)}`,
        `0170 ${d(7)}`,
        `0176/${d(8)}`,
        `+49 (0)162 ${d(3)} ${d(4)}`,
      ]);
    case 'AT':
      return rng.pick([`+43 664 ${d(7)}`, `0660 ${d(3)} ${d(4)}`]);
    case 'CH':
      return rng.pick([`+41 79 ${d(3)} ${d(2)} ${d(2)}`, `076 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'UK':
      return rng.pick([`+44 7${d(3)} ${d(6)}`, `07${d(3)} ${d(3)} ${d(3)}`]);
    case 'IE':
      return rng.pick([`+353 8${rng.between(3, 9)} ${d(3)} ${d(4)}`, `08${rng.between(3, 9)} ${d(3)} ${d(4)}`]);
    case 'US':
      return rng.pick([`(${rng.between(212, 989)}) ${d(3)}-${d(4)}`, `+1 ${rng.between(212, 989)} ${d(3)} ${d(4)}`]);
    case 'NL':
      return `+31 6 ${d(4)} ${d(4)}`;
    case 'DK':
      return `+45 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'IT':
      return `+39 3${d(2)} ${d(3)} ${d(4)}`;
    case 'FR':
      return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'ES':
      return `+34 6${d(2)} ${d(3)} ${d(3)}`;
    default:
      return `+46 70 ${d(3)} ${d(2)} ${d(2)}`;
  }
}

export function ip(rng: Philox): string {
  if (rng.chance(0.2))
    return `2a02:${rng.int(0xffff).toString(16)}:${rng.int(0xffff).toString(16)}::${rng.int(0xffff).toString(16)}`;
  const first = rng.pick([31, 46, 62, 77, 84, 91, 109, 151, 178, 188, 212, 217]);
  return `${first}.${rng.between(1, 254)}.${rng.between(0, 255)}.${rng.between(1, 254)}`;
}
