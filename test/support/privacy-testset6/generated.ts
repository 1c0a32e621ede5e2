import { Builder, type TestLabel } from './markup.js';
import { SplitMix } from './random.js';
import { drawPerson, writeDate, type PersonRecord } from './records.js';

// "Record → rendering": draw structured person records first, then write them through one of many
// renderers (letter, form, table row, chat line, mail header, log line, invoice block, minutes,
// JSON/YAML/XML, HR sheet), with random field order, omission, casing and spacing. Unlike sets 3 to
// 5, no document layout is fixed: each renderer decides per document which fields it writes and how.

type Lang = 'de' | 'en';
interface Ctx {
  g: SplitMix;
  b: Builder;
  lang: Lang;
}
const t = (c: Ctx, de: string, en: string) => (c.lang === 'de' ? de : en);

/** A person's name as documents write it; titles and salutations stay outside the label. */
function name(c: Ctx, p: PersonRecord, style?: string): void {
  const { g, b } = c;
  const s =
    style ??
    g.pick(['full', 'full', 'full', 'full', 'titled', 'titled', 'inverted', 'initial', 'given', 'caps', 'middle']);
  switch (s) {
    case 'titled': {
      const title = t(
        c,
        g.pick([p.female ? 'Frau' : 'Herr', p.female ? 'Frau Dr.' : 'Herr Dr.', 'Prof. Dr.']),
        g.pick([p.female ? 'Ms' : 'Mr', 'Dr', p.female ? 'Mrs.' : 'Mr.', 'Prof.']),
      );
      b.add(title + ' ');
      b.lab('PERSON', g.chance(0.6) ? p.family : `${p.given} ${p.family}`);
      return;
    }
    case 'inverted':
      b.lab('PERSON', `${p.family}, ${p.given}`);
      return;
    case 'initial':
      b.lab('PERSON', `${p.given.charAt(0)}. ${p.family}`);
      return;
    case 'given':
      b.lab('PERSON', p.given);
      return;
    case 'caps':
      b.lab('PERSON', `${p.family.toUpperCase()}, ${p.given}`);
      return;
    case 'middle':
      b.lab('PERSON', `${p.given} ${String.fromCharCode(65 + g.int(0, 25))}. ${p.family}`);
      return;
    default:
      b.lab('PERSON', `${p.given} ${p.family}`);
  }
}

const email = (c: Ctx, p: PersonRecord) => {
  if (c.g.chance(0.08)) {
    const [user, host] = p.email.split('@');
    const dot = host.lastIndexOf('.');
    c.b.lab('EMAIL_ADDRESS', `${user.split('+')[0]} (at) ${host.slice(0, dot)} (dot) ${host.slice(dot + 1)}`);
  } else c.b.lab('EMAIL_ADDRESS', p.email);
};

/** Fields a form, table or record may carry: label words per language, and how to write the value. */
interface Field {
  key: string;
  de: string[];
  en: string[];
  write: (c: Ctx, p: PersonRecord) => void;
}
const FIELDS: Field[] = [
  {
    key: 'name',
    de: ['Name', 'Mitarbeiter/in', 'Patient/in', 'Antragsteller', 'Kontakt'],
    en: ['Name', 'Employee', 'Patient', 'Applicant', 'Contact'],
    write: (c, p) => name(c, p, c.g.pick(['full', 'inverted', 'caps', 'full'])),
  },
  {
    key: 'dob',
    de: ['Geburtsdatum', 'geb.', 'Geb.-Dat.', 'geboren am'],
    en: ['Date of birth', 'DOB', 'D.O.B.', 'Born'],
    write: (c, p) => c.b.lab('DATE_OF_BIRTH', writeDate(c.g, p.dob, c.lang)),
  },
  { key: 'email', de: ['E-Mail', 'Mail', 'E-Mail privat'], en: ['Email', 'E-mail', 'Personal email'], write: email },
  {
    key: 'phone',
    de: ['Telefon', 'Tel.', 'Rückruf unter', 'Festnetz'],
    en: ['Phone', 'Tel', 'Call back on', 'Landline'],
    write: (c, p) => c.b.lab('PHONE_NUMBER', p.phone),
  },
  { key: 'mobile', de: ['Mobil', 'Handy'], en: ['Mobile', 'Cell'], write: (c, p) => c.b.lab('PHONE_NUMBER', p.mobile) },
  {
    key: 'address',
    de: ['Anschrift', 'Wohnanschrift', 'Adresse'],
    en: ['Address', 'Home address', 'Residence'],
    write: (c, p) => c.b.lab('POSTAL_ADDRESS', p.address),
  },
  {
    key: 'iban',
    de: ['IBAN', 'Bankverbindung (IBAN)', 'Konto'],
    en: ['IBAN', 'Bank account (IBAN)', 'Refund to'],
    write: (c, p) => c.b.lab('IBAN_CODE', p.iban),
  },
  {
    key: 'card',
    de: ['Kreditkarte', 'Karte'],
    en: ['Card number', 'Card'],
    write: (c, p) => c.b.lab('CREDIT_CARD', p.card),
  },
  {
    key: 'tax',
    de: ['Steuer-ID', 'Steuerliche Identifikationsnummer', 'IdNr.'],
    en: ['German tax ID', 'Tax ID (DE)', 'Steuer-ID'],
    write: (c, p) => c.b.lab('DE_TAX_ID', p.taxId),
  },
  {
    key: 'ssn',
    de: ['RV-Nummer', 'Sozialversicherungsnummer', 'SV-Nr.'],
    en: ['Social security no.', 'German pension no.', 'SV number'],
    write: (c, p) => c.b.lab('DE_SOCIAL_SECURITY', p.socialSecurity),
  },
  {
    key: 'id',
    de: ['Personalausweis-Nr.', 'Ausweisnummer', 'PA-Nr.'],
    en: ['ID card no.', 'German ID card', 'Identity card'],
    write: (c, p) => c.b.lab('DE_ID_CARD', p.idCard),
  },
  {
    key: 'passport',
    de: ['Reisepass-Nr.', 'Pass-Nr.'],
    en: ['Passport no.', 'Passport'],
    write: (c, p) => c.b.lab('DE_PASSPORT', p.passport),
  },
  {
    key: 'ip',
    de: ['IP-Adresse', 'Client-IP'],
    en: ['IP address', 'Client IP'],
    write: (c, p) => c.b.lab('IP_ADDRESS', p.ip),
  },
  {
    key: 'ref',
    de: ['Vorgang', 'Aktenzeichen', 'Kundennr.'],
    en: ['Case', 'Reference', 'Customer no.'],
    write: (c) => c.b.add(`${c.g.pick(['AZ', 'KD', 'VG'])}-${c.g.digits(6)}`),
  },
];
const field = (key: string) => FIELDS.find((f) => f.key === key)!;

/** A few fields in random order, some left out: no two forms of the set look alike. */
function someFields(g: SplitMix, must: string[], optional: string[], max: number): Field[] {
  const extra = g.shuffle(optional).slice(0, g.int(1, max));
  return g.shuffle([...must, ...extra]).map(field);
}

const ORGS = {
  de: [
    'Klinikverbund Süd',
    'Stadtverwaltung Oelde, Bürgeramt',
    'Spedition Harmsen & Söhne GmbH',
    'Kanzlei Röder Lenz Partner',
    'Universität Vechta, Studierendensekretariat',
    'Tischlerei Grotjahn',
    'Hilfswerk Brückenschlag e. V.',
  ],
  en: [
    'Northwind Logistics Ltd',
    'St Aldhelm Hospital Trust',
    'Wrexley Borough Council',
    'Hartigan & Moss LLP',
    'University of Carrowmore, Registry',
    'Fenwick Joinery',
    'Bridgeway Relief (charity no. 1148230)',
  ],
};

function formRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b, lang } = c;
  b.add(
    `${g.pick(ORGS[lang])}\n${t(c, g.pick(['Stammdatenblatt', 'Aufnahmebogen', 'Antrag auf Erstattung', 'Personalfragebogen']), g.pick(['Personal details', 'Admission sheet', 'Refund request', 'New starter form']))}\n\n`,
  );
  const sep = g.pick([': ', ':\t', ' — ', ' | ']);
  for (const f of someFields(
    g,
    ['name'],
    ['dob', 'email', 'phone', 'address', 'iban', 'tax', 'ssn', 'id', 'mobile', 'ref', 'card', 'passport'],
    6,
  )) {
    b.add(g.pick(f[lang]) + sep);
    f.write(c, people[0]);
    b.add('\n');
  }
}

function tableRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b, lang } = c;
  const delim = g.pick([';', ',', '\t', ' | ']);
  const cols = someFields(g, ['name'], ['email', 'phone', 'dob', 'mobile', 'address', 'ref', 'iban'], 3);
  const split = g.chance(0.4);
  const dateShape = g.int(0, 5);
  const heads = cols.flatMap((f) =>
    f.key === 'name' && split ? t(c, 'Nachname|Vorname', 'Surname|First name').split('|') : [g.pick(f[lang])],
  );
  b.add(heads.join(delim) + '\n');
  for (const p of people) {
    cols.forEach((f, i) => {
      if (i > 0) b.add(delim);
      if (f.key === 'name' && split) {
        b.lab('PERSON', p.family).add(delim).lab('PERSON', p.given);
      } else if (f.key === 'address' && delim === ',') b.add('"').lab('POSTAL_ADDRESS', p.address).add('"');
      else if (f.key === 'dob') b.lab('DATE_OF_BIRTH', writeDate(g, p.dob, lang, dateShape));
      else f.write(c, p);
    });
    b.add('\n');
  }
}

function chatRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b } = c;
  const [a, other] = [people[0], people[1] ?? people[0]];
  const stamp = () => `[${p2(g.int(1, 28))}.${p2(g.int(1, 12))}.26, ${p2(g.int(7, 19))}:${p2(g.int(0, 59))}] `;
  const lines: ((x: PersonRecord, y: PersonRecord) => void)[] = [
    (x, y) => {
      b.add(stamp());
      b.lab('PERSON', `${x.given} ${x.family}`);
      b.add(t(c, ': hat jemand die nummer von ', ': anyone got a number for '));
      b.lab('PERSON', y.given);
      b.add('?\n');
    },
    (x, y) => {
      b.add(stamp());
      b.lab('PERSON', `${x.given} ${x.family}`);
      b.add(': ');
      b.lab('PHONE_NUMBER', y.mobile);
      b.add(t(c, ' – ab 14 uhr erreichbar\n', ' – free after 2pm\n'));
    },
    (x, y) => {
      b.add(stamp());
      b.lab('PERSON', x.given);
      b.add(t(c, ': schick mir das an ', ': send it to '));
      email(c, y);
      b.add(t(c, ' bitte\n', ' pls\n'));
    },
    (x) => {
      b.add(stamp());
      b.lab('PERSON', x.given);
      b.add(t(c, ': bin heute im homeoffice, Schlüssel liegt bei der Pforte\n', ': wfh today, key is at reception\n'));
    },
    (x, y) => {
      b.add(stamp());
      b.lab('PERSON', `${x.given} ${x.family}`);
      b.add(t(c, ': Paket für ', ': parcel for '));
      b.lab('PERSON', `${y.given.charAt(0)}. ${y.family}`);
      b.add(t(c, ' geht an ', ' goes to '));
      b.lab('POSTAL_ADDRESS', y.address);
      b.add('\n');
    },
    (x) => {
      b.add(stamp());
      b.lab('PERSON', `${x.given} ${x.family}`);
      b.add(t(c, ': <Medien ausgeschlossen>\n', ': <Media omitted>\n'));
    },
  ];
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) g.pick(lines)(i % 2 ? other : a, i % 2 ? a : other);
}

function mailRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b } = c;
  const [from, to] = [people[0], people[1] ?? people[0]];
  const ccOn = people.length > 2 && g.chance(0.6);
  b.add(t(c, 'Von: ', 'From: '))
    .lab('PERSON', `${from.given} ${from.family}`)
    .add(' <')
    .lab('EMAIL_ADDRESS', from.email)
    .add('>\n');
  b.add(t(c, 'An: ', 'To: '))
    .lab('EMAIL_ADDRESS', to.email)
    .add('\n');
  if (ccOn)
    b.add('Cc: ')
      .lab('PERSON', `${people[2].family}, ${people[2].given}`)
      .add(' <')
      .lab('EMAIL_ADDRESS', people[2].email)
      .add('>\n');
  b.add(
    t(
      c,
      `Betreff: AW: ${g.pick(['Ihre Anfrage', 'Termin', 'Unterlagen', 'Rückfrage Abrechnung'])}\n\n`,
      `Subject: RE: ${g.pick(['your enquiry', 'appointment', 'documents', 'billing question'])}\n\n`,
    ),
  );
  b.add(t(c, g.pick(['Hallo ', 'Liebe/r ', 'Guten Tag ']), g.pick(['Hi ', 'Dear ', 'Hello '])));
  name(c, to, g.pick(['given', 'titled', 'full']));
  b.add(
    t(
      c,
      ',\n\nanbei wie besprochen die Unterlagen. Bei Rückfragen bin ich unter ',
      ',\n\nattached as discussed. Any questions, I am on ',
    ),
  );
  b.lab('PHONE_NUMBER', from.phone);
  b.add(t(c, ' erreichbar.\n\nViele Grüße\n', '.\n\nBest regards\n'));
  name(c, from, g.pick(['full', 'given', 'initial']));
  b.add('\n');
  if (g.chance(0.6)) {
    b.add(t(c, '\nAm 12.02.2026 um 09:41 schrieb ', '\nOn Thu, 12 Feb 2026 at 09:41, '));
    b.lab('PERSON', `${to.given} ${to.family}`);
    b.add(' <')
      .lab('EMAIL_ADDRESS', to.email)
      .add(
        t(
          c,
          '>:\n> Hallo, können Sie mir die Unterlagen nochmal schicken?\n> Danke, ',
          '> wrote:\n> Hi, could you send the papers again?\n> Thanks, ',
        ),
      );
    b.lab('PERSON', to.given).add('\n');
  }
}

function logRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b } = c;
  for (const p of people) {
    const ts = `2026-0${g.int(1, 9)}-${p2(g.int(1, 28))}T${p2(g.int(0, 23))}:${p2(g.int(0, 59))}:${p2(g.int(0, 59))}Z`;
    const kind = g.int(0, 2);
    b.add(`${ts} ${g.pick(['INFO', 'WARN', 'INFO', 'AUDIT'])} `);
    if (kind === 0)
      b.add('login ok user=')
        .lab('EMAIL_ADDRESS', p.email)
        .add(' src=')
        .lab('IP_ADDRESS', p.ip)
        .add(` session=${g.digits(8)}\n`);
    else if (kind === 1)
      b.add('password reset requested for ')
        .lab('EMAIL_ADDRESS', p.email)
        .add(' from ')
        .lab('IP_ADDRESS', p.ip)
        .add(' (v2.14.3)\n');
    else
      b.add(`sms-gateway: delivered to `)
        .lab('PHONE_NUMBER', p.mobile)
        .add(` msgid=${g.digits(10)} status=200\n`);
  }
}

function invoiceRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b, lang } = c;
  const p = people[0];
  b.add(t(c, 'Rechnungsempfänger:\n', 'Bill to:\n'));
  name(c, p, g.pick(['full', 'titled', 'initial']));
  b.add('\n').lab('POSTAL_ADDRESS', `${p.addressLines[0]}\n${p.addressLines[1]}`).add('\n\n');
  b.add(t(c, `Rechnung RE-${g.digits(7)} vom 03.11.2026\n`, `Invoice INV-${g.digits(7)}, 3 Nov 2026\n`));
  b.add(
    t(
      c,
      'Position 1: Wartung Heizungsanlage, 2,5 Std.   212,50 EUR\n',
      'Item 1: Freight Felixstowe–Duisburg, 1 pallet   £340.00\n',
    ),
  );
  if (g.chance(0.5))
    b.add(t(c, 'Zahlung per Lastschrift vom Konto ', 'Direct debit from account '))
      .lab('IBAN_CODE', p.iban)
      .add(
        t(
          c,
          `, Gläubiger-ID DE${g.digits(2)}ZZZ0${g.digits(10)}\n`,
          `, creditor id DE${g.digits(2)}ZZZ0${g.digits(10)}\n`,
        ),
      );
  else
    b.add(t(c, 'Bezahlt mit Karte ', 'Paid by card '))
      .lab('CREDIT_CARD', p.card)
      .add('\n');
  if (lang === 'de') b.add(`USt-IdNr. DE${g.digits(9)}\n`);
}

function minutesRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b } = c;
  b.add(
    t(
      c,
      `Protokoll ${g.pick(['Teambesprechung', 'Jour fixe', 'Stationsbesprechung', 'Bauausschuss'])}, 14.10.2026\nAnwesend: `,
      `Minutes – ${g.pick(['ops weekly', 'ward meeting', 'trustees', 'project board'])}, 14 Oct 2026\nPresent: `,
    ),
  );
  people.forEach((p, i) => {
    if (i > 0) b.add(', ');
    name(c, p, g.pick(['full', 'initial', 'full', 'titled']));
  });
  b.add(t(c, '\nEntschuldigt: niemand\n\nTOP 1 Stand der Dinge\n', '\nApologies: none\n\nItem 1 Status\n'));
  for (const p of people.slice(0, g.int(1, people.length))) {
    b.add(t(c, 'AP: ', 'ACTION: '));
    b.lab('PERSON', g.chance(0.7) ? p.family : `${p.given} ${p.family}`);
    b.add(
      t(
        c,
        ` bis ${g.pick(['Fr.', 'KW 44', 'nächste Sitzung'])}: ${g.pick(['Angebot einholen', 'Dienstplan prüfen', 'Rückruf Kunde'])}\n`,
        ` by ${g.pick(['Fri', 'wk 44', 'next meeting'])}: ${g.pick(['get quote', 'check rota', 'call back client'])}\n`,
      ),
    );
  }
}

function recordRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b } = c;
  const p = people[0];
  const fields = someFields(g, ['name'], ['dob', 'email', 'phone', 'address', 'ip', 'passport', 'iban', 'card'], 4);
  const shape = g.int(0, 2);
  const key = (f: Field) =>
    f.en[0]
      .toLowerCase()
      .replace(/[^a-z]+/g, '_')
      .replace(/^_|_$/g, '');
  if (shape === 0) {
    b.add('{\n');
    fields.forEach((f, i) => {
      b.add(`  "${key(f)}": "`);
      f.write(c, p);
      b.add(i < fields.length - 1 ? '",\n' : '"\n');
    });
    b.add('}\n');
  } else if (shape === 1) {
    b.add(`- id: ${g.digits(5)}\n`);
    for (const f of fields) {
      b.add(`  ${key(f)}: `);
      f.write(c, p);
      b.add('\n');
    }
  } else {
    b.add('<record>\n');
    for (const f of fields) {
      b.add(`  <${key(f)}>`);
      f.write(c, p);
      b.add(`</${key(f)}>\n`);
    }
    b.add('</record>\n');
  }
}

function hrRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b } = c;
  const p = people[0];
  b.add(t(c, 'Neueinstellung – Unterlagen für die Lohnbuchhaltung\n', 'New hire – payroll documents\n'));
  b.add(t(c, 'Mitarbeiterin/Mitarbeiter: ', 'Employee: '));
  name(c, p, g.pick(['full', 'inverted', 'caps']));
  b.add(t(c, ', geboren am ', ', born '))
    .lab('DATE_OF_BIRTH', writeDate(g, p.dob, c.lang))
    .add('\n');
  for (const f of someFields(g, ['tax', 'ssn'], ['id', 'passport', 'iban'], 2)) {
    b.add(`${g.pick(f[c.lang])}: `);
    f.write(c, p);
    b.add('\n');
  }
  b.add(t(c, 'Eintritt zum 01.01.2027, Steuerklasse I\n', 'Start 1 Jan 2027, tax class I\n'));
}

function letterRenderer(c: Ctx, people: PersonRecord[]): void {
  const { g, b, lang } = c;
  const p = people[0];
  b.add(`${g.pick(ORGS[lang])} · ${t(c, 'Postfach 1140 · 59302 Oelde', 'PO Box 771 · Kettering NN14 9ZZ')}\n\n`);
  name(c, p, g.pick(['full', 'titled', 'middle']));
  b.add('\n').lab('POSTAL_ADDRESS', `${p.addressLines[0]}\n${p.addressLines[1]}`).add('\n\n');
  b.add(
    t(
      c,
      `Ihr Zeichen: ${g.pick(['AZ', 'VG'])}-${g.digits(5)}\n\n`,
      `Our ref: ${g.pick(['HM', 'SA'])}/${g.digits(5)}\n\n`,
    ),
  );
  b.add(t(c, p.female ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr ', p.female ? 'Dear Ms ' : 'Dear Mr '));
  b.lab('PERSON', p.family);
  b.add(t(c, ',\n\nwir bestätigen den Eingang Ihres Schreibens. ', ',\n\nthank you for your letter. '));
  const extra = g.int(0, 2);
  if (extra === 0)
    b.add(t(c, 'Ihr Geburtsdatum (', 'We hold your date of birth as '))
      .lab('DATE_OF_BIRTH', writeDate(g, p.dob, lang))
      .add(t(c, ') haben wir berichtigt.', '; please tell us if that is wrong.'));
  else if (extra === 1)
    b.add(t(c, 'Die Erstattung überweisen wir auf ', 'The refund goes to '))
      .lab('IBAN_CODE', p.iban)
      .add('.');
  else
    b.add(t(c, 'Für Rückfragen erreichen Sie uns, und wir Sie unter ', 'We will call you back on '))
      .lab('PHONE_NUMBER', p.phone)
      .add('.');
  if (people[1]) {
    b.add(t(c, ' Ihre Sachbearbeiterin ist ', ' Your case officer is '));
    name(c, people[1], 'full');
    b.add(' (').lab('EMAIL_ADDRESS', people[1].email).add(').');
  }
  b.add(t(c, '\n\nMit freundlichen Grüßen\ni. A. ', '\n\nYours sincerely\npp '));
  name(c, people[people.length - 1], g.pick(['full', 'initial']));
  b.add('\n');
}

const p2 = (n: number) => String(n).padStart(2, '0');

export const RENDERERS: Record<string, (c: Ctx, people: PersonRecord[]) => void> = {
  form: formRenderer,
  table: tableRenderer,
  chat: chatRenderer,
  mail: mailRenderer,
  log: logRenderer,
  invoice: invoiceRenderer,
  minutes: minutesRenderer,
  record: recordRenderer,
  hr: hrRenderer,
  letter: letterRenderer,
};

/** A document without personal data: the values that look like some (companies, numbers, greetings). */
function lookalikes(c: Ctx): void {
  const { g, b, lang } = c;
  const parts = [
    () =>
      b.add(
        t(
          c,
          `Sehr geehrte Damen und Herren,\n\nIhre Bestellung BST-${g.digits(7)} ist unterwegs (Sendung JVGL${g.digits(16)}).\n`,
          `Dear Sir or Madam,\n\nyour order PO-${g.digits(7)} has shipped (tracking 1Z${g.digits(4)}A${g.digits(11)}).\n`,
        ),
      ),
    () =>
      b.add(
        t(
          c,
          `Hallo zusammen, das Release v${g.int(2, 9)}.${g.int(0, 20)}.${g.int(0, 9)} geht am 24.12.2026 raus (Heiligabend, halber Tag).\n`,
          `Hi team, Release ${g.int(2, 9)}.${g.int(0, 20)} ships on 26 December 2026 (Boxing Day cover rota applies).\n`,
        ),
      ),
    () =>
      b.add(
        t(
          c,
          `Lieferant: ${g.pick(['Hermann Schäfer Metallbau GmbH', 'Lisa Kuhn Floristik KG', 'Bäckerei Rosenthal eG'])}, USt-IdNr. DE${g.digits(9)}, Gläubiger-ID DE${g.digits(2)}ZZZ0${g.digits(10)}.\n`,
          `Supplier: ${g.pick(['Charlotte Tilbury Ltd', 'Ben & Jerry’s', 'Martha Stewart Living plc'])}, VAT reg GB ${g.digits(3)} ${g.digits(4)} ${g.digits(2)}.\n`,
        ),
      ),
    () =>
      b.add(
        t(
          c,
          `Literatur: ISBN 978-3-${g.digits(4)}-${g.digits(4)}-${g.digits(1)}, S. 112. Treffpunkt Konrad-Adenauer-Platz 1.\n`,
          `Reading: ISBN 978-1-${g.digits(4)}-${g.digits(4)}-${g.digits(1)}, ch. 4. Venue: Victoria Embankment, London.\n`,
        ),
      ),
    () =>
      b.add(
        t(
          c,
          `Kundennummer KD-${g.digits(6)}, Rechnung RE-${g.digits(7)} fällig am 15.01.2027, Artikel 4711-${g.digits(3)}.\n`,
          `Invoice INV-${g.digits(7)} due 15/01/2027, build 2026.11.${g.digits(3)}, node 10.0.${g.int(0, 9)}.\n`,
        ),
      ),
    () =>
      b.add(
        t(
          c,
          'Liebe Kolleginnen und Kollegen, die Sankt-Martin-Straße ist ab Montag gesperrt; Umleitung über die Albert-Schweitzer-Allee.\n',
          'Hi team, Florence Nightingale Ward moves to the Jenner Wing on Monday; use the Hope Street entrance.\n',
        ),
      ),
  ];
  for (const part of g.shuffle(parts).slice(0, g.int(3, 5))) part();
  if (lang === 'de') b.add('Freundliche Grüße\nIhr Kundenservice\n');
  else b.add('Kind regards\nCustomer Services\n');
}

export interface GeneratedDocument {
  lang: Lang;
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** `count` documents, alternating languages; one in ten (either language) carries no personal data. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const g = new SplitMix(seed);
  const kinds = Object.keys(RENDERERS);
  const out: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const r = g.next();
    const casing =
      r < 0.07 ? (s: string) => s.toLowerCase() : r < 0.11 ? (s: string) => s.toUpperCase() : (s: string) => s;
    const b = new Builder(casing);
    const c: Ctx = { g, b, lang };
    if (i % 30 === 9 || i % 30 === 18 || i % 30 === 27) {
      lookalikes(c);
      out.push({ lang, kind: 'look-alikes', text: b.text, entities: [] });
      continue;
    }
    const kind = kinds[Math.floor(i / 2) % kinds.length];
    const people = Array.from({ length: g.int(1, 4) }, () => drawPerson(g, lang));
    RENDERERS[kind](c, people);
    if (g.chance(0.35)) {
      b.add(g.pick(['\n\n', '\n---\n', '\n\n-- \n']));
      RENDERERS[g.pick(kinds)](c, g.shuffle(people));
    }
    out.push({ lang, kind, text: b.text, entities: b.entities });
  }
  return out;
}
