import { MONTHS_DE, MONTHS_EN, ordinalSuffix } from '../month-names.js';
import type { TestLabel } from './markup.js';
import { cultures } from './names.js';
import { Xorwow } from './random.js';
import {
  grouped,
  pensionNumber,
  randomCard,
  randomIban,
  randomIdCard,
  randomIp,
  randomPassport,
  randomTaxId,
  type IbanCountry,
} from './values.js';

/**
 * Set 14's generated half: documents as office/RAG converters (pandoc, markitdown) turn .docx, .xlsx
 * and .pptx files into Markdown: pipe tables with an alignment row, `<br>` inside cells, bold and italic
 * labels, headings, lists, mailto:/tel: links, escaped characters, footnotes, slide notes, sheets with
 * empty cells, tracked changes and comments with their authors.
 */

type Lang = 'de' | 'en';
interface Made {
  lang: Lang;
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** A text built piece by piece; labelled pieces get exact offsets. */
class Doc {
  text = '';
  entities: TestLabel[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: string, s: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + s.length });
    this.text += s;
    return this;
  }
}

const T = {
  n: 'PERSON',
  m: 'EMAIL_ADDRESS',
  f: 'PHONE_NUMBER',
  ib: 'IBAN_CODE',
  kk: 'CREDIT_CARD',
  ip: 'IP_ADDRESS',
  st: 'DE_TAX_ID',
  rv: 'DE_SOCIAL_SECURITY',
  pa: 'DE_ID_CARD',
  rp: 'DE_PASSPORT',
  gb: 'DATE_OF_BIRTH',
  adr: 'POSTAL_ADDRESS',
} as const;

interface Person {
  given: string;
  family: string;
  full: string;
}

function person(r: Xorwow): Person {
  const all = cultures();
  const c = all[r.pick(Object.keys(all))];
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  return { given, family, full: `${given} ${family}` };
}

/** An ASCII mailbox for a name: what people type into their address. */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[þÞ]/g, 'th')
    .replace(/[ðđĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

const MAIL_DE = ['web.de', 'gmx.de', 'posteo.de', 't-online.de', 'mailbox.org', 'gmx.at', 'bluewin.ch'];
const MAIL_EN = [
  'gmail.com',
  'outlook.com',
  'btinternet.com',
  'eircom.net',
  'bigpond.com',
  'rediffmail.com',
  'yahoo.co.uk',
];

function email(r: Xorwow, p: Person, lang: Lang): string {
  const g = ascii(p.given);
  const f = ascii(p.family);
  const local = r.pick([`${g}.${f}`, `${g[0]}.${f}`, `${f}${r.int(1, 99)}`, `${g}_${f}`, `${g}${f[0]}`]);
  return `${local}@${r.pick(lang === 'de' ? MAIL_DE : MAIL_EN)}`;
}

/** A phone number as written, and its digits for a tel: link. */
function phone(r: Xorwow, lang: Lang): { shown: string; link: string } {
  const k = lang === 'de' ? r.int(0, 3) : r.int(4, 8);
  let shown: string;
  switch (k) {
    case 0:
      shown = `0${r.pick(['151', '160', '172', '176'])} ${r.digits(4)} ${r.digits(3)}`;
      break;
    case 1:
      shown = `+49 ${r.pick(['30', '40', '89', '221', '351'])} ${r.digits(3)} ${r.digits(4)}`;
      break;
    case 2:
      shown = `+43 ${r.pick(['1', '662', '732'])} ${r.digits(3)} ${r.digits(3)}`;
      break;
    case 3:
      shown = `+41 ${r.pick(['44', '31', '61'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`;
      break;
    case 4:
      shown = `07${r.digits(3)} ${r.digits(6)}`;
      break;
    case 5:
      shown = `+353 ${r.pick(['85', '86', '87'])} ${r.digits(3)} ${r.digits(4)}`;
      break;
    case 6:
      shown = `(${r.pick(['416', '604', '514'])}) ${r.digits(3)}-${r.digits(4)}`;
      break;
    case 7:
      shown = `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
      break;
    default:
      shown = `+91 ${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`;
  }
  const digits = shown.replace(/[^\d+]/g, '');
  return { shown, link: digits };
}

const STREETS_DE = [
  'Lindenallee',
  'Wiesenweg',
  'Am Mühlbach',
  'Hauptstraße',
  'Rosenstraße',
  'Birkenhof',
  'Schulgasse',
  'Kirchplatz',
];
const TOWNS_DE = [
  '10437 Berlin',
  '20357 Hamburg',
  '04277 Leipzig',
  '79098 Freiburg',
  '33602 Bielefeld',
  '1050 Wien',
  '8020 Graz',
  '3012 Bern',
  '8400 Winterthur',
];
const STREETS_EN = [
  'Elm Grove',
  'Marlborough Road',
  'Station Street',
  'Quarry Lane',
  'Bridge Street',
  'Victoria Terrace',
];
const TOWNS_EN = [
  'Leeds LS6 2AB',
  'Bristol BS7 8QT',
  'Glasgow G12 9LX',
  'Brunswick VIC 3056',
  'Newtown NSW 2042',
  'Pune 411004',
  'Bengaluru 560038',
];

/** A private address in two lines; `sep` joins them (a line break, `<br>`, a comma). */
function address(r: Xorwow, lang: Lang, sep: string, escape = false): string {
  let street = lang === 'de' ? `${r.pick(STREETS_DE)} ${r.int(1, 140)}` : `${r.int(1, 240)} ${r.pick(STREETS_EN)}`;
  if (escape && lang === 'de' && r.chance(0.5)) street = street.replace('straße', 'str\\.');
  if (escape && lang === 'en' && r.chance(0.5))
    street = `${r.int(1, 240)} ${r.pick(['St Anne', 'Bishop', 'King'])}\\'s ${r.pick(['Close', 'Road', 'Walk'])}`;
  return `${street}${sep}${r.pick(lang === 'de' ? TOWNS_DE : TOWNS_EN)}`;
}

function birth(r: Xorwow, lang: Lang, from = 1950, to = 2008): { text: string; d: number; m: number; y: number } {
  const d = r.int(1, 28);
  const m = r.int(1, 12);
  const y = r.int(from, to);
  const p = (n: number) => String(n).padStart(2, '0');
  const text =
    lang === 'de'
      ? r.pick([`${p(d)}.${p(m)}.${y}`, `${d}. ${MONTHS_DE[m - 1]} ${y}`, `${y}-${p(m)}-${p(d)}`])
      : r.pick([
          `${p(d)}/${p(m)}/${y}`,
          `${d} ${MONTHS_EN[m - 1]} ${y}`,
          `${d}${ordinalSuffix(d)} ${MONTHS_EN[m - 1]} ${y}`,
          `${y}-${p(m)}-${p(d)}`,
        ]);
  return { text, d, m, y };
}

/** The birth-name initial a pension number carries: the family name's first letter without its accent. */
const initial = (family: string): string => {
  const first = ascii(family)[0] ?? 'a';
  return first.toUpperCase();
};

const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);

type Maker = (r: Xorwow, lang: Lang) => Doc;

/** .xlsx class list as markitdown writes a sheet: a heading per sheet, empty cells, names over two cells. */
const classList: Maker = (r, lang) => {
  const d = new Doc().t(`## ${L(lang, 'Klasse ', 'Year ')}${r.int(5, 10)}${r.pick(['a', 'b', 'c'])}\n\n`);
  d.t(
    L(
      lang,
      '| Nr. | Nachname | Vorname | Geburtsdatum | Tel. Eltern | Unnamed: 5 |\n',
      '| No | Surname | First name | DOB | Parent phone | Unnamed: 5 |\n',
    ),
  );
  d.t('|---|---|---|---|---|---|\n');
  const rows = r.int(3, 5);
  for (let i = 1; i <= rows; i++) {
    const p = person(r);
    d.t(`| ${i} | `)
      .l(T.n, p.family)
      .t(' | ')
      .l(T.n, p.given)
      .t(' | ')
      .l(T.gb, birth(r, lang, 2010, 2019).text)
      .t(' | ');
    if (r.chance(0.7)) d.l(T.f, phone(r, lang).shown);
    d.t(' | NaN |\n');
  }
  d.t(
    `\n## ${L(lang, 'Tabelle2', 'Sheet2')}\n\n| ${L(lang, 'Raum', 'Room')} | ${L(lang, 'Kurs', 'Course')} |\n|---|---|\n| B${r.int(1, 3)}.${r.digits(3)} | MAT-${r.digits(4)} |\n`,
  );
  return d;
};

/** .docx letter to a tenant: heading, bold labels, the address over lines ending in a backslash (pandoc's hard break). */
const tenantLetter: Maker = (r, lang) => {
  const p = person(r);
  const d = new Doc().t(`# ${L(lang, 'Hausverwaltung Nordlicht GmbH', 'Harbourside Property Management Ltd')}\n\n`);
  d.t(L(lang, 'Herrn/Frau ', ''))
    .l(T.n, p.full)
    .t('\\\n')
    .l(T.adr, address(r, lang, '\\\n', true))
    .t('\n\n');
  d.t(`## ${L(lang, 'Mieterhöhung nach § 558 BGB', 'Notice of rent increase')}\n\n`);
  d.t(L(lang, 'Sehr geehrte Damen und Herren,\n\n', 'Dear ')).t(lang === 'en' ? '' : '');
  if (lang === 'en') d.l(T.n, p.full).t(',\n\n');
  d.t(L(lang, 'die Miete steigt ab dem 1\\. März um 3,5 %. ', 'your rent rises by 3.5% from 1 March. '));
  d.t(`**${L(lang, 'Rückfragen', 'Questions')}:** *${L(lang, 'Tel.', 'Tel.')}:* `);
  const office = phone(r, lang);
  d.t('[').l(T.f, office.shown).t('](tel:').l(T.f, office.link).t(')\n\n');
  d.t(`*${L(lang, 'Objekt', 'Property')}: WE-${r.digits(4)}*\n`);
  return d;
};

/** .xlsx arrears list: the address in one cell over `<br>`, the IBAN and amount beside it. */
const arrears: Maker = (r, lang) => {
  const d = new Doc().t(`## ${L(lang, 'Rückstände', 'Arrears')}\n\n`);
  d.t(
    L(
      lang,
      '| Mieter | Anschrift | IBAN | Rückstand (EUR) | Notiz |\n',
      '| Tenant | Address | IBAN | Arrears | Note |\n',
    ),
  );
  d.t('|:---|:---|:---|---:|---|\n');
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = person(r);
    const country: IbanCountry = lang === 'de' ? r.pick(['DE', 'DE', 'AT', 'CH']) : r.pick(['GB', 'IE', 'NL']);
    d.t('| ')
      .l(T.n, `${p.family}, ${p.given}`)
      .t(' | ')
      .l(T.adr, address(r, lang, '<br>'))
      .t(' | ');
    d.l(T.ib, r.chance(0.5) ? grouped(randomIban(r, country)) : randomIban(r, country));
    d.t(` | ${r.int(200, 4000)},00 | ${r.chance(0.5) ? L(lang, 'Ratenzahlung', 'payment plan') : ''} |\n`);
  }
  return d;
};

/** .pptx exam board deck as markitdown writes it: slide markers, titles, notes with names. */
const examSlides: Maker = (r, lang) => {
  const chair = person(r);
  const d = new Doc()
    .t('<!-- Slide number: 1 -->\n# ')
    .t(L(lang, 'Prüfungsausschuss – Sitzung ', 'Exam Board – Meeting '))
    .t(`${r.int(1, 12)}\n`);
  d.t(L(lang, 'Vorsitz: Prof. ', 'Chair: Prof '))
    .l(T.n, chair.full)
    .t('\n\n<!-- Slide number: 2 -->\n# ');
  d.t(L(lang, 'Anträge', 'Cases')).t('\n');
  for (let i = 0, n = r.int(2, 3); i < n; i++) {
    const s = person(r);
    d.t(`- `)
      .l(T.n, s.full)
      .t(
        `: ${L(lang, 'Rücktritt wegen Krankheit', 'extenuating circumstances')} (Matr.-Nr. ${r.int(2000000, 2999999)})\n`,
      );
  }
  const note = person(r);
  d.t('\n### Notes:\n')
    .t(L(lang, 'Rückfrage an ', 'Follow up with '))
    .l(T.n, note.full)
    .t(L(lang, ' unter ', ' at '));
  const m = email(r, note, lang);
  d.l(T.m, m).t('.\n');
  return d;
};

/** .docx Kita pick-up form: bold/italic labels, mailto: and tel: links with both halves labelled. */
const pickUp: Maker = (r, lang) => {
  const child = person(r);
  const adult = person(r);
  const d = new Doc().t(`## ${L(lang, 'Abholberechtigung', 'Collection authorisation')}\n\n`);
  d.t(`**${L(lang, 'Kind', 'Child')}:** `)
    .l(T.n, child.full)
    .t('  \n');
  d.t(`**${L(lang, 'Geburtsdatum', 'Date of birth')}:** `)
    .l(T.gb, birth(r, lang, 2020, 2024).text)
    .t('  \n');
  d.t(`**${L(lang, 'Abholberechtigt', 'Authorised adult')}:** `)
    .l(T.n, adult.full)
    .t('  \n');
  const tel = phone(r, lang);
  d.t(`*${L(lang, 'Tel.', 'Phone')}:* [`)
    .l(T.f, tel.shown)
    .t('](tel:')
    .l(T.f, tel.link)
    .t(')  \n');
  const m = email(r, adult, lang);
  d.t(`*E-Mail:* [`).l(T.m, m).t('](mailto:').l(T.m, m).t(')\n\n');
  if (lang === 'de' && r.chance(0.8)) d.t('**Ausweis-Nr.:** ').l(T.pa, randomIdCard(r)).t('\n');
  else if (r.chance(0.4))
    d.t(L(lang, '**Reisepass-Nr.:** ', '**German passport no.:** '))
      .l(T.rp, randomPassport(r))
      .t('\n');
  else
    d.t(L(lang, '**Kennwort:** ', '**Password:** '))
      .t(r.pick(['Igel', 'Koala', 'Tiger']))
      .t('\n');
  return d;
};

/** .docx scholarship application with footnotes. */
const scholarship: Maker = (r, lang) => {
  const p = person(r);
  const b = birth(r, lang, 1998, 2007);
  const d = new Doc().t(`# ${L(lang, 'Stipendienantrag', 'Scholarship application')}\n\n`);
  d.t('1\\. ')
    .t(L(lang, 'Name: ', 'Name: '))
    .l(T.n, p.full)
    .t('\n');
  d.t('2\\. ')
    .t(L(lang, 'Geburtsdatum: ', 'Date of birth: '))
    .l(T.gb, b.text)
    .t('\n');
  d.t('3\\. ')
    .t(L(lang, 'Steuer-ID[^1]: ', 'German tax ID[^1]: '))
    .l(T.st, randomTaxId(r))
    .t('\n');
  d.t('4\\. IBAN: ')
    .l(T.ib, grouped(randomIban(r, lang === 'de' ? 'DE' : 'IE')))
    .t('\n');
  if (lang === 'de' && r.chance(0.5)) d.t('4a\\. Personalausweis: ').l(T.pa, randomIdCard(r)).t('\n');
  else if (r.chance(0.4))
    d.t(L(lang, '4a\\. Reisepass: ', '4a\\. German passport: '))
      .l(T.rp, randomPassport(r))
      .t('\n');
  d.t('5\\. ')
    .t(L(lang, 'Anschrift: ', 'Address: '))
    .l(T.adr, address(r, lang, ', ', true))
    .t('\n\n');
  d.t(L(lang, '[^1]: Nur bei Nebenjob in Deutschland\\.\n', '[^1]: Only if working in Germany\\.\n'));
  d.t(`\n*Grant no. GR-${r.digits(4)}-${r.digits(5)}*\n`);
  return d;
};

/** .docx consent form with tracked changes and a comment as pandoc renders them (authors are people). */
const consent: Maker = (r, lang) => {
  const p = person(r);
  const editor = person(r);
  const commenter = person(r);
  const d = new Doc().t(
    `# ${L(lang, 'Einwilligungserklärung', 'Consent form')} – ID ${r.pick(['SL', 'CW', 'KH'])}-${r.digits(4)}\n\n`,
  );
  d.t(L(lang, 'Ich, ', 'I, '))
    .l(T.n, p.full)
    .t(L(lang, ', willige ein', ', agree'));
  d.t(' [')
    .t(L(lang, 'freiwillig', 'voluntarily'))
    .t(']{.insertion author="')
    .l(T.n, editor.full)
    .t(`" date="2026-0${r.int(1, 9)}-1${r.int(0, 9)}T10:0${r.int(0, 9)}:00Z"}`);
  d.t(L(lang, ', an der Studie teilzunehmen.', ' to take part in the study.'));
  d.t(' [')
    .t(L(lang, 'Bitte Telefon ergänzen', 'Please add a phone number'))
    .t(']{.comment-start id="0" author="')
    .l(T.n, commenter.full)
    .t('"}\n\n');
  d.t(`**${L(lang, 'Telefon', 'Phone')}:** `)
    .l(T.f, phone(r, lang).shown)
    .t('\n');
  d.t(`**${L(lang, 'Studienleitung', 'Study team')}:** `)
    // the study team's role mailbox: not personal data, unlabelled (round 32)
    .t(`studie${r.int(1, 9)}@${L(lang, 'uni-kiel.de', 'kcl.ac.uk')}`)
    .t('\n');
  return d;
};

/** .xlsx meter readings: meter numbers are look-alikes, "Family, Given" in one cell, empty cells. */
const meters: Maker = (r, lang) => {
  const d = new Doc().t(`## ${L(lang, 'Zählerstände', 'Meter readings')} ${r.int(2025, 2026)}\n\n`);
  d.t(L(lang, '| Whg. | Mieter | Zählernr. | Stand | Datum |\n', '| Unit | Tenant | Meter no. | Reading | Date |\n'));
  d.t('|---|---|---|---:|---|\n');
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const empty = r.chance(0.25);
    const p = person(r);
    d.t(`| ${r.int(1, 4)}.${r.int(1, 3)} | `);
    if (!empty) d.l(T.n, r.chance(0.6) ? `${p.family}, ${p.given}` : p.full);
    d.t(` | Z14-${r.int(1000000, 9999999)} | ${r.int(100, 9999)} | ${r.int(1, 28)}.${r.int(1, 12)}. |\n`);
  }
  return d;
};

/** Repair tickets exported as a numbered list with escaped numbers and underscores. */
const tickets: Maker = (r, lang) => {
  const d = new Doc().t(
    `### ${L(lang, 'Reparaturmeldungen', 'Repair requests')} (${L(lang, 'export', 'export')}\\_${r.digits(6)}.docx)\n\n`,
  );
  for (let i = 1, n = r.int(2, 3); i <= n; i++) {
    const p = person(r);
    d.t(
      `${i}\\. **${r.pick(L(lang, 'Heizung|Schimmel|Wasserhahn|Klingel', 'Heating|Damp|Tap|Doorbell').split('|'))}** – `,
    );
    d.l(T.n, p.full)
      .t(', ')
      .l(T.adr, address(r, lang, ', ', true))
      .t('\n');
    d.t(`   - ${L(lang, 'Rückruf', 'Call back')}: `)
      .l(T.f, phone(r, lang).shown)
      .t('\n');
  }
  return d;
};

/** .docx language school enrolment: passport or ID card, card payment, italic labels. */
const enrolment: Maker = (r, lang) => {
  const p = person(r);
  const d = new Doc().t(
    `## ${L(lang, 'Anmeldung Sprachkurs', 'Language course enrolment')} (${r.pick(['A2', 'B1', 'B2', 'C1'])})\n\n`,
  );
  d.t(`*${L(lang, 'Teilnehmer/in', 'Student')}:* `)
    .l(T.n, p.full)
    .t('\n\n');
  d.t(`*${L(lang, 'Geboren', 'Born')}:* `)
    .l(T.gb, birth(r, lang, 1970, 2006).text)
    .t('\n\n');
  if (r.chance(0.7))
    d.t(`*${L(lang, 'Reisepass-Nr.', 'Passport no. (DE)')}:* `)
      .l(T.rp, randomPassport(r))
      .t('\n\n');
  else
    d.t(`*${L(lang, 'Personalausweis', 'German ID card')}:* `)
      .l(T.pa, randomIdCard(r))
      .t('\n\n');
  d.t(`*${L(lang, 'Zahlung per Karte', 'Paid by card')}:* `)
    .l(T.kk, randomCard(r))
    .t('\n\n');
  d.t(`> ${L(lang, 'Kurs', 'Course')} SPR-${r.digits(4)}, ${L(lang, 'Raum', 'Room')} ${r.int(1, 4)}.${r.digits(2)}\n`);
  return d;
};

/** .xlsx network log of a student residence: IPs and rooms; sometimes a resident's name. */
const wifi: Maker = (r, lang) => {
  const d = new Doc().t(
    `## ${L(lang, 'DHCP-Leases', 'DHCP leases')}\n\n| ${L(lang, 'Zeit', 'Time')} | IP | ${L(lang, 'Zimmer', 'Room')} | ${L(lang, 'Bewohner', 'Resident')} |\n|---|---|---|---|\n`,
  );
  for (let i = 0, n = r.int(3, 4); i < n; i++) {
    d.t(`| 2026-11-${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)} | `)
      .l(T.ip, randomIp(r))
      .t(` | ${r.pick(['A', 'B', 'C'])}-${r.int(100, 340)} | `);
    if (r.chance(0.6)) d.l(T.n, person(r).full);
    d.t(' |\n');
  }
  return d;
};

/** .pptx co-op meeting slides: a title slide, a members slide with a table, pension numbers on a German one. */
const coopSlides: Maker = (r, lang) => {
  const d = new Doc().t(
    `<!-- Slide number: 1 -->\n# ${L(lang, 'Mitgliederversammlung eG', 'Co-op AGM')}\n\n<!-- Slide number: 2 -->\n# ${L(lang, 'Neue Mitglieder', 'New members')}\n\n`,
  );
  d.t(L(lang, '| Name | Geburtsdatum | RV-Nr. |\n', '| Name | Date of birth | German pension no. |\n')).t(
    '|---|---|---|\n',
  );
  for (let i = 0, n = r.int(2, 3); i < n; i++) {
    const p = person(r);
    const b = birth(r, 'de', 1950, 2000);
    d.t('| ').l(T.n, p.full).t(' | ').l(T.gb, b.text).t(' | ');
    if (r.chance(0.7)) d.l(T.rv, pensionNumber(r.pick([12, 15, 24, 42, 53, 65]), b, initial(p.family), r.int(0, 99)));
    d.t(' |\n');
  }
  d.t(
    `\n### Notes:\n${L(lang, 'Anteile je 300 EUR, Beschluss einstimmig.', 'Shares CAD 25 each, carried unanimously.')}\n`,
  );
  return d;
};

/** Look-alikes only: course handbooks, grants, ISBNs, meters, rooms, institutional addresses, named lectures. */
const lookAlike: Maker = (r, lang) => {
  const d = new Doc().t(`# ${L(lang, 'Modulhandbuch', 'Module handbook')} ${r.int(2026, 2027)}\n\n`);
  d.t(L(lang, '| Modul | Titel | Raum |\n', '| Module | Title | Room |\n')).t('|---|---|---|\n');
  const titles = L(
    lang,
    'Fourier-Analysis|Goethe-Seminar|Euler-Verfahren|Noether-Ringe|Humboldt-Kolloquium',
    'Fourier Analysis|Shakespeare Seminar|Bayesian Statistics|Keynesian Economics|Darwin Lecture Series',
  ).split('|');
  for (let i = 0; i < 3; i++) d.t(`| MAT-${r.digits(4)} | ${r.pick(titles)} | B${r.int(1, 9)}.${r.digits(3)} |\n`);
  d.t(
    `\n- ISBN 978-3-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}\n- ${L(lang, 'Förderkennzeichen', 'Grant no.')} GR-${r.digits(4)}-${r.digits(5)}\n- ${L(lang, 'Zählernummer', 'Meter no.')} Z14-${r.int(1000000, 9999999)}\n`,
  );
  d.t(
    L(
      lang,
      '\nSehr geehrte Damen und Herren, das Prüfungsamt (Universitätsplatz 1, 06108 Halle) ist montags geschlossen.\n',
      '\nDear Sir or Madam, the faculty office (1 College Green, Dublin 2) closes on Mondays.\n',
    ),
  );
  return d;
};

const KINDS: [string, Maker][] = [
  ['xlsx class list', classList],
  ['docx tenant letter', tenantLetter],
  ['xlsx rent arrears', arrears],
  ['pptx exam board slides', examSlides],
  ['docx collection authorisation', pickUp],
  ['docx scholarship application', scholarship],
  ['docx consent form with tracked changes', consent],
  ['xlsx meter readings', meters],
  ['docx repair request list', tickets],
  ['docx language course enrolment', enrolment],
  ['xlsx residence network log', wifi],
  ['pptx co-op meeting slides', coopSlides],
];

export function generated(count: number, seed: number): Made[] {
  const r = new Xorwow(seed);
  const out: Made[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    // One document in ten carries look-alikes only; the rest cycle through the kinds in pairs of languages.
    const [kind, make]: [string, Maker] =
      i % 20 === 4 || i % 20 === 13
        ? ['docx module handbook (no personal data)', lookAlike]
        : KINDS[Math.floor(i / 2) % KINDS.length];
    const d = make(r, lang);
    out.push({ lang, kind, text: d.text, entities: d.entities });
  }
  return out;
}
