import { CULTURES } from './names.js';
import { join, type Code, type Piece } from './markup.js';
import { Xoshiro } from './random.js';
import * as v from './values.js';
import type { TestDocument } from './markup.js';
import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';

/**
 * Test set 5's generated documents: short realistic paragraphs written per genre with slots, filled
 * with values written in many formats (unlike set 3's fixed layouts and set 4's sentence grammar).
 * A document is two to four paragraphs of one genre in random order; slots: {P} the main person,
 * {G}/{F} their given and family name, {Q} a second person, {DOB} {TEL} {TEL2} {MAIL} {ADDR} {IBAN}
 * {CARD} {TAX} {RV} {ID} {PASS} {IP} (labelled); {CO} {ORD} {DATE} {VER} {CRED} (look-alikes, unlabelled).
 */
type Lang = 'de' | 'en';
interface Genre {
  kind: string;
  de: readonly string[];
  en: readonly string[];
}

const GENRES: readonly Genre[] = [
  {
    kind: 'hr letter',
    de: [
      'Personalakte {F}, {G}\nGeburtsdatum: {DOB}\nSteuer-ID: {TAX}\nRV-Nummer: {RV}',
      'Sehr geehrte/r {P},\nwir bestätigen Ihren Eintritt zum 01.02.2027 in die Abteilung Controlling. Ihre Ansprechpartnerin ist {Q}.',
      'Bitte senden Sie den unterschriebenen Vertrag bis {DATE} zurück. Rückfragen gern unter {TEL} oder per Mail an {MAIL}.',
      'Die Vergütung wird monatlich auf das Konto {IBAN} überwiesen.',
      'Wohnanschrift laut Meldebescheinigung: {ADDR}',
    ],
    en: [
      'Employee file: {F}, {G}\nDate of birth: {DOB}\nTax reference: {TAX}\nPension no.: {RV}',
      'Dear {P},\nwe are pleased to confirm your start date of 1 February 2027 in Finance. Your buddy will be {Q}.',
      'Please return the signed contract by {DATE}. Questions: {TEL} or {MAIL}.',
      'Salary is paid monthly into account {IBAN}.',
      'Registered home address: {ADDR}',
    ],
  },
  {
    kind: 'clinic note',
    de: [
      'Patient/in: {P}, geb. {DOB}',
      'Anschrift: {ADDR}\nTelefon: {TEL}',
      'Vorstellung wegen persistierender Lumbalgie seit 6 Wochen. Physiotherapie verordnet, Kontrolle in 4 Wochen.',
      'Angehörige: {Q} (Ehepartner/in), erreichbar unter {TEL2}.',
      'Befund per Mail an {MAIL} gewünscht (Einwilligung liegt vor).',
    ],
    en: [
      'Patient: {P}   DOB {DOB}',
      'Address: {ADDR}\nPhone: {TEL}',
      'Seen today for persistent lower back pain (6 weeks). Referred for physiotherapy, review in 4 weeks.',
      'Next of kin: {Q}, contact number {TEL2}.',
      'Patient asked for results by e-mail: {MAIL} (consent recorded).',
    ],
  },
  {
    kind: 'support reply',
    de: [
      'Hallo {G},\nvielen Dank für Ihre Nachricht zu Bestellung {ORD}.',
      'Wir haben die Erstattung auf Ihre Karte {CARD} veranlasst; die Gutschrift erscheint in 3–5 Werktagen.',
      'Für Rückfragen erreichen Sie {Q} direkt unter {TEL}.',
      '> Am {DATE} schrieb {P} <{MAIL}>:\n> Meine Lieferung ist beschädigt angekommen, bitte um Ersatz.',
      'Ihr Kundenkonto ist auf {MAIL} registriert; letzte Anmeldung von {IP}.',
    ],
    en: [
      'Hi {G},\nthanks for getting in touch about order {ORD}.',
      "We've refunded your card {CARD}; please allow 3-5 working days.",
      'If anything else comes up, {Q} can be reached directly on {TEL}.',
      '> On {DATE}, {P} <{MAIL}> wrote:\n> My parcel arrived damaged, could you send a replacement?',
      'Your account is registered to {MAIL}; last sign-in from {IP}.',
    ],
  },
  {
    kind: 'travel booking',
    de: [
      'Buchungsbestätigung {ORD}\nReisende/r: {P}, geb. {DOB}',
      'Reisepass-Nr.: {PASS}',
      'Mitreisende/r: {Q}',
      'Kontakt für Flugänderungen: {TEL}, {MAIL}',
      'Bezahlt mit Kreditkarte {CARD}.',
    ],
    en: [
      'Booking confirmation {ORD}\nLead traveller: {P}, date of birth {DOB}',
      'Passport number: {PASS}',
      'Travelling with: {Q}',
      'Contact for schedule changes: {TEL}, {MAIL}',
      'Paid by card {CARD}.',
    ],
  },
  {
    kind: 'bank details change',
    de: [
      'Änderung der Bankverbindung\nKontoinhaber/in: {P}',
      'Neue IBAN: {IBAN}\nbisherige IBAN: {IBAN}',
      'Personalausweis-Nr. zur Identifikation: {ID}, Steuer-IdNr. {TAX}',
      'Anschrift: {ADDR}',
      'Bearbeitet von {Q} am {DATE}.',
    ],
    en: [
      'Change of bank details\nAccount holder: {P}',
      'New IBAN: {IBAN}\nPrevious IBAN: {IBAN}',
      'German ID card no. checked: {ID}; German tax ID {TAX}',
      'Address: {ADDR}',
      'Processed by {Q} on {DATE}.',
    ],
  },
  {
    kind: 'contact card',
    de: [
      '{P}\n{CO}\nTel. {TEL}\nMobil {TEL2}\n{MAIL}',
      'Privatadresse (nur für Notfälle): {ADDR}',
      'Assistenz: {Q}',
      'Geburtstag: {DOB} (für die Geburtstagsliste)',
    ],
    en: [
      '{P}\n{CO}\nT {TEL}\nM {TEL2}\n{MAIL}',
      'Home address (emergencies only): {ADDR}',
      'Assistant: {Q}',
      'Birthday: {DOB} (for the team calendar)',
    ],
  },
  {
    kind: 'security incident',
    de: [
      'Sicherheitsvorfall {ORD}: mehrere fehlgeschlagene Anmeldungen für {MAIL} von {IP}.',
      'Das Konto von {P} wurde vorsorglich gesperrt. Information an {Q} erfolgt.',
      'Weitere Zugriffe von {IP} um 03:12 UTC, Client-Version {VER}.',
      'Rückruf beim Nutzer unter {TEL} bestätigt: Zugriff war nicht autorisiert.',
    ],
    en: [
      'Security incident {ORD}: repeated failed logins for {MAIL} from {IP}.',
      "{P}'s account has been locked as a precaution. {Q} has been informed.",
      'Further attempts from {IP} at 03:12 UTC, client version {VER}.',
      'Call-back to the user on {TEL} confirmed the access was not authorised.',
    ],
  },
  {
    kind: 'school note',
    de: [
      'Schüler/in: {P}, geb. {DOB}, Klasse 7c',
      'Erziehungsberechtigte/r: {Q}, Tel. {TEL}',
      'Entschuldigung für das Fehlen am {DATE} (Arzttermin). Bitte Rückmeldung an {MAIL}.',
      'Anschrift: {ADDR}',
    ],
    en: [
      'Pupil: {P}, born {DOB}, Year 8',
      'Parent/carer: {Q}, tel. {TEL}',
      'Absence on {DATE} was for a medical appointment. Please reply to {MAIL}.',
      'Address: {ADDR}',
    ],
  },
];

/** Documents without personal data: the same kinds of look-alikes the hand-written ones carry. */
const NO_PERSONAL: Genre = {
  kind: 'supplier notice',
  de: [
    'Sehr geehrte Damen und Herren,\nIhre Bestellung {ORD} wurde am {DATE} versandt.',
    'Lieferant: {CO}, USt-IdNr. DE{VAT}, Gläubiger-ID {CRED}.',
    'Die Software wurde auf Version {VER} aktualisiert.',
    'Hallo zusammen, die Lieferung für die Filiale in der Goethestraße verzögert sich bis {DATE}.',
  ],
  en: [
    'Dear Sir or Madam,\nyour order {ORD} was dispatched on {DATE}.',
    'Supplier: {CO}, VAT no. DE{VAT}, creditor ID {CRED}.',
    'The software was updated to version {VER}.',
    'Hi team, the delivery for the Victoria Street branch is delayed until {DATE}.',
  ],
};

const COMPANIES = [
  'Hollweg Maschinenbau GmbH',
  'Seraphin Logistics Ltd',
  'Bergmann & Töchter KG',
  'Quayside Analytics LLP',
  'Nordlicht Solar eG',
  'Vantwerp Foods plc',
  'Kestrel Print GmbH',
  'Marlow Clinical Ltd',
];

const p2 = (n: number) => String(n).padStart(2, '0');

function dob(g: Xoshiro, lang: Lang, pupil = false): string {
  const y = pupil ? g.int(2009, 2019) : g.int(1938, 2008);
  const m = g.int(1, 12);
  const d = g.int(1, 28);
  const yy = p2(y % 100);
  const forms =
    lang === 'de'
      ? [
          `${p2(d)}.${p2(m)}.${y}`,
          `${d}.${m}.${y}`,
          `${p2(d)}.${p2(m)}.${yy}`,
          `${d}. ${MONTHS_DE[m - 1]} ${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${p2(d)}/${p2(m)}/${y}`,
        ]
      : [
          `${p2(d)}/${p2(m)}/${y}`,
          `${m}/${d}/${y}`,
          `${MONTHS_EN[m - 1]} ${d}${ordinalSuffix(d)}, ${y}`,
          `${d} ${MONTHS_EN[m - 1]} ${y}`,
          `${d}${ordinalSuffix(d)} of ${MONTHS_EN[m - 1]} '${yy}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${p2(d)}-${MONTHS_EN[m - 1].slice(0, 3)}-${y}`,
        ];
  return g.pick(forms);
}

function phone(g: Xoshiro): string {
  const k = g.int(0, 11);
  switch (k) {
    case 0:
      return `+49 (0)${g.int(30, 89)} ${g.digits(3)} ${g.digits(4)}`;
    case 1:
      return `0049 ${g.int(151, 179)} ${g.digits(7)}`;
    case 2:
      return `0${g.int(201, 989)} / ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`;
    case 3:
      return `0${g.int(30, 89)} ${g.digits(4)}-${g.digits(2)}`;
    case 4:
      return `+44 ${g.int(20, 29)} ${g.digits(4)} ${g.digits(4)}`;
    case 5:
      return `07${g.digits(3)} ${g.digits(6)}`;
    case 6:
      return `(${g.int(201, 989)}) ${g.digits(3)}-${g.digits(4)}`;
    case 7:
      return `+33 ${g.int(1, 7)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`;
    case 8:
      return `+90 ${g.int(530, 559)} ${g.digits(3)} ${g.digits(2)} ${g.digits(2)}`;
    case 9:
      return `+48 ${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`;
    case 10:
      return `+91 ${g.int(70, 99)}${g.digits(3)} ${g.digits(5)}`;
    default:
      return `+234 ${g.int(802, 909)} ${g.digits(3)} ${g.digits(4)}`;
  }
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const DOMAINS = [
  'gmail.com',
  'web.de',
  'gmx.net',
  'outlook.com',
  'posteo.de',
  'hr.kestrel-print.de',
  'mail.quayside-analytics.co.uk',
  'sales.emea.vantwerp.com',
  't-online.de',
];

function mail(g: Xoshiro, given: string, family: string): string {
  const a = fold(given.split(/[\s-]/)[0]) || 'info';
  const b = fold(family) || 'kontakt';
  const d = g.pick(DOMAINS);
  const local = g.pick([
    `${a}.${b}`,
    `${a[0]}.${b}`,
    `${a}${b}`,
    `${b}.${a}`,
    `${a}.${b}+${g.pick(['bills', 'news', 'work'])}`,
    `${a}_${b}${g.int(1, 99)}`,
  ]);
  const [host, tld, more] = d.split('.');
  if (more === undefined && g.chance(0.12)) return `${local.replace(/[+_]/g, '.')} (at) ${host} (dot) ${tld}`;
  return `${local}@${d}`;
}

const DE_STREETS = [
  'Lindenhofweg',
  'Am Kalkofen',
  'Bärenstraße',
  'Hinter der Mühle',
  'Kastanienallee',
  'Ringstr.',
  'Zur Alten Ziegelei',
  'Mühlgraben',
];
const DE_TOWNS = [
  '33098 Paderborn',
  '97070 Würzburg',
  '18055 Rostock',
  '66111 Saarbrücken',
  '87435 Kempten (Allgäu)',
  '01067 Dresden',
  '24103 Kiel',
  '54290 Trier',
];
const UK = [
  '12 Larkspur Drive, Norwich NR4 7TJ',
  'Flat 2, 41 Quarry Hill, Leeds LS2 7EY',
  '5 Tannery Lane, Kendal LA9 4QP',
  '88 Holloway Road, London N7 8JG',
];
const US = [
  '2140 Maple Ave, Evanston, IL 60201',
  '77 Juniper St, Apt 5, Portland, OR 97209',
  '410 W 18th St, Austin, TX 78701',
];

function address(g: Xoshiro, lang: Lang): string {
  if (lang === 'en' && g.chance(0.6)) return g.pick(g.chance(0.6) ? UK : US);
  const street = `${g.pick(DE_STREETS)} ${g.int(1, 140)}${g.pick(['', '', 'a', 'b'])}`;
  return `${street}${g.pick([', ', '\n', ' · '])}${g.pick(DE_TOWNS)}`;
}

interface Person {
  given: string;
  family: string;
  culture: string;
}

function person(g: Xoshiro): Person {
  const keys = Object.keys(CULTURES);
  const culture = g.pick(keys);
  const c = CULTURES[culture];
  return { given: g.pick(c.given), family: g.pick(c.family), culture };
}

function written(g: Xoshiro, p: Person): string {
  return g.pick([
    `${p.given} ${p.family}`,
    `${p.given} ${p.family}`,
    `${p.family}, ${p.given}`,
    `${p.given[0]}. ${p.family}`,
    `${p.family.toUpperCase()} ${p.given}`,
  ]);
}

function slot(g: Xoshiro, name: string, lang: Lang, main: Person, second: Person, pupil: boolean): Piece {
  const lab = (code: Code, value: string): Piece => ({ code, value });
  switch (name) {
    case 'P':
      return lab('N', written(g, main));
    case 'G':
      return lab('N', main.given);
    case 'F':
      return lab('N', main.family);
    case 'Q':
      return lab('N', written(g, second));
    case 'DOB':
      return lab('B', dob(g, lang, pupil));
    case 'TEL':
    case 'TEL2':
      return lab('T', phone(g));
    case 'MAIL':
      return lab('M', mail(g, main.given, main.family));
    case 'ADDR':
      return lab('A', address(g, lang));
    case 'IBAN':
      return lab('I', v.ibanWritten(g, v.iban(g)));
    case 'CARD':
      return lab('K', v.card(g));
    case 'TAX':
      return lab('S', v.taxIdWritten(g, v.taxId(g)));
    case 'RV':
      return lab('R', v.socialSecurity(g, fold(main.family)[0]?.toUpperCase() || 'A'));
    case 'ID':
      return lab('X', v.idCard(g));
    case 'PASS':
      return lab('Q', v.passport(g));
    case 'IP':
      return lab('V', v.ip(g));
    case 'CO':
      return g.pick(COMPANIES);
    case 'ORD':
      return `${g.pick(['AB', 'SO', 'ORD', 'BST', 'PO'])}-${g.digits(7)}`;
    case 'DATE':
      return lang === 'de' ? `${g.int(1, 28)}.${g.int(1, 12)}.2026` : `${g.int(1, 28)} ${g.pick(MONTHS_EN)} 2026`;
    case 'VER':
      return `${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 9)}`;
    case 'VAT':
      return g.digits(9);
    case 'CRED':
      return `DE${g.digits(2)}ZZZ0${g.digits(10)}`;
    default:
      throw new Error(`unknown slot {${name}}`);
  }
}

/** Case and spacing noise on plain text and on the values whose meaning it leaves intact. */
function noisy(g: Xoshiro, pieces: Piece[]): Piece[] {
  const mode = g.pick(['none', 'none', 'none', 'none', 'none', 'lower', 'upper', 'spaces', 'spaces']);
  if (mode === 'none') return pieces;
  const caseable = (code: Code) => code === 'N' || code === 'A' || code === 'B' || code === 'M';
  return pieces.map((p) => {
    if (typeof p === 'string') {
      if (mode === 'spaces')
        return p
          .replace(/ (?=\S)/g, () => (g.chance(0.15) ? '  ' : ' '))
          .replace(/\n/g, () => (g.chance(0.2) ? ' \n' : '\n'));
      return mode === 'lower' ? p.toLowerCase() : p.toUpperCase();
    }
    if (mode === 'spaces' || !caseable(p.code)) return p;
    return { code: p.code, value: mode === 'lower' ? p.value.toLowerCase() : p.value.toUpperCase() };
  });
}

function fill(g: Xoshiro, paragraph: string, lang: Lang, main: Person, second: Person, pupil: boolean): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(/\{([A-Z0-9]+)\}/g)) {
    out.push(paragraph.slice(last, m.index));
    out.push(slot(g, m[1], lang, main, second, pupil));
    last = m.index + m[0].length;
  }
  out.push(paragraph.slice(last));
  return out;
}

/** `count` documents, alternating languages; every ninth carries no personal data. */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const g = new Xoshiro(seed);
  const docs: Omit<TestDocument, 'id' | 'origin'>[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const genre = i % 9 === 4 ? NO_PERSONAL : GENRES[Math.floor(i / 2) % GENRES.length];
    const pool = [...genre[lang]];
    for (let k = pool.length - 1; k > 0; k--) {
      const j = g.int(0, k);
      [pool[k], pool[j]] = [pool[j], pool[k]];
    }
    const chosen = pool.slice(0, g.int(2, Math.min(4, pool.length)));
    const main = person(g);
    const second = person(g);
    const pieces: Piece[] = [];
    chosen.forEach((para, k) => {
      if (k > 0) pieces.push(g.pick(['\n\n', '\n\n', '\n', '\n\n\n']));
      pieces.push(...fill(g, para, lang, main, second, genre.kind === 'school note'));
    });
    docs.push({ lang, kind: genre.kind, ...join(noisy(g, pieces)) });
  }
  return docs;
}
