import { MARK, readMarks, sameLength, type TestLabel } from './markup.js';
import { CULTURES, NICKNAMES, WORD_NAMES, type Culture } from './names.js';
import { Rng } from './random.js';
import * as v from './values.js';
import { MONTHS_DE, MONTHS_EN } from '../month-names.js';

// Set 4's generator is a small grammar, not a set of layouts: a document is a random choice and
// order of sections (header, greeting, body sentences from pools, a table or a form block, a
// signature, a quoted earlier message), each filled with values written in varying shapes, then
// roughly one in ten gets casing noise and some get spacing noise. Values are written as markup
// (markup.ts) so the labels' offsets are computed by the same reader as the hand-written ones.

type Lang = 'de' | 'en';

interface Person {
  given: string;
  family: string;
  culture: string;
}

const CULTURE_NAMES = Object.keys(CULTURES);

function person(g: Rng): Person {
  const culture = g.pick(CULTURE_NAMES);
  const c: Culture = CULTURES[culture];
  let given = g.pick(c.given);
  let family = g.pick(c.family);
  if (g.chance(0.06)) given = g.pick(WORD_NAMES.given);
  if (g.chance(0.06)) family = g.pick(WORD_NAMES.family);
  if (c.particles && g.chance(0.35)) {
    const particle = g.pick(c.particles);
    family = `${particle}${particle.endsWith('-') ? '' : ' '}${family}`;
  }
  if (g.chance(0.08)) family = `${family}-${g.pick(CULTURES[g.pick(CULTURE_NAMES)].family)}`;
  if (g.chance(0.08)) given = `${given} ${g.pick(c.given)}`;
  return { given, family, culture };
}

/** A written form of a person's name (titles stay outside the mark). */
function nameForm(g: Rng, p: Person): string {
  const nick = NICKNAMES.find(([full]) => full === p.given);
  const forms = [
    `${p.given} ${p.family}`,
    `${p.given} ${p.family}`,
    `${p.family}, ${p.given}`,
    `${p.given[0]}. ${p.family}`,
    `${p.family.toUpperCase()} ${p.given}`,
    p.family,
  ];
  if (nick) forms.push(`${nick[1]} ${p.family}`);
  return g.pick(forms);
}

const mark = (code: string, value: string) => `⟦${code}:${value}⟧`;

const ASCII: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  å: 'a',
  œ: 'oe',
};
const plain = (s: string) =>
  s
    .replace(/[ßøØłŁıđĐæåœ]/g, (c) => ASCII[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');

const FREEMAIL = [
  'web.de',
  'gmx.net',
  'posteo.de',
  'gmail.com',
  'outlook.com',
  'icloud.com',
  'yahoo.co.uk',
  'proton.me',
  'mailbox.org',
  'hotmail.fr',
  'libero.it',
  'wp.pl',
  'seznam.cz',
];
const COMPANY_DOMAINS = [
  'hr.kessler-gruppe.de',
  'mail.nordlicht-logistik.de',
  'sales.emea.brightline.co.uk',
  'uni-koblenz.example.de',
  'praxis-am-wall.de',
  'finance.ravenscroft-partners.com',
  'stadt-oberwinkel.de',
  'klinik-sonnenhang.de',
];

function email(g: Rng, p: Person): string {
  const gi = plain(p.given.split(' ')[0]);
  const fa = plain(p.family.split(/[ -]/).pop() ?? p.family);
  const local = g.pick([
    `${gi}.${fa}`,
    `${gi[0]}.${fa}`,
    `${fa}${g.int(1, 99)}`,
    `${gi}_${fa}`,
    `${gi}${fa[0]}`,
    `${gi}.${fa}+${g.pick(['shop', 'news', 'bewerbung', 'travel'])}`,
  ]);
  const domain = g.chance(0.5) ? g.pick(FREEMAIL) : g.pick(COMPANY_DOMAINS);
  if (g.chance(0.07)) return `${local.replace(/\+.*/, '')} (at) ${domain.replace(/\.(?=[a-z]+$)/, ' (dot) ')}`;
  return `${local}@${domain}`;
}

/** An organisation's role mailbox: written unlabelled (`⟦-EM:…⟧`), not personal data (round 32). */
function roleMail(g: Rng): string {
  return `${g.pick(['info', 'service', 'buchhaltung', 'support', 'bewerbung', 'kontakt', 'accounts', 'hello'])}@${g.pick(COMPANY_DOMAINS)}`;
}

function phone(g: Rng, lang: Lang): string {
  const d = (n: number) => g.digits(n).replace(/^0/, String(g.int(2, 9)));
  const de = [
    () => `+49 (0)${g.int(30, 89)} ${d(7)}`,
    () => `0049 ${g.int(30, 89)} ${d(3)} ${d(4)}`,
    () => `0${g.int(30, 89)}/${d(7)}`,
    () => `0${g.int(201, 991)} ${d(5)}-${g.int(10, 99)}`,
    () => `01${g.pick(['51', '52', '57', '60', '62', '70', '71', '73', '76'])} ${d(8)}`,
    () => `+49 1${g.pick(['51', '60', '76', '79'])} ${d(3)} ${d(4)}`,
    () => `0${g.int(2, 9)}${g.int(0, 9)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
  ];
  const intl = [
    () => `+44 20 ${d(4)} ${d(4)}`,
    () => `07${g.int(400, 999)} ${d(6)}`,
    () => `(${d(3)}) 555-01${g.digits(2)}`,
    () => `+1 ${d(3)}-555-01${g.digits(2)}`,
    () => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `+90 5${g.int(30, 59)} ${d(3)} ${d(2)} ${d(2)}`,
    () => `+48 ${g.int(500, 799)} ${d(3)} ${d(3)}`,
    () => `+91 ${g.int(70, 99)}${d(3)} ${d(5)}`,
    () => `+234 80${g.int(2, 9)} ${d(3)} ${d(4)}`,
    () => `+63 917 ${d(3)} ${d(4)}`,
  ];
  return g.pick(lang === 'de' && g.chance(0.75) ? de : intl)();
}

const DE_STREETS = [
  'Kastanienweg',
  'Am Mühlbach',
  'Sperlingsgasse',
  'Hinter der Mauer',
  'Kiebitzstraße',
  'Zum Steinbruch',
  'Alte Ziegelei',
  'Brunnenstr.',
  'Auf der Höhe',
  'Lerchenfeld',
];
const DE_TOWNS = [
  '01309 Dresden',
  '18055 Rostock',
  '26122 Oldenburg',
  '34117 Kassel',
  '54290 Trier',
  '67059 Ludwigshafen am Rhein',
  '78462 Konstanz',
  '86150 Augsburg',
  '93047 Regensburg',
  '99423 Weimar',
  '37073 Göttingen',
  '49074 Osnabrück',
];
const UK_STREETS = ['Thornfield Road', 'Larkspur Close', 'Quarry Hill', 'Abbey Mews', 'Cobden Street', 'Heron Way'];
const UK_TOWNS = [
  'Norwich NR2 3JS',
  'Exeter EX4 6PX',
  'Sheffield S10 2TN',
  'Cardiff CF24 4QB',
  'Dundee DD1 4HN',
  'Belfast BT7 1NN',
];
const US_PLACES = [
  'Boise, ID 83702',
  'Tucson, AZ 85719',
  'Dayton, OH 45402',
  'Savannah, GA 31401',
  'Spokane, WA 99201',
];

function address(g: Rng, lang: Lang): string {
  const no = String(g.int(1, 140)) + (g.chance(0.15) ? g.pick(['a', 'b', 'c']) : '');
  if (lang === 'de' || g.chance(0.2)) {
    const sep = g.pick([', ', ', ', '\n', ' · ']);
    return `${g.pick(DE_STREETS)} ${no}${sep}${g.pick(DE_TOWNS)}`;
  }
  if (g.chance(0.65))
    return `${g.chance(0.25) ? `Flat ${g.int(1, 12)}, ` : ''}${no} ${g.pick(UK_STREETS)}, ${g.pick(UK_TOWNS)}`;
  return `${g.int(100, 9999)} ${g.pick(['N', 'S', 'E', 'W'])} ${g.pick(['Elm', 'Juniper', 'Aspen', 'Sycamore'])} St${g.chance(0.4) ? `, Apt ${g.int(1, 30)}` : ''}, ${g.pick(US_PLACES)}`;
}

const ord = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function birthDate(g: Rng, lang: Lang): string {
  const y = g.int(1938, 2012);
  const m = g.int(1, 12);
  const day = g.int(1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const yy = p2(y % 100);
  const forms =
    lang === 'de'
      ? [
          `${p2(day)}.${p2(m)}.${y}`,
          `${day}.${m}.${yy}`,
          `${y}-${p2(m)}-${p2(day)}`,
          `${day}. ${MONTHS_DE[m - 1]} ${y}`,
          `${p2(day)}.${p2(m)}.${yy}`,
          `${day}. ${MONTHS_DE[m - 1].slice(0, 3)}. ${y}`,
        ]
      : [
          `${MONTHS_EN[m - 1]} ${ord(day)}, ${y}`,
          `${ord(day)} of ${MONTHS_EN[m - 1]} '${yy}`,
          `${p2(day)}/${p2(m)}/${y}`,
          `${y}-${p2(m)}-${p2(day)}`,
          `${day} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`,
          `${p2(day)}${MONTHS_EN[m - 1].slice(0, 3).toUpperCase()}${yy}`,
          `${p2(m)}-${p2(day)}-${y}`,
        ];
  return g.pick(forms);
}

const DOB_LABELS: Record<Lang, string[]> = {
  de: ['geb.', 'geboren am', 'Geburtsdatum:', 'Geb.-Dat.', 'Geb.-Datum', '*'],
  en: ['DOB', 'D.O.B.', 'date of birth', 'born', 'Date of Birth:', 'b.'],
};

const COMPANIES = [
  'Lindqvist Antriebstechnik GmbH',
  'Oberwinkel Stadtwerke',
  'Brightline Analytics Ltd',
  'Ravenscroft & Partners LLP',
  'Hansa Kühlhaus eG',
  'Marlow Biscuits plc',
  'Albrecht Dürer Apotheke',
  'Mercedes-Autohaus Sauer KG',
  'Klinik Sonnenhang',
  'Ferrero Deutschland',
];
const TOWNS = ['Wuppertal', 'Passau', 'Lübeck', 'Jena', 'Leeds', 'Bath', 'Cork', 'Graz', 'Basel', 'Lyon'];

/** Look-alikes, never labelled. */
function lookalike(g: Rng, lang: Lang): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const date = `${p2(g.int(1, 28))}.${p2(g.int(1, 12))}.202${g.int(5, 7)}`;
  const pool =
    lang === 'de'
      ? [
          `Die Bestellung ${g.pick(['BST', 'AB', 'ORD'])}-${g.digits(7)} wurde am ${date} versandt, Sendungsnummer ${v.tracking(g)}.`,
          `Bitte Rechnung RE-${g.digits(6)} vom ${date} prüfen (USt-IdNr. ${v.vatId(g)}).`,
          `Das Lastschriftmandat läuft über die Gläubiger-ID ${v.creditorId(g)}.`,
          `Update auf Version ${g.int(1, 12)}.${g.int(0, 20)}.${g.int(0, 9)} ist seit ${date} verfügbar.`,
          `Treffpunkt: ${g.pick(DE_STREETS)} in ${g.pick(TOWNS)}, Eingang B.`,
          `Unser Partner ${g.pick(COMPANIES)} liefert ab KW ${g.int(1, 52)}.`,
          `Am ${g.pick(['Pfingstmontag', 'Ostermontag', 'Reformationstag', '1. Mai'])} bleibt das Büro geschlossen.`,
          `Artikel ${g.digits(4)}-${g.digits(3)} (ISBN ${v.isbn(g)}) ist nachbestellt.`,
          `Sehr geehrte Damen und Herren, anbei die Unterlagen zum Vorgang ${g.digits(8)}.`,
          `Liebe Kolleginnen und Kollegen, das Meeting verschiebt sich auf ${g.int(9, 16)}:${g.pick(['00', '30'])} Uhr.`,
        ]
      : [
          `Order ${g.pick(['SO', 'PO', 'ORD'])}-${g.digits(7)} shipped on ${date.replace(/\./g, '/')}, tracking ${v.tracking(g)}.`,
          `Invoice INV-${g.digits(6)} is due in 30 days (VAT ${v.vatId(g)}).`,
          `Direct debits are collected under creditor id ${v.creditorId(g)}.`,
          `Release ${g.int(1, 12)}.${g.int(0, 20)}.${g.int(0, 9)} fixes the sync issue (build ${g.digits(5)}).`,
          `The depot on ${g.pick(UK_STREETS)} in ${g.pick(TOWNS)} closes early on ${g.pick(['Boxing Day', 'Good Friday', 'Easter Monday', 'the May bank holiday'])}.`,
          `${g.pick(COMPANIES)} confirmed the new price list.`,
          `Dear Sir or Madam, please find the documents for case ${g.digits(8)} attached.`,
          `Hi team, stand-up moves to ${g.int(9, 16)}:${g.pick(['00', '30'])} today.`,
          `The handbook (ISBN ${v.isbn(g)}) is on the shared drive.`,
        ];
  return g.pick(pool);
}

/** One body sentence with personal data about `p`. */
function sentence(g: Rng, lang: Lang, p: Person, other: Person): string {
  const N = (q: Person) => mark('N', nameForm(g, q));
  const dob = () => `${g.pick(DOB_LABELS[lang])} ${mark('DOB', birthDate(g, lang))}`;
  const pool =
    lang === 'de'
      ? [
          () => `${g.pick(['Herr', 'Frau', 'Dr.', ''])} ${N(p)} (${dob()}) hat sich heute gemeldet.`.trim(),
          () =>
            `Erreichbar ist ${N(p)} unter ${mark('PH', phone(g, lang))} oder per Mail an ${mark('EM', email(g, p))}.`,
          () => `Neue Anschrift: ${mark('AD', address(g, lang))}.`,
          () =>
            `Bitte den Betrag auf ${mark('IB', v.iban(g, g.pick(['DE', 'DE', 'AT', 'CH', 'NL'])))} (Kontoinhaber ${N(p)}) überweisen.`,
          () => `Die Steuer-ID von ${N(p)} lautet ${mark('TX', v.taxId(g))}.`,
          () => `RV-Nummer laut Meldung: ${mark('SV', v.socialSecurity(g))}.`,
          () => `Ausweis geprüft, Nr. ${mark('ID', v.idCard(g))}, gültig bis 2031.`,
          () => `Reisepass ${mark('PP', v.passport(g))} liegt in Kopie vor.`,
          () => `Zahlung per Karte ${mark('CC', v.card(g))} wurde abgelehnt.`,
          () => `Login von ${mark('IP', v.ip(g))} für ${mark('EM', email(g, p))} gesperrt.`,
          () => `AP: ${N(p)} klärt mit ${N(other)} bis ${g.pick(['Fr.', 'Mo.', 'KW 3', 'Monatsende'])}.`,
          () => `Rückruf an ${N(other)} – ${mark('PH', phone(g, lang))} – ist erledigt.`,
          () => `Kind: ${N(other)}, ${dob()}, wohnhaft bei ${N(p)}.`,
          () => `Laut ${N(other)} ist die Wohnung in der ${mark('AD', address(g, lang))} frei.`,
        ]
      : [
          () => `${g.pick(['Mr', 'Ms', 'Mrs', 'Dr', ''])} ${N(p)} (${dob()}) called this morning.`.trim(),
          () => `You can reach ${N(p)} on ${mark('PH', phone(g, lang))} or at ${mark('EM', email(g, p))}.`,
          () => `Forwarding address: ${mark('AD', address(g, lang))}.`,
          () => `Please refund to ${mark('IB', v.iban(g, g.pick(['GB', 'DE', 'NL', 'BE'])))}, account holder ${N(p)}.`,
          () => `The card ${mark('CC', v.card(g))} on file for ${N(p)} has expired.`,
          () => `Login from ${mark('IP', v.ip(g))} by ${mark('EM', email(g, p))} was blocked.`,
          () => `ACTION: ${N(p)} to follow up with ${N(other)} by ${g.pick(['Friday', 'EOD', 'next week', '12 Jan'])}.`,
          () => `${N(other)} asked to be called back on ${mark('PH', phone(g, lang))}.`,
          () => `Passport ${mark('PP', v.passport(g))} (German) and ID card ${mark('ID', v.idCard(g))} were checked.`,
          () =>
            `German tax ID of ${N(p)}: ${mark('TX', v.taxId(g))}; pension insurance no. ${mark('SV', v.socialSecurity(g))}.`,
          () => `${N(other)}, née ${mark('N', p.family)}, ${dob()}, lives at ${mark('AD', address(g, lang))}.`,
          () => `Thanks ${mark('N', p.given)}, I've passed it on to ${N(other)}.`,
        ];
  return g.pick(pool)();
}

const TITLES: Record<Lang, string[]> = {
  de: [
    'Sachbearbeiterin Personal',
    'Teamleiter Einkauf',
    'Leitung Buchhaltung',
    'Assistenz der Geschäftsführung',
    'Fachärztin für Innere Medizin',
    'Disponent',
  ],
  en: [
    'Senior Account Manager',
    'HR Advisor',
    'Head of Procurement',
    'Practice Manager',
    'Customer Success Lead',
    'Paralegal',
  ],
};

function signature(g: Rng, lang: Lang, p: Person): string {
  const company = g.pick(COMPANIES);
  const lines = [
    g.pick(
      lang === 'de'
        ? ['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße', 'LG']
        : ['Kind regards', 'Best', 'Cheers', 'Yours sincerely'],
    ),
    '',
    `${g.pick(['', 'Dr. ', 'Prof. '])}${mark('N', `${p.given} ${p.family}`)}`,
    `${g.pick(TITLES[lang])} | ${company}`,
  ];
  if (g.chance(0.5))
    lines.push(
      `${g.pick(lang === 'de' ? ['Tel.', 'Fon', 'T'] : ['T:', 'Tel', 'Direct'])} ${mark('PH', phone(g, lang))}`,
    );
  if (g.chance(0.6)) lines.push(mark('EM', email(g, p)));
  if (g.chance(0.3)) lines.push(`${company}, ${g.pick(DE_STREETS)} ${g.int(1, 40)}, ${g.pick(DE_TOWNS)}`);
  return lines.join('\n');
}

const COLUMNS: Record<Lang, Record<string, string[]>> = {
  de: {
    name: ['Name', 'Mitarbeiter/in', 'Kontakt', 'Teilnehmer'],
    phone: ['Tel.', 'Rufnummer', 'Mobil', 'Erreichbarkeit'],
    mail: ['E-Mail', 'Mail', 'eMail-Adr.'],
    dob: ['Geb.', 'Geburtsdatum', 'Geb.-Dat.'],
    ref: ['Vorgang', 'Ticket', 'Pos.'],
  },
  en: {
    name: ['Name', 'Employee', 'Contact', 'Attendee'],
    phone: ['Phone', 'Mobile', 'Tel'],
    mail: ['Email', 'E-mail address', 'Mail'],
    dob: ['DOB', 'Date of birth', 'Born'],
    ref: ['Ref', 'Case', 'Item'],
  },
};

function table(g: Rng, lang: Lang, withData: boolean): string {
  const sep = g.pick([';', ',', '\t', ' | ']);
  const cols = g
    .shuffle(withData ? ['name', 'phone', 'mail', 'dob', 'ref'] : ['ref'])
    .slice(0, withData ? g.int(3, 5) : 1);
  if (!cols.includes('ref')) cols.push('ref');
  const rows = [cols.map((c) => g.pick(COLUMNS[lang][c])).join(sep)];
  for (let i = 0; i < g.int(2, 5); i++) {
    const p = person(g);
    rows.push(
      cols
        .map((c) =>
          c === 'name'
            ? mark('N', g.chance(0.5) ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`)
            : c === 'phone'
              ? mark('PH', phone(g, lang))
              : c === 'mail'
                ? mark('EM', email(g, p))
                : c === 'dob'
                  ? mark('DOB', birthDate(g, lang))
                  : `${g.pick(['T', 'V', 'K'])}-${g.digits(5)}`,
        )
        .join(sep),
    );
  }
  return rows.join('\n');
}

function formBlock(g: Rng, lang: Lang, p: Person): string {
  const de = lang === 'de';
  const fields = g.shuffle([
    `${de ? 'Name' : 'Name'}: ${mark('N', g.chance(0.5) ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`)}`,
    `${g.pick(DOB_LABELS[lang]).replace(/:$/, '')}: ${mark('DOB', birthDate(g, lang))}`,
    `${de ? g.pick(['Anschrift', 'Wohnort', 'Adresse']) : g.pick(['Address', 'Home address'])}: ${mark('AD', address(g, lang).replace(/\n/g, ', '))}`,
    `${de ? 'Telefon' : 'Phone'}: ${mark('PH', phone(g, lang))}`,
    `${de ? 'IBAN' : 'Bank (IBAN)'}: ${mark('IB', v.iban(g, de ? 'DE' : 'GB'))}`,
    `${de ? 'Aktenzeichen' : 'Reference'}: ${g.pick(['AZ', 'REF', 'CASE'])}-${g.digits(6)}`,
  ]);
  return fields.slice(0, g.int(3, 6)).join('\n');
}

const KINDS = ['mail', 'letter', 'chat', 'ticket', 'form', 'notes'] as const;

function header(g: Rng, lang: Lang, kind: (typeof KINDS)[number], from: Person, to: Person, data: boolean): string {
  const de = lang === 'de';
  const subject = g.pick(
    de
      ? ['AW: Unterlagen', 'WG: Termin', 'Rückfrage Vertrag', 'Ihre Anfrage']
      : ['RE: documents', 'FW: appointment', 'Question about the contract', 'Your request'],
  );
  switch (kind) {
    case 'mail':
      return data
        ? `${de ? 'Von' : 'From'}: ${mark('N', `${from.given} ${from.family}`)} <${mark('EM', email(g, from))}>\n${de ? 'An' : 'To'}: ${mark('EM', email(g, to))}\n${g.chance(0.4) ? `Cc: ${mark('-EM', roleMail(g))}\n` : ''}${de ? 'Betreff' : 'Subject'}: ${subject}`
        : `${de ? 'Betreff' : 'Subject'}: ${subject}`;
    case 'letter':
      return data
        ? `${g.pick(de ? ['Herrn', 'Frau', ''] : ['Mr', 'Ms', ''])} ${mark('N', `${to.given} ${to.family}`)}\n${mark('AD', address(g, lang))}`.trim()
        : g.pick(COMPANIES);
    case 'chat':
      return `${g.pick(['[Teams]', '#general', 'WhatsApp', 'Slack'])} – ${g.int(1, 28)}.${g.int(1, 12)}.2026`;
    case 'ticket':
      return `${g.pick(['[OPS', '[HR', '[CS', '[FIN'])}-${g.digits(4)}] ${subject}${data ? `\n${de ? 'Melder' : 'Reporter'}: ${mark('N', nameForm(g, from))}` : ''}`;
    case 'form':
      return de
        ? g.pick(['ANTRAG', 'Erfassungsbogen', 'Formular 7b'])
        : g.pick(['APPLICATION FORM', 'Intake sheet', 'Form C-12']);
    case 'notes':
      return `${de ? 'Notiz' : 'Note'} ${g.int(1, 28)}/${g.int(1, 12)}/26${data ? ` – ${mark('N', nameForm(g, from))}` : ''}`;
  }
}

function greeting(g: Rng, lang: Lang, p: Person, data: boolean): string {
  if (!data)
    return g.pick(
      lang === 'de'
        ? ['Sehr geehrte Damen und Herren,', 'Hallo zusammen,', 'Liebe Kolleginnen und Kollegen,']
        : ['Dear Sir or Madam,', 'Hi team,', 'Hello all,'],
    );
  return lang === 'de'
    ? g.pick([
        `Hallo ${mark('N', p.given)},`,
        `Sehr geehrte Frau ${mark('N', p.family)},`,
        `Sehr geehrter Herr ${mark('N', p.family)},`,
        `Moin ${mark('N', p.given)},`,
      ])
    : g.pick([
        `Hi ${mark('N', p.given)},`,
        `Dear Mr ${mark('N', p.family)},`,
        `Dear ${mark('N', `${p.given} ${p.family}`)},`,
        `Hello ${mark('N', p.given)},`,
      ]);
}

function quoted(g: Rng, lang: Lang, p: Person, body: string[]): string {
  const when = `${g.int(1, 28)}.${g.int(1, 12)}.2026`;
  const who = `${mark('N', `${p.given} ${p.family}`)}${g.chance(0.5) ? ` <${mark('EM', email(g, p))}>` : ''}`;
  const head =
    lang === 'de'
      ? `Am ${when} um ${g.int(7, 22)}:${g.int(10, 59)} schrieb ${who}:`
      : `On ${when.replace(/\./g, '/')}, ${who} wrote:`;
  return [head, ...body.map((l) => `> ${l}`)].join('\n');
}

/** Spacing noise on plain text only (marks untouched): doubled spaces, trailing blanks. */
function spaced(g: Rng, source: string): string {
  const out: string[] = [];
  let i = 0;
  for (const m of source.matchAll(MARK)) {
    out.push(
      source
        .slice(i, m.index)
        .replace(/ /g, (s) => (g.chance(0.05) ? '  ' : s))
        .replace(/\n/g, (s) => (g.chance(0.1) ? ' \n' : s)),
      m[0],
    );
    i = m.index + m[0].length;
  }
  out.push(source.slice(i));
  return out.join('');
}

export interface Generated {
  lang: Lang;
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** `count` documents, half German, half English; about one in nine carries no personal data. */
export function generated(count: number, seed: number): Generated[] {
  const g = new Rng(seed);
  const docs: Generated[] = [];
  for (let n = 0; n < count; n++) {
    const lang: Lang = n % 2 === 0 ? 'de' : 'en';
    const kind = KINDS[Math.floor(n / 2) % KINDS.length];
    const data = n % 9 !== 4;
    const [from, to, other] = [person(g), person(g), person(g)];
    const body: string[] = [];
    for (let k = g.int(2, 6); k > 0; k--)
      body.push(data && g.chance(0.6) ? sentence(g, lang, g.chance(0.5) ? from : to, other) : lookalike(g, lang));
    if (data && !body.some((s) => s.includes('⟦'))) body.push(sentence(g, lang, to, other));
    const sections: string[] = [header(g, lang, kind, from, to, data)];
    const middle: string[] = [];
    if (kind === 'mail' || kind === 'letter' || g.chance(0.3)) middle.push(greeting(g, lang, to, data));
    middle.push(
      kind === 'chat'
        ? body
            .map(
              (s, i) =>
                `${g.int(8, 18)}:${g.int(10, 59)} ${data ? mark('N', (i % 2 ? to : from).given) : g.pick(['Bot', 'Support', 'Admin'])}: ${s}`,
            )
            .join('\n')
        : body.join(g.chance(0.5) ? ' ' : '\n'),
    );
    if (g.chance(0.35)) middle.splice(g.int(0, middle.length), 0, table(g, lang, data));
    if (data && (kind === 'form' || g.chance(0.2))) middle.splice(g.int(0, middle.length), 0, formBlock(g, lang, to));
    sections.push(...(g.chance(0.25) ? g.shuffle(middle) : middle));
    if (data && kind !== 'chat' && g.chance(0.7)) sections.push(signature(g, lang, from));
    if (data && (kind === 'mail' || g.chance(0.1)))
      sections.push(quoted(g, lang, to, [lookalike(g, lang), sentence(g, lang, to, other)]));
    let source = sections.join(g.pick(['\n\n', '\n', '\n\n\n']));
    if (g.chance(0.3)) source = spaced(g, source);
    const casing = g.next();
    const cased =
      casing < 0.08
        ? sameLength((c) => c.toLowerCase())
        : casing < 0.13
          ? sameLength((c) => c.toUpperCase())
          : undefined;
    docs.push({ lang, kind: `grammar-${kind}`, ...readMarks(source, g, { cased }) });
  }
  return docs;
}
