import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import type { TestLabel } from './markup.js';
import { CULTURES } from './names.js';
import { Taus88 } from './random.js';
import { card, groupedIban, iban, idCard, ipv4, ipv6, passport, pensionNumber, taxId } from './values.js';

/**
 * Set 11's generated half: letters from a mail merge with a broken data source. One record table of
 * people (members, donors, students, volunteers, clients) is merged into the letters of ten
 * organisations; the merge goes wrong the ways real ones do: columns shifted by one (a given name in
 * the family-name field, the phone number where the e-mail belongs), fields left unfilled («Vorname»),
 * a record merged twice, the previous record's name left in the salutation, a charset fallback that
 * writes umlauts as "ue", a whole letter in capitals. Labels follow the values, wherever they land.
 */

type Lang = 'de' | 'en';
interface Person {
  given: string;
  family: string;
  female: boolean;
  birth: { d: number; m: number; y: number };
  street: string;
  postcode: string;
  town: string;
  email: string;
  phone: string;
  uk: boolean;
}

const DE_STREETS = [
  'Lerchenfeld',
  'Am Hopfengarten',
  'Kattrepel',
  'Schlehenweg',
  'Unterm Rain',
  'Zeppelinring',
  'Kohlhökerstraße',
  'Auf der Heide',
  'Mühlenkamp',
  'Tränkgasse',
  'Alte Ziegelei',
  'Quellenstraße',
];
const DE_TOWNS: [string, string][] = [
  ['24103', 'Kiel'],
  ['99084', 'Erfurt'],
  ['66111', 'Saarbrücken'],
  ['93047', 'Regensburg'],
  ['17489', 'Greifswald'],
  ['78462', 'Konstanz'],
  ['06108', 'Halle (Saale)'],
  ['26122', 'Oldenburg'],
  ['87435', 'Kempten'],
  ['35037', 'Marburg'],
];
const UK_STREETS = [
  'Cobden Road',
  'Larkhill Lane',
  'St Julian Street',
  'Orchard Mews',
  'Tanners Row',
  'Beacon Close',
  'Wharf Terrace',
  'Primrose Crescent',
];
const UK_TOWNS: [string, string][] = [
  ['Sheffield', 'S7 1GH'],
  ['Norwich', 'NR2 3PQ'],
  ['Exeter', 'EX4 6LT'],
  ['Swansea', 'SA2 0DW'],
  ['Dundee', 'DD1 4QB'],
  ['Lancaster', 'LA1 3EZ'],
  ['Belfast', 'BT9 5AQ'],
  ['York', 'YO31 7NP'],
];
const DOMAINS = [
  'gmx.de',
  'web.de',
  'posteo.de',
  'mailbox.org',
  't-online.de',
  'outlook.com',
  'gmail.com',
  'yahoo.co.uk',
  'btinternet.com',
  'kirche-nord.de',
  'stud.uni-greifswald.de',
  'students.dundee.ac.uk',
];

const fold = (s: string) =>
  s
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[ðÐđ]/g, 'd')
    .replace(/[þÞ]/g, 'th')
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
/** What a charset fallback makes of umlauts. */
const umlautFallback = (s: string) =>
  s
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue');

function phone(r: Taus88, uk: boolean): string {
  if (uk)
    return r.pick([
      () => `07${r.int(400, 999)} ${r.int(100000, 999999)}`,
      () => `+44 7${r.int(400, 999)} ${r.int(100, 999)} ${r.int(100, 999)}`,
      () => `(01${r.int(100, 999)}) ${r.int(100000, 999999)}`,
      () => `0${r.int(20, 29)} ${r.int(3000, 8999)} ${r.int(1000, 9999)}`,
    ])();
  return r.pick([
    () => `0${r.int(151, 179)} ${r.int(1000000, 9999999)}`,
    () => `+49 ${r.int(151, 179)} ${r.int(100, 999)} ${r.int(1000, 9999)}`,
    () => `0${r.int(30, 99)}${r.int(1, 9)} / ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
    () => `0049 ${r.int(30, 99)} ${r.int(100000, 999999)}`,
    () => `+49 (0)${r.int(200, 999)} ${r.int(1000, 99999)}-${r.int(10, 99)}`,
    () => `0${r.int(300, 999)}-${r.int(10000, 999999)}`,
  ])();
}

function person(r: Taus88): Person {
  const culture = r.pick(Object.values(CULTURES));
  const given = r.pick(culture.given);
  const family = r.pick(culture.family);
  const uk = r.chance(0.4);
  const [postcode, town] = uk ? (([t, p]) => [p, t])(r.pick(UK_TOWNS)) : r.pick(DE_TOWNS);
  const street = uk
    ? `${r.int(1, 140)} ${r.pick(UK_STREETS)}`
    : `${r.pick(DE_STREETS)} ${r.int(1, 90)}${r.chance(0.15) ? 'a' : ''}`;
  const local = r
    .pick([
      () => `${fold(given)}.${fold(family)}`,
      () => `${fold(given)[0]}${fold(family)}`,
      () => `${fold(family)}${r.int(1, 99)}`,
      () => `${fold(given)}+ehrenamt`,
    ])()
    .toLowerCase()
    .replace(/[^a-z0-9.+]/g, '');
  return {
    given,
    family,
    female: r.chance(0.5),
    birth: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1938, 2007) },
    street,
    postcode,
    town,
    email: `${local}@${r.pick(DOMAINS)}`,
    phone: phone(r, uk),
    uk,
  };
}

const two = (n: number) => String(n).padStart(2, '0');
function birthDate(r: Taus88, b: Person['birth'], lang: Lang): string {
  const de = [
    () => `${two(b.d)}.${two(b.m)}.${b.y}`,
    () => `${b.d}.${b.m}.${String(b.y).slice(2)}`,
    () => `${b.d}. ${MONTHS_DE[b.m - 1]} ${b.y}`,
    () => `${b.y}-${two(b.m)}-${two(b.d)}`,
  ];
  const en = [
    () => `${two(b.d)}/${two(b.m)}/${b.y}`,
    () => `${MONTHS_EN[b.m - 1]} ${b.d}${ordinalSuffix(b.d)}, ${b.y}`,
    () => `${b.d} ${MONTHS_EN[b.m - 1]} ${b.y}`,
    () => `${b.y}-${two(b.m)}-${two(b.d)}`,
    () => `${b.d}${ordinalSuffix(b.d)} of ${MONTHS_EN[b.m - 1].slice(0, 3)} '${String(b.y).slice(2)}`,
  ];
  return r.pick(lang === 'de' ? de : en)();
}

/** Text with labels: appended piece by piece, so every offset is exact. */
class Letter {
  text = '';
  entities: TestLabel[] = [];
  put(s: string): this {
    this.text += s;
    return this;
  }
  mark(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
}

/** A merge field: what the template names, and what the broken source gives for it. */
type Field =
  | 'given'
  | 'family'
  | 'name'
  | 'dob'
  | 'address'
  | 'email'
  | 'phone'
  | 'iban'
  | 'card'
  | 'tax'
  | 'pension'
  | 'idcard'
  | 'passport'
  | 'ip';

const PLACEHOLDER: Record<Lang, Record<Field, string>> = {
  de: {
    given: '«Vorname»',
    family: '«Nachname»',
    name: '«Name»',
    dob: '«Geburtsdatum»',
    address: '«Anschrift»',
    email: '«E_Mail»',
    phone: '«Telefon»',
    iban: '«IBAN»',
    card: '«Kartennummer»',
    tax: '«SteuerID»',
    pension: '«RVNR»',
    idcard: '«Ausweisnr»',
    passport: '«Passnr»',
    ip: '«IP»',
  },
  en: {
    given: '«FirstName»',
    family: '«LastName»',
    name: '«FullName»',
    dob: '«DOB»',
    address: '«Address»',
    email: '«Email»',
    phone: '«Phone»',
    iban: '«IBAN»',
    card: '«CardNo»',
    tax: '«TaxID»',
    pension: '«PensionNo»',
    idcard: '«IDCardNo»',
    passport: '«PassportNo»',
    ip: '«IP»',
  },
};

interface Merge {
  r: Taus88;
  lang: Lang;
  p: Person;
  prev: Person;
  /** Fields the source left empty. */
  empty: Set<Field>;
  /** Given and family columns swapped; e-mail and phone columns swapped. */
  shifted: boolean;
  caps: boolean;
  fallback: boolean;
  extras: Partial<Record<Field, string>>;
}

function fieldValue(m: Merge, f: Field): [string, string] {
  const { p, r, lang } = m;
  const g = m.shifted ? p.family : p.given;
  const fam = m.shifted ? p.given : p.family;
  switch (f) {
    case 'given':
      return ['PERSON', g];
    case 'family':
      return ['PERSON', fam];
    case 'name':
      return ['PERSON', r.chance(0.2) ? `${fam}, ${g}` : `${g} ${fam}`];
    case 'dob':
      return ['DATE_OF_BIRTH', birthDate(r, p.birth, lang)];
    case 'address':
      return [
        'POSTAL_ADDRESS',
        r.chance(0.5)
          ? p.uk
            ? `${p.street}\n${p.town} ${p.postcode}`
            : `${p.street}\n${p.postcode} ${p.town}`
          : p.uk
            ? `${p.street}, ${p.town} ${p.postcode}`
            : `${p.street}, ${p.postcode} ${p.town}`,
      ];
    case 'email':
      return m.shifted ? ['PHONE_NUMBER', p.phone] : ['EMAIL_ADDRESS', p.email];
    case 'phone':
      return m.shifted ? ['EMAIL_ADDRESS', p.email] : ['PHONE_NUMBER', p.phone];
    default: {
      const v = m.extras[f];
      if (!v) throw new Error(`no value for ${f}`);
      const type = {
        iban: 'IBAN_CODE',
        card: 'CREDIT_CARD',
        tax: 'DE_TAX_ID',
        pension: 'DE_SOCIAL_SECURITY',
        idcard: 'DE_ID_CARD',
        passport: 'DE_PASSPORT',
        ip: 'IP_ADDRESS',
      }[f];
      return [type as string, v];
    }
  }
}

/** Writes a template line: {field} is merged, {prev} is the previous record's family name. */
function mergeLine(out: Letter, m: Merge, line: string): void {
  const parts = line.split(/(\{[a-z]+\})/);
  for (const part of parts) {
    const f = /^\{([a-z]+)\}$/.exec(part)?.[1];
    const style = (s: string) => {
      const t = m.fallback ? umlautFallback(s) : s;
      return m.caps ? t.toUpperCase() : t;
    };
    if (!f) out.put(style(part));
    else if (f === 'prev') out.mark('PERSON', style(m.prev.family));
    else if (m.empty.has(f as Field)) out.put(PLACEHOLDER[m.lang][f as Field]);
    else {
      const [type, value] = fieldValue(m, f as Field);
      // Capitals would break a card or IBAN no more than a name; e-mail addresses stay as typed.
      out.mark(type, type === 'EMAIL_ADDRESS' ? value : style(value));
    }
  }
}

interface Template {
  kind: string;
  org: Record<Lang, string>;
  lines: Record<Lang, string[]>;
  extras: Field[];
}

const TEMPLATES: Template[] = [
  {
    kind: 'donation receipt',
    org: {
      de: 'Förderverein Tafel Süd e.V. · Hafenstraße 2 · 24103 Kiel',
      en: 'Northgate Food Bank (charity no. 1162045) · Unit 4, Mill Yard, Sheffield S3 8NP',
    },
    lines: {
      de: [
        '{name}',
        '{address}',
        '',
        'Zuwendungsbestätigung Nr. SQ-11-{receipt}',
        '',
        'Sehr geehrte/r {salut} {family},',
        'herzlichen Dank für Ihre Spende von {amount} EUR. Ihre Mitgliedsnummer wurde mit Ihrer E-Mail {email} verknüpft.',
        'Mit freundlichen Grüßen, Ihr Vorstand',
      ],
      en: [
        '{name}',
        '{address}',
        '',
        'Donation receipt SQ-11-{receipt}',
        '',
        'Dear {salut} {family},',
        'thank you for your gift of £{amount}. We will send future receipts to {email}.',
        'With warm wishes, the trustees',
      ],
    },
    extras: [],
  },
  {
    kind: 'exam result notice',
    org: { de: 'Prüfungsamt der Philosophischen Fakultät', en: 'Registry – Examinations Office' },
    lines: {
      de: [
        'An: {given} {family} (geb. {dob})',
        'Matrikelnummer {matric}',
        '',
        'Hallo {given},',
        'Ihr Ergebnis im Modul PH-{module} ist eingetragen: {grade}. Widerspruch binnen eines Monats.',
        'Rückfragen bitte per Mail an das Prüfungsamt; Ihre hinterlegte Nummer: {phone}.',
      ],
      en: [
        'To: {given} {family}, born {dob}',
        'Student number {matric}',
        '',
        'Dear {given},',
        'your result for module PH-{module} has been published: {grade}. Appeals within 10 working days.',
        'We hold {phone} as your contact number.',
      ],
    },
    extras: [],
  },
  {
    kind: 'blood donation invitation',
    org: {
      de: 'Blutspendedienst Nord – Termin 11.12.2026, Gemeindehaus',
      en: 'Blood Service – session 11 Dec 2026, St Jude’s Hall',
    },
    lines: {
      de: [
        '{salut} {name}',
        '{address}',
        '',
        'Liebe Spenderin, lieber Spender,',
        'Ihre letzte Spende liegt 12 Wochen zurück – Sie dürfen wieder! Online-Termin: Ihre Anmeldung kam von IP {ip}.',
        'Spendernummer 26-{receipt}, Geburtsdatum {dob}.',
      ],
      en: [
        '{salut} {name}',
        '{address}',
        '',
        'Hi {given},',
        'you can donate again. Your last booking was made from IP {ip}.',
        'Donor number 26-{receipt}, date of birth {dob}.',
      ],
    },
    extras: ['ip'],
  },
  {
    kind: 'volunteer rota confirmation',
    org: { de: 'Hospizverein Lebensweg e.V.', en: 'St Oswin’s Hospice – Volunteer Services' },
    lines: {
      de: [
        'Liebe/r {given},',
        'du bist für die Sitzwache am {shift} eingeteilt, gemeinsam mit {prev}.',
        'Bei Verhinderung bitte {phone} oder {email} an die Koordination weitergeben.',
        'Dein Hospizteam',
      ],
      en: [
        'Dear {given},',
        'you are on the rota for {shift}, together with {prev}.',
        'If you cannot make it, we will ring you on {phone}; your confirmation goes to {email}.',
        'Thank you! Volunteer Services',
      ],
    },
    extras: [],
  },
  {
    kind: 'co-operative fee statement',
    org: { de: 'Wohnungsgenossenschaft Hafenblick eG', en: 'Riverside Housing Co-operative Ltd' },
    lines: {
      de: [
        '{name}',
        '{address}',
        '',
        'Kontoauszug Nutzungsgebühr 2026 – Mitglied {matric}',
        'Lastschrift von {iban}, Gläubiger-ID DE71ZZZ00002211448.',
        'Sehr geehrte/r {salut} {family}, bitte prüfen Sie die Aufstellung.',
      ],
      en: [
        '{name}',
        '{address}',
        '',
        'Rent and service charge statement 2026 – member {matric}',
        'Direct debit from {iban}, creditor id GB22ZZZSDDBARC0000007495895.',
        'Dear {salut} {family}, please check the figures below.',
      ],
    },
    extras: ['iban'],
  },
  {
    kind: 'care home invoice',
    org: { de: 'Seniorenzentrum Am Wasserturm', en: 'Meadowbank Care Home' },
    lines: {
      de: [
        'Rechnung RG-{receipt} – Eigenanteil November',
        'Bewohner/in: {name}, geb. {dob}',
        'Rechnungsempfänger/in: {salut} {prev}',
        'Zahlung erfolgte per Karte {card}.',
      ],
      en: [
        'Invoice INV-{receipt} – resident contribution, November',
        'Resident: {name}, DOB {dob}',
        'Invoice to: {salut} {prev}',
        'Paid by card {card}.',
      ],
    },
    extras: ['card'],
  },
  {
    kind: 'youth exchange registration',
    org: { de: 'Jugendwerk der Kirchengemeinde – Austausch Tiflis 2027', en: 'Parish Youth Exchange – Tbilisi 2027' },
    lines: {
      de: [
        'Teilnehmer/in: {family}, {given}',
        'Geburtsdatum: {dob}',
        'Reisepass: {passport}',
        'Notfallkontakt: {phone}',
        'Bestätigung an {email}',
      ],
      en: [
        'Participant: {family}, {given}',
        'Date of birth: {dob}',
        'Passport: {passport}',
        'Emergency contact: {phone}',
        'Confirmation sent to {email}',
      ],
    },
    extras: ['passport'],
  },
  {
    kind: 'volunteer allowance payroll',
    org: { de: 'Freiwillige Feuerwehr Hafenblick – Kasse', en: 'Fire and Rescue Volunteer Unit – Payroll' },
    lines: {
      de: [
        'Ehrenamtspauschale 2026 für {name}',
        'Steuer-ID {tax}, Rentenversicherungsnummer {pension}',
        'Auszahlung auf {iban}',
        'Az. SD-26-{file}',
      ],
      en: [
        'Volunteer allowance 2026 for {name}',
        'German tax ID (cross-border) {tax}, German pension no. {pension}',
        'Paid to {iban}',
        'Ref SD-26-{file}',
      ],
    },
    extras: ['tax', 'pension', 'iban'],
  },
  {
    kind: 'food bank identity check',
    org: { de: 'Tafel Süd – Ausgabestelle', en: 'Northgate Food Bank – registration desk' },
    lines: {
      de: [
        'Registrierung {name}',
        'Ausweis geprüft: Personalausweis {idcard}',
        'Anschrift lt. Ausweis: {address}',
        'Telefon: {phone}',
      ],
      en: ['Registration {name}', 'ID seen: German ID card {idcard}', 'Address on ID: {address}', 'Phone: {phone}'],
    },
    extras: ['idcard'],
  },
  {
    kind: 'parish portal notice',
    org: { de: 'Pfarrei St. Ansgar – Online-Portal', en: 'St Ansgar’s Parish – online portal' },
    lines: {
      de: [
        'Hallo {given} {family},',
        'für Ihr Konto {email} gab es eine neue Anmeldung von {ip} ({ip2}).',
        'Wenn Sie das nicht waren, rufen Sie uns an.',
      ],
      en: [
        'Hello {given} {family},',
        'your account {email} was signed in from {ip} ({ip2}).',
        'If this was not you, please ring the parish office.',
      ],
    },
    extras: ['ip'],
  },
];

/** A circular from the same merge with no record at all: only look-alikes. */
function circular(r: Taus88, lang: Lang): string {
  const de = [
    'Liebe Kolleginnen und Kollegen,',
    `die Serienbrief-Vorlage Version ${r.int(2, 4)}.${r.int(0, 9)}.${r.int(0, 20)} ist freigegeben.`,
    `Aktenzeichen im Format SD-26-${r.int(1000, 9999)}, Spendenquittungen SQ-11-${r.int(10000, 99999)}.`,
    `Feiertage: 25.12. und 26.12.; Ausgabestelle Franz-Weber-Straße geschlossen.`,
    `Paket ${r.int(100000000, 999999999)}${r.int(100, 999)} ist angekommen, Artikel ${r.int(10000, 99999)}.`,
    'Sehr geehrte Damen und Herren, bitte leiten Sie diese Nachricht weiter.',
  ];
  const en = [
    'Hi team,',
    `the mail-merge template version ${r.int(2, 4)}.${r.int(0, 9)}.${r.int(0, 20)} is live.`,
    `File references look like SD-26-${r.int(1000, 9999)}, receipts SQ-11-${r.int(10000, 99999)}.`,
    'Bank holidays: 25 and 26 December; the Hope Street depot is closed.',
    `Parcel ${r.int(100000000, 999999999)}${r.int(100, 999)} arrived, item ${r.int(10000, 99999)}.`,
    'Dear Sir or Madam, please pass this on.',
  ];
  const lines = lang === 'de' ? de : en;
  for (let i = lines.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join('\n');
}

const SALUT: Record<Lang, [string, string]> = { de: ['Frau', 'Herr'], en: ['Ms', 'Mr'] };

function fill(line: string, r: Taus88, m: Merge): string {
  return line
    .replace(
      '{salut}',
      m.empty.has('family') ? (m.lang === 'de' ? '«Anrede»' : '«Title»') : SALUT[m.lang][m.p.female ? 0 : 1],
    )
    .replace('{receipt}', String(r.int(10000, 99999)))
    .replace('{amount}', `${r.int(5, 400)},00`)
    .replace('{matric}', String(r.int(1000000, 9999999)))
    .replace('{module}', String(r.int(100, 499)))
    .replace('{grade}', r.pick(['1,3', '2,7', '3,0', '4,0', '5,0']))
    .replace('{shift}', `${r.int(1, 28)}.12.`)
    .replace('{file}', String(r.int(1000, 9999)));
}

/** `count` merged letters (half German, half English, every kind in both), the same for the same seed. */
export function generated(
  count: number,
  seed: number,
): { lang: Lang; kind: string; text: string; entities: TestLabel[] }[] {
  const r = new Taus88(seed);
  const docs: { lang: Lang; kind: string; text: string; entities: TestLabel[] }[] = [];
  let prev = person(r);
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const slot = Math.floor(i / 2) % (TEMPLATES.length + 1);
    if (slot === TEMPLATES.length) {
      docs.push({ lang, kind: 'merge circular', text: circular(r, lang), entities: [] });
      continue;
    }
    const t = TEMPLATES[slot];
    const out = new Letter();
    const copies = r.chance(0.12) ? 2 : 1; // a record merged twice
    const p = person(r);
    const extras: Partial<Record<Field, string>> = {};
    for (const f of t.extras)
      extras[f] =
        f === 'iban'
          ? ((v) => (r.chance(0.5) ? groupedIban(v) : v))(
              iban(r, r.pick(['DE', 'DE', 'DE', 'AT', 'NL', 'BE'] as const)),
            )
          : f === 'card'
            ? card(r)
            : f === 'tax'
              ? ((v) => (r.chance(0.4) ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v))(
                  taxId(r),
                )
              : f === 'pension'
                ? pensionNumber(r, p.birth, fold(p.family)[0])
                : f === 'idcard'
                  ? idCard(r)
                  : f === 'passport'
                    ? passport(r)
                    : ipv4(r);
    const empty = new Set<Field>();
    if (r.chance(0.15))
      for (const f of ['given', 'family', 'email', 'phone', 'dob'] as Field[]) if (r.chance(0.5)) empty.add(f);
    const m: Merge = {
      r,
      lang,
      p,
      prev,
      empty,
      shifted: r.chance(0.15),
      caps: r.chance(0.08),
      fallback: r.chance(0.12),
      extras,
    };
    for (let c = 0; c < copies; c++) {
      out.put(`${t.org[lang]}\n\n`);
      for (const raw of t.lines[lang]) {
        const line = fill(raw, r, m).replace('{ip2}', '\u0000');
        const [head, tail] = line.split('\u0000');
        mergeLine(out, m, head);
        if (tail !== undefined) {
          out.mark('IP_ADDRESS', ipv6(r));
          mergeLine(out, m, tail);
        }
        out.put('\n');
      }
      if (c + 1 < copies) out.put('\n---- Seitenumbruch / page break ----\n\n');
    }
    prev = p;
    docs.push({ lang, kind: t.kind, text: out.text.trimEnd(), entities: out.entities });
  }
  return docs;
}
