import { TextBuilder as Builder, generateByKind, type GeneratedDocument } from '../held-out-builder.js';
import { cultures } from './names.js';
import { JStr, Lab, emitJson, emitText, frame, lines, sqlTable, t, type JValue, type Seg } from './notebook.js';
import { Ranlux } from './random.js';
import { card, cardPrinted, iban, icaoNumber, pensionNumber, taxId } from './values.js';

type Lang = 'de' | 'en';

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
const hex = (r: Ranlux, n: number) => Array.from({ length: n }, () => r.below(16).toString(16)).join('');
/** Python's json.dumps with ensure_ascii (its default): every non-ASCII character as `\uXXXX`. */
const asciiEscaped = (s: string) =>
  [...s].map((ch) => (ch.charCodeAt(0) > 126 ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('');

const P = (v: string) => new Lab('PERSON', v);
const M = (v: string) => new Lab('EMAIL_ADDRESS', v);
const T = (v: string) => new Lab('PHONE_NUMBER', v);
const H = (v: string) => new Lab('POSTAL_ADDRESS', v);
const B = (v: string) => new Lab('DATE_OF_BIRTH', v);
const I = (v: string) => new Lab('IBAN_CODE', v);
const C = (v: string) => new Lab('CREDIT_CARD', v);
const A = (v: string) => new Lab('IP_ADDRESS', v);
const X = (v: string) => new Lab('DE_TAX_ID', v);
const S = (v: string) => new Lab('DE_SOCIAL_SECURITY', v);
const K = (v: string) => new Lab('DE_ID_CARD', v);
const R = (v: string) => new Lab('DE_PASSPORT', v);

/** Homes of library users, readers, genealogy clients and heirs: German documents in DE, AT and CH, English ones in UK, IE and NL. */
const HOMES: Record<
  Lang,
  { addr: (r: Ranlux) => string; phone: (r: Ranlux) => string; mail: string[]; country: string }[]
> = {
  de: [
    {
      addr: (r) =>
        `${r.pick(['Kochstraße', 'Eisenbahnstraße', 'Karl-Heine-Straße', 'Zschochersche Straße'])} ${r.int(1, 140)}, 04${r.pick(['109', '177', '229', '315'])} Leipzig`,
      phone: (r) => `0${r.pick(['151', '160', '176'])} ${r.digits(7)}`,
      mail: ['web.de', 'posteo.de', 'gmx.net'],
      country: 'DE',
    },
    {
      addr: (r) =>
        `${r.pick(['Schwabstraße', 'Hölderlinweg', 'Neckarhalde', 'Lange Gasse'])} ${r.int(1, 90)}, 720${r.pick(['70', '72', '74', '76'])} Tübingen`,
      phone: (r) => `+49 ${r.pick(['152', '173', '179'])} ${r.digits(7)}`,
      mail: ['t-online.de', 'mailbox.org'],
      country: 'DE',
    },
    {
      addr: (r) =>
        `${r.pick(['Herrengasse', 'Sackstraße', 'Annenstraße', 'Lendplatz'])} ${r.int(1, 60)}, 80${r.pick(['10', '20', '20'])} Graz`,
      phone: (r) => `+43 ${r.pick(['664', '676', '699'])} ${r.digits(7)}`,
      mail: ['gmx.at', 'aon.at'],
      country: 'AT',
    },
    {
      addr: (r) =>
        `${r.pick(['Spalenvorstadt', 'Gerbergasse', 'Klybeckstrasse', 'Riehentorstrasse'])} ${r.int(1, 80)}, 40${r.pick(['51', '56', '57', '58'])} Basel`,
      phone: (r) => `+41 ${r.pick(['76', '78', '79'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      mail: ['bluewin.ch', 'hispeed.ch'],
      country: 'CH',
    },
  ],
  en: [
    {
      addr: (r) =>
        `${r.int(2, 140)} ${r.pick(['Perth Road', 'Blackness Avenue', 'Clepington Road'])}, Dundee DD${r.int(1, 4)} ${r.int(1, 9)}${r.pick(['HN', 'QB', 'RT', 'LS'])}`,
      phone: (r) => `07${r.digits(3)} ${r.digits(6)}`,
      mail: ['btinternet.com', 'outlook.com'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(1, 99)} ${r.pick(['Heol y Bont', 'Cathedral Road', 'Penylan Terrace'])}, Cardiff CF${r.int(10, 24)} ${r.int(1, 9)}${r.pick(['AB', 'DW', 'PE'])}`,
      phone: (r) => `+44 7${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
      mail: ['gmail.com', 'yahoo.co.uk'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.int(1, 220)} ${r.pick(['Lisburn Road', 'Ormeau Road', 'Malone Avenue'])}, Belfast BT${r.int(1, 9)} ${r.int(1, 9)}${r.pick(['NN', 'GX', 'JB'])}`,
      phone: (r) => `+44 28 90${r.digits(2)} ${r.digits(4)}`,
      mail: ['hotmail.co.uk', 'proton.me'],
      country: 'GB',
    },
    {
      addr: (r) =>
        `${r.pick(['Oudegracht', 'Lange Nieuwstraat', 'Twijnstraat'])} ${r.int(2, 300)}, 35${r.int(11, 84)} ${r.pick(['AB', 'KL', 'GE'])} Utrecht`,
      phone: (r) => `+31 6 ${r.digits(4)} ${r.digits(4)}`,
      mail: ['ziggo.nl', 'kpnmail.nl'],
      country: 'NL',
    },
  ],
};

const CULTURES = () => Object.values(cultures());

function person(r: Ranlux, lang: Lang): Person {
  const c = r.pick(CULTURES());
  const given = r.pick(c.given);
  const family = r.pick(c.family);
  const home = r.pick(HOMES[lang]);
  const g = ascii(given);
  const f = ascii(family);
  const local = r.pick([`${g}.${f}`, `${g[0]}.${f}`, `${g}${r.int(1, 99)}`, `${f}.${g[0]}`, `${g}_${f.slice(0, 6)}`]);
  return {
    given,
    family,
    email: `${local}@${r.pick(home.mail)}`,
    phone: home.phone(r),
    dob: { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1941, 2007) },
    address: home.addr(r),
    female: r.chance(0.5),
    country: home.country,
  };
}

const iso = (d: { d: number; m: number; y: number }) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const dotted = (d: { d: number; m: number; y: number }) => `${pad(d.d)}.${pad(d.m)}.${d.y}`;
const day = (r: Ranlux) => `2026-${pad(r.int(1, 11))}-${pad(r.int(1, 28))}`;
const stamp = (r: Ranlux) => `${day(r)} ${pad(r.int(8, 19))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
const readerNo = (r: Ranlux) => `LN-${r.digits(8)}`;
const loanNo = (r: Ranlux) => `FL-2026-${r.digits(5)}`;
const archiveNo = (r: Ranlux) => `ARC/${r.int(1890, 1975)}/${r.digits(4)}`;

/** The institutions whose analysts write the notebooks: their own switchboards, role mailboxes, hosts. */
const ORGS: Record<
  Lang,
  { name: string; host: string; box: string; tel: string; db: string; net: string; bank: string }[]
> = {
  de: [
    {
      name: 'Stadtbibliothek Leipzig',
      host: 'stadtbib-leipzig.example',
      box: 'fernleihe',
      tel: '+49 341 1235-0',
      db: 'opac',
      bank: 'DE',
      net: '10.48.12',
    },
    {
      name: 'Landesarchiv Baden-Württemberg, Abt. Hauptstaatsarchiv',
      host: 'landesarchiv-bw.example',
      box: 'lesesaal',
      tel: '+49 711 212-4335',
      db: 'archivis',
      bank: 'DE',
      net: '10.71.4',
    },
    {
      name: 'Steiermärkische Landesbibliothek',
      host: 'stlb-graz.example',
      box: 'ausleihe',
      tel: '+43 316 8016-0',
      db: 'alma_ro',
      bank: 'AT',
      net: '172.20.8',
    },
    {
      name: 'Staatsarchiv Basel-Stadt',
      host: 'staatsarchiv-bs.example',
      box: 'recherche',
      tel: '+41 61 267 86 01',
      db: 'scope',
      bank: 'CH',
      net: '10.61.30',
    },
  ],
  en: [
    {
      name: 'Dundee Central Library',
      host: 'dundee-libraries.example',
      box: 'renewals',
      tel: '01382 431500',
      db: 'lms',
      bank: 'GB',
      net: '10.13.82',
    },
    {
      name: 'Glamorgan Record Office',
      host: 'glamarchives.example',
      box: 'enquiries',
      tel: '029 2087 2200',
      db: 'calm',
      bank: 'GB',
      net: '10.29.20',
    },
    {
      name: 'Cork City and County Archives – Family History Desk',
      host: 'corkarchives.example',
      box: 'genealogy',
      tel: '+353 21 450 5886',
      db: 'familyhist',
      bank: 'IE',
      net: '172.16.21',
    },
    {
      name: 'Het Utrechts Archief – Genealogy Service',
      host: 'hua-genealogy.example',
      box: 'research',
      tel: '+31 30 286 6611',
      db: 'hua',
      bank: 'NL',
      net: '10.30.28',
    },
  ],
};

/** A notebook under construction: cells, the author, the kernel. */
class Notebook {
  cells: JValue[] = [];
  private count = 0;
  constructor(
    private readonly r: Ranlux,
    readonly author: string,
    /** A team as author: no person in the metadata. */
    private readonly team = false,
  ) {}
  private id() {
    return `${hex(this.r, 8)}-${hex(this.r, 4)}-${hex(this.r, 4)}`;
  }
  md(src: Seg[]) {
    this.cells.push({ cell_type: 'markdown', id: this.id(), metadata: {}, source: lines(src) });
    return this;
  }
  code(src: Seg[], made: JValue[] | ((n: number) => JValue[])) {
    this.count += 1 + (this.r.chance(0.2) ? 1 : 0);
    const n = this.count;
    const outputs = typeof made === 'function' ? made(n) : made;
    this.cells.push({
      cell_type: 'code',
      execution_count: n,
      id: this.id(),
      metadata: {},
      outputs: outputs.map((o) =>
        o && typeof o === 'object' && 'execution_count' in o ? { ...o, execution_count: n } : o,
      ),
      source: lines(src),
    });
    return this;
  }
  emit(b: Builder, kernel = 'python3') {
    const nb: JValue = {
      cells: this.cells,
      metadata: {
        authors: [{ name: this.team ? this.author : new JStr([P(this.author)]) }],
        kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: kernel },
        language_info: {
          codemirror_mode: { name: 'ipython', version: 3 },
          file_extension: '.py',
          mimetype: 'text/x-python',
          name: 'python',
          nbconvert_exporter: 'python',
          pygments_lexer: 'ipython3',
          version: this.r.pick(['3.11.8', '3.12.2', '3.10.13']),
        },
      },
      nbformat: 4,
      nbformat_minor: 5,
    };
    emitJson(b, nb);
    b.add('\n');
    return b;
  }
}

const stream = (segs: Seg[]): JValue => ({ name: 'stdout', output_type: 'stream', text: lines(segs) });
const result = (plain: Seg[], html?: Seg[]): JValue => ({
  data: html ? { 'text/html': lines(html), 'text/plain': lines(plain) } : { 'text/plain': lines(plain) },
  execution_count: 0,
  metadata: {},
  output_type: 'execute_result',
});
const display = (plain: Seg[], html: Seg[]): JValue => ({
  data: { 'text/html': lines(html), 'text/plain': lines(plain) },
  metadata: {},
  output_type: 'display_data',
});
const ANSI = {
  red: '\u001b[0;31m',
  green: '\u001b[0;32m',
  cyan: '\u001b[0;36m',
  reset: '\u001b[0m',
  bold: '\u001b[1;31m',
};
const error = (ename: string, evalue: Seg[], trace: Seg[][]): JValue => ({
  ename,
  evalue: new JStr(evalue),
  output_type: 'error',
  traceback: trace.map((x) => new JStr(x)),
});

const analyst = (r: Ranlux) => {
  const c = r.pick(CULTURES());
  return `${r.pick(c.given)} ${r.pick(c.family)}`;
};
const csvPath = (r: Ranlux, stem: string) =>
  `${r.pick(['/home/jovyan/work/exports', 'data/raw', '../exporte', 'S:/Analyse/2026'])}/${stem}_2026-${pad(r.int(1, 11))}.csv`;
const importCell = (r: Ranlux, nb: Notebook) =>
  nb.code(
    t`import pandas as pd\nimport numpy as np\npd.set_option("display.max_columns", ${String(r.pick([6, 8]))})\nprint(pd.__version__)\n`,
    [stream([`${r.pick(['2.2.1', '2.1.4', '2.2.3'])}\n`])],
  );

type Render = (r: Ranlux, lang: Lang) => Builder;

/** Library cards: read_csv of the reader export, df.head() with its middle columns truncated. */
const libraryCards: Render = (r, lang) => {
  const org = r.pick(ORGS[lang]);
  const nb = new Notebook(r, analyst(r));
  nb.md(
    t`# ${L(lang, 'Leserausweise: Bereinigung des Exports', 'Library cards: cleaning the borrower export')}\n${L(lang, 'Export aus dem Bibliothekssystem', 'Export from the library system')} (${org.name}).\n`,
  );
  importCell(r, nb);
  const path = csvPath(r, L(lang, 'leser', 'borrowers'));
  const n = r.int(1200, 9800);
  nb.code(t`df = pd.read_csv("${path}", sep=";", parse_dates=["${L(lang, 'ausgestellt', 'issued')}"])\ndf.shape\n`, [
    result([`(${n}, 9)\n`]),
  ]);
  const people = Array.from({ length: 5 }, () => person(r, lang));
  const cols = L(
    lang,
    'leser_nr|vorname|nachname|geburtsdatum|anschrift|telefon|email|ausgestellt|kategorie',
    'card_no|first_name|last_name|date_of_birth|address|phone|email|issued|category',
  ).split('|');
  const rows = people.map((p) => [
    readerNo(r),
    P(p.given),
    P(p.family),
    B(iso(p.dob)),
    H(p.address),
    T(p.phone),
    M(p.email),
    day(r),
    r.pick(L(lang, 'Erwachsene|Ermäßigt|Familie|Schüler', 'Adult|Concession|Junior|Housebound').split('|')),
  ]);
  const f = frame(cols, rows, { hide: [4, 7], shape: [n, 9] });
  nb.code(t`df.head()\n`, [result(f.plain, f.html)]);
  nb.code(t`df["kategorie" if "kategorie" in df else "category"].value_counts()\n`, [
    result([
      `${L(lang, 'kategorie', 'category')}\n${L(lang, 'Erwachsene', 'Adult')}      ${r.int(400, 3000)}\n${L(lang, 'Ermäßigt', 'Concession')}     ${r.int(100, 900)}\n${L(lang, 'Familie', 'Junior')}      ${r.int(50, 600)}\nName: count, dtype: int64\n`,
    ]),
  ]);
  return nb.emit(new Builder());
};

/** Overdue fines: a filter, then printed dicts for the direct debits. */
const overdueFines: Render = (r, lang) => {
  const org = r.pick(ORGS[lang]);
  const nb = new Notebook(r, analyst(r));
  nb.md(t`## ${L(lang, 'Mahngebühren über 10 € – Lastschriftliste', 'Overdue fines over £10 – direct debit list')}\n`);
  importCell(r, nb);
  nb.code(
    t`fines = pd.read_csv("${csvPath(r, L(lang, 'gebuehren', 'fines'))}")\nhigh = fines[fines.${L(lang, 'betrag', 'amount')} > 10]\nlen(high)\n`,
    [result([`${r.int(12, 90)}\n`])],
  );
  const people = Array.from({ length: r.int(3, 4) }, () => person(r, lang));
  const rows = people.map((p) => [
    readerNo(r),
    P(`${p.family}, ${p.given}`),
    M(p.email),
    `${r.int(10, 48)}.${r.pick(['00', '50', '20'])}`,
    day(r),
  ]);
  const f = frame(
    L(lang, 'leser_nr|name|email|betrag|letzte_mahnung', 'card_no|name|email|amount|last_reminder').split('|'),
    rows,
  );
  nb.code(t`high.sort_values("${L(lang, 'betrag', 'amount')}", ascending=False).head(${String(rows.length)})\n`, [
    result(f.plain, f.html),
  ]);
  const out: Seg[] = [];
  for (const p of people.slice(0, 2)) {
    const acc = iban(r, p.country === 'GB' || p.country === 'IE' ? 'GB' : p.country === 'NL' ? 'NL' : p.country);
    out.push(
      "{'",
      L(lang, 'name', 'name'),
      "': '",
      P(`${p.given} ${p.family}`),
      "', 'iban': '",
      I(acc),
      `', '${L(lang, 'betrag', 'amount')}': ${r.int(10, 48)}.5, '${L(lang, 'mandat', 'mandate')}': 'MD-${r.digits(6)}'}\n`,
    );
  }
  nb.code(
    t`for row in high.merge(mandates, on="${L(lang, 'leser_nr', 'card_no')}").head(2).itertuples():\n    print({"name": row.name, "iban": row.iban, "${L(lang, 'betrag', 'amount')}": row.${L(lang, 'betrag', 'amount')}, "${L(lang, 'mandat', 'mandate')}": row.mandate_id})\n`,
    [stream(out)],
  );
  nb.md(
    t`${L(lang, 'Unser Gläubiger-Konto', 'Our collection account')}: ${iban(r, org.bank)} – ${L(lang, 'Rückfragen', 'queries')} ${org.tel}, ${org.box}@${org.host}\n`,
  );
  return nb.emit(new Builder());
};

/** Interlibrary loans through a %%sql cell magic. */
const interlibrarySql: Render = (r, lang) => {
  const org = r.pick(ORGS[lang]);
  const nb = new Notebook(r, analyst(r));
  nb.code(t`%load_ext sql\n%sql postgresql://analyse@db.${org.host}/${org.db}\n`, []);
  const people = Array.from({ length: r.int(2, 4) }, () => person(r, lang));
  const titles = L(
    lang,
    'Die Mühlen am Oberrhein 1750–1850|Kirchenbücher lesen lernen|Handbuch der Flurnamen|Stadtpläne Sachsens 1890',
    'Parish Registers of Glamorgan|Mills of the Tay|Tithe Maps Explained|Dictionary of Scottish Place-Names',
  ).split('|');
  const rows = people.map((p) => [loanNo(r), P(`${p.given} ${p.family}`), M(p.email), r.pick(titles), day(r)]);
  const tab = sqlTable(
    L(lang, 'bestell_nr|leser|email|titel|bestellt_am', 'request_no|borrower|email|title|requested').split('|'),
    rows,
  );
  nb.code(
    t`%%sql\nSELECT b.bestell_nr, l.name AS leser, l.email, b.titel, b.bestellt_am\nFROM fernleihe b JOIN leser l USING (leser_nr)\nWHERE b.status = 'offen' AND b.bestellt_am < now() - interval '21 days';\n`,
    [
      stream([` * postgresql://analyse@db.${org.host}/${org.db}\n${rows.length} rows affected.\n`]),
      result(tab.plain, tab.html),
    ],
  );
  nb.md(
    t`${L(lang, 'Erinnerung an die Leihbibliotheken über', 'Reminders to the lending libraries via')} ${org.box}@${org.host}, ${L(lang, 'nicht an die Leser', 'not to the borrowers')}.\n`,
  );
  return nb.emit(new Builder());
};

/** Reading-room admissions: identity documents checked at the desk, a value count. */
const readingRoom: Render = (r, lang) => {
  const nb = new Notebook(r, analyst(r));
  nb.md(t`# ${L(lang, 'Lesesaal-Zulassungen', 'Reading-room admissions')} Q${String(r.int(1, 4))}/2026\n`);
  importCell(r, nb);
  const people = Array.from({ length: r.int(3, 5) }, () => person(r, lang));
  const rows = people.map((p) => {
    const passport = r.chance(0.45);
    return [
      `Z-${r.digits(6)}`,
      P(`${p.given} ${p.family}`),
      B(iso(p.dob)),
      passport ? L(lang, 'Reisepass', 'passport (DE)') : L(lang, 'Personalausweis', 'identity card (DE)'),
      passport ? R(icaoNumber(r, 'passport')) : K(icaoNumber(r, 'id')),
      stamp(r),
    ];
  });
  const f = frame(
    L(
      lang,
      'zulassung|name|geburtsdatum|dokument|dokument_nr|erfasst',
      'admission|name|date_of_birth|document|document_no|recorded',
    ).split('|'),
    rows,
  );
  const doc = L(lang, 'dokument', 'document');
  nb.code(
    t`adm = pd.read_excel("${csvPath(r, L(lang, 'zulassungen', 'admissions')).replace('.csv', '.xlsx')}")\nadm[adm.${doc}_${L(lang, 'nr', 'no')}.notna()].tail(${String(rows.length)})\n`,
    [result(f.plain, f.html)],
  );
  nb.code(t`adm.${doc}.value_counts(normalize=True).round(2)\n`, [
    result([
      `${doc}\n${L(lang, 'Personalausweis', 'identity card (DE)')}    0.${r.int(40, 70)}\n${L(lang, 'Reisepass', 'passport (DE)')}          0.${r.int(10, 30)}\nName: proportion, dtype: float64\n`,
    ]),
  ]);
  return nb.emit(new Builder());
};

/** Archive requests for birth records: requesters merged with the register index; the ancestors are labelled too. */
const birthRecords: Render = (r, lang) => {
  const org = r.pick(ORGS[lang]);
  const nb = new Notebook(r, analyst(r));
  nb.md(
    t`## ${L(lang, 'Anfragen Geburtsregister – Abgleich mit dem Registerindex', 'Birth record requests – matched against the register index')}\n`,
  );
  const reqs = Array.from({ length: r.int(2, 4) }, () => person(r, lang));
  const rows = reqs.map((p) => {
    const anc = person(r, lang);
    const birth = { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1868, 1931) };
    return [
      archiveNo(r),
      P(`${p.given} ${p.family}`),
      M(p.email),
      P(`${anc.given} ${p.family}`),
      B(dotted(birth)),
      `${L(lang, 'GR', 'BR')} ${birth.y} Nr. ${r.int(1, 900)}`,
    ];
  });
  const f = frame(
    L(
      lang,
      'anfrage|antragsteller|email|gesucht|geboren|register',
      'request|applicant|email|sought|born|register',
    ).split('|'),
    rows,
  );
  nb.code(
    t`req = pd.read_csv("${csvPath(r, 'anfragen')}")\nidx = pd.read_parquet("index/geburtsregister.parquet")\nm = req.merge(idx, how="left", on=["name_gesucht", "jahr"], indicator=True)\nm[m._merge == "both"][cols]\n`,
    [result(f.plain, f.html)],
  );
  nb.code(t`m._merge.value_counts()\n`, [
    result([
      `_merge\nboth          ${rows.length}\nleft_only     ${r.int(3, 30)}\nright_only       0\nName: count, dtype: int64\n`,
    ]),
  ]);
  nb.md(
    t`${L(lang, 'Gebühr je Auszug', 'Fee per extract')} ${L(lang, '12,00 €', '€12.00')}; ${L(lang, 'Versand über', 'sent from')} ${org.box}@${org.host}.\n`,
  );
  return nb.emit(new Builder());
};

/** A genealogy enquiry notebook that fails: the error output holds the client's value, with ANSI colours. */
const enquiryTraceback: Render = (r, lang) => {
  const nb = new Notebook(r, analyst(r));
  const p = person(r, lang);
  importCell(r, nb);
  nb.code(
    t`enq = pd.read_json("${csvPath(r, 'enquiries').replace('.csv', '.jsonl')}", lines=True)\nenq.loc[enq.client == "${P(`${p.given} ${p.family}`)}", "budget"].astype(float)\n`,
    (n) => [
      error(
        'ValueError',
        t`could not convert string to float: '${L(lang, 'ca. 200 € – bitte Rückruf ', 'about 200 – call back on ')}${T(p.phone)}'`,
        [
          t`${ANSI.red}---------------------------------------------------------------------------${ANSI.reset}`,
          t`${ANSI.red}ValueError${ANSI.reset}                                Traceback (most recent call last)`,
          t`Cell ${ANSI.green}In[${String(n)}], line 2${ANSI.reset}\n${ANSI.green}      1${ANSI.reset} enq ${ANSI.bold}=${ANSI.reset} pd${ANSI.bold}.${ANSI.reset}read_json(...)\n${ANSI.red}----> 2${ANSI.reset} enq${ANSI.bold}.${ANSI.reset}loc[enq${ANSI.bold}.${ANSI.reset}client ${ANSI.bold}==${ANSI.reset} ${ANSI.cyan}"${P(`${p.given} ${p.family}`)}"${ANSI.reset}, ${ANSI.cyan}"budget"${ANSI.reset}]${ANSI.bold}.${ANSI.reset}astype(${ANSI.green}float${ANSI.reset})`,
          t`File ${ANSI.green}/opt/conda/lib/python3.11/site-packages/pandas/core/generic.py:6643${ANSI.reset}, in ${ANSI.cyan}NDFrame.astype${ANSI.reset}${ANSI.bold}(self, dtype, copy, errors)${ANSI.reset}`,
          t`${ANSI.red}ValueError${ANSI.reset}: could not convert string to float: '${L(lang, 'ca. 200 € – bitte Rückruf ', 'about 200 – call back on ')}${T(p.phone)}'`,
        ],
      ),
    ],
  );
  nb.code(t`enq.loc[enq.client_email == "${M(p.email)}", ["enquiry_id", "received", "status"]]\n`, [
    result([`   enquiry_id    received   status\n${r.int(10, 99)}  GEN-${r.digits(5)}  ${day(r)}     open\n`]),
  ]);
  return nb.emit(new Builder());
};

/** Estate papers: heirs' donation receipts printed with json.dumps, non-ASCII escaped as Python does by default. */
const estatePapers: Render = (r, lang) => {
  const nb = new Notebook(r, analyst(r));
  nb.md(
    t`# ${L(lang, 'Nachlass-Schenkungen: Zuwendungsbestätigungen', 'Estate papers: gift receipts for the heirs')}\n`,
  );
  const heirs = Array.from({ length: 2 }, () => person(r, lang));
  const out: Seg[] = [];
  for (const p of heirs) {
    const name = `${p.given} ${p.family}`;
    const esc = asciiEscaped(name);
    const de = lang === 'de';
    out.push(
      '{"',
      de ? 'erbe' : 'heir',
      '": "',
      P(esc),
      '", "',
      de ? 'anschrift' : 'address',
      '": "',
      H(asciiEscaped(p.address)),
      de ? '", "steuer_id": "' : '", "german_tax_id": "',
      X(taxId(r)),
      `", "${de ? 'bestand' : 'fonds'}": "N ${r.int(10, 990)}", "${de ? 'wert_eur' : 'value_eur'}": ${r.int(200, 9000)}}\n`,
    );
  }
  nb.code(t`import json\nfor rec in receipts[:2]:\n    print(json.dumps(rec))\n`, [stream(out)]);
  const d = person(r, lang);
  nb.code(
    t`deceased = "${P(`${d.given} ${d.family}`)}"  # ${L(lang, 'Nachlasser', 'the estate’s author')}, † ${String(r.int(2019, 2025))}\nreceipts_df = pd.DataFrame(receipts)\nreceipts_df.${L(lang, 'wert_eur', 'value_eur')}.sum()\n`,
    [result([`${r.int(2000, 40000)}\n`])],
  );
  return nb.emit(new Builder());
};

/** The friends' association's card payments: full card numbers in the payment export, masked ones beside. */
const cardPayments: Render = (r, lang) => {
  const nb = new Notebook(r, analyst(r));
  nb.md(
    t`## ${L(lang, 'Freundeskreis: Kartenzahlungen der Mitgliedsbeiträge', 'Friends of the Library: membership card payments')}\n`,
  );
  const people = Array.from({ length: r.int(3, 4) }, () => person(r, lang));
  const rows = people.map((p) => {
    const cc = card(r);
    return [
      `M-${r.digits(5)}`,
      P(`${p.given} ${p.family}`),
      C(r.chance(0.5) ? cc : cardPrinted(cc, ' ')),
      `**** ${cc.slice(-4)}`,
      `${r.int(25, 120)}.00`,
      day(r),
    ];
  });
  const f = frame(
    L(
      lang,
      'mitglied|inhaber|karte|karte_maskiert|betrag|datum',
      'member|cardholder|card|card_masked|amount|date',
    ).split('|'),
    rows,
  );
  nb.code(t`pay = pd.read_csv("${csvPath(r, 'payments')}", dtype={"card": str})\npay[pay.status == "failed"]\n`, [
    result(f.plain, f.html),
  ]);
  nb.md(
    t`**${L(lang, 'Achtung', 'Note')}:** ${L(lang, 'Spalte `karte` vor der Weitergabe löschen', 'drop the `card` column before sharing')} (PCI).\n`,
  );
  return nb.emit(new Builder());
};

/** Minijob and volunteer staff of the reading room: pension numbers, tax ids and accounts. */
const staffPayroll: Render = (r, lang) => {
  const nb = new Notebook(r, analyst(r));
  nb.md(
    t`# ${L(lang, 'Aufsichten Lesesaal – Minijob-Abrechnung', 'Reading-room invigilators on German contracts – payroll check')}\n`,
  );
  const people = Array.from({ length: r.int(2, 4) }, () => person(r, 'de'));
  const rows = people.map((p) => [
    P(p.family),
    P(p.given),
    S(pensionNumber(r, p.dob, p.family, p.female)),
    X(taxId(r)),
    I(iban(r, p.country === 'CH' ? 'CH' : p.country === 'AT' ? 'AT' : 'DE')),
    `${r.int(180, 538)}.00`,
  ]);
  const f = frame(
    L(lang, 'nachname|vorname|sv_nummer|steuer_id|iban|brutto', 'surname|given|pension_no|tax_id|iban|gross').split(
      '|',
    ),
    rows,
  );
  nb.code(t`staff = pd.read_csv("${csvPath(r, 'minijob')}", dtype=str)\nstaff[staff.sv_nummer.str.len() == 12]\n`, [
    result(f.plain, f.html),
  ]);
  nb.code(t`staff.brutto.astype(float).describe()\n`, [
    result([
      `count      ${rows.length}.000000\nmean     ${r.int(200, 520)}.500000\nstd       ${r.int(20, 99)}.101212\nmin      180.000000\nmax      538.000000\nName: brutto, dtype: float64\n`,
    ]),
  ]);
  return nb.emit(new Builder());
};

/** Reading-room Wi-Fi sessions: the readers' device addresses, the library's own gateway and proxy beside them. */
const wifiSessions: Render = (r, lang) => {
  const org = r.pick(ORGS[lang]);
  const nb = new Notebook(r, analyst(r));
  nb.md(
    t`## ${L(lang, 'WLAN-Sitzungen im Lesesaal (Missbrauchsmeldung)', 'Reading-room Wi-Fi sessions (abuse report)')}\n${L(lang, 'Gateway', 'Gateway')} ${org.net}.1, Proxy ${org.net}.3\n`,
  );
  const people = Array.from({ length: r.int(2, 4) }, () => person(r, lang));
  const rows = people.map((p) => [
    stamp(r),
    readerNo(r),
    P(`${p.given} ${p.family}`),
    A(
      r.chance(0.7)
        ? `${org.net}.${r.int(20, 250)}`
        : `${r.int(31, 95)}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`,
    ),
    `${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:xx:xx:xx`,
  ]);
  const f = frame(
    L(lang, 'beginn|leser_nr|name|client_ip|mac_gekuerzt', 'start|card_no|name|client_ip|mac_truncated').split('|'),
    rows,
  );
  nb.code(
    t`s = pd.read_csv("${csvPath(r, 'radius')}")\ns = s.merge(readers[["leser_nr", "name"]], on="leser_nr")\ns[s.bytes_out > 5e9]\n`,
    [display(f.plain, f.html)],
  );
  return nb.emit(new Builder());
};

/** An nbconvert --to markdown export of the reminder notebook. */
const markdownReminders: Render = (r, lang) => {
  const b = new Builder();
  const author = analyst(r);
  const people = Array.from({ length: r.int(3, 4) }, () => person(r, lang));
  const rows = people.map((p) => [readerNo(r), P(`${p.given} ${p.family}`), T(p.phone), M(p.email), `${r.int(2, 9)}`]);
  const f = frame(L(lang, 'leser_nr|name|telefon|email|medien', 'card_no|name|phone|email|items').split('|'), rows);
  emitText(
    b,
    t`# ${L(lang, 'Dritte Mahnstufe', 'Third overdue notice')}\n\n${L(lang, 'Autor', 'Author')}: ${P(author)}\n\n\`\`\`python\nthird = loans[loans.${L(lang, 'mahnstufe', 'notice_level')} == 3]\nthird.groupby("${L(lang, 'leser_nr', 'card_no')}").agg(...).reset_index()\n\`\`\`\n\n\n\n\n`,
  );
  emitText(b, f.html);
  b.add(`\n\n\n\`\`\`python\nlen(third)\n\`\`\`\n\n\n\n\n    ${rows.length}\n\n\n`);
  return b;
};

/** An nbconvert --to script export: `# In[n]:` markers, hand fixes hard-coded in the code. */
const scriptExport: Render = (r, lang) => {
  const b = new Builder();
  const p = person(r, lang);
  const q = person(r, lang);
  const k = r.int(3, 9);
  emitText(
    b,
    t`#!/usr/bin/env python\n# coding: utf-8\n\n# # ${L(lang, 'Genealogie-Kunden bereinigen', 'Cleaning the genealogy client list')}\n\n# In[${String(k)}]:\n\n\nimport pandas as pd\nclients = pd.read_csv("${csvPath(r, 'clients')}")\n\n\n# In[${String(k + 1)}]:\n\n\n# ${L(lang, 'Dublette laut Telefonat', 'duplicate, confirmed by phone')} ${day(r)}\nclients.loc[clients.client_id == "GEN-${r.digits(5)}", "email"] = "${M(p.email)}"\nclients.loc[clients.client_id == "GEN-${r.digits(5)}", "phone"] = "${T(p.phone)}"\n\n\n# In[${String(k + 2)}]:\n\n\n# ${L(lang, 'Umzug', 'moved house')}: ${P(`${q.given} ${q.family}`)}\nclients.loc[clients.name == "${P(`${q.family}, ${q.given}`)}", "address"] = "${H(q.address)}"\n\n\n# In[${String(k + 4)}]:\n\n\nclients.to_csv("data/clean/clients_${day(r)}.csv", index=False)\n`,
  );
  return b;
};

/** nbdime's nbdiff of a reader-record notebook: an output row changed, a cell inserted. */
const nbdimeDiff: Render = (r, lang) => {
  const b = new Builder();
  const p = person(r, lang);
  const old = HOMES[lang][0].addr(r);
  const no = readerNo(r);
  const c1 = hex(r, 40);
  emitText(
    b,
    t`nbdiff ${L(lang, 'leserdaten', 'borrowers')}.ipynb (${c1.slice(0, 7)}) ${L(lang, 'leserdaten', 'borrowers')}.ipynb\n--- ${L(lang, 'leserdaten', 'borrowers')}.ipynb (${c1.slice(0, 7)})  (no timestamp)\n+++ ${L(lang, 'leserdaten', 'borrowers')}.ipynb  ${stamp(r)}\n## modified /cells/4/outputs/0/data/text/plain:\n-  ${L(lang, 'leser_nr          name                               anschrift', 'card_no           name                               address')}\n-  ${no}  ${P(`${p.given} ${p.family}`)}  ${H(old)}\n+  ${L(lang, 'leser_nr          name                               anschrift', 'card_no           name                               address')}\n+  ${no}  ${P(`${p.given} ${p.family}`)}  ${H(p.address)}\n\n## modified /cells/5/execution_count:\n-  ${String(r.int(5, 9))}\n+  ${String(r.int(10, 14))}\n\n## inserted before /cells/6:\n+  code cell:\n+    id: ${hex(r, 8)}\n+    execution_count: ${String(r.int(15, 20))}\n+    source:\n+      readers.loc[readers.${L(lang, 'leser_nr', 'card_no')} == "${no}", "${L(lang, 'mobil', 'mobile')}"] = "${T(p.phone)}"\n\n`,
  );
  return b;
};

/** No person: loan statistics by branch and media type. */
const loanStats: Render = (r, lang) => {
  const nb = new Notebook(r, L(lang, 'Team Statistik', 'Library statistics team'), true);
  nb.md(t`# ${L(lang, 'Ausleihstatistik', 'Loan statistics')} 2026\n`);
  importCell(r, nb);
  const branches = L(
    lang,
    'Zentrale|Grünau|Gohlis|Plagwitz|Fahrbibliothek',
    'Central|Lochee|Broughty Ferry|Whitfield|Mobile',
  ).split('|');
  const rows = branches.map((br) => [
    br,
    String(r.int(1000, 40000)),
    String(r.int(100, 9000)),
    String(r.int(50, 3000)),
    `${r.int(1, 40)}.${r.int(0, 9)}`,
  ]);
  const f = frame(
    L(lang, 'zweigstelle|buch|medien|fernleihe|quote_%', 'branch|books|media|ill|share_%').split('|'),
    rows,
  );
  nb.code(t`loans.pivot_table(index="branch", columns="type", values="loan_id", aggfunc="count")\n`, [
    result(f.plain, f.html),
  ]);
  nb.code(t`loans.loan_date.dt.month.value_counts().sort_index().plot(kind="bar")\n`, [
    result([`<Axes: xlabel='loan_date'>\n`]),
    {
      data: {
        'image/png':
          'iVBORw0KGgoAAAANSUhEUgAAAjAAAAGdCAYAAAAMm0nCAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjguMywgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy/H5lhTAAAACXBIWXMAAA9hAAAPYQGoP6dpAAA\n',
        'text/plain': ['<Figure size 640x480 with 1 Axes>'],
      },
      metadata: {},
      output_type: 'display_data',
    },
  ]);
  return nb.emit(new Builder());
};

/** No person: room occupancy from a %%sql query. */
const roomOccupancy: Render = (r, lang) => {
  const org = r.pick(ORGS[lang]);
  const nb = new Notebook(r, L(lang, 'Lesesaalteam', 'Search room team'), true);
  const rows = ['Mo', 'Di', 'Mi', 'Do', 'Fr'].map((d) => [
    L(lang, d, d.replace('Di', 'Tu').replace('Mi', 'We').replace('Do', 'Th')),
    String(r.int(8, 60)),
    String(r.int(60, 60)),
    `${r.int(10, 99)}%`,
  ]);
  const tab = sqlTable(
    L(lang, 'tag|plaetze_belegt|plaetze|auslastung', 'day|seats_taken|seats|occupancy').split('|'),
    rows,
  );
  nb.code(
    t`%%sql\nSELECT to_char(slot, 'Dy') AS tag, max(belegt) AS plaetze_belegt, 60 AS plaetze, round(100.0*max(belegt)/60) || '%' AS auslastung\nFROM lesesaal_slots WHERE slot >= '${day(r)}' GROUP BY 1 ORDER BY min(slot);\n`,
    [stream([` * postgresql://analyse@db.${org.host}/${org.db}\n5 rows affected.\n`]), result(tab.plain, tab.html)],
  );
  return nb.emit(new Builder());
};

/** No person: the acquisitions budget as an nbconvert Markdown export. */
const budgetMarkdown: Render = (r, lang) => {
  const b = new Builder();
  const rows = L(
    lang,
    'Belletristik|Sachbuch|Kinder|Zeitschriften|E-Medien',
    'Fiction|Non-fiction|Children|Periodicals|E-resources',
  )
    .split('|')
    .map((x) => [x, `${r.int(5, 90)}000`, `${r.int(1, 80)}000`]);
  const f = frame(L(lang, 'fach|budget_eur|ausgegeben_eur', 'subject|budget|spent').split('|'), rows);
  emitText(
    b,
    t`# ${L(lang, 'Erwerbungsetat', 'Acquisitions budget')} 2026\n\n\`\`\`python\netat.groupby("fach")[["budget_eur", "ausgegeben_eur"]].sum()\n\`\`\`\n\n\n\n\n`,
  );
  emitText(b, f.html);
  b.add(
    `\n\n\n${L(lang, 'Stand', 'As of')} ${day(r)}; pandas ${r.pick(['2.2.1', '2.1.4'])}, ${L(lang, 'Datei', 'file')} ${csvPath(r, 'etat')}\n`,
  );
  return b;
};

/** No person: a notebook failing on a missing export, the traceback in colour. */
const missingFile: Render = (r, lang) => {
  const nb = new Notebook(r, L(lang, 'Team Bestandsentwicklung', 'Collections data team'), true);
  const path = csvPath(r, L(lang, 'zugang', 'accessions'));
  nb.code(t`acc = pd.read_csv("${path}")\n`, (n) => [
    error(
      'FileNotFoundError',
      [`[Errno 2] No such file or directory: '${path}'`],
      [
        [`${ANSI.red}---------------------------------------------------------------------------${ANSI.reset}`],
        [`${ANSI.red}FileNotFoundError${ANSI.reset}                         Traceback (most recent call last)`],
        [
          `Cell ${ANSI.green}In[${n}], line 1${ANSI.reset}\n${ANSI.red}----> 1${ANSI.reset} acc ${ANSI.bold}=${ANSI.reset} pd${ANSI.bold}.${ANSI.reset}read_csv(${ANSI.cyan}"${path}"${ANSI.reset})`,
        ],
        [`${ANSI.red}FileNotFoundError${ANSI.reset}: [Errno 2] No such file or directory: '${path}'`],
      ],
    ),
  ]);
  return nb.emit(new Builder());
};

/** Every generated kind: name, render, weight. */
const KINDS: readonly (readonly [string, Render, number])[] = [
  ['notebook library cards read_csv head truncated columns', libraryCards, 6],
  ['notebook overdue fines filter printed dicts IBAN', overdueFines, 6],
  ['notebook interlibrary loans %%sql', interlibrarySql, 6],
  ['notebook reading-room admissions identity documents', readingRoom, 6],
  ['notebook archive birth record requests merge', birthRecords, 6],
  ['notebook genealogy enquiry error traceback', enquiryTraceback, 6],
  ['notebook estate papers json.dumps escaped', estatePapers, 5],
  ['notebook friends association card payments', cardPayments, 5],
  ['notebook reading-room staff payroll pension numbers', staffPayroll, 5],
  ['notebook reading-room Wi-Fi sessions', wifiSessions, 5],
  ['nbconvert markdown overdue notices', markdownReminders, 5],
  ['nbconvert script genealogy clients', scriptExport, 5],
  ['nbdime diff reader record', nbdimeDiff, 5],
  ['notebook loan statistics (no person)', loanStats, 5],
  ['notebook room occupancy %%sql (no person)', roomOccupancy, 4],
  ['nbconvert markdown acquisitions budget (no person)', budgetMarkdown, 4],
  ['notebook missing export traceback (no person)', missingFile, 4],
];

/** `count` generated notebooks and their exports, the same for the same seed. */
export function generated(count: number, seed: number): GeneratedDocument[] {
  const r = new Ranlux(seed);
  return generateByKind(r, count, KINDS, (k, lang) => KINDS[k][1](r, lang));
}
