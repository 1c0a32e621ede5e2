import { MONTHS_DE, MONTHS_EN } from '../month-names.js';
import type { TestDocument, TestLabel } from './markup.js';
import { CULTURES } from './names.js';
import { LaggedFibonacci } from './random.js';
import * as v from './values.js';

/**
 * Test set 9's generated documents: data-migration dumps. A handful of fictional people is drawn, and
 * each appears several times, as different source systems hold them (an old CRM, HR, billing, the
 * badge system, the field-service app): variant spellings (umlauts folded, capitals, swapped order,
 * initials, a typo), the same phone, date or IBAN written differently, fields missing. The records
 * are then dumped the way a migration leaves them: SQL INSERTs, a legacy fixed-width export, LDIF,
 * vCards, a duplicate-candidates report, a migration job log, a field-diff CSV, and run summaries
 * that carry no personal data at all.
 */

type Lang = 'de' | 'en';
type Piece = [text: string, type?: string];

/** A document built from pieces; a piece with a type is a labelled value. Case changes apply per piece. */
class Doc {
  readonly pieces: Piece[] = [];
  t(text: string): this {
    this.pieces.push([text]);
    return this;
  }
  e(type: string, value: string): this {
    this.pieces.push([value, type]);
    return this;
  }
  build(casing: (s: string) => string): { text: string; entities: TestLabel[] } {
    let text = '';
    const entities: TestLabel[] = [];
    for (const [raw, type] of this.pieces) {
      const piece = casing(raw);
      if (type) entities.push({ type, start: text.length, end: text.length + piece.length });
      text += piece;
    }
    return { text, entities };
  }
}

interface Place {
  country: string;
  street: string;
  town: string;
  /** How a one-line address is written in that country. */
  line: (street: string, town: string) => string;
}

const DE_LINE = (s: string, t: string) => `${s}, ${t}`;
const PLACES: Place[] = [
  ...[
    ['Lindenweg 4', '34117 Kassel'],
    ['Am Mühlenteich 17a', '24103 Kiel'],
    ['Kirchhofstraße 2', '99084 Erfurt'],
    ['Zum Sportplatz 9', '26121 Oldenburg'],
    ['Obere Bachgasse 33', '93047 Regensburg'],
    ['Wiehre-Ring 118', '79102 Freiburg im Breisgau'],
    ['Bleichstr. 6', '66111 Saarbrücken'],
    ['Doberaner Platz 21', '18057 Rostock'],
    ['Alaunstraße 70', '01099 Dresden'],
    ['Hammer Str. 241', '48153 Münster'],
    ['In den Weiden 3', '53229 Bonn'],
    ['Gartenfeldstraße 12', '55118 Mainz'],
  ].map(([street, town]): Place => ({ country: 'DE', street, town, line: DE_LINE })),
  ...[
    ['Landstraßer Hauptstraße 90/7', '1030 Wien'],
    ['Herrengasse 11', '8010 Graz'],
    ['Anichstraße 25', '6020 Innsbruck'],
  ].map(([street, town]): Place => ({ country: 'AT', street, town, line: DE_LINE })),
  ...[
    ['Langstrasse 141', '8004 Zürich'],
    ['Spalenberg 18', '4051 Basel'],
  ].map(([street, town]): Place => ({ country: 'CH', street, town, line: DE_LINE })),
  ...[
    ['27 Clarendon Road', 'Harrogate HG1 2AX'],
    ['4 Millbrook Close', 'Chester CH2 3PN'],
    ['Flat 9, 61 Queen Street', 'Glasgow G1 3EN'],
  ].map(([street, town]): Place => ({ country: 'GB', street, town, line: DE_LINE })),
  ...[
    ['1408 Spaight Street', 'Madison, WI 53703'],
    ['77 Orchard Lane', 'Burlington, VT 05401'],
  ].map(([street, town]): Place => ({ country: 'US', street, town, line: DE_LINE })),
  ...[
    ['Lange Nieuwstraat 52', '3512 PK Utrecht'],
    ['Oudegracht 201', '3511 NH Utrecht'],
  ].map(([street, town]): Place => ({ country: 'NL', street, town, line: (s, t) => `${s}, ${t}` })),
  ...[
    ['14 rue Paul Bert', '69003 Lyon'],
    ['3 place du Marché', '35000 Rennes'],
  ].map(([street, town]): Place => ({ country: 'FR', street, town, line: DE_LINE })),
];

/** A mobile number per country: the parts a writer groups differently. */
const MOBILE: Record<string, (r: LaggedFibonacci) => { cc: string; area: string; rest: string }> = {
  DE: (r) => ({
    cc: '49',
    area: `15${r.pick([1, 2, 7, 9])}`,
    rest: `${r.int(1000000, 9999999)}${r.int(0, 9)}`.slice(0, r.pick([7, 8])),
  }),
  AT: (r) => ({ cc: '43', area: r.pick(['664', '676', '699']), rest: String(r.int(1000000, 9999999)) }),
  CH: (r) => ({ cc: '41', area: r.pick(['79', '78', '76']), rest: String(r.int(1000000, 9999999)) }),
  GB: (r) => ({ cc: '44', area: '7700', rest: `900${r.int(100, 999)}` }),
  US: (r) => ({ cc: '1', area: r.pick(['608', '802', '414']), rest: `555${String(r.int(100, 199)).padStart(4, '0')}` }),
  NL: (r) => ({ cc: '31', area: '6', rest: String(r.int(10000000, 99999999)) }),
  FR: (r) => ({ cc: '33', area: r.pick(['6', '7']), rest: String(r.int(10000000, 99999999)) }),
};

const MAIL_DOMAINS: Record<string, string[]> = {
  DE: ['posteo.de', 'mailbox.org', 'gmx.net', 'web.de', 'freenet.de'],
  AT: ['gmx.at', 'aon.at', 'chello.at'],
  CH: ['bluewin.ch', 'hispeed.ch'],
  GB: ['btinternet.com', 'sky.com', 'outlook.co.uk'],
  US: ['gmail.com', 'comcast.net'],
  NL: ['kpnmail.nl', 'ziggo.nl'],
  FR: ['free.fr', 'laposte.net'],
};
const IBAN_OF: Record<string, string> = { DE: 'DE', AT: 'AT', CH: 'DE', GB: 'GB', US: 'DE', NL: 'NL', FR: 'LU' };

interface Person {
  culture: string;
  given: string;
  family: string;
  birth: { d: number; m: number; y: number };
  place: Place;
  phone: { cc: string; area: string; rest: string };
  mail: string;
  iban: string;
  tax: string;
  pension: string;
  idCard: string;
  passport: string;
  card: string;
  ip: string;
  id: number;
}

/** Umlauts and accents the way a legacy system without Unicode stored them. */
const fold = (s: string): string =>
  s
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const mailPart = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

function person(r: LaggedFibonacci, id: number): Person {
  const culture = r.pick(Object.keys(CULTURES));
  const c = CULTURES[culture];
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const place = r.pick(PLACES);
  const birth = { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1948, 2006) };
  const local = r.pick([
    `${mailPart(given)}.${mailPart(family)}`,
    `${mailPart(given).charAt(0)}${mailPart(family)}`,
    `${mailPart(family)}${String(birth.y).slice(2)}`,
    `${mailPart(given)}_${mailPart(family).slice(0, 4)}`,
  ]);
  return {
    culture,
    given,
    family,
    birth,
    place,
    phone: MOBILE[place.country](r),
    mail: `${local}@${r.pick(MAIL_DOMAINS[place.country])}`,
    iban: v.iban(r, IBAN_OF[place.country]),
    tax: v.taxId(r),
    pension: v.pensionNumber(r, birth, family),
    idCard: v.idCard(r),
    passport: v.passport(r),
    card: v.card(r),
    ip: r.chance(0.7) ? v.ipv4(r) : v.ipv6(r),
    id: id,
  };
}

/** One of the ways a system holds the name. */
function nameVariant(r: LaggedFibonacci, p: Person): string {
  const typo = (s: string) => {
    if (s.length < 6 || s.includes(' ')) return s;
    const i = r.int(1, s.length - 3);
    return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  };
  switch (r.int(0, 9)) {
    case 0:
      return `${p.family}, ${p.given}`;
    case 1:
      return `${p.family.toUpperCase()} ${p.given}`;
    case 2:
      return `${p.given.charAt(0)}. ${p.family}`;
    case 3:
      return fold(`${p.given} ${p.family}`);
    case 4:
      return `${p.family} ${p.given}`;
    case 5:
      return `${p.given} ${typo(p.family)}`;
    case 6:
      return fold(`${p.family}, ${p.given.charAt(0)}.`).toUpperCase();
    default:
      return `${p.given} ${p.family}`;
  }
}

const pad = v.pad;

/** One of the ways a system holds the date of birth. */
function dobVariant(r: LaggedFibonacci, p: Person, lang: Lang): string {
  const { d, m, y } = p.birth;
  switch (r.int(0, 9)) {
    case 0:
      return `${y}-${pad(m)}-${pad(d)}`;
    case 1:
      return `${pad(d)}.${pad(m)}.${y}`;
    case 2:
      return `${pad(d)}.${pad(m)}.${pad(y % 100)}`;
    case 3:
      return `${y}${pad(m)}${pad(d)}`;
    case 4:
      return `${pad(m)}/${pad(d)}/${y}`;
    case 5:
      return `${pad(d)}-${MONTHS_EN[m - 1].slice(0, 3).toUpperCase()}-${y}`;
    case 6:
      return lang === 'de' ? `${d}. ${MONTHS_DE[m - 1]} ${y}` : `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case 7:
      return `${d}/${m}/${y}`;
    case 8:
      return `${pad(d)}${pad(m)}${y}`;
    default:
      return `${y}-${pad(m)}-${pad(d)}T00:00:00`.slice(0, 10);
  }
}

/** One of the ways a system holds the phone number. */
function phoneVariant(r: LaggedFibonacci, p: Person): string {
  const { cc, area, rest } = p.phone;
  const national = cc === '1' ? area : `0${area}`;
  switch (r.int(0, 5)) {
    case 0:
      return `+${cc}${area}${rest}`;
    case 1:
      return `+${cc} ${area} ${rest}`;
    case 2:
      return `00${cc} ${area} ${rest}`;
    case 3:
      return cc === '1' ? `(${area}) ${rest.slice(0, 3)}-${rest.slice(3)}` : `${national}/${rest}`;
    case 4:
      return cc === '1'
        ? `+1 ${area}-${rest.slice(0, 3)}-${rest.slice(3)}`
        : `+${cc} (0)${area} ${rest.slice(0, 4)} ${rest.slice(4)}`;
    default:
      return cc === '1' ? `${area}.${rest.slice(0, 3)}.${rest.slice(3)}` : `${national} ${rest}`;
  }
}

const ibanVariant = (r: LaggedFibonacci, p: Person) =>
  r.pick([p.iban, v.grouped(p.iban), p.iban.toLowerCase(), v.grouped(p.iban).toLowerCase()]);
const mailVariant = (r: LaggedFibonacci, p: Person) =>
  r.chance(0.25) ? p.mail.replace(/^./, (c) => c.toUpperCase()) : p.mail;
const taxVariant = (r: LaggedFibonacci, p: Person) =>
  r.chance(0.4) ? `${p.tax.slice(0, 2)} ${p.tax.slice(2, 5)} ${p.tax.slice(5, 8)} ${p.tax.slice(8)}` : p.tax;
const cardVariant = (r: LaggedFibonacci, p: Person) =>
  r.chance(0.5)
    ? p.card
    : p.card.length === 15
      ? `${p.card.slice(0, 4)} ${p.card.slice(4, 10)} ${p.card.slice(10)}`
      : v.grouped(p.card);

/** Source systems a migration merges, per language. */
const SYSTEMS: Record<Lang, string[]> = {
  de: ['CRM_ALT', 'PERSONAL', 'FAKTURA', 'ZUTRITT', 'SERVICE_APP', 'WEBSHOP'],
  en: ['LEGACY_CRM', 'HR_CORE', 'BILLING', 'BADGE_SYS', 'FIELD_APP', 'WEBSHOP'],
};

/** Ids and versions every dump carries: look-alikes, never personal data. */
function batchId(r: LaggedFibonacci): string {
  return `MIGR-2026${pad(r.int(9, 11))}-${r.pick(['HH', 'LS', 'KI', 'BR'])}${r.int(100, 999)}`;
}
const schemaLine = (r: LaggedFibonacci) => `schema_rev ${r.int(3, 9)}.${r.int(0, 20)}`;

type Dump = (r: LaggedFibonacci, people: Person[], lang: Lang, d: Doc) => void;

const sqlString = (s: string) => s.replace(/'/g, "''");

/** SQL INSERTs into a staging table, one row per system that holds the person. */
const sqlInsert: Dump = (r, people, lang, d) => {
  const table = lang === 'de' ? 'stg_kontakt' : 'stg_contact';
  d.t(
    `-- ${batchId(r)}  ${schemaLine(r)}\n-- ${lang === 'de' ? 'Staging-Import, nicht produktiv ausführen' : 'staging import, do not run against prod'}\n`,
  );
  for (const p of people)
    for (const system of r.shuffled(SYSTEMS[lang]).slice(0, r.int(2, 3))) {
      const cols = r.shuffled(['name', 'dob', 'phone', 'mail', 'addr', 'iban']).slice(0, r.int(3, 6));
      d.t(`INSERT INTO ${table} (src, src_id, ${cols.join(', ')}) VALUES ('${system}', ${p.id * 10 + r.int(0, 9)}`);
      for (const col of cols) {
        d.t(', ');
        if (r.chance(0.12)) {
          d.t('NULL');
          continue;
        }
        d.t("'");
        if (col === 'name') d.e('PERSON', sqlString(nameVariant(r, p)));
        if (col === 'dob') d.e('DATE_OF_BIRTH', dobVariant(r, p, lang));
        if (col === 'phone') d.e('PHONE_NUMBER', phoneVariant(r, p));
        if (col === 'mail') d.e('EMAIL_ADDRESS', mailVariant(r, p));
        if (col === 'addr') d.e('POSTAL_ADDRESS', sqlString(p.place.line(p.place.street, p.place.town)));
        if (col === 'iban') d.e('IBAN_CODE', ibanVariant(r, p));
        d.t("'");
      }
      d.t(');\n');
    }
  d.t(`-- ${people.length * 2}+ rows, checksum ${r.next().toString(16)}\n`);
};

const fit = (s: string, width: number) => (s.length >= width ? s.slice(0, width - 1) + ' ' : s.padEnd(width));

/** A mainframe-style fixed-width export: folded letters, dates as digits, fields padded. */
const fixedWidth: Dump = (r, people, lang, d) => {
  d.t(
    `${lang === 'de' ? 'ALTEXPORT KUNDENSTAMM' : 'LEGACY EXPORT CUSTOMER MASTER'} ${batchId(r)} ${schemaLine(r).toUpperCase()}\n`,
  );
  d.t(
    `${'KDNR'.padEnd(8)}${'NAME'.padEnd(26)}${(lang === 'de' ? 'GEBDAT' : 'BIRTHDT').padEnd(10)}${'TELEFON'.padEnd(18)}ADRESSE\n`,
  );
  for (const p of people)
    for (let k = r.int(1, 2); k > 0; k--) {
      d.t(String(p.id * 100 + r.int(0, 99)).padEnd(8));
      const name = fold(r.chance(0.5) ? `${p.family}, ${p.given}` : `${p.family} ${p.given}`).toUpperCase();
      const shown = fit(name, 26);
      d.e('PERSON', shown.trimEnd()).t(' '.repeat(shown.length - shown.trimEnd().length));
      const dob = `${p.birth.y}${pad(p.birth.m)}${pad(p.birth.d)}`;
      d.e('DATE_OF_BIRTH', dob).t('  ');
      const phone = r.chance(0.8) ? phoneVariant(r, p).replace(/\s/g, '') : '';
      if (phone) d.e('PHONE_NUMBER', phone);
      d.t(' '.repeat(Math.max(1, 18 - phone.length)));
      d.e('POSTAL_ADDRESS', fold(`${p.place.street} ${p.place.town}`).toUpperCase()).t('\n');
    }
  d.t(`${lang === 'de' ? 'SATZANZAHL' : 'RECORD COUNT'} ${String(people.length * 2).padStart(6, '0')}\n`);
};

/** LDIF of the directory the badge system and e-mail share. */
const ldif: Dump = (r, people, lang, d) => {
  d.t(
    `# ${batchId(r)} ${schemaLine(r)}\n# ${lang === 'de' ? 'Export Verzeichnisdienst, Abteilung' : 'directory export, department'} ${r.pick(['ops', 'fm', 'depot', 'clinic'])}\n\n`,
  );
  for (const p of people) {
    const uid = `${mailPart(p.given).slice(0, 1)}${mailPart(p.family).slice(0, 7)}`;
    d.t(`dn: uid=${uid},ou=people,dc=hold,dc=${lang === 'de' ? 'de' : 'co,dc=uk'}\nobjectClass: inetOrgPerson\ncn: `);
    d.e('PERSON', `${p.given} ${p.family}`).t('\nsn: ').e('PERSON', p.family).t('\ngivenName: ').e('PERSON', p.given);
    d.t('\nmail: ').e('EMAIL_ADDRESS', p.mail.toLowerCase());
    if (r.chance(0.7)) d.t('\nmobile: ').e('PHONE_NUMBER', `+${p.phone.cc} ${p.phone.area} ${p.phone.rest}`);
    if (r.chance(0.6)) d.t('\nhomePostalAddress: ').e('POSTAL_ADDRESS', `${p.place.street} $ ${p.place.town}`);
    if (r.chance(0.3)) d.t('\nemployeeNumber: ').t(String(40000 + p.id));
    d.t('\n\n');
  }
};

/** vCards as the field app's address book syncs them, two per person when the phone changed format. */
const vcard: Dump = (r, people, lang, d) => {
  d.t(`${lang === 'de' ? 'Adressbuch-Sync' : 'address book sync'} ${batchId(r)}, ${schemaLine(r)}\n`);
  for (const p of people)
    for (let k = r.int(1, 2); k > 0; k--) {
      d.t('BEGIN:VCARD\nVERSION:3.0\nN:').e('PERSON', p.family).t(';').e('PERSON', p.given).t(';;;\nFN:');
      d.e('PERSON', nameVariant(r, p));
      if (r.chance(0.6))
        d.t('\nBDAY:').e(
          'DATE_OF_BIRTH',
          r.pick([
            `${p.birth.y}${pad(p.birth.m)}${pad(p.birth.d)}`,
            `${p.birth.y}-${pad(p.birth.m)}-${pad(p.birth.d)}`,
          ]),
        );
      d.t('\nTEL;TYPE=CELL:').e('PHONE_NUMBER', phoneVariant(r, p));
      if (r.chance(0.8)) d.t('\nEMAIL;TYPE=HOME:').e('EMAIL_ADDRESS', mailVariant(r, p));
      if (r.chance(0.5)) {
        const [code, ...town] = p.place.town.split(' ');
        d.t('\nADR;TYPE=HOME:;;');
        if (/^\d{4,5}$/.test(code)) d.e('POSTAL_ADDRESS', `${p.place.street};${town.join(' ')};;${code}`);
        else d.e('POSTAL_ADDRESS', `${p.place.street};${p.place.town}`);
        d.t(`;${p.place.country}`);
      }
      d.t('\nEND:VCARD\n');
    }
};

/** A duplicate-candidates report: two records of one person side by side, with a match score. */
const dedupeReport: Dump = (r, people, lang, d) => {
  const de = lang === 'de';
  d.t(`${de ? 'DUBLETTENPRÜFUNG' : 'DUPLICATE CANDIDATES'} – ${batchId(r)} – ${schemaLine(r)}\n`);
  d.t(
    de
      ? 'Regel: Name ähnlich (Jaro-Winkler ≥ 0.88) UND (Geburtsdatum ODER Telefon gleich)\n\n'
      : 'rule: name similar (Jaro-Winkler >= 0.88) AND (birth date OR phone equal)\n\n',
  );
  people.forEach((p, i) => {
    const [a, b] = r.shuffled(SYSTEMS[lang]);
    d.t(
      `#${i + 1}  score ${(0.88 + r.float() * 0.12).toFixed(3)}  ${de ? 'Vorschlag' : 'proposal'}: ${r.pick(de ? ['zusammenführen', 'prüfen', 'behalten A'] : ['merge', 'review', 'keep A'])}\n`,
    );
    d.t(`  A ${a.padEnd(12)} `)
      .e('PERSON', nameVariant(r, p))
      .t(' | ')
      .e('DATE_OF_BIRTH', dobVariant(r, p, lang))
      .t(' | ')
      .e('PHONE_NUMBER', phoneVariant(r, p))
      .t('\n');
    d.t(`  B ${b.padEnd(12)} `)
      .e('PERSON', nameVariant(r, p))
      .t(' | ')
      .e('DATE_OF_BIRTH', dobVariant(r, p, lang))
      .t(' | ');
    if (r.chance(0.5)) d.e('EMAIL_ADDRESS', mailVariant(r, p));
    else d.e('IBAN_CODE', ibanVariant(r, p));
    d.t('\n');
    if (r.chance(0.4)) {
      d.t(de ? '  Hinweis: Steuer-ID im HR-System ' : '  note: tax id in HR system ').e('DE_TAX_ID', taxVariant(r, p));
      d.t(de ? ', RV-Nr. ' : ', pension no. ')
        .e(
          'DE_SOCIAL_SECURITY',
          r.chance(0.5)
            ? p.pension
            : `${p.pension.slice(0, 2)} ${p.pension.slice(2, 8)} ${p.pension.slice(8, 9)} ${p.pension.slice(9)}`,
        )
        .t('\n');
    }
  });
};

/** The migration job's log: conflicts, merges and the last logins it copied over. */
const jobLog: Dump = (r, people, lang, d) => {
  let sec = r.int(0, 3000);
  const day = pad(r.int(20, 30));
  const ts = () => {
    sec += r.int(1, 40);
    return `2026-11-${day}T${pad(2 + Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}Z`;
  };
  d.t(`${ts()} INFO  migrate start batch=${batchId(r)} ${schemaLine(r).replace(' ', '=')}\n`);
  for (const p of people) {
    const id = 7000 + p.id;
    if (r.chance(0.5))
      d.t(`${ts()} WARN  merge person=${id} conflicting phone `)
        .e('PHONE_NUMBER', phoneVariant(r, p))
        .t(' vs ')
        .e('PHONE_NUMBER', phoneVariant(r, p))
        .t('\n');
    else
      d.t(`${ts()} WARN  merge person=${id} conflicting dob `)
        .e('DATE_OF_BIRTH', dobVariant(r, p, lang))
        .t(` (${r.pick(SYSTEMS[lang])}) vs `)
        .e('DATE_OF_BIRTH', dobVariant(r, p, lang))
        .t(` (${r.pick(SYSTEMS[lang])})\n`);
    d.t(`${ts()} INFO  merge person=${id} name="`)
      .e('PERSON', nameVariant(r, p))
      .t('" kept, alias "')
      .e('PERSON', nameVariant(r, p))
      .t('"\n');
    if (r.chance(0.6))
      d.t(`${ts()} INFO  copy last_login person=${id} user=`)
        .e('EMAIL_ADDRESS', p.mail.toLowerCase())
        .t(' ip=')
        .e('IP_ADDRESS', p.ip)
        .t('\n');
    if (r.chance(0.35))
      d.t(`${ts()} DEBUG payment person=${id} card=`)
        .e('CREDIT_CARD', cardVariant(r, p))
        .t(` token=tok_${r.next().toString(36)}\n`);
    const identity = r.float();
    if (identity < 0.2)
      d.t(`${ts()} DEBUG identity person=${id} id_card=`)
        .e('DE_ID_CARD', r.chance(0.2) ? p.idCard.toLowerCase() : p.idCard)
        .t('\n');
    else if (identity < 0.38) d.t(`${ts()} DEBUG identity person=${id} passport=`).e('DE_PASSPORT', p.passport).t('\n');
  }
  d.t(`${ts()} INFO  migrate done merged=${people.length} skipped=${r.int(0, 4)} duration=${r.int(3, 90)}s\n`);
};

/** The field diff a reviewer signs off: old and new value of each changed field. */
const fieldDiff: Dump = (r, people, lang, d) => {
  const de = lang === 'de';
  d.t(`# ${batchId(r)} ${schemaLine(r)}\n`);
  d.t(de ? 'datensatz;feld;alt;neu;quelle\n' : 'record;field;old;new;source\n');
  for (const p of people) {
    const id = `P-${10000 + p.id}`;
    const fields = r.shuffled(['name', 'phone', 'iban', 'tax', 'dob', 'addr', 'mail']).slice(0, r.int(2, 4));
    for (const f of fields) {
      d.t(`${id};${f};`);
      const value = (): void => {
        if (f === 'name') d.e('PERSON', nameVariant(r, p));
        else if (f === 'phone') d.e('PHONE_NUMBER', phoneVariant(r, p));
        else if (f === 'iban') d.e('IBAN_CODE', ibanVariant(r, p));
        else if (f === 'tax') d.e('DE_TAX_ID', taxVariant(r, p));
        else if (f === 'dob') d.e('DATE_OF_BIRTH', dobVariant(r, p, lang));
        else if (f === 'addr') d.t('"').e('POSTAL_ADDRESS', p.place.line(p.place.street, p.place.town)).t('"');
        else d.e('EMAIL_ADDRESS', mailVariant(r, p));
      };
      if (r.chance(0.2)) d.t('');
      else value();
      d.t(';');
      value();
      d.t(`;${r.pick(SYSTEMS[lang])}\n`);
    }
  }
};

/** A run summary: counts, tables, timings, ids, versions, never a person. */
const summary: Dump = (r, _people, lang, d) => {
  const de = lang === 'de';
  d.t(`${de ? 'Migrationslauf' : 'Migration run'} ${batchId(r)} – ${schemaLine(r)}\n`);
  d.t(
    `${de ? 'Start' : 'started'}: 2026-11-${pad(r.int(20, 30))} 02:00:0${r.int(0, 9)} UTC, ${de ? 'Dauer' : 'duration'} ${r.int(4, 58)} min\n`,
  );
  for (const table of r
    .shuffled(['stg_contact', 'stg_employee', 'stg_invoice', 'stg_badge', 'stg_asset', 'stg_job'])
    .slice(0, r.int(3, 5)))
    d.t(
      `  ${table.padEnd(14)} ${de ? 'gelesen' : 'read'} ${r.int(200, 90000)}  ${de ? 'übernommen' : 'loaded'} ${r.int(150, 80000)}  ${de ? 'Dubletten' : 'duplicates'} ${r.int(0, 400)}\n`,
    );
  d.t(
    `${de ? 'Zielsystem' : 'target'}: ${r.pick(['SAP S/4 2023 FPS02', 'Dynamics 365 v9.2', 'ServiceNow Xanadu', 'Odoo 17.0'])}, ${de ? 'Prüfsumme' : 'checksum'} ${r.next().toString(16)}${r.next().toString(16)}\n`,
  );
  d.t(`${de ? 'Nächster Lauf' : 'next run'}: ${batchId(r)}\n`);
};

const DUMPS: Record<string, Dump> = {
  'sql-insert': sqlInsert,
  'fixed-width-export': fixedWidth,
  ldif,
  vcard,
  'duplicate-report': dedupeReport,
  'migration-job-log': jobLog,
  'field-diff-csv': fieldDiff,
};
const KINDS = Object.keys(DUMPS);

/** `count` migration dumps, German and English alternating, the same for the same seed. */
export function generated(count: number, seed: number): Omit<TestDocument, 'id' | 'origin'>[] {
  const r = new LaggedFibonacci(seed);
  const out: Omit<TestDocument, 'id' | 'origin'>[] = [];
  let nextId = r.int(100, 900);
  for (let i = 0; i < count; i++) {
    const lang: Lang = i % 2 === 0 ? 'de' : 'en';
    const d = new Doc();
    // About one dump in eight is a run summary without personal data.
    const isSummary = i % 8 === 3 || i % 8 === 6 ? r.chance(0.5) : false;
    const kind = isSummary ? 'run-summary' : KINDS[Math.floor(i / 2 + r.int(0, 1) * 3) % KINDS.length];
    const people = Array.from({ length: r.int(2, 4) }, () => person(r, nextId++));
    (isSummary ? summary : DUMPS[kind])(r, people, lang, d);
    // Now and then a system that stores everything in capitals or in lower case.
    const casing = r.chance(0.08) ? (s: string) => s.toLowerCase() : (s: string) => s;
    out.push({ lang, kind, ...d.build(casing) });
  }
  return out;
}
