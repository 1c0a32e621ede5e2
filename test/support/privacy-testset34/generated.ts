import type { Random64 } from '../held-out-random64.js';
import type { TestLabel } from './markup.js';
import { dob, isoDate, person, two, userIp, type Person } from './people.js';
import { Tt800 } from './random.js';
import { card, cardPrinted, grouped, iban, icaoNumber, pensionNumber, taxId } from './values.js';

/**
 * Set 34's generated documents: DATABASE DUMPS of veterinary practices, livestock registers, pet passport
 * registries, farm subsidy offices, farm payrolls, feed shops, horse databases and dairy co-ops, as an
 * ingest receives them when it is pointed at a backup file instead of a document. Five dump formats:
 *
 * - `pg_dump` plain format: the header comments, SET lines, CREATE TABLE and one `COPY … FROM stdin;` block
 *   per table, rows tab-separated, NULL as `\N`, a tab, line break or backslash inside a value written as
 *   `\t`, `\n`, `\\`, the block closed by `\.`;
 * - `mysqldump`: the versioned `/*!40101 … *\/` comments, backquoted names, `LOCK TABLES`, ONE extended INSERT
 *   per table with every row on one line, strings in single quotes with `\'`, `\n` and `\\` escapes;
 * - `mongoexport` relaxed extended JSON: one document per line, `{"$oid": …}` ids, `{"$date": "…Z"}` dates
 *   (years 1970 to 9999 only; an earlier date keeps the canonical `$numberLong` form), nested owner objects,
 *   strings JSON-escaped;
 * - MongoDB canonical extended JSON (`mongoexport --jsonFormat=canonical`): the same with `$numberInt`,
 *   `$numberLong` and `$date` holding `$numberLong` milliseconds;
 * - SQLite's `.dump`: `PRAGMA foreign_keys=OFF;`, `BEGIN TRANSACTION;`, one `INSERT INTO … VALUES(…);` per row,
 *   quotes doubled, a line break inside a value written as `replace('…\n…','\n',char(10))`, blobs as X'…'.
 *
 * Labelling: every value is ONE label over its span as the dump writes it. A two-line address stored with
 * its break is one label with the format's escape (`\n`) inside it; a value before an escape ends at the
 * backslash. A date of birth in a timestamp (`1979-04-02T00:00:00Z`, `1979-04-02 00:00:00`) is labelled on
 * its date only; a birth date kept as `$numberLong` milliseconds is no written date and is not labelled.
 * Given and family names in separate columns are two labels. Organisations' own values (the practice's or
 * co-op's row in a settings table, role mailboxes, switchboards, firm IBANs, the dump host, holding numbers,
 * microchips, ear tags, object ids) are never labelled.
 */

type Lang = 'de' | 'en';
interface Made {
  lang: Lang;
  kind: string;
  text: string;
  entities: TestLabel[];
}

/** A labelled value in a cell. */
interface Val {
  t: string;
  v: string;
}
type Segment = string | Val;
/** A cell: text made of plain and labelled segments, a number, or NULL. */
type Cell = Segment[] | number | null;

const v = (t: string, value: string): Val => ({ t, v: value });

class Builder {
  text = '';
  entities: TestLabel[] = [];
  put(s: string): this {
    this.text += s;
    return this;
  }
  val(type: string, value: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length });
    this.text += value;
    return this;
  }
}

type Format = 'pg' | 'mysql' | 'mongo' | 'mongoCanonical' | 'sqlite';
const FORMATS: Format[] = ['pg', 'mysql', 'mongo', 'mongoCanonical', 'sqlite'];
const FORMAT_NAME: Record<Format, string> = {
  pg: 'pg_dump COPY',
  mysql: 'mysqldump extended INSERT',
  mongo: 'mongoexport relaxed JSON',
  mongoCanonical: 'mongoexport canonical JSON',
  sqlite: 'SQLite .dump',
};

const escPg = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const escMy = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const escJson = (s: string) => JSON.stringify(s).slice(1, -1);
const escSqlite = (s: string) => s.replace(/'/g, "''");

function writeSegments(b: Builder, segs: Segment[], esc: (s: string) => string): void {
  for (const s of segs) {
    if (typeof s === 'string') b.put(esc(s));
    else b.val(s.t, esc(s.v));
  }
}

/** A table: its name and columns, and rows of cells. */
interface Table {
  name: string;
  columns: { name: string; sql: string }[];
  rows: Cell[][];
}

function pgTable(b: Builder, t: Table): void {
  b.put(`--\n-- Name: ${t.name}; Type: TABLE; Schema: public; Owner: app\n--\n\n`);
  b.put(`CREATE TABLE public.${t.name} (\n${t.columns.map((c) => `    ${c.name} ${c.sql}`).join(',\n')}\n);\n\n`);
  b.put(`ALTER TABLE public.${t.name} OWNER TO app;\n\n`);
  b.put(`--\n-- Data for Name: ${t.name}; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n`);
  b.put(`COPY public.${t.name} (${t.columns.map((c) => c.name).join(', ')}) FROM stdin;\n`);
  for (const row of t.rows) {
    row.forEach((cell, i) => {
      if (i > 0) b.put('\t');
      if (cell === null) b.put('\\N');
      else if (typeof cell === 'number') b.put(String(cell));
      else writeSegments(b, cell, escPg);
    });
    b.put('\n');
  }
  b.put('\\.\n\n\n');
}

/** MySQL has no `inet` type: an address column is a varchar(45) there (the longest IPv6 text form). */
const mysqlType = (sql: string): string => (sql === 'inet' ? 'varchar(45)' : sql.replace('text', 'varchar(255)'));

function mysqlTable(b: Builder, t: Table): void {
  b.put(`--\n-- Table structure for table \`${t.name}\`\n--\n\nDROP TABLE IF EXISTS \`${t.name}\`;\n`);
  b.put(
    '/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n',
  );
  b.put(
    `CREATE TABLE \`${t.name}\` (\n${t.columns.map((c) => `  \`${c.name}\` ${mysqlType(c.sql)}`).join(',\n')},\n  PRIMARY KEY (\`${t.columns[0].name}\`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n`,
  );
  b.put('/*!40101 SET character_set_client = @saved_cs_client */;\n\n');
  b.put(`--\n-- Dumping data for table \`${t.name}\`\n--\n\nLOCK TABLES \`${t.name}\` WRITE;\n`);
  b.put(`/*!40000 ALTER TABLE \`${t.name}\` DISABLE KEYS */;\nINSERT INTO \`${t.name}\` VALUES `);
  t.rows.forEach((row, r) => {
    b.put(r > 0 ? ',(' : '(');
    row.forEach((cell, i) => {
      if (i > 0) b.put(',');
      if (cell === null) b.put('NULL');
      else if (typeof cell === 'number') b.put(String(cell));
      else {
        b.put("'");
        writeSegments(b, cell, escMy);
        b.put("'");
      }
    });
    b.put(')');
  });
  b.put(`;\n/*!40000 ALTER TABLE \`${t.name}\` ENABLE KEYS */;\nUNLOCK TABLES;\n\n`);
}

function sqliteTable(b: Builder, t: Table): void {
  b.put(`CREATE TABLE ${t.name}(${t.columns.map((c) => `${c.name} ${c.sql.toUpperCase()}`).join(', ')});\n`);
  for (const row of t.rows) {
    b.put(`INSERT INTO ${t.name} VALUES(`);
    row.forEach((cell, i) => {
      if (i > 0) b.put(',');
      if (cell === null) b.put('NULL');
      else if (typeof cell === 'number') b.put(String(cell));
      else {
        const broken = cell.some((s) => (typeof s === 'string' ? s : s.v).includes('\n'));
        if (broken) b.put('replace(');
        b.put("'");
        // .dump keeps a line break as the two characters \n and has replace() turn them back.
        writeSegments(b, cell, (s) => escSqlite(s).replace(/\n/g, '\\n'));
        b.put("'");
        if (broken) b.put(",'\\n',char(10))");
      }
    });
    b.put(');\n');
  }
}

/** A MongoDB document: fields in order; a field holds a cell, a nested document, or raw extended JSON. */
type MongoValue = Cell | { doc: [string, MongoValue][] } | { raw: Segment[] };
type MongoDoc = [string, MongoValue][];

function mongoValue(b: Builder, value: MongoValue, canonical: boolean): void {
  if (value === null) b.put('null');
  else if (typeof value === 'number') b.put(canonical ? `{"$numberInt":"${value}"}` : String(value));
  else if (Array.isArray(value)) {
    b.put('"');
    writeSegments(b, value, escJson);
    b.put('"');
  } else if ('doc' in value) mongoDoc(b, value.doc, canonical);
  else
    for (const s of value.raw) {
      if (typeof s === 'string') b.put(s);
      else b.val(s.t, s.v);
    }
}

function mongoDoc(b: Builder, doc: MongoDoc, canonical: boolean): void {
  b.put('{');
  doc.forEach(([key, value], i) => {
    b.put(`${i > 0 ? ',' : ''}"${key}":`);
    mongoValue(b, value, canonical);
  });
  b.put('}');
}

/** A person's values of one row, in the dump's own language. */
interface RowPerson {
  p: Person;
  given: Segment[];
  family: Segment[];
  full: Segment[];
  inverted: Segment[];
}

const rowPerson = (p: Person): RowPerson => ({
  p,
  given: [v('PERSON', p.given)],
  family: [v('PERSON', p.family)],
  full: [v('PERSON', `${p.given} ${p.family}`)],
  inverted: [v('PERSON', `${p.family}, ${p.given}`)],
});

type Theme = 'vet' | 'livestock' | 'passport' | 'subsidy' | 'payroll' | 'shop' | 'equine' | 'dairy';
const THEMES: Theme[] = ['vet', 'livestock', 'passport', 'subsidy', 'payroll', 'shop', 'equine', 'dairy'];
const THEME_NAME: Record<Theme, string> = {
  vet: 'veterinary practice',
  livestock: 'livestock register',
  passport: 'pet passport registry',
  subsidy: 'farm subsidy office',
  payroll: 'farm payroll',
  shop: 'feed and pet shop',
  equine: 'horse database',
  dairy: 'dairy co-op',
};

const ORGS: Record<Theme, { name: string; domain: string; box: string }[]> = {
  vet: [
    { name: 'Tierarztpraxis am Hasetal', domain: 'tierarzt-hasetal.de', box: 'praxis' },
    { name: 'Moorland Veterinary Group', domain: 'moorlandvets.co.uk', box: 'reception' },
  ],
  livestock: [
    { name: 'Landeskontrollverband Weser-Ems', domain: 'lkv-weserems.de', box: 'tierkennzeichnung' },
    { name: 'Upland Livestock Traceability Ltd', domain: 'uplandtrace.co.uk', box: 'movements' },
  ],
  passport: [
    { name: 'Heimtierregister Süd', domain: 'heimtierregister-sued.de', box: 'registrierung' },
    { name: 'PetTrace Registry', domain: 'pettrace-registry.com', box: 'support' },
  ],
  subsidy: [
    { name: 'Amt für Landwirtschaft Rottal', domain: 'afl-rottal.bayern.de', box: 'foerderung' },
    { name: 'Rural Payments Unit', domain: 'ruralpayments-unit.org.uk', box: 'claims' },
  ],
  payroll: [
    { name: 'Obsthof Brennecke GbR', domain: 'obsthof-brennecke.de', box: 'lohn' },
    { name: 'Greenacre Soft Fruit LLP', domain: 'greenacre-fruit.co.uk', box: 'payroll' },
  ],
  shop: [
    { name: 'Futterhaus Kreienbrink', domain: 'futterhaus-kreienbrink.de', box: 'bestellung' },
    { name: 'Paddock & Pantry Supplies', domain: 'paddockpantry.com', box: 'orders' },
  ],
  equine: [
    { name: 'Pferdezuchtverband Trakehnen Nord', domain: 'pzv-nord.de', box: 'zuchtbuch' },
    { name: 'Equine Passport Office', domain: 'equinepassports.org.uk', box: 'passports' },
  ],
  dairy: [
    { name: 'Milchliefergenossenschaft Allgäu-West eG', domain: 'mlg-allgaeu-west.de', box: 'milchgeld' },
    { name: 'Glenmoy Dairy Co-operative', domain: 'glenmoydairy.ie', box: 'suppliers' },
  ],
};

const SPECIES = {
  de: ['Hund', 'Katze', 'Pferd', 'Kaninchen', 'Rind', 'Schaf'],
  en: ['dog', 'cat', 'horse', 'rabbit', 'cattle', 'sheep'],
};
const PET_NAMES = [
  'Fibi',
  'Knöpfle',
  'Mokka',
  'Pascha',
  'Juno',
  'Strolch',
  'Biscuit',
  'Pepper',
  'Nala',
  'Toffee',
  'Ronja',
  'Merlin',
];

/** A microchip number as ISO 11784 writes it: country code, manufacturer 09 or 98, ten digits. */
const chip = (r: Random64) => `${r.pick(['276', '040', '756', '826', '208'])}${r.pick(['09', '98'])}${r.digits(10)}`;
/** An ear tag as the EU writes it: country, a state code, a serial in groups. */
const earTag = (r: Random64) => `DE 0${r.int(1, 9)} ${r.digits(3)} ${r.digits(5)}`;
const oid = (r: Random64) => Array.from({ length: 24 }, () => '0123456789abcdef'[r.below(16)]).join('');
const stamp = (r: Random64) =>
  `2025-${two(r.int(1, 12))}-${two(r.int(1, 28))} ${two(r.int(6, 19))}:${two(r.int(0, 59))}:${two(r.int(0, 59))}`;

/** One column of a theme's person table: its names in both languages, SQL type and the cell for a person. */
interface Column {
  de: string;
  en: string;
  sql: string;
  cell: (rp: RowPerson, r: Random64, lang: Lang, i: number) => Cell;
}

const col = (de: string, en: string, sql: string, cell: Column['cell']): Column => ({ de, en, sql, cell });

const NOTES: Record<Lang, ((rp: RowPerson, r: Random64, lang: Lang) => Segment[])[]> = {
  de: [
    (rp) => ['Rückruf erbeten unter ', v('PHONE_NUMBER', rp.p.phone), '\nBesitzerin bringt Impfpass mit'],
    (rp, r, lang) => ['Halter geb. ', v('DATE_OF_BIRTH', dob(r, rp.p, lang)), ', Adresse geprüft'],
    (rp) => ['Rechnung an ', v('EMAIL_ADDRESS', rp.p.email), '\tper PDF'],
    () => ['Tier nüchtern bringen.\nKeine Allergien bekannt.'],
    () => ['Kontakt nur über Praxis'],
  ],
  en: [
    (rp) => ['Owner asked for a call back on ', v('PHONE_NUMBER', rp.p.phone), '\nbring vaccination card'],
    (rp, r, lang) => ['Keeper DOB ', v('DATE_OF_BIRTH', dob(r, rp.p, lang)), ' (checked against licence)'],
    (rp) => ['Send invoice to ', v('EMAIL_ADDRESS', rp.p.email), '\tPDF only'],
    () => ["Nil by mouth from 8pm.\nOwner's neighbour may collect."],
    () => ['No direct contact, use practice line'],
  ],
};

const THEME_TABLE: Record<Theme, { de: string; en: string; columns: Column[] }> = {
  vet: {
    de: 'tierhalter',
    en: 'clients',
    columns: [
      col('vorname', 'first_name', 'text', (rp) => rp.given),
      col('nachname', 'last_name', 'text', (rp) => rp.family),
      col('anschrift', 'address', 'text', (rp, r) => [v('POSTAL_ADDRESS', r.chance(0.5) ? rp.p.stored : rp.p.address)]),
      col('telefon', 'phone', 'text', (rp, r) => (r.chance(0.2) ? null : [v('PHONE_NUMBER', rp.p.phone)])),
      col('email', 'email', 'text', (rp) => [v('EMAIL_ADDRESS', rp.p.email)]),
      col('tiername', 'pet_name', 'text', (_rp, r) => [r.pick(PET_NAMES)]),
      col('chip', 'microchip', 'text', (_rp, r) => [chip(r)]),
      col('notiz', 'notes', 'text', (rp, r, lang) => r.pick(NOTES[lang])(rp, r, lang)),
    ],
  },
  livestock: {
    de: 'tierhalter_register',
    en: 'keepers',
    columns: [
      col('betriebsnummer', 'holding_no', 'text', (_rp, r) => [
        `${r.pick(['03', '09', '13'])} ${r.digits(3)} ${r.digits(4)} ${r.digits(3)}`,
      ]),
      col('halter', 'keeper', 'text', (rp, r) => (r.chance(0.5) ? rp.inverted : rp.full)),
      col('geburtsdatum', 'date_of_birth', 'date', (rp) => [v('DATE_OF_BIRTH', isoDate(rp.p))]),
      col('betriebsanschrift', 'holding_address', 'text', (rp) => [v('POSTAL_ADDRESS', rp.p.address)]),
      col('mobil', 'mobile', 'text', (rp) => [v('PHONE_NUMBER', rp.p.phone)]),
      col('steuer_id', 'tax_ref', 'text', (_rp, r, lang) => (lang === 'de' ? [v('DE_TAX_ID', taxId(r))] : null)),
      col('ohrmarke_erste', 'first_tag', 'text', (_rp, r) => [earTag(r)]),
    ],
  },
  passport: {
    de: 'heimtierausweise',
    en: 'pet_passports',
    columns: [
      col('ausweis_nr', 'passport_no', 'text', (_rp, r) => [`DE-${r.digits(2)}-${r.digits(6)}`]),
      col('besitzer', 'owner_name', 'text', (rp) => rp.full),
      col('besitzer_geb', 'owner_dob', 'text', (rp, r, lang) => [v('DATE_OF_BIRTH', dob(r, rp.p, lang))]),
      col('ausweisdokument', 'owner_id_document', 'text', (_rp, r) =>
        r.chance(0.5) ? [v('DE_ID_CARD', icaoNumber(r, 'id'))] : [v('DE_PASSPORT', icaoNumber(r, 'passport'))],
      ),
      col('anschrift', 'owner_address', 'text', (rp) => [v('POSTAL_ADDRESS', rp.p.stored)]),
      col('transponder', 'transponder', 'text', (_rp, r) => [chip(r)]),
      col('art', 'species', 'text', (_rp, r, lang) => [r.pick(SPECIES[lang])]),
    ],
  },
  subsidy: {
    de: 'antraege',
    en: 'claims',
    columns: [
      col('antragsteller', 'applicant', 'text', (rp) => rp.full),
      col('geburtsdatum', 'born', 'date', (rp) => [v('DATE_OF_BIRTH', isoDate(rp.p))]),
      col('steuer_id', 'de_tax_id', 'text', (_rp, r, lang) =>
        lang === 'de' || r.chance(0.3) ? [v('DE_TAX_ID', r.chance(0.5) ? taxId(r) : grouped3(taxId(r)))] : null,
      ),
      col('iban', 'payee_iban', 'text', (rp, r) => [v('IBAN_CODE', ibanOf(r, rp.p))]),
      col('email', 'email', 'text', (rp) => [v('EMAIL_ADDRESS', rp.p.email)]),
      col('portal_ip', 'portal_ip', 'inet', (_rp, r) => [v('IP_ADDRESS', userIp(r))]),
      col('eingereicht', 'submitted_at', 'timestamp', (_rp, r) => [stamp(r)]),
    ],
  },
  payroll: {
    de: 'saisonkraefte',
    en: 'seasonal_staff',
    columns: [
      col('name', 'name', 'text', (rp) => rp.inverted),
      col('geb_datum', 'dob', 'timestamp', (rp) => [v('DATE_OF_BIRTH', isoDate(rp.p)), ' 00:00:00']),
      col('rv_nummer', 'de_pension_no', 'text', (rp, r) => [
        v('DE_SOCIAL_SECURITY', pensionNumber(r, rp.p.birth, rp.p.family, rp.p.female)),
      ]),
      col('reisepass', 'passport_de', 'text', (_rp, r) =>
        r.chance(0.6) ? [v('DE_PASSPORT', icaoNumber(r, 'passport'))] : null,
      ),
      col('iban', 'iban', 'text', (rp, r) => [v('IBAN_CODE', ibanOf(r, rp.p))]),
      col('unterkunft', 'home_address', 'text', (rp) => [v('POSTAL_ADDRESS', rp.p.address)]),
      col('handy', 'mobile', 'text', (rp) => [v('PHONE_NUMBER', rp.p.phone)]),
    ],
  },
  shop: {
    de: 'bestellungen',
    en: 'orders',
    columns: [
      col('bestell_nr', 'order_no', 'text', (_rp, r) => [`FK-${r.digits(7)}`]),
      col('kunde', 'customer', 'text', (rp) => rp.full),
      col('email', 'email', 'text', (rp) => [v('EMAIL_ADDRESS', rp.p.email)]),
      col('karte', 'card_number', 'text', (_rp, r) => {
        const c = card(r);
        return [v('CREDIT_CARD', r.chance(0.5) ? c : cardPrinted(c, r.pick([' ', '-'])))];
      }),
      col('lieferadresse', 'ship_to', 'text', (rp, r) => [
        v('POSTAL_ADDRESS', r.chance(0.5) ? rp.p.stored : rp.p.address),
      ]),
      col('client_ip', 'client_ip', 'inet', (_rp, r) => [v('IP_ADDRESS', userIp(r))]),
      col('summe', 'total', 'numeric', (_rp, r) => r.int(12, 480)),
    ],
  },
  equine: {
    de: 'pferde',
    en: 'horses',
    columns: [
      col('ueln', 'ueln', 'text', (_rp, r) => [`276${r.pick(['0033', '0009'])}${r.digits(8)}`]),
      col('pferdename', 'horse_name', 'text', (_rp, r) => [
        r.pick(['Donnerhall Junior', 'Sir Quickstep', 'Amber Lass', 'Fürstentraum', 'Windsbraut']),
      ]),
      col('eigentuemer_vorname', 'owner_given', 'text', (rp) => rp.given),
      col('eigentuemer_nachname', 'owner_family', 'text', (rp) => rp.family),
      col('eigentuemer_geb', 'owner_born', 'text', (rp, r, lang) => [v('DATE_OF_BIRTH', dob(r, rp.p, lang))]),
      col('telefon', 'phone', 'text', (rp) => [v('PHONE_NUMBER', rp.p.phone)]),
      col('stall', 'stable_address', 'text', (rp) => [v('POSTAL_ADDRESS', rp.p.address)]),
    ],
  },
  dairy: {
    de: 'lieferanten',
    en: 'suppliers',
    columns: [
      col('lieferant_nr', 'supplier_no', 'integer', (_rp, r) => r.int(10000, 99999)),
      col('inhaber', 'proprietor', 'text', (rp) => rp.full),
      col('hofanschrift', 'farm_address', 'text', (rp) => [v('POSTAL_ADDRESS', rp.p.address)]),
      col('telefon', 'phone', 'text', (rp) => [v('PHONE_NUMBER', rp.p.phone)]),
      col('email', 'email', 'text', (rp) => [v('EMAIL_ADDRESS', rp.p.email)]),
      col('milchgeld_iban', 'milk_cheque_iban', 'text', (rp, r) => [v('IBAN_CODE', ibanOf(r, rp.p))]),
      col('steuer_id', 'tax_id_de', 'text', (_rp, r, lang) => (lang === 'de' ? [v('DE_TAX_ID', taxId(r))] : null)),
    ],
  },
};

const grouped3 = (t: string) => `${t.slice(0, 2)} ${t.slice(2, 5)} ${t.slice(5, 8)} ${t.slice(8)}`;
const IBAN_COUNTRY: Partial<Record<string, string>> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  NL: 'NL',
  GB: 'GB',
  DK: 'DK',
  GR: 'GR',
};
function ibanOf(r: Random64, p: Person): string {
  const value = iban(r, IBAN_COUNTRY[p.country] ?? r.pick(['DE', 'NL', 'GB']));
  return r.chance(0.4) ? grouped(value) : value;
}

/** The organisation's own row: a role mailbox, a switchboard, a firm IBAN, the office address — never labelled. */
function orgTable(r: Random64, theme: Theme, lang: Lang): Table {
  const org = ORGS[theme][lang === 'de' ? 0 : 1];
  return {
    name: lang === 'de' ? 'einstellungen' : 'settings',
    columns: [
      { name: 'key', sql: 'text' },
      { name: 'value', sql: 'text' },
    ],
    rows: [
      [['org_name'], [org.name]],
      [['org_mail'], [`${org.box}@${org.domain}`]],
      [
        ['org_phone'],
        [lang === 'de' ? `+49 4441 ${r.int(2, 9)}${r.digits(3)}-0` : `0800 ${r.digits(3)} ${r.digits(4)}`],
      ],
      [['org_iban'], [grouped(iban(r, lang === 'de' ? 'DE' : 'GB'))]],
      [['smtp_host'], [`10.${r.int(1, 250)}.${r.int(0, 255)}.${r.int(2, 250)}`]],
    ],
  };
}

/** A reference table without any person: species, drugs or vaccine batches. */
function referenceTable(r: Random64, lang: Lang): Table {
  const drugs =
    lang === 'de'
      ? [
          "Melkfett 'Euterglanz'",
          'Meloxicam 1,5 mg/ml',
          'Amoxicillin 50 mg',
          'Ivermectin 1 %',
          'Tollwut-Impfstoff',
          'Leptospirose Lepto 4',
        ]
      : [
          "Farmer's Friend udder cream",
          'Meloxicam 1.5 mg/ml',
          'Amoxicillin 50 mg',
          'Ivermectin 1%',
          'Rabies vaccine',
          'Leptospirosis L4',
        ];
  return {
    name: lang === 'de' ? 'arzneimittel' : 'medicines',
    columns: [
      { name: 'id', sql: 'integer' },
      { name: lang === 'de' ? 'bezeichnung' : 'label', sql: 'text' },
      { name: lang === 'de' ? 'charge' : 'batch', sql: 'text' },
      { name: lang === 'de' ? 'bestand' : 'stock', sql: 'integer' },
    ],
    rows: drugs.map((d, i) => [i + 1, [d], [`${String.fromCharCode(65 + r.below(26))}${r.digits(6)}`], r.int(0, 90)]),
  };
}

/** The login log of a portal: a user's own device address is personal, the portal's host is not. */
function loginTable(r: Random64, people: RowPerson[], lang: Lang): Table {
  return {
    name: lang === 'de' ? 'portal_anmeldungen' : 'portal_logins',
    columns: [
      { name: 'id', sql: 'bigint' },
      { name: 'login', sql: 'text' },
      { name: 'remote_addr', sql: 'inet' },
      { name: 'at', sql: 'timestamp' },
    ],
    rows: people.map((rp, i) => [1000 + i, [v('EMAIL_ADDRESS', rp.p.email)], [v('IP_ADDRESS', userIp(r))], [stamp(r)]]),
  };
}

function personTable(r: Random64, theme: Theme, lang: Lang, people: RowPerson[]): Table {
  const t = THEME_TABLE[theme];
  return {
    name: t[lang],
    columns: [{ name: 'id', sql: 'integer' }, ...t.columns.map((c) => ({ name: c[lang], sql: c.sql }))],
    rows: people.map((rp, i) => [i + 1, ...t.columns.map((c) => c.cell(rp, r, lang, i))]),
  };
}

function header(b: Builder, format: Format, r: Random64, db: string): void {
  if (format === 'pg') {
    b.put('--\n-- PostgreSQL database dump\n--\n\n');
    b.put(`-- Dumped from database version 15.${r.int(3, 8)}\n-- Dumped by pg_dump version 16.${r.int(1, 4)}\n\n`);
    b.put(
      "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n",
    );
    b.put("SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n\n");
  } else if (format === 'mysql') {
    b.put(`-- MySQL dump 10.13  Distrib 8.0.${r.int(30, 39)}, for Linux (x86_64)\n--\n`);
    b.put(`-- Host: 10.${r.int(1, 250)}.${r.int(0, 255)}.${r.int(2, 250)}    Database: ${db}\n`);
    b.put('-- ------------------------------------------------------\n-- Server version\t8.0.36\n\n');
    b.put('/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!50503 SET NAMES utf8mb4 */;\n');
    b.put("/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n\n");
  } else if (format === 'sqlite') {
    b.put('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n');
  }
}

function footer(b: Builder, format: Format, r: Random64): void {
  if (format === 'pg') b.put('--\n-- PostgreSQL database dump complete\n--\n\n');
  else if (format === 'mysql')
    b.put(
      `-- Dump completed on 2025-${two(r.int(1, 12))}-${two(r.int(1, 28))} 03:${two(r.int(0, 59))}:${two(r.int(0, 59))}\n`,
    );
  else if (format === 'sqlite') b.put('COMMIT;\n');
}

/** A table as mongoexport writes a collection: one document per row, a header comment line none writes (the file name only). */
function mongoCollection(b: Builder, t: Table, r: Random64, canonical: boolean): void {
  for (const row of t.rows) {
    const doc: MongoDoc = [['_id', { raw: [`{"$oid":"${oid(r)}"}`] }]];
    row.forEach((cell, i) => {
      const name = t.columns[i].name;
      if (name === 'id') doc.push(['legacyId', cell]);
      else if (cell !== null && typeof cell !== 'number' && /^(date|timestamp)$/.test(t.columns[i].sql)) {
        // A DATE column becomes a BSON date; relaxed JSON writes it ISO, canonical as epoch milliseconds.
        // Relaxed Extended JSON v2 writes the ISO string only for years 1970 to 9999 and falls back to the
        // canonical `$numberLong` form for any other date (so a birth date before 1970 is no written date).
        const first = cell[0];
        const day = typeof first === 'string' ? first.slice(0, 10) : first.v;
        const ms = Date.parse(`${day}T00:00:00Z`);
        if (canonical || Number.isNaN(ms) || ms < 0)
          doc.push([name, { raw: [`{"$date":{"$numberLong":"${Number.isNaN(ms) ? 0 : ms}"}}`] }]);
        else if (typeof first === 'string')
          doc.push([name, { raw: [`{"$date":"${day}T${first.slice(11) || '00:00:00'}Z"}`] }]);
        else doc.push([name, { raw: ['{"$date":"', v(first.t, day), 'T00:00:00Z"}'] }]);
      } else doc.push([name, cell]);
    });
    mongoDoc(b, doc, canonical);
    b.put('\n');
  }
}

function dump(r: Random64, format: Format, theme: Theme, lang: Lang, withPeople: boolean): Made {
  const b = new Builder();
  const db = `${THEME_TABLE[theme][lang]}_${lang === 'de' ? 'prod' : 'live'}`;
  const people = withPeople ? Array.from({ length: r.int(2, 5) }, () => rowPerson(person(r, lang))) : [];
  const tables: Table[] = [orgTable(r, theme, lang), referenceTable(r, lang)];
  if (withPeople) {
    tables.push(personTable(r, theme, lang, people));
    if (r.chance(0.35)) tables.push(loginTable(r, people, lang));
  }
  if (format === 'mongo' || format === 'mongoCanonical') {
    for (const t of tables) {
      b.put(`// ${db}.${t.name}.json\n`);
      mongoCollection(b, t, r, format === 'mongoCanonical');
    }
  } else {
    header(b, format, r, db);
    for (const t of tables) (format === 'pg' ? pgTable : format === 'mysql' ? mysqlTable : sqliteTable)(b, t);
    footer(b, format, r);
  }
  return { lang, kind: `${FORMAT_NAME[format]} · ${THEME_NAME[theme]}`, text: b.text, entities: b.entities };
}

/**
 * `count` dumps from `seed`: formats in turn, themes in turn every five, the language changing every forty
 * documents (so each format and theme meets both languages); every eleventh dump holds the organisation's
 * settings and reference tables only, without a person.
 */
export function generated(count: number, seed: number): Made[] {
  const r = new Tt800(seed);
  return Array.from({ length: count }, (_, i) => {
    const format = FORMATS[i % FORMATS.length];
    const theme = THEMES[Math.floor(i / FORMATS.length) % THEMES.length];
    const lang: Lang = Math.floor(i / 40) % 2 === 0 ? 'de' : 'en';
    return dump(r, format, theme, lang, i % 11 !== 5);
  });
}
