import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import { CULTURES } from './names.js';
import { Rng } from './random.js';
import { card, grouped, iban, idCard, ipv4, ipv6, passport, pensionNumber, taxId } from './values.js';

/**
 * Test set 10's generated part: a simulated e-mail corpus of reply chains. Each document is one thread of
 * two to five messages between two to four people of a small practice or agency and its clients; every
 * reply quotes the whole chain below it ("> ", then "> > ", or an Outlook header block), so the same
 * people, numbers and addresses come back several times, and each writer's signature drifts from message
 * to message (full, short, initials, phone written another way, new title, "sent from my phone").
 */

type Lang = 'de' | 'en';
type Seg = string | { type: string; value: string };

interface Person {
  given: string;
  family: string;
  culture: string;
  email: string;
  phone: Digits;
  birth: { d: number; m: number; y: number };
  address: string;
  title?: string;
}

/** A phone number as parts, written a different way each time. */
interface Digits {
  country: string;
  area: string;
  rest: string;
}

interface Org {
  name: string;
  domain: string;
  street: string;
  kind: string;
  phone: Digits;
}

const ORGS: Record<Lang, Org[]> = {
  de: [
    {
      name: 'Kanzlei am Lindenplatz',
      domain: 'kanzlei-lindenplatz.de',
      street: 'Lindenplatz 3, 20099 Hamburg',
      kind: 'law',
      phone: { country: '49', area: '40', rest: '3098710' },
    },
    {
      name: 'TalentBrücke Personalberatung GmbH',
      domain: 'talentbruecke.de',
      street: 'Lindenplatz 3, 20099 Hamburg',
      kind: 'recruit',
      phone: { country: '49', area: '40', rest: '30986640' },
    },
    {
      name: 'Hausmakler Nordlicht e.K.',
      domain: 'nordlicht-makler.de',
      street: 'Steindamm 58, 20099 Hamburg',
      kind: 'letting',
      phone: { country: '49', area: '40', rest: '2801944' },
    },
    {
      name: 'Zahnarztpraxis Lindenplatz',
      domain: 'zahnarzt-lindenplatz.de',
      street: 'Lindenplatz 3, 20099 Hamburg',
      kind: 'dental',
      phone: { country: '49', area: '40', rest: '3098550' },
    },
    {
      name: 'Kita Pusteblume gGmbH',
      domain: 'kita-pusteblume-hh.de',
      street: 'Alsterdorfer Markt 6, 22297 Hamburg',
      kind: 'care',
      phone: { country: '49', area: '40', rest: '5117302' },
    },
    {
      name: 'Steuerberatung Hadersleben & Partner mbB',
      domain: 'stb-hadersleben.de',
      street: 'Lange Reihe 101, 20099 Hamburg',
      kind: 'tax',
      phone: { country: '49', area: '40', rest: '2470815' },
    },
  ],
  en: [
    {
      name: 'Gorse Lane Solicitors LLP',
      domain: 'gorselane.co.uk',
      street: '14 Gorse Lane, Bristol BS8 1DH',
      kind: 'law',
      phone: { country: '44', area: '117', rest: '4960288' },
    },
    {
      name: 'Keel Recruitment Ltd',
      domain: 'keelrecruitment.co.uk',
      street: 'Quay House, Harbourside, Bristol BS1 4SB',
      kind: 'recruit',
      phone: { country: '44', area: '117', rest: '4960510' },
    },
    {
      name: 'Brunel Lettings Limited',
      domain: 'brunel-lettings.co.uk',
      street: '52 Whiteladies Road, Bristol BS8 2NH',
      kind: 'letting',
      phone: { country: '44', area: '117', rest: '4960733' },
    },
    {
      name: 'Redcliffe Dental Care',
      domain: 'redcliffedental.co.uk',
      street: '3 Redcliffe Parade, Bristol BS1 6SP',
      kind: 'dental',
      phone: { country: '44', area: '117', rest: '4960400' },
    },
    {
      name: 'Little Acorns Nursery',
      domain: 'littleacorns-bristol.co.uk',
      street: '8 Picton Street, Bristol BS6 5QA',
      kind: 'care',
      phone: { country: '44', area: '117', rest: '4960119' },
    },
    {
      name: 'Quayside Tax Advisers',
      domain: 'quaysidetax.co.uk',
      street: '2 Narrow Quay, Bristol BS1 4QA',
      kind: 'tax',
      phone: { country: '44', area: '117', rest: '4960377' },
    },
  ],
};

/** The kinds of thread; 'bulletin' carries no personal data (a circular forwarded without addresses). */
const KINDS = [
  'case',
  'appointment',
  'candidate',
  'tenancy',
  'invoice',
  'enrolment',
  'onboarding',
  'travel',
  'security',
  'bulletin',
] as const;
type Kind = (typeof KINDS)[number];
const ORG_OF: Record<Kind, string[]> = {
  case: ['law'],
  appointment: ['dental', 'law', 'tax'],
  candidate: ['recruit'],
  tenancy: ['letting'],
  invoice: ['law', 'tax', 'dental', 'letting'],
  enrolment: ['care'],
  onboarding: ['dental', 'law', 'recruit', 'care'],
  travel: ['recruit', 'law'],
  security: ['tax', 'letting', 'recruit'],
  bulletin: ['law', 'dental', 'care', 'letting'],
};

const fold = (s: string) =>
  s
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');

const DE_STREETS = [
  'Mühlenkamp',
  'Barmbeker Markt',
  'Stresemannstraße',
  'Bei den Mühren',
  'Holstenkamp',
  'Fuhlsbüttler Str.',
  'Am Sandtorkai',
  'Rübenkamp',
  'Winterhuder Weg',
  'Kieler Straße',
  'Papenreye',
  'Lokstedter Steindamm',
  'Bahrenfelder Chaussee',
  'Am Weiher',
];
const DE_TOWNS: [string, string][] = [
  ['22303', 'Hamburg'],
  ['22305', 'Hamburg'],
  ['22525', 'Hamburg'],
  ['22767', 'Hamburg'],
  ['21029', 'Hamburg'],
  ['22846', 'Norderstedt'],
  ['25421', 'Pinneberg'],
  ['21465', 'Reinbek'],
  ['23843', 'Bad Oldesloe'],
  ['21335', 'Lüneburg'],
  ['24103', 'Kiel'],
];
const EN_STREETS = [
  'Gloucester Road',
  'Cheltenham Road',
  'Nelson Street',
  'St Marks Road',
  'Hampton Park',
  'Bedminster Parade',
  'Zetland Road',
  'Berkeley Square',
  'Ravenswood Road',
  'Hillgrove Street',
  'Effingham Road',
  'Windmill Hill',
];
const EN_TOWNS = ['Bristol', 'Bristol', 'Bristol', 'Bath', 'Keynsham', 'Portishead', 'Clevedon'];

function postcode(rng: Rng, town: string): string {
  const out =
    town === 'Bath' ? 'BA' + rng.int(1, 2) : town === 'Bristol' ? 'BS' + rng.int(1, 16) : 'BS' + rng.int(20, 49);
  const l = 'ABDEFGHJLNPQRSTUWXYZ';
  return `${out} ${rng.int(1, 9)}${l[rng.int(0, l.length - 1)]}${l[rng.int(0, l.length - 1)]}`;
}

function address(rng: Rng, lang: Lang): string {
  if (lang === 'de') {
    const [plz, town] = rng.pick(DE_TOWNS);
    return `${rng.pick(DE_STREETS)} ${rng.int(1, 180)}${rng.chance(0.2) ? rng.pick(['a', 'b', 'c']) : ''}, ${plz} ${town}`;
  }
  const town = rng.pick(EN_TOWNS);
  const flat = rng.chance(0.25) ? `Flat ${rng.int(1, 12)}, ` : '';
  return `${flat}${rng.int(1, 140)} ${rng.pick(EN_STREETS)}, ${town} ${postcode(rng, town)}`;
}

const FOREIGN: Digits[] = [
  { country: '90', area: '532', rest: '' },
  { country: '48', area: '601', rest: '' },
  { country: '33', area: '6', rest: '' },
  { country: '91', area: '98', rest: '' },
  { country: '234', area: '803', rest: '' },
  { country: '31', area: '6', rest: '' },
  { country: '1', area: '415', rest: '' },
];

function phoneFor(rng: Rng, lang: Lang): Digits {
  const num = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  if (rng.chance(0.1)) {
    const f = rng.pick(FOREIGN);
    return { ...f, rest: String(rng.int(1, 9)) + num(f.country === '1' ? 6 : 7) };
  }
  if (lang === 'de')
    return rng.chance(0.6)
      ? {
          country: '49',
          area: rng.pick(['151', '152', '157', '160', '162', '170', '172', '176', '177', '179']),
          rest: num(rng.pick([7, 8])),
        }
      : { country: '49', area: rng.pick(['40', '4101', '4106', '431', '4131']), rest: String(rng.int(2, 9)) + num(6) };
  return rng.chance(0.6)
    ? { country: '44', area: '7700', rest: '900' + num(3) }
    : { country: '44', area: rng.pick(['117', '1225', '1275']), rest: '496' + num(4) };
}

/** One of the many ways people write the same number. */
function writePhone(rng: Rng, p: Digits, ext?: number): string {
  const r = p.rest;
  const pairs = r.match(/.{1,2}/g)!.join(' ');
  const home = p.country === '49' || p.country === '44';
  const options = home
    ? [
        `0${p.area} ${r}`,
        `0${p.area}/${pairs}`,
        `+${p.country} ${p.area} ${r}`,
        `+${p.country} (0)${p.area} ${r.slice(0, 3)} ${r.slice(3)}`,
        `00${p.country} ${p.area} ${r}`,
        `0${p.area}-${r.slice(0, 3)} ${r.slice(3)}`,
        `(0${p.area}) ${r.slice(0, 3)} ${r.slice(3)}`,
      ]
    : [
        `+${p.country} ${p.area} ${r.slice(0, 3)} ${r.slice(3)}`,
        `00${p.country} ${p.area} ${r}`,
        `+${p.country}${p.area}${r}`,
      ];
  const base = rng.pick(options);
  if (ext === undefined) return base;
  return rng.chance(0.5) ? `${base}-${ext}` : `${base} ext. ${ext}`;
}

function writeBirth(rng: Rng, b: Person['birth'], lang: Lang): string {
  const dd = String(b.d).padStart(2, '0');
  const mm = String(b.m).padStart(2, '0');
  const yy = String(b.y % 100).padStart(2, '0');
  const de = [
    `${dd}.${mm}.${b.y}`,
    `${b.d}.${b.m}.${b.y}`,
    `${dd}.${mm}.${yy}`,
    `${b.d}. ${MONTHS_DE[b.m - 1]} ${b.y}`,
    `${b.y}-${mm}-${dd}`,
  ];
  const en = [
    `${dd}/${mm}/${b.y}`,
    `${b.d}/${b.m}/${yy}`,
    `${MONTHS_EN[b.m - 1]} ${b.d}, ${b.y}`,
    `${b.d}${ordinalSuffix(b.d)} ${MONTHS_EN[b.m - 1]} ${b.y}`,
    `${b.d} ${MONTHS_EN[b.m - 1].slice(0, 3)} ${b.y}`,
    `${b.y}-${mm}-${dd}`,
  ];
  return rng.pick(lang === 'de' ? de : en);
}

const PROVIDERS: Record<Lang, string[]> = {
  de: ['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'gmail.com', 'mailbox.org', 'outlook.de', 'freenet.de'],
  en: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk', 'icloud.com', 'hotmail.co.uk', 'proton.me'],
};

function person(rng: Rng, lang: Lang, used: Set<string>): Person {
  for (;;) {
    const culture = rng.pick(Object.keys(CULTURES));
    const c = CULTURES[culture];
    const given = rng.pick(c.given);
    const family = rng.pick(c.family);
    if (used.has(family)) continue;
    used.add(family);
    const g = fold(given.split(/[\s-]/)[0]);
    const f = fold(family.replace(/^(van der|van|de|ten|do|al|el|bin|lo|della) /i, ''));
    const local = rng.pick([
      `${g}.${f}`,
      `${g[0]}.${f}`,
      `${g}${f}`,
      `${f}.${g}`,
      `${g}_${f}${rng.int(1, 99)}`,
      `${g}.${f}+post`,
    ]);
    const year = rng.int(1948, 2004);
    return {
      given,
      family,
      culture,
      email: `${local}@${rng.pick(PROVIDERS[lang])}`,
      phone: phoneFor(rng, lang),
      birth: { d: rng.int(1, 28), m: rng.int(1, 12), y: year },
      address: address(rng, lang),
    };
  }
}

function staff(rng: Rng, org: Org, lang: Lang, used: Set<string>): Person {
  const p = person(rng, lang, used);
  const f = fold(p.family.replace(/^(van der|van|de|ten|do|al|el|bin|lo|della) /i, ''));
  p.email = rng.chance(0.5)
    ? `${fold(p.given.split(/[\s-]/)[0])[0]}.${f}@${org.domain}`
    : `${f}@${rng.chance(0.3) ? 'mail.' : ''}${org.domain}`;
  p.phone = { ...org.phone, rest: org.phone.rest };
  const titles: Record<string, Record<Lang, string[]>> = {
    law: {
      de: ['Rechtsanwältin', 'Rechtsanwalt', 'Rechtsfachwirtin', 'Sekretariat'],
      en: ['Associate', 'Partner', 'Trainee Solicitor', 'Legal Secretary'],
    },
    recruit: {
      de: ['Senior Consultant', 'Researcherin', 'Teamleitung IT-Recruiting'],
      en: ['Senior Consultant', 'Resourcer', 'Director'],
    },
    letting: {
      de: ['Immobilienmaklerin', 'Vermietung', 'Objektbetreuung'],
      en: ['Lettings Negotiator', 'Property Manager', 'Branch Manager'],
    },
    dental: { de: ['Praxismanagerin', 'Rezeption', 'Zahnärztin'], en: ['Practice Manager', 'Reception', 'Dentist'] },
    care: { de: ['Kita-Leitung', 'Erzieherin', 'Verwaltung'], en: ['Nursery Manager', 'Room Leader', 'Admin'] },
    tax: {
      de: ['Steuerberaterin', 'Steuerfachangestellte', 'Lohnbuchhaltung'],
      en: ['Tax Adviser', 'Payroll Officer', 'Client Manager'],
    },
  };
  p.title = rng.pick(titles[org.kind][lang]);
  return p;
}

/** The names a writer goes by, written one of several ways. */
function nameVariants(p: Person, rng: Rng): string {
  const eastAsian = ['chinese', 'vietnamese', 'korean'].includes(p.culture);
  return rng.pick([
    `${p.given} ${p.family}`,
    `${p.given} ${p.family}`,
    eastAsian ? `${p.family} ${p.given}` : `${p.family}, ${p.given}`,
    `${p.given[0]}. ${p.family}`,
  ]);
}

const N = (value: string): Seg => ({ type: 'PERSON', value });
const V = (type: string, value: string): Seg => ({ type, value });

interface Message {
  from: Person;
  to: Person[];
  date: string;
  body: Seg[];
}

interface Thread {
  lang: Lang;
  kind: Kind;
  org: Org;
  subject: string;
  messages: Message[];
}

/** A signature that drifts: each call may come out full, short, initials only or from a phone. */
function signature(rng: Rng, p: Person, org: Org, lang: Lang, bare: boolean): Seg[] {
  const greet = rng.pick(
    lang === 'de'
      ? ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'VG', 'Gruß']
      : ['Best wishes', 'Kind regards', 'Thanks', 'Best', 'Cheers'],
  );
  const style = rng.int(0, 4);
  if (style === 0) return [`${greet}\n${p.given[0]}.`]; // an initial alone is not labelled
  if (style === 1) return [`${greet}\n`, N(p.given)];
  if (style === 2 && !bare)
    return [`${greet}\n`, N(p.given), lang === 'de' ? '\n\nVon meinem iPhone gesendet' : '\n\nSent from my phone'];
  const seg: Seg[] = [`${greet}\n\n--\n`, N(`${p.given} ${p.family}`)];
  if (p.title) seg.push(`\n${p.title}${rng.chance(0.4) ? ' | ' + org.name : ''}`);
  if (bare) return seg;
  seg.push(
    `\n${rng.pick(lang === 'de' ? ['Tel.', 'T', 'Tel:', 'Fon'] : ['Tel:', 'T:', 'Phone:', 'Direct line:'])} `,
    V('PHONE_NUMBER', writePhone(rng, p.phone, p.title && rng.chance(0.4) ? rng.int(10, 49) : undefined)),
  );
  if (rng.chance(0.5)) seg.push(' | ', V('EMAIL_ADDRESS', p.email));
  if (p.title) seg.push(`\n${org.street}`);
  return seg;
}

const isoDay = (lang: Lang, day: number, hour: number, min: number) => {
  const d = new Date(Date.UTC(2026, 10, day, hour, min));
  const dd = d.getUTCDate();
  const m = d.getUTCMonth();
  const t = `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  return lang === 'de' ? `${dd}. ${MONTHS_DE[m]} 2026 ${t}` : `${dd} ${MONTHS_EN[m]} 2026 ${t}`;
};

/** The content of each message of a thread: the client's requests and the office's answers, by kind. */
function compose(rng: Rng, lang: Lang, kind: Kind, org: Org, used: Set<string>): Thread {
  const de = lang === 'de';
  const office = staff(rng, org, lang, used);
  const client = person(rng, lang, used);
  const second = staff(rng, org, lang, used);
  const third = person(rng, lang, used);
  /** A relative or friend a client names (an emergency contact), with a private phone. */
  const relative = person(rng, lang, used);
  const caseNo = `LP-26-${String(rng.int(100, 9999)).padStart(4, '0')}`;
  const invNo = `RG-10-${rng.int(40000, 49999)}`;
  const hello = (p: Person) =>
    rng.pick<Seg[]>(
      de
        ? [
            ['Hallo ', N(p.given), ',\n\n'],
            ['Sehr geehrte/r ', N(`${p.given} ${p.family}`), ',\n\n'],
            ['Guten Tag ', N(`${p.given} ${p.family}`), ',\n\n'],
            ['Liebe/r ', N(p.given), ',\n\n'],
          ]
        : [
            ['Hi ', N(p.given), ',\n\n'],
            ['Dear ', N(`${p.given} ${p.family}`), ',\n\n'],
            ['Dear Ms/Mr ', N(p.family), ',\n\n'],
            ['Hello ', N(p.given), ',\n\n'],
          ],
    );
  const dob = (p: Person): Seg => V('DATE_OF_BIRTH', writeBirth(rng, p.birth, lang));
  const adr = (p: Person): Seg => V('POSTAL_ADDRESS', p.address);
  const tel = (p: Person): Seg => V('PHONE_NUMBER', writePhone(rng, p.phone));
  const mail = (p: Person): Seg => V('EMAIL_ADDRESS', p.email);
  const ibanSeg = (): Seg => {
    const v = iban(rng, de ? rng.pick(['DE', 'DE', 'AT', 'NL']) : rng.pick(['GB', 'GB', 'DE', 'CH']));
    return V('IBAN_CODE', rng.chance(0.6) ? grouped(v) : rng.chance(0.2) ? v.toLowerCase() : v);
  };
  let subject = '';
  let bodies: Seg[][] = [];
  let people: Person[] = [client, office];
  switch (kind) {
    case 'case':
      subject = de ? `Ihr Anliegen – Az. ${caseNo}` : `Your matter – our ref ${caseNo}`;
      bodies = [
        de
          ? [
              'Sehr geehrte Damen und Herren,\n\nich habe eine Kündigung meines Arbeitgebers bekommen und brauche dringend Beratung. Erreichbar bin ich unter ',
              tel(client),
              '.',
            ]
          : [
              'Dear Sir or Madam,\n\nmy landlord has served a section 21 notice and I need advice urgently. You can reach me on ',
              tel(client),
              '.',
            ],
        [
          ...hello(client),
          ...(de
            ? [
                'vielen Dank. Für die Mandatsaufnahme benötigen wir Ihr Geburtsdatum, Ihre Anschrift und eine Kopie Ihres Ausweises. Termin wäre am Donnerstag möglich.',
              ]
            : ([
                'thank you. To open a file we need your date of birth, your address and a copy of photo ID. We could see you on Thursday.',
              ] as Seg[])),
        ],
        de
          ? [
              'Guten Tag,\n\ngeboren bin ich am ',
              dob(client),
              ', wohnhaft ',
              adr(client),
              '. Personalausweis-Nr. ',
              V('DE_ID_CARD', idCard(rng)),
              '. Donnerstag passt.',
            ]
          : [
              'Hi,\n\nmy DOB is ',
              dob(client),
              ' and I live at ',
              adr(client),
              '. I only have a German ID card: ',
              V('DE_ID_CARD', idCard(rng)),
              '. Thursday is fine.',
            ],
        [
          ...hello(client),
          ...(de
            ? ['danke, der Termin steht. Bitte bringen Sie das Kündigungsschreiben mit. Ich habe meine Kollegin ']
            : ['thanks, that is booked. Please bring the notice with you. I have copied in my colleague ']),
          N(`${second.given} ${second.family}`),
          de ? ' in Kopie gesetzt.' : '.',
        ],
      ];
      people = [client, office, client, office];
      break;
    case 'appointment':
      subject = de ? 'Terminverschiebung' : 'Rescheduling my appointment';
      bodies = [
        [
          de
            ? 'Hallo,\n\nich muss meinen Termin am Dienstag leider absagen. Zur Zuordnung: '
            : 'Hello,\n\nI need to cancel my appointment on Tuesday. For your records: ',
          N(`${client.given} ${client.family}`),
          de ? ', geb. ' : ', born ',
          dob(client),
          '.',
        ],
        [
          ...hello(client),
          ...(de
            ? ['kein Problem. Wir hätten Mittwoch 8:15 oder Freitag 13:40. Unter welcher Nummer erreichen wir Sie?']
            : (['no problem. We can offer Wednesday 8.15 or Friday 1.40. Which number is best for you?'] as Seg[])),
        ],
        [de ? 'Freitag passt! Mobil ' : 'Friday please! mobile ', tel(client), de ? ' (ab 12 Uhr).' : ' (after 12).'],
      ];
      people = [client, office, client];
      break;
    case 'candidate':
      subject = de ? 'Bewerbung – Ihr Profil' : 'Your application – next steps';
      bodies = [
        [
          ...hello(client),
          ...(de
            ? [
                'vielen Dank für Ihr Interesse. Unser Kunde möchte Sie kennenlernen. Bitte schicken Sie uns noch Ihre Anschrift und eine Telefonnummer.',
              ]
            : ([
                'thanks for your interest. Our client would like to meet you. Please send your postal address and a phone number.',
              ] as Seg[])),
        ],
        [
          de ? 'Gern: ' : 'Sure: ',
          adr(client),
          ', ',
          tel(client),
          '. ',
          de ? 'Meine Referenz ist ' : 'My referee is ',
          N(`${third.given} ${third.family}`),
          ' (',
          mail(third),
          ').',
        ],
        [
          ...hello(second),
          de ? 'anbei das Profil von ' : 'profile of ',
          N(`${client.given} ${client.family}`),
          de ? ' – bitte bis Freitag Feedback.' : ' attached – feedback by Friday please.',
        ],
      ];
      people = [office, client, office];
      break;
    case 'tenancy':
      subject = de ? `Mietinteresse – Wohnung ${rng.int(2, 4)} Zi.` : `Viewing request – ${rng.int(1, 3)} bed flat`;
      bodies = [
        [
          ...hello(office),
          ...(de
            ? ['ich interessiere mich für die Wohnung. Ich bin am ']
            : (['I am interested in the flat. I was born on '] as Seg[])),
          dob(client),
          de ? ' geboren, arbeite als Pflegekraft und wohne derzeit ' : ', I work as a nurse and currently live at ',
          adr(client),
          '.',
        ],
        [
          ...hello(client),
          de
            ? 'danke. Bitte bringen Sie zur Besichtigung eine SCHUFA-Auskunft und die Vorvermieterbescheinigung mit. Vorvermieter ist '
            : 'thank you. Please bring proof of income and a reference from your landlord, ',
          N(`${third.given} ${third.family}`),
          '?',
        ],
        [de ? 'Ja, genau, Tel. ' : 'Yes, that is right, phone ', tel(third), '.'],
      ];
      people = [client, office, client];
      break;
    case 'invoice': {
      subject = de ? `Rechnung ${invNo}` : `Invoice ${invNo}`;
      const byCard = rng.chance(0.75);
      bodies = [
        [
          ...hello(office),
          de
            ? `die Rechnung ${invNo} wurde doppelt abgebucht. Bitte erstatten Sie auf `
            : `invoice ${invNo} was taken twice. Please refund to `,
          ibanSeg(),
          '.',
        ],
        [
          ...hello(client),
          ...(de
            ? ['Sie haben recht, wir erstatten den Betrag diese Woche.']
            : (['you are right, we will refund this week.'] as Seg[])),
        ],
        ...(byCard
          ? [
              [
                de
                  ? 'Danke! Die nächste Rechnung bitte auf meine Karte '
                  : 'Thanks! Please put the next one on my card ',
                V('CREDIT_CARD', rng.chance(0.5) ? grouped(card(rng)) : card(rng)),
                '.',
              ] as Seg[],
            ]
          : []),
      ];
      people = [client, office, client];
      break;
    }
    case 'enrolment':
      subject = de ? 'Anmeldung unseres Kindes' : 'Registration for our child';
      bodies = [
        [
          ...hello(office),
          de ? 'wir möchten unser Kind ' : 'we would like to register our child ',
          N(`${third.given} ${client.family}`),
          de ? ', geb. ' : ', born ',
          V('DATE_OF_BIRTH', writeBirth(rng, { d: third.birth.d, m: third.birth.m, y: rng.int(2020, 2024) }, lang)),
          de ? ', anmelden.' : '.',
        ],
        [
          ...hello(client),
          de
            ? 'gern. Für den Vertrag brauchen wir die Anschrift und das Konto für die Lastschrift.'
            : 'lovely. For the contract we need your address and bank details for the direct debit.',
        ],
        [
          de ? 'Anschrift: ' : 'Address: ',
          adr(client),
          de ? '\nIBAN: ' : '\nAccount: ',
          ibanSeg(),
          de ? '\nNotfallkontakt: ' : '\nEmergency contact: ',
          N(`${relative.given} ${relative.family}`),
          ' ',
          tel(relative),
        ],
      ];
      people = [client, office, client];
      break;
    case 'onboarding':
      subject = de ? 'Personalunterlagen für den Start' : 'Starter paperwork';
      bodies = [
        [
          ...hello(client),
          de
            ? 'willkommen! Für die Lohnabrechnung brauchen wir Steuer-ID, Rentenversicherungsnummer und Bankverbindung.'
            : 'welcome! For payroll we need your German tax id (you worked there), your German pension number and bank details.',
        ],
        [
          de ? 'Hier: Steuer-ID ' : 'Here: tax id ',
          V('DE_TAX_ID', rng.chance(0.5) ? grouped(taxId(rng), 3) : taxId(rng)),
          de ? ', RV-Nr. ' : ', pension no. ',
          V(
            'DE_SOCIAL_SECURITY',
            pensionNumber(
              rng,
              client.birth,
              client.family.replace(/^(van der|van|de|ten|do|al|el|bin|lo|della) /i, ''),
            ),
          ),
          ', IBAN ',
          ibanSeg(),
          de ? '. Geburtsdatum ' : '. Date of birth ',
          dob(client),
          '.',
        ],
        [
          ...hello(second),
          de ? 'bitte im Lohnprogramm anlegen für ' : 'please set up on payroll: ',
          N(`${client.family}, ${client.given}`),
          '.',
        ],
      ];
      people = [office, client, office];
      break;
    case 'travel':
      subject = de ? 'Reise Assessment Center' : 'Travel for the assessment day';
      bodies = [
        [
          ...hello(client),
          de
            ? 'für die Flugbuchung brauchen wir Ihren Namen wie im Pass, die Passnummer und Ihr Geburtsdatum.'
            : 'for the flight booking we need your name as in the passport, the passport number and your date of birth.',
        ],
        [
          N(`${client.family.toUpperCase()}/${client.given.toUpperCase()}`),
          de ? ', Reisepass ' : ', German passport ',
          V('DE_PASSPORT', passport(rng)),
          ', ',
          dob(client),
          de ? '. Mobil für die Airline: ' : '. Mobile for the airline: ',
          tel(client),
        ],
        [
          ...hello(client),
          de ? 'gebucht, Ticket folgt. Vor Ort holt Sie ' : 'booked, ticket to follow. You will be met by ',
          N(`${second.given} ${second.family}`),
          de ? ' ab.' : ' on arrival.',
        ],
        ...(rng.chance(0.4)
          ? [
              [
                de
                  ? 'Das Hotel will eine Karte als Garantie, nehmen Sie meine private: '
                  : 'The hotel wants a card as guarantee, use my own: ',
                V('CREDIT_CARD', grouped(card(rng))),
                '.',
              ] as Seg[],
            ]
          : []),
      ];
      people = [office, client, office];
      break;
    case 'security':
      subject = de ? 'WG: Neue Anmeldung im Mandantenportal' : 'FW: New sign-in to your client portal';
      bodies = [
        [
          de ? 'Neue Anmeldung für ' : 'New sign-in for ',
          mail(client),
          de ? ' von IP ' : ' from IP ',
          V('IP_ADDRESS', rng.chance(0.6) ? ipv4(rng) : ipv6(rng)),
          de
            ? ' (Hamburg, Chrome). Waren Sie das nicht? Melden Sie sich beim Support.'
            : ' (Bristol, Firefox). Not you? Contact support.',
        ],
        [
          de
            ? 'Hallo IT,\n\ndas war nicht ich – ich war im Urlaub. Bitte Konto sperren.\n'
            : 'Hi IT,\n\nthis was not me – I was on holiday. Please lock the account.\n',
          N(`${client.given} ${client.family}`),
        ],
        [
          ...hello(client),
          de ? 'gesperrt. Der letzte gültige Login kam von ' : 'locked. Your last good sign-in was from ',
          V('IP_ADDRESS', ipv4(rng)),
          '.',
        ],
      ];
      people = [office, client, second];
      break;
    case 'bulletin':
      subject = de ? 'Rundschreiben: Öffnungszeiten zum Jahreswechsel' : 'Circular: opening hours over the holidays';
      bodies = [
        de
          ? [
              `Liebe Kolleginnen und Kollegen,\n\nzwischen dem 24.12. und 01.01. ist ${org.name} geschlossen. Die Rechnungsnummern beginnen ab Januar mit ${invNo.slice(0, 6)}5; Version 4.2 der Praxissoftware wird am 04.01. eingespielt. Gläubiger-ID unverändert DE71ZZZ0000${rng.int(1000000, 9999999)}.`,
            ]
          : [
              `Hi team,\n\n${org.name} is closed from 24 December to 1 January. Invoice numbers from January start with ${invNo.slice(0, 6)}5; version 4.2 of the practice software goes live on 4 January. Parcels: tracking 1Z${rng.int(100000, 999999)}AA10${rng.int(1000000, 9999999)}.`,
            ],
        [
          de
            ? 'Hallo zusammen,\n\nund der Parkplatz in der Kieler Straße ist ab dem 02.01. wieder frei.'
            : 'Hi all,\n\nand the car park on Gloucester Road reopens on 2 January.',
        ],
      ];
      return {
        lang,
        kind,
        org,
        subject,
        messages: bodies.map((body, i) => ({ from: office, to: [], date: isoDay(lang, 20 + i, 9 + i, 5 * i), body })),
      };
  }
  const messages = bodies.map((body, i): Message => {
    const from = people[i % people.length];
    const to = [people[(i + 1) % people.length] === from ? client : people[(i + 1) % people.length]];
    return { from, to, date: isoDay(lang, 23 + 2 * i + rng.int(0, 1), rng.int(7, 20), rng.int(0, 59)), body };
  });
  return { lang, kind, org, subject, messages };
}

/** A message's header: who wrote to whom, as a mail client shows it. */
function header(rng: Rng, m: Message, subject: string, lang: Lang, outlook: boolean, org: Org): Seg[] {
  const de = lang === 'de';
  const who = (p: Person): Seg[] =>
    p.title || rng.chance(0.6)
      ? [N(`${p.given} ${p.family}`), ' <', V('EMAIL_ADDRESS', p.email), '>']
      : [V('EMAIL_ADDRESS', p.email)];
  const from: Seg[] = m.to.length ? who(m.from) : [org.name]; // a circular comes from the office, not a person
  const to: Seg[] = m.to.length ? m.to.flatMap(who) : [de ? 'Alle Mitarbeitenden' : 'All staff'];
  return outlook || de
    ? [
        de ? 'Von: ' : 'From: ',
        ...from,
        de ? '\nGesendet: ' : '\nSent: ',
        m.date,
        de ? '\nAn: ' : '\nTo: ',
        ...to,
        de ? '\nBetreff: ' : '\nSubject: ',
        subject,
        '\n\n',
      ]
    : ['From: ', ...from, '\nDate: ', m.date, '\nTo: ', ...to, '\nSubject: ', subject, '\n\n'];
}

/** Prefixes every line of the segments with "> " (values stay on one line, so their labels only move). */
function quote(segs: Seg[]): Seg[] {
  return ['> ', ...segs.map((s) => (typeof s === 'string' ? s.replace(/\n/g, '\n> ') : s))];
}

function renderThread(rng: Rng, t: Thread): Seg[] {
  const de = t.lang === 'de';
  const outlook = rng.chance(0.35);
  const bulletin = t.kind === 'bulletin';
  let below: Seg[] = [];
  t.messages.forEach((m, i) => {
    const sig: Seg[] = bulletin
      ? [de ? '\n\nEure Verwaltung' : '\n\nThe office']
      : ['\n\n', ...signature(rng, m.from, t.org, t.lang, i > 1 && rng.chance(0.5))];
    const subject = i === 0 ? t.subject : (de ? 'AW: ' : 'RE: ') + t.subject;
    const own: Seg[] = [
      ...(i === 0 || outlook ? header(rng, m, subject, t.lang, outlook, t.org) : []),
      ...m.body,
      ...sig,
    ];
    if (i === 0) {
      below = own;
      return;
    }
    if (bulletin) {
      below = [...m.body, '\n\n', de ? '--- Weitergeleitete Nachricht ---\n' : '--- Forwarded message ---\n', ...below];
      return;
    }
    if (outlook) {
      below = [...own, de ? '\n\n-----Ursprüngliche Nachricht-----\n' : '\n\n-----Original Message-----\n', ...below];
    } else {
      const prev = t.messages[i - 1];
      const intro: Seg[] = de
        ? [
            `Am ${prev.date} schrieb `,
            N(`${prev.from.given} ${prev.from.family}`),
            ' <',
            V('EMAIL_ADDRESS', prev.from.email),
            '>:\n',
          ]
        : [
            `On ${prev.date}, `,
            N(nameVariants(prev.from, rng)),
            ' <',
            V('EMAIL_ADDRESS', prev.from.email),
            '> wrote:\n',
          ];
      below = [...own, '\n\n', ...intro, ...quote(below)];
    }
  });
  return below;
}

/** Noise a real mailbox export has: a lower-cased thread now and then, doubled spaces, trailing blanks. */
function flatten(rng: Rng, segs: Seg[]): { text: string; entities: { type: string; start: number; end: number }[] } {
  const lower = rng.chance(0.07);
  const spaces = rng.chance(0.2);
  let text = '';
  const entities: { type: string; start: number; end: number }[] = [];
  for (const s of segs) {
    if (typeof s === 'string') {
      let t = spaces ? s.replace(/\. /g, '.  ') : s;
      if (lower) t = t.toLowerCase();
      text += t;
    } else {
      const v = lower ? s.value.toLowerCase() : s.value;
      entities.push({ type: s.type, start: text.length, end: text.length + v.length });
      text += v;
    }
  }
  return { text, entities };
}

export function generated(
  count: number,
  seed: number,
): { lang: Lang; kind: string; text: string; entities: { type: string; start: number; end: number }[] }[] {
  const rng = new Rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const kind = KINDS[Math.floor(i / 2) % KINDS.length];
    const org = rng.pick(ORGS[lang].filter((o) => ORG_OF[kind].includes(o.kind)));
    const thread = compose(rng, lang, kind, org, new Set());
    out.push({ lang, kind: `thread-${kind}`, ...flatten(rng, renderThread(rng, thread)) });
  }
  return out;
}
