import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { cultures } from './names.js';
import { Random256Glibc2 } from './random.js';
import {
  ESC,
  RUBOUT,
  asCast,
  lab,
  mysqlTable,
  padEnd,
  psqlExpanded,
  psqlTable,
  sgr,
  sqliteColumns,
  type Cell,
} from './terminal.js';
import { card, cardPrinted, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';
type Rng = Random256Glibc2;

interface Person {
  given: string;
  family: string;
  email: string;
  phone: string;
  dob: { d: number; m: number; y: number };
  address: string;
  female: boolean;
  country: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');
const L = (lang: Lang, de: string, en: string) => (lang === 'de' ? de : en);
const hex = (r: Rng, n: number) => Array.from({ length: n }, () => r.below(16).toString(16)).join('');
const dobIso = (p: Person) => `${p.dob.y}-${pad(p.dob.m)}-${pad(p.dob.d)}`;
const dobDe = (p: Person) => `${pad(p.dob.d)}.${pad(p.dob.m)}.${p.dob.y}`;
const full = (p: Person) => `${p.given} ${p.family}`;

const P = (v: string) => lab('PERSON', v);
const M = (v: string) => lab('EMAIL_ADDRESS', v);
const T = (v: string) => lab('PHONE_NUMBER', v);
const H = (v: string) => lab('POSTAL_ADDRESS', v);
const D = (v: string) => lab('DATE_OF_BIRTH', v);
const I = (v: string) => lab('IBAN_CODE', v);
const A = (v: string) => lab('IP_ADDRESS', v);
const X = (v: string) => lab('DE_TAX_ID', v);
const S = (v: string) => lab('DE_SOCIAL_SECURITY', v);
const K = (v: string) => lab('DE_ID_CARD', v);
const R = (v: string) => lab('DE_PASSPORT', v);

/** Homes of recruits, reservists, veterans and their families: German documents in DE, AT, CH; English ones in the UK, NL, DK, IE. */
const HOMES: Record<Lang, { addr: (r: Rng) => string; phone: (r: Rng) => string; mail: string[]; country: string }[]> =
  {
    de: [
      {
        addr: (r) =>
          `${r.pick(['Rheinallee', 'Moselweißer Straße', 'Am Wasserturm', 'Schängelgasse'])} ${r.int(1, 140)}, 560${r.pick(['68', '70', '73', '75'])} Koblenz`,
        phone: (r) => `0${r.pick(['152', '160', '173'])} ${r.digits(4)} ${r.digits(3)}`,
        mail: ['web.de', 'gmx.net', 'online.de'],
        country: 'DE',
      },
      {
        addr: (r) =>
          `${r.pick(['Auguststraße', 'Hardtbergallee', 'Im Tannenbusch', 'Römerstraße'])} ${r.int(1, 90)}, 531${r.pick(['11', '19', '23', '29'])} Bonn`,
        phone: (r) => `+49 ${r.pick(['157', '177', '151'])} ${r.digits(4)} ${r.digits(4)}`,
        mail: ['t-online.de', 'mailbox.org'],
        country: 'DE',
      },
      {
        addr: (r) =>
          `${r.pick(['Kärntner Straße', 'Annenstraße', 'Eggenberger Allee', 'Lendplatz'])} ${r.int(1, 80)}, 80${r.pick(['10', '20', '36', '45'])} Graz`,
        phone: (r) => `+43 ${r.pick(['650', '676', '699'])} ${r.digits(3)} ${r.digits(4)}`,
        mail: ['aon.at', 'gmx.at'],
        country: 'AT',
      },
      {
        addr: (r) =>
          `${r.pick(['Bahnhofstrasse', 'Weinbergstrasse', 'Rorschacher Strasse', 'Zürcherstrasse'])} ${r.int(1, 70)}, 90${r.pick(['00', '06', '08', '14'])} St. Gallen`,
        phone: (r) => `+41 ${r.pick(['78', '79', '76'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
        mail: ['bluewin.ch', 'hispeed.ch'],
        country: 'CH',
      },
    ],
    en: [
      {
        addr: (r) =>
          `${r.int(1, 180)} ${r.pick(['Grosvenor Road', 'Ash Vale Close', 'Wellesley Drive', 'Victoria Terrace'])}, Aldershot GU${r.int(11, 12)} ${r.int(1, 9)}${r.pick(['AB', 'HT', 'QN', 'XE'])}`,
        phone: (r) => `07${r.pick(['700', '723', '859'])} ${r.digits(6)}`,
        mail: ['btinternet.com', 'outlook.com'],
        country: 'GB',
      },
      {
        addr: (r) =>
          `${r.int(1, 60)} ${r.pick(['Bulford Road', 'Tidworth Lane', 'Larkhill Mews', 'Durrington Walls'])}, Salisbury SP4 ${r.int(1, 9)}${r.pick(['DL', 'JP', 'RB'])}`,
        phone: (r) => `+44 7${r.digits(3)} ${r.digits(6)}`,
        mail: ['gmail.com', 'sky.com'],
        country: 'GB',
      },
      {
        addr: (r) =>
          `${r.pick(['Oranjelaan', 'Kazernestraat', 'Havenweg', 'Lindenlaan'])} ${r.int(1, 120)}, ${r.pick(['3818', '3825', '4811', '6711'])} ${r.pick(['KB', 'LM', 'TR'])} ${r.pick(['Amersfoort', 'Breda', 'Ede'])}`,
        phone: (r) => `+31 6 ${r.digits(4)} ${r.digits(4)}`,
        mail: ['ziggo.nl', 'kpnmail.nl'],
        country: 'NL',
      },
      {
        addr: (r) =>
          `${r.pick(['Søndergade', 'Vestergade', 'Skolevej', 'Kasernevej'])} ${r.int(1, 60)}, ${r.pick(['7400 Herning', '8800 Viborg', '6330 Padborg', '9800 Hjørring'])}`,
        phone: (r) => `+45 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
        mail: ['mail.dk', 'stofanet.dk'],
        country: 'DK',
      },
    ],
  };

function person(r: Rng, lang: Lang): Person {
  const all = Object.values(cultures());
  const c = r.pick(all);
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const dob = { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1946, 2008) };
  const sep = r.pick(['.', '_', '']);
  return {
    given,
    family,
    email: `${ascii(given).slice(0, r.int(4, 9))}${sep}${ascii(family)}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob,
    address: home.addr(r),
    female: r.chance(0.45),
    country: home.country,
  };
}

const ip = (r: Rng) =>
  r.chance(0.2)
    ? `2a02:${hex(r, 4)}:${hex(r, 3)}:${hex(r, 4)}::${hex(r, 3)}`
    : `${r.pick([84, 91, 93, 178, 188, 217, 31, 62])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
/** An ISO timestamp of autumn 2026 (never labelled). */
const stamp = (r: Rng, ms = true) =>
  `2026-${pad(r.int(9, 11))}-${pad(r.int(1, 28))}T${pad(r.int(6, 19))}:${pad(r.below(60))}:${pad(r.below(60))}${ms ? '.' + String(r.below(1000)).padStart(3, '0') : ''}Z`;
/** Ascending log times from one random start: each call steps on by 1 to `maxStep` seconds (tail output is in order). */
function clock(r: Rng, maxStep: number): () => Date {
  let t = Date.UTC(2026, r.int(8, 10), r.int(1, 28), r.int(6, 15), r.below(60), r.below(60), r.below(1000));
  return () => {
    t += r.int(1, maxStep) * 1000 + r.below(1000);
    return new Date(t);
  };
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A journal line's time as journalctl prints it (short format). */
const journalTime = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.toISOString().slice(11, 19)}`;
const fileRef = (r: Rng, lang: Lang) =>
  lang === 'de'
    ? `KRC/${r.int(100, 999)}/${r.digits(5)}`
    : `AFCO-${r.pick(['ALD', 'CAT', 'BFS', 'CUR'])}-${r.digits(5)}`;
const callUp = (r: Rng) => `EB-2026-${r.digits(5)}`;
const unit = (r: Rng, lang: Lang) =>
  lang === 'de'
    ? `${r.pick(['JgBtl', 'PzGrenBtl', 'LogBtl', 'SanRgt'])} ${r.int(100, 999)}`
    : `${r.pick(['Rgt', 'Bn'])} ${r.int(10, 99)}`;
const bfpo = (r: Rng) => `BFPO ${r.int(10, 140)}`;
const pod = (r: Rng, app: string) => `${app}-${hex(r, 10)}-${hex(r, 5)}`;
const castStamp = (r: Rng) => 1_790_000_000 + r.below(9_000_000);

const NL = '\r\n';
const promptDb = (db: string) => `${db}=> `;

/** Columns of a reservist / veteran row in the language of the office. */
function personRow(
  r: Rng,
  lang: Lang,
  p: Person,
  extra: 'de-ids' | 'contact' | 'bank',
): { head: string[]; row: Cell[] } {
  const id = String(r.int(10, 99_999));
  if (lang === 'de') {
    if (extra === 'de-ids')
      return {
        head: ['id', 'nachname', 'vorname', 'geburtsdatum', 'steuer_id', 'rv_nummer'],
        row: [id, P(p.family), P(p.given), D(dobIso(p)), X(taxId(r)), S(pensionNumber(r, p.dob, p.family, p.female))],
      };
    if (extra === 'bank')
      return {
        head: ['id', 'name', 'iban', 'einheit'],
        row: [id, P(full(p)), I(iban(r, p.country)), unit(r, lang)],
      };
    return {
      head: ['id', 'name', 'telefon', 'email', 'anschrift'],
      row: [id, P(full(p)), T(p.phone), M(p.email), H(p.address)],
    };
  }
  if (extra === 'bank')
    return {
      head: ['id', 'name', 'iban', 'unit'],
      row: [id, P(full(p)), I(iban(r, p.country === 'NL' ? 'NL' : p.country === 'DK' ? 'DK' : 'GB')), unit(r, lang)],
    };
  if (extra === 'de-ids')
    return {
      head: ['id', 'surname', 'forename', 'date_of_birth', 'phone'],
      row: [id, P(p.family), P(p.given), D(dobIso(p)), T(p.phone)],
    };
  return {
    head: ['id', 'name', 'phone', 'email', 'address'],
    row: [id, P(full(p)), T(p.phone), M(p.email), H(p.address)],
  };
}

function rowsOf(r: Rng, lang: Lang, n: number, extra: 'de-ids' | 'contact' | 'bank') {
  let head: string[] = [];
  const rows: Cell[][] = [];
  for (let k = 0; k < n; k++) {
    const x = personRow(r, lang, person(r, lang), extra);
    head = x.head;
    rows.push(x.row);
  }
  return { head, rows };
}

const HOST = (lang: Lang) => (lang === 'de' ? 'krc-db-02' : 'vets-db-01');
const DB = (lang: Lang) => (lang === 'de' ? 'reservisten' : 'veterans');

/** A psql session as the terminal received it: prompt, the query typed (echoed), the table. */
function psqlSession(r: Rng, lang: Lang, typedRanges?: [number, number][]): Builder {
  const b = new Builder();
  const extra = r.pick(['de-ids', 'contact', 'bank'] as const);
  const { head, rows } = rowsOf(r, lang, r.int(2, 4), extra);
  const first = rows[0][1] as { type: string; v: string };
  const family = first.v.split(' ').pop() ?? first.v;
  b.add(`${sgr('1;32')}${lang === 'de' ? 'ausbildung' : 'clerk'}@${HOST(lang)}${sgr('0')}:~$ psql ${DB(lang)}${NL}`);
  b.add(`psql (16.4)${NL}${L(lang, 'Geben Sie »help« für Hilfe ein.', 'Type "help" for help.')}${NL}${NL}`);
  b.add(promptDb(DB(lang)));
  const from = b.text.length;
  b.add(`SELECT ${head.join(', ')} FROM ${L(lang, 'reservist', 'welfare_case')} WHERE `);
  const col = head.includes('nachname') ? 'nachname' : head.includes('surname') ? 'surname' : 'name';
  b.add(`${col} ILIKE '${col === 'name' ? '%' : ''}`);
  // The clerk mistypes the last letter of the name and rubs it out, as stored.
  const typo = r.chance(0.5);
  if (typo) b.val('PERSON', family.slice(0, -1) + r.pick([...'xqjvkw']) + RUBOUT + family.slice(-1));
  else b.val('PERSON', family);
  b.add(`%' OR ${L(lang, 'einheit', 'unit')} = '${unit(r, lang)}';`);
  typedRanges?.push([from, b.text.length]);
  b.add(NL);
  psqlTable(b, head, rows, NL, lang === 'de');
  b.add(NL + promptDb(DB(lang)) + '\\q' + NL);
  return b;
}

/** The asciinema header of a recorded session. */
const castHeader = (r: Rng, title: string) => ({
  version: 2,
  width: r.pick([120, 132, 160]),
  height: r.pick([32, 40, 48]),
  timestamp: castStamp(r),
  idle_time_limit: 2,
  env: { SHELL: '/bin/bash', TERM: 'xterm-256color' },
  title,
});

function castPsql(r: Rng, lang: Lang): Builder {
  const typed: [number, number][] = [];
  const raw = psqlSession(r, lang, typed);
  return asCast(raw, r, castHeader(r, L(lang, 'Abfrage Reservistendatei', 'welfare case lookup')), typed);
}

/** A clerk greps an export with --color=always: the match is wrapped in red inside the name. */
function castGrep(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const file = lang === 'de' ? '/srv/export/wiederholungskurs_2026.csv' : '/srv/export/afco_applicants_2026.csv';
  const people = Array.from({ length: r.int(2, 4) }, () => person(r, lang));
  const needle = people[0].family.slice(0, 5);
  b.add(`${sgr('01;34')}~${sgr('0')}$ `);
  const from = b.text.length;
  b.add(`grep -i --color=always '`);
  b.val('PERSON', needle);
  b.add(`' ${file}`);
  const typed: [number, number][] = [[from, b.text.length]];
  b.add(NL);
  for (const p of people) {
    // grep prints only the lines that hold the pattern; the other rows of the export are not shown.
    if (p !== people[0] && !full(p).toLowerCase().includes(needle.toLowerCase())) {
      r.digits(5);
      callUp(r);
      unit(r, lang);
      continue;
    }
    b.add(`${r.digits(5)};`);
    if (p === people[0])
      b.val(
        'PERSON',
        `${p.given} ${sgr('01;31')}${ESC}[K${p.family.slice(0, 5)}${sgr('')}${ESC}[K${p.family.slice(5)}`,
      );
    else b.val('PERSON', full(p));
    b.add(';');
    b.val('DATE_OF_BIRTH', dobDe(p));
    b.add(';');
    b.val('PHONE_NUMBER', p.phone);
    b.add(`;${callUp(r)};${unit(r, lang)}${NL}`);
  }
  b.add(`${sgr('01;34')}~${sgr('0')}$ exit${NL}`);
  return asCast(b, r, castHeader(r, 'grep'), typed);
}

/** A session recorded by script(1): raw ESC bytes, \r\n, echoed backspaces. */
function typescript(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const p = person(r, lang);
  const q = person(r, lang);
  const month = r.int(9, 11);
  const day = r.int(1, 28);
  const summer = month < 10 || (month === 10 && day < 25);
  const offset = lang === 'de' ? (summer ? '+02:00' : '+01:00') : summer ? '+01:00' : '+00:00';
  const begin = r.int(7, 16) * 3600 + r.below(3000);
  const hms = (t: number) => `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
  b.add(
    `Script started on 2026-${pad(month)}-${pad(day)} ${hms(begin)}${offset} [TERM="xterm-256color" TTY="/dev/pts/${r.int(0, 9)}" COLUMNS="132" LINES="40"]\n`,
  );
  b.add(
    `${ESC}]0;${lang === 'de' ? 'sb3' : 'ops'}@${HOST(lang)}: ~${'\u0007'}${sgr('01;32')}${lang === 'de' ? 'sb3' : 'ops'}@${HOST(lang)}${sgr('00')}:~$ `,
  );
  b.add(`passctl show --visitor `);
  b.val('PERSON', p.family.slice(0, 3) + r.pick([...'qxjvkw']) + RUBOUT + p.family.slice(3));
  b.add(NL);
  b.add(
    `${sgr('1')}${L(lang, 'Besucherausweis', 'Visitor pass')}${sgr('0')} ${lang === 'de' ? 'BA' : 'VP'}-${r.digits(6)}  ${unit(r, lang)}${NL}`,
  );
  b.add(`  ${L(lang, 'Name', 'Name')}:       `);
  b.add(sgr('1'));
  b.val('PERSON', `${p.given}${sgr('0')} ${p.family}`);
  b.add(NL + `  ${L(lang, 'Geburtsdatum', 'Born')}:  `);
  b.val('DATE_OF_BIRTH', lang === 'de' ? dobDe(p) : dobIso(p));
  b.add(NL);
  if (lang === 'de') {
    b.add(`  Ausweis:     `);
    b.val('DE_ID_CARD', icaoNumber(r, 'id'));
    b.add(NL + `  Reisepass:   `);
    b.val('DE_PASSPORT', icaoNumber(r, 'passport'));
  } else {
    b.add(`  Passport (DE): `);
    b.val('DE_PASSPORT', icaoNumber(r, 'passport'));
    b.add(NL + `  ID card (DE):  `);
    b.val('DE_ID_CARD', icaoNumber(r, 'id'));
    b.add(NL + `  Mobile:      `);
    b.val('PHONE_NUMBER', p.phone);
  }
  b.add(NL + `  ${L(lang, 'Begleitperson', 'Escort')}: `);
  b.val('PERSON', full(q));
  b.add(` (${L(lang, 'Tel.', 'ext.')} ${r.int(2000, 2999)})${NL}`);
  // The pass runs from the day of the session for a few days.
  const from = Date.UTC(2026, month - 1, day, 6, 0, 0) + r.below(4) * 3_600_000;
  const until = from + r.int(1, 14) * 86_400_000 + r.int(8, 12) * 3_600_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 19) + 'Z';
  b.add(`  ${L(lang, 'Gültig', 'Valid')}: ${iso(from)} – ${iso(until)}${NL}`);
  b.add(`${sgr('01;32')}${lang === 'de' ? 'sb3' : 'ops'}@${HOST(lang)}${sgr('00')}:~$ exit${NL}exit${NL}`);
  b.add(
    `\nScript done on 2026-${pad(month)}-${pad(day)} ${hms(begin + r.int(20, 400))}${offset} [COMMAND_EXIT_CODE="0"]\n`,
  );
  return b;
}

function psqlPlain(r: Rng, lang: Lang): Builder {
  return psqlSession(r, lang);
}

function psqlX(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const extra = r.pick(['de-ids', 'contact'] as const);
  const { head, rows } = rowsOf(r, lang, r.int(1, 2), extra);
  b.add(`${DB(lang)}=> \\x${NL}${L(lang, 'Erweiterte Anzeige ist an.', 'Expanded display is on.')}${NL}`);
  b.add(
    `${DB(lang)}=> SELECT * FROM ${L(lang, 'dienstverschiebung_antrag', 'medal_application')} WHERE ref = '${fileRef(r, lang)}';${NL}`,
  );
  psqlExpanded(b, head, rows, NL);
  b.add(NL);
  return b;
}

function mysql(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const { head, rows } = rowsOf(r, lang, r.int(2, 5), r.pick(['contact', 'bank'] as const));
  b.add(
    `mysql> SELECT * FROM ${L(lang, 'familienbetreuung_umzug', 'family_relocation')} WHERE posting = '${bfpo(r)}' LIMIT 5;${NL}`,
  );
  mysqlTable(b, head, rows, NL, `0.0${r.int(0, 9)}`);
  b.add(NL);
  return b;
}

function sqlite(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const people = Array.from({ length: r.int(2, 4) }, () => person(r, lang));
  b.add(`sqlite> .headers on${NL}sqlite> .mode column${NL}`);
  b.add(
    `sqlite> SELECT ${L(lang, 'grab_nr, gefallener, angehoeriger, kontakt', 'grave_ref, casualty, next_of_kin, contact')} FROM ${L(lang, 'kriegsgraeber_anfrage', 'nok_search')};${NL}`,
  );
  const head = L(lang, 'grab_nr gefallener angehoeriger kontakt', 'grave_ref casualty next_of_kin contact').split(' ');
  const rows: Cell[][] = people.map((p) => [
    `${r.pick(['WG', 'KG'])}-${r.digits(6)}`,
    `${ascii(person(r, lang).family).slice(0, 4).toUpperCase()}${r.digits(3)} (1944)`,
    P(full(p)),
    r.chance(0.5) ? M(p.email) : T(p.phone),
  ]);
  sqliteColumns(b, head, rows, NL);
  return b;
}

function mongosh(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const p = person(r, lang);
  const ref = fileRef(r, lang);
  b.add(
    `${lang === 'de' ? 'zivildienst' : 'veterans'}> db.${L(lang, 'zuweisungen', 'pensions')}.find({ ref: '${ref}' })${NL}[${NL}  {${NL}`,
  );
  b.add(`    _id: ObjectId('${hex(r, 24)}'),${NL}    ref: '${ref}',${NL}    person: {${NL}      given: '`);
  b.val('PERSON', p.given);
  b.add(`',${NL}      family: '`);
  b.val('PERSON', p.family);
  b.add(`',${NL}      born: ISODate('`);
  b.val('DATE_OF_BIRTH', dobIso(p));
  b.add(`T00:00:00.000Z')${NL}    },${NL}    email: '`);
  b.val('EMAIL_ADDRESS', p.email);
  b.add(`',${NL}    home: '`);
  b.val('POSTAL_ADDRESS', p.address);
  b.add(`',${NL}    payee: { iban: '`);
  b.val('IBAN_CODE', iban(r, p.country));
  b.add(`' },${NL}    unit: '${unit(r, lang)}',${NL}    updatedAt: ISODate('${stamp(r)}')${NL}  }${NL}]${NL}`);
  return b;
}

function redis(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const p = person(r, lang);
  b.add(`127.0.0.1:6379> HGETALL ${lang === 'de' ? 'besucher' : 'visitor'}:${r.digits(6)}${NL}`);
  const pairs: [string, Cell][] = [
    ['name', P(full(p))],
    ['mobile', T(p.phone)],
    [lang === 'de' ? 'ausweis' : 'passport_de', lang === 'de' ? K(icaoNumber(r, 'id')) : R(icaoNumber(r, 'passport'))],
    ['gate', `${r.pick(['A', 'B', 'C'])}${r.int(1, 4)}`],
    ['sponsor_unit', unit(r, lang)],
    ['last_ip', A(ip(r))],
  ];
  let n = 1;
  for (const [k, v] of pairs) {
    b.add(`${String(n++).padStart(2)}) "${k}"${NL}${String(n++).padStart(2)}) "`);
    if (typeof v === 'string') b.add(v);
    else b.val(v.type, v.v);
    b.add(`"${NL}`);
  }
  b.add(`127.0.0.1:6379> TTL ${lang === 'de' ? 'besucher' : 'visitor'}:pass${NL}(integer) ${r.int(100, 86_400)}${NL}`);
  return b;
}

function kubectl(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const app = lang === 'de' ? 'wehrersatz-api' : 'pension-portal';
  const name = pod(r, app);
  b.add(`$ kubectl logs -n ${lang === 'de' ? 'bapers' : 'vuk'} ${name} --since=1h | tail -n 4${NL}`);
  const next = clock(r, 840);
  for (let k = 0; k < 4; k++) {
    const p = person(r, lang);
    b.add(`${next().toISOString()} INFO  [${app}] `);
    // Each hour of a payment API's log holds at least one payment.
    const kind = k === 1 ? 1 : r.below(3);
    if (kind === 0) {
      b.add('login ok user=');
      b.val('EMAIL_ADDRESS', p.email);
      b.add(' ip=');
      b.val('IP_ADDRESS', ip(r));
    } else if (kind === 1) {
      b.add(`${L(lang, 'Zahlung Ersatzabgabe', 'card payment')} ok card=`);
      b.val('CREDIT_CARD', card(r));
      b.add(' name="');
      b.val('PERSON', full(p));
      b.add('"');
    } else {
      b.add(`${L(lang, 'Adressänderung', 'address change')} case=${fileRef(r, lang)} new="`);
      b.val('POSTAL_ADDRESS', p.address);
      b.add('"');
    }
    b.add(` latency_ms=${r.int(4, 900)}${NL}`);
  }
  return b;
}

function journal(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const host = lang === 'de' ? 'karriere-web-01' : 'afco-portal-02';
  b.add(`$ journalctl -u ${lang === 'de' ? 'karriere-portal' : 'afco-portal'} --since today --no-pager | tail -4${NL}`);
  const next = clock(r, 3000);
  for (let k = 0; k < 4; k++) {
    const p = person(r, lang);
    b.add(
      `${journalTime(next())} ${host} ${lang === 'de' ? 'karriere-portal' : 'afco-portal'}[${r.int(900, 65_000)}]: `,
    );
    b.add(L(lang, 'Terminbuchung Beratung von ', 'appointment booked by '));
    b.val('PERSON', full(p));
    b.add(' <');
    b.val('EMAIL_ADDRESS', p.email);
    b.add('> tel=');
    b.val('PHONE_NUMBER', p.phone);
    b.add(' from ');
    b.val('IP_ADDRESS', ip(r));
    b.add(NL);
  }
  return b;
}

function history(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  let n = r.int(300, 900);
  const line = () => b.add(`${String(n++).padStart(5)}  `);
  b.add(`$ history | tail -6${NL}`);
  const p = person(r, lang);
  const q = person(r, lang);
  line();
  b.add(`ssh ${HOST(lang)}${NL}`);
  line();
  b.add(`grep -i '`);
  b.val('PERSON', p.family);
  b.add(`' /srv/export/${lang === 'de' ? 'musterung_termine' : 'medical_board'}_2026.csv${NL}`);
  line();
  b.add(
    `curl -s -X POST https://${lang === 'de' ? 'familien.bw.internal' : 'families.vets.internal'}/api/v1/contacts -H 'Content-Type: application/json' -d '{"name":"`,
  );
  b.val('PERSON', full(q));
  b.add(`","email":"`);
  b.val('EMAIL_ADDRESS', q.email);
  b.add(`","phone":"`);
  b.val('PHONE_NUMBER', q.phone);
  b.add(`"}'${NL}`);
  line();
  if (lang === 'de') {
    b.add(`./zahlung.sh --iban `);
    b.val('IBAN_CODE', iban(r, p.country));
    b.add(` --steuer-id `);
    b.val('DE_TAX_ID', taxId(r));
  } else {
    b.add(`./refund.sh --card '`);
    b.val('CREDIT_CARD', cardPrinted(card(r), ' '));
    b.add(`'`);
  }
  b.add(NL);
  line();
  b.add(`history -d ${n - 2}${NL}`);
  return b;
}

function tmux(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  b.add(`$ tmux capture-pane -p -t ${lang === 'de' ? 'sb1' : 'ops'}:1${NL}`);
  const { head, rows } = rowsOf(r, lang, r.int(2, 3), 'de-ids');
  psqlTable(b, head, rows, '\n', lang === 'de');
  b.add(`\n${DB(lang)}=> \n\n`);
  const ses = lang === 'de' ? 'sb1' : 'ops';
  b.add(
    padEnd(`[${ses}] 0:bash  1:psql*  2:logs-`, 100) +
      `"${HOST(lang)}" ${pad(r.int(7, 18))}:${pad(r.below(60))} ${pad(r.int(1, 28))}-Nov-26\n`,
  );
  return b;
}

/* ---- sessions without a person ---- */

function migration(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  b.add(`$ npx knex migrate:latest --env production${NL}`);
  b.add(`Using environment: production${NL}`);
  const n = r.int(2, 4);
  b.add(`Batch ${r.int(30, 90)} run: ${n} migrations${NL}`);
  for (let k = 0; k < n; k++)
    b.add(
      `  2026${pad(r.int(9, 11))}${pad(r.int(1, 28))}${pad(r.below(24))}${pad(r.below(60))}${pad(r.below(60))}_${r.pick(L(lang, 'add_einheit_index|rename_wehrersatz_status|create_uebung_termine|drop_legacy_musterung', 'add_unit_index|create_medal_claims|alter_posting_bfpo|drop_legacy_afco').split('|'))}.js${NL}`,
    );
  b.add(`${DB(lang)}=> \\dt${NL}`);
  const tables = L(
    lang,
    'einheit dienstposten uebung wehrersatz_satz zuweisung',
    'unit posting exercise medal_type relocation',
  ).split(' ');
  psqlTable(
    b,
    L(lang, 'Schema Name Typ Eigentümer', 'Schema Name Type Owner').split(' '),
    tables.map((t) => ['public', t, L(lang, 'Tabelle', 'table'), `${DB(lang)}_owner`]),
    NL,
    lang === 'de',
  );
  return b;
}

function countsPerUnit(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  b.add(
    `mysql> SELECT unit, COUNT(*) AS ${L(lang, 'einberufen', 'called_up')} FROM ${L(lang, 'einberufung', 'callup')} GROUP BY unit;${NL}`,
  );
  const rows: Cell[][] = Array.from({ length: r.int(3, 6) }, () => [unit(r, lang), String(r.int(3, 480))]);
  mysqlTable(b, ['unit', L(lang, 'einberufen', 'called_up')], rows, NL, `0.0${r.int(1, 9)}`);
  return b;
}

function uptime(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const host = r.pick(['krc-db-02', 'vets-db-01', 'bastion-01', 'afco-portal-02']);
  b.add(
    `$ uptime${NL} ${pad(r.int(7, 18))}:${pad(r.below(60))}:${pad(r.below(60))} up ${r.int(3, 300)} days,  ${r.int(1, 23)}:${pad(r.below(60))},  ${r.int(2, 6)} users,  load average: 0.${r.int(10, 99)}, 0.${r.int(10, 99)}, 0.${r.int(10, 99)}${NL}`,
  );
  b.add(`$ systemctl status ${lang === 'de' ? 'karriere-portal' : 'afco-portal'} --no-pager | head -4${NL}`);
  b.add(
    `${sgr('0;1;32')}●${sgr('0')} ${lang === 'de' ? 'karriere-portal' : 'afco-portal'}.service - ${L(lang, 'Karriereportal Bewerbungen', 'Careers portal')}${NL}`,
  );
  b.add(
    `     Loaded: loaded (/etc/systemd/system/${lang === 'de' ? 'karriere-portal' : 'afco-portal'}.service; enabled)${NL}`,
  );
  b.add(`     Active: ${sgr('0;1;32')}active (running)${sgr('0')} since ${stamp(r, false)}${NL}`);
  const used = r.int(40, 400);
  const avail = 492 - used;
  b.add(
    `   Main PID: ${r.int(900, 65_000)} (node)${NL}${host}:~$ df -h /srv | tail -1${NL}/dev/sdb1  500G  ${used}G  ${avail}G  ${Math.ceil((used * 100) / (used + avail))}% /srv${NL}`,
  );
  return b;
}

function failedLogins(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  b.add(`$ journalctl -u ssh --since "-2h" --no-pager | grep -i failed${NL}`);
  const accounts = ['svc-backup', 'svc-deploy', 'svc-wehrersatz', 'ansible', 'nagios', 'svc-reports'];
  const next = clock(r, 1200);
  for (let k = 0; k < r.int(3, 6); k++)
    b.add(
      `${journalTime(next())} bastion-01 sshd[${r.int(1000, 99_999)}]: Failed publickey for ${r.pick(accounts)} from jumphost-${r.int(1, 4)}.${lang === 'de' ? 'bw' : 'mod'}.internal port ${r.int(30_000, 65_000)} ssh2${NL}`,
    );
  b.add(
    `$ faillock --user ${r.pick(accounts)}${NL}When                Type  Source       Valid${NL}${stamp(r, false).replace('T', ' ').replace('Z', '')} RHOST jumphost-2   V${NL}`,
  );
  return b;
}

function kubectlPods(r: Rng, lang: Lang): Builder {
  const b = new Builder();
  const ns = lang === 'de' ? 'bapers' : 'vuk';
  b.add(`$ kubectl get pods -n ${ns}${NL}NAME                                 READY   STATUS    RESTARTS   AGE${NL}`);
  let worker = '';
  for (const app of ['pension-portal', 'wehrersatz-api', 'passctl-worker']) {
    worker = pod(r, app);
    b.add(`${padEnd(worker, 36)} 1/1     Running   ${r.int(0, 3)}          ${r.int(1, 40)}d${NL}`);
  }
  b.add(`$ kubectl logs -n ${ns} ${worker} | tail -2${NL}`);
  const next = clock(r, 300);
  b.add(
    `${next().toISOString()} INFO  healthz ok db=${HOST(lang)} pool=${r.int(2, 20)}/20${NL}${next().toISOString()} INFO  ${L(lang, 'Ausweisabgleich: 0 offene Aufträge', 'pass sync: 0 pending jobs')}${NL}`,
  );
  return b;
}

function castMigration(r: Rng, lang: Lang): Builder {
  const raw = migration(r, lang);
  return asCast(raw, r, castHeader(r, 'migrate'));
}

/** The generated kinds: [name, render, weight]. */
const KINDS: readonly (readonly [string, (r: Rng, lang: Lang) => Builder, number])[] = [
  ['asciinema cast psql lookup (typed input, cut output)', castPsql, 9],
  ['asciinema cast grep --color export', castGrep, 7],
  ['script(1) typescript visitor pass', typescript, 6],
  ['psql aligned table', psqlPlain, 6],
  ['psql \\x expanded records', psqlX, 6],
  ['mysql boxed table', mysql, 6],
  ['sqlite3 column mode next-of-kin search', sqlite, 5],
  ['mongosh find printout', mongosh, 5],
  ['redis-cli HGETALL visitor pass', redis, 5],
  ['kubectl logs application lines', kubectl, 5],
  ['journalctl portal bookings', journal, 5],
  ['shell history with arguments', history, 5],
  ['tmux capture-pane with status line', tmux, 5],
  ['psql migration and \\dt (no person)', migration, 3],
  ['mysql counts per unit (no person)', countsPerUnit, 3],
  ['uptime and systemctl status (no person)', uptime, 3],
  ['journalctl failed logins of service accounts (no person)', failedLogins, 3],
  ['kubectl get pods and health logs (no person)', kubectlPods, 3],
  ['asciinema cast of a migration (no person)', castMigration, 3],
];

export const GENERATED_KINDS = KINDS.map(([name]) => name);

/** `count` terminal sessions of the armed forces' and veterans' services, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Random256Glibc2(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
