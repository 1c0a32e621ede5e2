import { CULTURES } from './names.js';
import type { SplitMix } from './random.js';
import { card, iban, idCard, passport, socialSecurity, taxId } from './values.js';
import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';

/** A made-up person: every value a renderer may write, drawn once so a document's values agree. */
export interface PersonRecord {
  culture: string;
  given: string;
  family: string;
  female: boolean;
  dob: Date;
  email: string;
  phone: string;
  mobile: string;
  address: string;
  /** Street line and town line of the address, for renderers that break it over lines. */
  addressLines: [string, string];
  iban: string;
  card: string;
  taxId: string;
  socialSecurity: string;
  idCard: string;
  passport: string;
  ip: string;
}

const ASCII: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  å: 'a',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
};
/** How a name turns into a mailbox: diacritics dropped, spaces and apostrophes removed. */
export const mailbox = (s: string) =>
  s
    .toLowerCase()
    .replace(/[ßøæåłđıœðþ]/g, (ch) => ASCII[ch])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z-]/g, '');

const DOMAINS = [
  'posteo.de',
  'web.de',
  'gmx.net',
  'mailbox.org',
  'outlook.com',
  'icloud.com',
  'proton.me',
  't-online.de',
  'klinikverbund-sued.de',
  'stadt-oelde.de',
  'spedition-harmsen.de',
  'kanzlei-roeder-lenz.de',
  'uni-vechta.de',
  'physio.med.uni-rostock.de',
  'finance.eu.northwind-logistics.co.uk',
  'tischlerei-grotjahn.de',
  'hilfswerk-brueckenschlag.org',
];
const DE_STREETS = [
  'Kiebitzweg',
  'Am Pulverturm',
  'Hohe Geest',
  'Ziegeleistraße',
  'Mühlenkamp',
  'Auf der Heide',
  'Eschenbachstr.',
  'Rosmarinstieg',
  'Alte Poststraße',
  'Flachsmarkt',
  'Im Wiesengrund',
  'Sandkuhle',
];
const DE_TOWNS = [
  '26871 Papenburg',
  '48683 Ahaus',
  '99817 Eisenach',
  '37269 Eschwege',
  '54290 Trier',
  '06618 Naumburg (Saale)',
  '83646 Bad Tölz',
  '24937 Flensburg',
  '72622 Nürtingen',
  '01796 Pirna',
  '33098 Paderborn',
  '78462 Konstanz',
];
const AT_TOWNS = ['6020 Innsbruck', '8010 Graz', '4020 Linz', '5020 Salzburg'];
const CH_TOWNS = ['8400 Winterthur', '3011 Bern', '7000 Chur', '6003 Luzern'];
const UK = [
  ['27 Wrenfield Close', 'Kettering NN15 6PL'],
  ['Flat 3, 41 Oxley Street', 'Sheffield S6 2QF'],
  ['9 Tannery Row', 'Kendal LA9 4HB'],
  ['112 Bramble Hill', 'Truro TR1 3DW'],
  ['5 Crossgates Mews', 'Leeds LS15 8NP'],
];
const US = [
  ['1804 Willow Bend Dr', 'Boise, ID 83704'],
  ['77 Harbor View Rd, Apt 2B', 'Portland, ME 04101'],
  ['3310 Quarry Ln', 'Madison, WI 53711'],
  ['46 Sassafras Ct', 'Asheville, NC 28803'],
];

function address(g: SplitMix, lang: 'de' | 'en'): [string, string] {
  const n = g.int(1, 140) + (g.chance(0.15) ? g.pick(['a', 'b', 'c']) : '');
  if (lang === 'de' || g.chance(0.2)) {
    const street = `${g.pick(DE_STREETS)} ${n}`;
    const r = g.next();
    return [street, r < 0.8 ? g.pick(DE_TOWNS) : r < 0.9 ? g.pick(AT_TOWNS) : g.pick(CH_TOWNS)];
  }
  const [a, b] = g.chance(0.6) ? g.pick(UK) : g.pick(US);
  return [a, b];
}

const PHONES: ((g: SplitMix) => string)[] = [
  (g) => `+49 (0)${g.pick(['30', '40', '221', '511', '341', '911'])} ${g.digits(4)} ${g.digits(3)}`,
  (g) => `0049 ${g.pick(['89', '69', '231', '421'])} ${g.digits(7)}`,
  (g) => `0${g.pick(['5921', '2561', '3691', '651'])}/${g.digits(6)}`,
  (g) => `0${g.pick(['151', '160', '176', '172'])} ${g.digits(3)} ${g.digits(4)}`,
  (g) => `+49 ${g.pick(['152', '157', '170'])} ${g.digits(2)} ${g.digits(2)} ${g.digits(3)}`,
  (g) => `0${g.pick(['521', '4631', '7022'])} ${g.digits(5)}-${g.digits(2)}`,
  (g) => `+44 ${g.pick(['20', '113', '161'])} ${g.digits(3)} ${g.digits(4)}`,
  (g) => `07${g.digits(3)} ${g.digits(6)}`,
  (g) => `+1 (${g.pick(['208', '207', '608', '828'])}) ${g.digits(3)}-${g.digits(4)}`,
  (g) => `${g.pick(['503', '971'])}.${g.digits(3)}.${g.digits(4)}`,
  (g) => `+33 ${g.int(1, 7)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
  (g) => `+90 5${g.digits(2)} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
  (g) => `+48 ${g.int(5, 8)}${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
  (g) => `+91 ${g.int(7, 9)}${g.digits(4)} ${g.digits(5)}`,
  (g) => `+234 80${g.int(2, 9)} ${g.digits(3)} ${g.digits(4)}`,
  (g) => `+43 ${g.pick(['664', '676', '1'])} ${g.digits(7)}`,
];

/** Draws a person from one culture, their values written in the shapes the language's documents use. */
export function drawPerson(g: SplitMix, lang: 'de' | 'en', culture = g.pick(Object.keys(CULTURES))): PersonRecord {
  const c = CULTURES[culture];
  const given = g.pick(c.given);
  const family = g.pick(c.family);
  const dob = new Date(Date.UTC(g.int(1941, 2008), g.int(0, 11), g.int(1, 28)));
  const user = g.pick([
    () => `${mailbox(given)}.${mailbox(family)}`,
    () => `${mailbox(given).charAt(0)}.${mailbox(family)}`,
    () => `${mailbox(family)}${g.int(1, 99)}`,
    () => `${mailbox(given)}${mailbox(family).slice(0, 3)}`,
    () => `${mailbox(given)}.${mailbox(family)}+${g.pick(['rechnung', 'newsletter', 'jobs', 'shop'])}`,
  ])();
  const lines = address(g, lang);
  return {
    culture,
    given,
    family,
    female: g.chance(0.5),
    dob,
    email: `${user}@${g.pick(DOMAINS)}`,
    phone: g.pick(PHONES)(g),
    mobile: g.pick(PHONES.slice(3, 5))(g),
    address: `${lines[0]}, ${lines[1]}`,
    addressLines: lines,
    iban: iban(
      g,
      lang === 'de' ? g.pick(['DE', 'DE', 'DE', 'AT', 'CH', 'LU']) : g.pick(['GB', 'GB', 'DE', 'LU']),
      g.chance(0.6),
    ),
    card: card(g, g.chance(0.7)),
    taxId: taxId(g, g.chance(0.3)),
    socialSecurity: socialSecurity(g, dob, family),
    idCard: idCard(g),
    passport: passport(g),
    ip: g.chance(0.75)
      ? `${g.pick([84, 91, 178, 212, 37, 5])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`
      : `2a02:${g.int(0x1000, 0xffff).toString(16)}:${g.int(0, 0xffff).toString(16)}::${g.int(1, 0xfff).toString(16)}`,
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** A birth date written the way a German or English document writes dates. */
/** `shape` fixes the writing (a table column keeps one); without it each call draws one. */
export function writeDate(g: SplitMix, d: Date, lang: 'de' | 'en', shape?: number): string {
  const day = d.getUTCDate();
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  const yy = p2(y % 100);
  const de = [
    () => `${p2(day)}.${p2(m + 1)}.${y}`,
    () => `${day}.${m + 1}.${yy}`,
    () => `${day}. ${MONTHS_DE[m]} ${y}`,
    () => `${p2(day)}.${p2(m + 1)}.${yy}`,
    () => `${y}-${p2(m + 1)}-${p2(day)}`,
  ];
  const en = [
    () => `${p2(day)}/${p2(m + 1)}/${y}`,
    () => `${MONTHS_EN[m]} ${day}${ordinalSuffix(day)}, ${y}`,
    () => `${day}${ordinalSuffix(day)} of ${MONTHS_EN[m]} '${yy}`,
    () => `${day} ${MONTHS_EN[m].slice(0, 3)} ${y}`,
    () => `${p2(m + 1)}/${p2(day)}/${y}`,
    () => `${y}-${p2(m + 1)}-${p2(day)}`,
  ];
  const shapes = lang === 'de' ? de : en;
  return shape === undefined ? g.pick(shapes)() : shapes[shape % shapes.length]();
}
