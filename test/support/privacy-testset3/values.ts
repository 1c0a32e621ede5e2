import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import type { Prng } from './random.js';
import { MONTHS_DE as MONATE, MONTHS_EN as MONTHS } from '../month-names.js';

export { MONATE, MONTHS };

/**
 * Value generators of test set 3. Checksum values are built from their rules and then checked with
 * the validators (which only validate); a value that fails is drawn again, so every value is valid.
 */

function until(g: Prng, make: (g: Prng) => string, ok: (s: string) => boolean): string {
  for (let i = 0; i < 10_000; i++) {
    const s = make(g);
    if (ok(s)) return s;
  }
  throw new Error('no valid value drawn');
}

const compact = (s: string) => s.replace(/[\s-]/g, '');

// ---------- German tax id (Steuer-IdNr) ----------
function taxCheckDigit(ten: string): number {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

export function taxIdDigits(g: Prng): string {
  return until(
    g,
    () => {
      const nine = g.shuffled([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
      const twice = g.pick(nine);
      const at = g.between(1, 9);
      const ten = [...nine.slice(0, at), twice, ...nine.slice(at)].join('');
      return ten + String(taxCheckDigit(ten));
    },
    (s) => s[0] !== '0' && deTaxIdValid(s),
  );
}

/** As printed: 11 digits, in the official 2-3-3-3 groups, or in threes. */
export function taxId(g: Prng): string {
  const s = taxIdDigits(g);
  switch (g.between(0, 3)) {
    case 0:
      return `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`;
    case 1:
      return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}`;
    default:
      return s;
  }
}

// ---------- German social security number (Rentenversicherungsnummer) ----------
const AREAS = [
  '02',
  '04',
  '08',
  '10',
  '12',
  '13',
  '15',
  '17',
  '18',
  '19',
  '23',
  '24',
  '25',
  '26',
  '28',
  '29',
  '38',
  '39',
  '40',
  '42',
  '43',
  '44',
  '45',
  '46',
  '48',
  '49',
  '50',
  '53',
  '55',
  '56',
  '58',
  '61',
  '63',
  '65',
  '66',
  '68',
];

export function socialSecurity(g: Prng, birth?: { d: number; m: number; y: number }, initial?: string): string {
  const raw = until(
    g,
    () => {
      const b = birth ?? { d: g.between(1, 28), m: g.between(1, 12), y: g.between(1950, 2004) };
      const letter = (initial ?? g.pick([...'ABDEFGHKLMNPRSTWZ'])).toUpperCase();
      const serial = String(g.between(0, 99)).padStart(2, '0');
      const head = `${g.pick(AREAS)}${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}`;
      const pos = String(letter.charCodeAt(0) - 64).padStart(2, '0');
      const ds = `${head}${pos}${serial}`;
      const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
      let sum = 0;
      for (let i = 0; i < 12; i++) {
        const p = Number(ds[i]) * w[i];
        sum += Math.floor(p / 10) + (p % 10);
      }
      return `${head}${letter}${serial}${sum % 10}`;
    },
    deSocialSecurityValid,
  );
  switch (g.between(0, 2)) {
    case 0:
      return `${raw.slice(0, 2)} ${raw.slice(2, 8)} ${raw.slice(8, 9)} ${raw.slice(9)}`;
    default:
      return raw;
  }
}

// ---------- ID card and passport (ICAO 9303 serials) ----------
const SERIAL = 'CFGHJKLMNPRTVWXYZ0123456789';
function serial(g: Prng, first: string): string {
  let s = g.pick([...first]);
  for (let i = 0; i < 8; i++) s += g.pick([...SERIAL]);
  return s + String(icaoCheckDigit(s));
}
export const idCard = (g: Prng) => serial(g, 'LMNPRTVWXY');
export const passport = (g: Prng) => serial(g, 'CFGHJK');

// ---------- IBAN ----------
function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}
const asDigits = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
function withCheck(country: string, bban: string): string {
  const check = 98 - mod97(asDigits(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}
const letters = (g: Prng, n: number) =>
  Array.from({ length: n }, () => g.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])).join('');
const BBAN: Record<string, (g: Prng) => string> = {
  DE: (g) =>
    g.pick(['10050000', '20041111', '37040044', '50010517', '70150000', '43060967', '12030000', '76050101']) +
    g.digits(10),
  AT: (g) => g.pick(['20111', '12000', '32000', '14000']) + g.digits(11),
  CH: (g) => g.pick(['00762', '00230', '08390']) + g.digits(12),
  NL: (g) => g.pick(['INGB', 'RABO', 'ABNA', 'TRIO']) + g.digits(10),
  GB: (g) => g.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + g.digits(14),
  BE: (g) => g.digits(12),
  FR: (g) => g.digits(10) + g.digits(11) + g.digits(2),
  ES: (g) => g.digits(20),
  IT: (g) => letters(g, 1) + g.digits(10) + g.digits(12),
  PL: (g) => g.digits(24),
};
export function ibanCompact(g: Prng, country?: string): string {
  const c = country ?? g.pick(['DE', 'DE', 'DE', 'DE', 'AT', 'CH', 'NL', 'GB', 'BE', 'FR', 'ES', 'IT', 'PL']);
  return until(
    g,
    () => withCheck(c, BBAN[c](g)),
    (s) => isValidIBAN(s),
  );
}
/** Grouped by four on paper, compact in exports. */
export function iban(g: Prng, country?: string): string {
  const s = ibanCompact(g, country);
  return g.chance(0.6) ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}

/** SEPA creditor identifier: a look-alike of an IBAN that is not personal data. */
export function creditorId(g: Prng): string {
  const own = `${letters(g, 3).replace(/./g, 'Z')}0${g.digits(10)}`;
  const check = 98 - mod97(asDigits(own.slice(3) + 'DE00'));
  return `DE${String(check).padStart(2, '0')}${own}`;
}

/** Parcel numbers in the shapes carriers print; never labelled. */
export function trackingNumber(g: Prng): string {
  switch (g.between(0, 3)) {
    case 0:
      return `00340434${g.digits(12)}`;
    case 1:
      return `1Z${letters(g, 3)}${g.digits(3)}${g.digits(10)}`;
    case 2:
      return `JJD00${g.digits(16)}`;
    default:
      return `${g.digits(4)} ${g.digits(4)} ${g.digits(4)}`;
  }
}

// ---------- cards ----------
function luhnComplete(partial: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(partial + c)) return partial + c;
  throw new Error('luhn');
}
export function cardDigits(g: Prng): string {
  const kind = g.between(0, 3);
  if (kind === 0) return luhnComplete(g.pick(['34', '37']) + g.digits(12));
  const prefix =
    kind === 1
      ? '4' + g.digits(5)
      : kind === 2
        ? String(g.between(51, 55)) + g.digits(4)
        : '2' + String(g.between(221, 720)) + g.digits(2);
  return luhnComplete(prefix + g.digits(15 - prefix.length));
}
export function card(g: Prng): string {
  const s = until(g, cardDigits, luhnValid);
  const sep = g.pick([' ', ' ', '-', '']);
  if (s.length === 15) return [s.slice(0, 4), s.slice(4, 10), s.slice(10)].join(sep);
  return s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

// ---------- IP addresses ----------
export function ipv4(g: Prng): string {
  const first = g.pick([
    31, 37, 46, 62, 77, 78, 79, 80, 84, 85, 87, 88, 91, 93, 95, 109, 141, 176, 178, 185, 188, 193, 195, 212, 213, 217,
  ]);
  const kind = g.between(0, 5);
  if (kind === 0) return `192.168.${g.between(0, 20)}.${g.between(2, 254)}`;
  if (kind === 1) return `10.${g.between(0, 255)}.${g.between(0, 255)}.${g.between(1, 254)}`;
  return `${first}.${g.between(0, 255)}.${g.between(0, 255)}.${g.between(1, 254)}`;
}
export function ipv6(g: Prng): string {
  const h = () => g.between(0, 0xffff).toString(16);
  const prefix = g.pick(['2a02:810d', '2003:e2', '2a01:c22', '2001:16b8', '2a00:20', '2a02:908', 'fe80:0']);
  if (prefix === 'fe80:0') return `fe80::${h()}:${h()}:${h()}:${h()}`;
  // every prefix is two groups: six more make a full address, or two, "::" and one a compressed one
  return g.chance(0.5) ? `${prefix}:${h()}:${h()}::${h()}` : [prefix, h(), h(), h(), h(), h(), h()].join(':');
}
export const ip = (g: Prng) => (g.chance(0.7) ? ipv4(g) : ipv6(g));

// ---------- phones ----------
export const PHONE_REGIONS: CountryCode[] = [
  'DE',
  'AT',
  'CH',
  'GB',
  'IE',
  'US',
  'FR',
  'NL',
  'BE',
  'IT',
  'ES',
  'PL',
  'TR',
  'NG',
  'IN',
  'GR',
  'PT',
  'NO',
];
export const phoneValid = (s: string) => PHONE_REGIONS.some((c) => isValidPhoneNumber(s, c));

const AREA_CODES = [
  '30',
  '40',
  '89',
  '69',
  '221',
  '211',
  '711',
  '351',
  '341',
  '511',
  '911',
  '421',
  '231',
  '201',
  '761',
  '6221',
  '4331',
  '5251',
  '7531',
  '3641',
];
const MOBILE = [
  '151',
  '152',
  '157',
  '159',
  '160',
  '162',
  '163',
  '170',
  '171',
  '172',
  '173',
  '174',
  '175',
  '176',
  '177',
  '178',
  '179',
];

export function germanPhone(g: Prng): string {
  return until(
    g,
    () => {
      const mobile = g.chance(0.5);
      const area = mobile ? g.pick(MOBILE) : g.pick(AREA_CODES);
      const len = mobile ? (area.startsWith('15') ? 8 : g.pick([7, 8])) : 10 - area.length + g.between(0, 1);
      const sub = (mobile ? '' : String(g.between(2, 9))) + g.digits(mobile ? len : len - 1);
      switch (g.between(0, 9)) {
        case 0:
          return `+49 ${area} ${sub}`;
        case 1:
          return `+49 (0)${area} ${sub}`;
        case 2:
          return `0049 ${area} ${sub}`;
        case 3:
          return `0${area}/${sub}`;
        case 4:
          return `(0${area}) ${sub.replace(/(\d{2})(?=\d{2})/g, '$1 ')}`;
        case 5:
          return `0${area}-${sub}`;
        case 6:
          return `+49${area}${sub}`;
        case 7: // DIN 5008 extension, on landlines only
          return mobile ? `0${area} ${sub}` : `0${area} ${sub.slice(0, sub.length - 2)}-${sub.slice(-2)}`;
        default:
          return `0${area} ${sub.length > 6 ? sub.slice(0, 3) + ' ' + sub.slice(3) : sub}`;
      }
    },
    phoneValid,
  );
}

const ABROAD: ((g: Prng) => string)[] = [
  (g) => `+44 7${g.between(400, 999)} ${g.digits(6)}`,
  (g) => `07${g.between(400, 999)} ${g.digits(3)} ${g.digits(3)}`,
  (g) => `+44 20 ${g.between(7, 8)}${g.digits(3)} ${g.digits(4)}`,
  (g) => `0161 ${g.between(2, 9)}${g.digits(2)} ${g.digits(4)}`,
  (g) => `+1 (${g.pick(['312', '415', '617', '206', '512', '303'])}) ${g.between(2, 9)}${g.digits(2)}-${g.digits(4)}`,
  (g) => `${g.pick(['212', '718', '646', '404', '215'])}-${g.between(2, 9)}${g.digits(2)}-${g.digits(4)}`,
  (g) => `+33 6 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
  (g) => `+31 6 ${g.digits(8)}`,
  (g) => `+43 ${g.pick(['664', '676', '699'])} ${g.digits(7)}`,
  (g) => `+41 ${g.pick(['76', '78', '79'])} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
  (g) => `+90 5${g.between(30, 59)} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`,
  (g) => `+48 ${g.pick(['501', '601', '691', '790'])} ${g.digits(3)} ${g.digits(3)}`,
  (g) => `+39 3${g.between(20, 49)} ${g.digits(3)} ${g.digits(4)}`,
  (g) => `+34 6${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
  (g) => `+234 80${g.between(2, 9)} ${g.digits(3)} ${g.digits(4)}`,
  (g) => `+91 9${g.digits(4)} ${g.digits(5)}`,
  (g) => `+353 8${g.between(5, 7)} ${g.digits(3)} ${g.digits(4)}`,
];
export function foreignPhone(g: Prng): string {
  return until(g, (h) => h.pick(ABROAD)(h), phoneValid);
}
export const phone = (g: Prng, lang: 'de' | 'en') =>
  lang === 'de' ? (g.chance(0.8) ? germanPhone(g) : foreignPhone(g)) : g.chance(0.6) ? foreignPhone(g) : germanPhone(g);

// ---------- dates of birth ----------
const ORDINAL_DE = [
  'ersten',
  'zweiten',
  'dritten',
  'vierten',
  'fünften',
  'sechsten',
  'siebten',
  'achten',
  'neunten',
  'zehnten',
  'elften',
  'zwölften',
  'dreizehnten',
  'vierzehnten',
  'fünfzehnten',
  'sechzehnten',
  'siebzehnten',
  'achtzehnten',
  'neunzehnten',
  'zwanzigsten',
  'einundzwanzigsten',
  'zweiundzwanzigsten',
  'dreiundzwanzigsten',
  'vierundzwanzigsten',
  'fünfundzwanzigsten',
  'sechsundzwanzigsten',
  'siebenundzwanzigsten',
  'achtundzwanzigsten',
];
const pad = (n: number) => String(n).padStart(2, '0');
const th = (n: number) =>
  n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';

export interface Birth {
  d: number;
  m: number;
  y: number;
}
export const birth = (g: Prng): Birth => ({ d: g.between(1, 28), m: g.between(1, 12), y: g.between(1941, 2007) });

export function dateOfBirth(g: Prng, lang: 'de' | 'en', b: Birth = birth(g)): string {
  const yy = pad(b.y % 100);
  if (lang === 'de')
    return g.pick([
      `${pad(b.d)}.${pad(b.m)}.${b.y}`,
      `${b.d}.${b.m}.${b.y}`,
      `${pad(b.d)}.${pad(b.m)}.${yy}`,
      `${b.d}. ${MONATE[b.m - 1]} ${b.y}`,
      `${b.y}-${pad(b.m)}-${pad(b.d)}`,
      `${ORDINAL_DE[b.d - 1]} ${MONATE[b.m - 1]} ${b.y}`,
      `${pad(b.d)}. ${MONATE[b.m - 1].slice(0, 3)}. ${b.y}`,
    ]);
  return g.pick([
    `${pad(b.d)}/${pad(b.m)}/${b.y}`,
    `${pad(b.m)}/${pad(b.d)}/${b.y}`,
    `${b.d} ${MONTHS[b.m - 1]} ${b.y}`,
    `${MONTHS[b.m - 1]} ${b.d}, ${b.y}`,
    `${pad(b.d)}-${MONTHS[b.m - 1].slice(0, 3)}-${b.y}`,
    `${b.d}${th(b.d)} of ${MONTHS[b.m - 1]} ${b.y}`,
    `${pad(b.d)}/${pad(b.m)}/${yy}`,
    `${b.y}-${pad(b.m)}-${pad(b.d)}`,
  ]);
}

// ---------- e-mail ----------
const FREEMAIL = [
  'posteo.de',
  'web.de',
  'gmx.net',
  't-online.de',
  'mailbox.org',
  'outlook.com',
  'yahoo.co.uk',
  'icloud.com',
  'proton.me',
  'btinternet.com',
];
const WORKMAIL = [
  'mail.fh-ostwestfalen.de',
  'stud.uni-randstadt.de',
  'eu.corp.quillmark.co.uk',
  'mx1.kanzlei-ebersberg.de',
  'intern.stadtwerke-norderau.de',
  'kliniken.lahnbogen.de',
  'de.ops.copperleaf.io',
  'students.harrowgate.ac.uk',
  'fördetal-logistik.de'.replace('ö', 'oe'),
  'staff.redwater-events.com',
];
export const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export function email(g: Prng, given: string, family: string): string {
  const f = ascii(given);
  const l = ascii(family);
  const local = g.pick([
    `${f}.${l}`,
    `${f[0]}.${l}`,
    `${f}${l}`,
    `${f}_${l}`,
    `${l}.${f}`,
    `${f}${g.between(70, 99)}`,
    `${f[0]}${l}`,
    `${l}-${f[0]}`,
  ]);
  return `${local}@${g.chance(0.5) ? g.pick(FREEMAIL) : g.pick(WORKMAIL)}`;
}

// ---------- postal addresses ----------
const STREETS_DE = [
  'Lindenhof',
  'Am Mühlbach',
  'Ringstraße',
  'Kastanienallee',
  'Hohe Straße',
  'Auf der Heide',
  'Bergmannstraße',
  'Sandweg',
  'Fliederweg',
  'Zum Steinbruch',
  'Wiesenstr.',
  'Hauptstraße',
  'Im Winkel',
  'Uferpromenade',
  'Drosselgasse',
  'Schillerplatz',
  'Marktstraße',
  'An der Ziegelei',
];
const CITIES_DE: [string, string][] = [
  ['10', 'Berlin'],
  ['20', 'Hamburg'],
  ['80', 'München'],
  ['50', 'Köln'],
  ['60', 'Frankfurt am Main'],
  ['70', 'Stuttgart'],
  ['04', 'Leipzig'],
  ['01', 'Dresden'],
  ['30', 'Hannover'],
  ['90', 'Nürnberg'],
  ['28', 'Bremen'],
  ['44', 'Dortmund'],
  ['79', 'Freiburg im Breisgau'],
  ['69', 'Heidelberg'],
  ['24', 'Kiel'],
  ['99', 'Weimar'],
  ['66', 'Saarbrücken'],
  ['93', 'Regensburg'],
];
const STREETS_EN = [
  'Albion Road',
  'Bishopsgate Row',
  'Orchard Close',
  'Tanners Lane',
  'Victoria Terrace',
  'Hawthorn Avenue',
  'Church Street',
  'Elmfield Drive',
  'Quarry Hill',
  'Station Approach',
  'Maple Crescent',
  'Ferry Road',
];
const TOWNS_UK: [string, string][] = [
  ['Leicester', 'LE'],
  ['Cardiff', 'CF'],
  ['Bristol', 'BS'],
  ['York', 'YO'],
  ['Brighton', 'BN'],
  ['Nottingham', 'NG'],
  ['Exeter', 'EX'],
  ['Glasgow', 'G'],
  ['Oxford', 'OX'],
  ['Bath', 'BA'],
];
const TOWNS_US: [string, string, string][] = [
  ['Madison', 'WI', '537'],
  ['Boulder', 'CO', '803'],
  ['Savannah', 'GA', '314'],
  ['Portland', 'OR', '972'],
  ['Ann Arbor', 'MI', '481'],
  ['Austin', 'TX', '787'],
];

export function germanAddress(g: Prng, multiline = g.chance(0.4)): string {
  const [plz, city] = g.pick(CITIES_DE);
  const no = `${g.between(1, 140)}${g.chance(0.15) ? g.pick(['a', 'b', 'c']) : ''}`;
  const street = `${g.pick(STREETS_DE)} ${no}`;
  const code = `${plz}${g.digits(3)}`;
  return multiline ? `${street}\n${code} ${city}` : `${street}, ${code} ${city}`;
}
export function englishAddress(g: Prng, multiline = g.chance(0.4)): string {
  if (g.chance(0.3)) {
    const [city, st, zip] = g.pick(TOWNS_US);
    const line = `${g.between(100, 9999)} ${g.pick(STREETS_EN)}`;
    return multiline ? `${line}\n${city}, ${st} ${zip}${g.digits(2)}` : `${line}, ${city}, ${st} ${zip}${g.digits(2)}`;
  }
  const [town, area] = g.pick(TOWNS_UK);
  const pc = `${area}${g.between(1, 19)} ${g.between(1, 9)}${letters(g, 2).replace(/[CIKMOV]/g, 'W')}`;
  const line = `${g.between(1, 220)} ${g.pick(STREETS_EN)}`;
  return multiline ? `${line}\n${town}\n${pc}` : `${line}, ${town} ${pc}`;
}
export const address = (g: Prng, lang: 'de' | 'en') => (lang === 'de' ? germanAddress(g) : englishAddress(g));
export { compact };
