import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { columnLabel, databaseDumpPieces } from '../../../nodes/core/privacy/database-dump.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The text of every finding of one type. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const holds = (list: string[], value: string) =>
  assert.ok(
    list.some((f) => f.includes(value)),
    `${value} in ${JSON.stringify(list)}`,
  );
const lacks = (list: string[], value: string) =>
  assert.ok(!list.some((f) => f.includes(value)), `no ${value} in ${JSON.stringify(list)}`);
/** The view's labelled lines: each piece's label and decoded text. */
const lines = (text: string) => {
  const reading = databaseDumpPieces(text);
  assert.ok(reading);
  const decode = reading.escapes as (t: string, s: number, e: number, emit: (ch: string) => void) => void;
  return reading.pieces.map((p) => {
    let out = '';
    decode(text, p.start, p.end, (ch) => (out += ch));
    return `${p.before ?? ''}${out}`;
  });
};

const PG = [
  '--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.6\n\n',
  'CREATE TABLE public.einstellungen (\n    key text,\n    value text\n);\n\n',
  'COPY public.einstellungen (key, value) FROM stdin;\n',
  'org_iban\tDE02 1203 0000 0000 2020 51\n',
  'smtp_host\t10.44.1.9\n',
  '\\.\n\n',
  'COPY public.tierhalter (id, owner_family, geburtsdatum, notiz) FROM stdin;\n',
  '1\tWrexlinger\t26.12.77\tHof am Deich\\nZweite Zeile\n',
  '2\tQuambrecht\t\\N\t\\N\n',
  '\\.\n',
].join('');

const MYSQL = [
  '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: 10.20.30.41    Database: stall_live\n',
  '-- ------------------------------------------------------\n-- Server version\t8.0.36\n\n',
  'CREATE TABLE `settings` (\n  `key` varchar(255),\n  `value` varchar(255),\n  PRIMARY KEY (`key`)\n) ENGINE=InnoDB;\n',
  "INSERT INTO `settings` VALUES ('org_phone','+44 20 7946 0321'),('company_iban','GB33 BUKB 2020 1555 5555 55');\n",
  'CREATE TABLE `keepers` (\n  `id` int,\n  `family_name` varchar(255),\n  `date_of_birth` date,\n  `remark` varchar(255),\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n',
  "INSERT INTO `keepers` VALUES (1,'Ostrowind','1979-03-14','O\\'Brian\\'s \\\\ yard'),(2,'Pelvering',NULL,NULL);\n",
].join('');

const SQLITE = [
  'PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n',
  'CREATE TABLE settings(key TEXT, value TEXT);\n',
  "INSERT INTO settings VALUES('mail_from','10.9.8.7');\n",
  'CREATE TABLE owners(id INTEGER, surname TEXT, birth_date DATE, note TEXT);\n',
  "INSERT INTO owners VALUES(1,'Drummelow','1981-07-02',replace('Farmer''s gate\\nbehind barn','\\n',char(10)));\n",
  'COMMIT;\n',
].join('');

const MONGO = [
  '// stall.settings.json\n',
  '{"_id":{"$oid":"65a1b2c3d4e5f60718293a4b"},"key":"org_iban","value":"DE02 1203 0000 0000 2020 51"}\n',
  '// stall.owners.json\n',
  '{"_id":{"$oid":"65a1b2c3d4e5f60718293a4c"},"legacyId":{"$numberLong":"4417"},"ownerFamily":"Tressvantel",',
  '"dateOfBirth":{"$date":"1983-05-09T00:00:00Z"},"geburtsdatum":{"$date":{"$numberLong":"-94608000000"}}}\n',
].join('');

describe('database dumps (database-dump.ts)', () => {
  it('splits snake_case and camelCase column names into label words', () => {
    assert.equal(columnLabel('owner_family'), 'owner family name');
    assert.equal(columnLabel('ownerGiven'), 'owner given name');
    assert.equal(columnLabel('`dateOfBirth`'), 'date of birth');
  });

  it('pg_dump: a birth date and a surname alone in their COPY columns are found; \\N and \\n decoded', () => {
    assert.deepEqual(lines(PG).slice(0, 5), [
      'key: org_iban',
      'key: smtp_host',
      'id: 1',
      'owner family name: Wrexlinger',
      'geburtsdatum: 26.12.77',
    ]);
    assert.ok(lines(PG).includes('notiz: Hof am Deich\nZweite Zeile'));
    holds(found(PG, 'PERSON'), 'Wrexlinger');
    holds(found(PG, 'DATE_OF_BIRTH'), '26.12.77');
  });

  it("pg_dump: a settings row naming the organisation is the organisation's own, the person's row stays", () => {
    lacks(found(PG, 'IBAN_CODE'), 'DE02');
    lacks(found(PG, 'IP_ADDRESS'), '10.44.1.9');
    holds(found(PG, 'PERSON'), 'Wrexlinger');
  });

  it("mysqldump: columns from CREATE TABLE, \\' unescaped, the header's host and settings rows are own", () => {
    assert.ok(lines(MYSQL).includes("remark: O'Brian's \\ yard"));
    holds(found(MYSQL, 'PERSON'), 'Ostrowind');
    holds(found(MYSQL, 'DATE_OF_BIRTH'), '1979-03-14');
    lacks(found(MYSQL, 'IP_ADDRESS'), '10.20.30.41');
    lacks(found(MYSQL, 'IBAN_CODE'), 'GB33');
    lacks(found(MYSQL, 'PHONE_NUMBER'), '7946');
  });

  it("SQLite .dump: a column named key is a column, '' and replace('…\\n…') decoded", () => {
    assert.ok(lines(SQLITE).includes("note: Farmer's gate\nbehind barn"));
    holds(found(SQLITE, 'PERSON'), 'Drummelow');
    holds(found(SQLITE, 'DATE_OF_BIRTH'), '1981-07-02');
    lacks(found(SQLITE, 'IP_ADDRESS'), '10.9.8.7');
  });

  it("mongoexport: keys are labels, a $date's ISO string is its key's value, $oid/$numberLong are the format's", () => {
    holds(found(MONGO, 'PERSON'), 'Tressvantel');
    holds(found(MONGO, 'DATE_OF_BIRTH'), '1983-05-09');
    lacks(found(MONGO, 'IBAN_CODE'), 'DE02');
    assert.deepEqual(
      lines(MONGO).filter((l) => /65a1|4417|94608/.test(l)),
      [],
    );
  });

  it('fails closed: a value of a column the reader cannot place is read as written', () => {
    const text = "INSERT INTO mystery VALUES('x','DE02 1203 0000 0000 2020 51');\n";
    holds(found(text, 'IBAN_CODE'), 'DE02');
  });

  it('reads many unterminated COPY and INSERT statements in linear time', () => {
    const unit = "COPY t (family_name) FROM stdin;\nINSERT INTO t (a) VALUES ('x\n";
    assertLinearTime('unterminated statements', (t) => databaseDumpPieces(t), unit.repeat(2000), unit.repeat(8000));
  });

  it('reads a long extended INSERT in linear time', () => {
    const head =
      'CREATE TABLE `t` (\n  `family_name` varchar(255),\n  `note` varchar(255)\n);\nINSERT INTO `t` VALUES ';
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `('Name${i}','a\\'b ${i}')`).join(',');
    assertLinearTime(
      'extended INSERT',
      (t) => databaseDumpPieces(t),
      `-- MySQL dump\n${head}${rows(5000)};\n`,
      `-- MySQL dump\n${head}${rows(20000)};\n`,
    );
  });
});
