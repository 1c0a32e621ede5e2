import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { sqlCells } from '../../../nodes/core/privacy/sql-rows.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The original text of every finding of `type`, in order. */
const found = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const cellsOf = (text: string) => sqlCells(text).map((c) => [c.column, text.slice(c.start, c.end)]);

describe('values in SQL dumps known by their column list (round 27)', () => {
  describe('the SQL reader', () => {
    it('reads PostgreSQL COPY text rows by the column list: tabs, \\N nulls, the \\. end line', () => {
      const dump =
        'COPY public.mitglieder (id, vorname, nachname, geburtsdatum) FROM stdin;\n' +
        '17\tWendelin\tKrautwurst\t1971-03-09\n18\tMaj\\tBritt\t\\N\t1990-11-30\n\\.\n' +
        'Heinrich\tnot a row\t1980-01-01\n';
      assert.deepEqual(cellsOf(dump), [
        ['id', '17'],
        ['vorname', 'Wendelin'],
        ['nachname', 'Krautwurst'],
        ['geburtsdatum', '1971-03-09'],
        ['id', '18'],
        ['vorname', 'Maj\\tBritt'],
        ['geburtsdatum', '1990-11-30'],
      ]);
    });

    it('reads COPY … CSV rows with their quotes', () => {
      const dump =
        'COPY kunden ("first_name", "last_name", city) FROM stdin WITH (FORMAT csv);\n' +
        'Orla,"O\'Keeffe, jr",Galway\n"Mads","",Aarhus\n\\.\n';
      assert.deepEqual(cellsOf(dump), [
        ['first_name', 'Orla'],
        ['last_name', "O'Keeffe, jr"],
        ['city', 'Galway'],
        ['first_name', 'Mads'],
        ['city', 'Aarhus'],
      ]);
    });

    it('reads INSERTs with and without a column list (then by CREATE TABLE), multi-row, quoted identifiers', () => {
      const dump =
        'CREATE TABLE `halter` (\n  `id` int NOT NULL,\n  `vorname` varchar(40),\n  `nachname` varchar(40) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n);\n' +
        "INSERT INTO `halter` VALUES (1,'Ilse','O''Dwyer'),(2,'Jo\\'el',NULL);\n" +
        'INSERT INTO "public"."halter" ("id", "vorname") VALUES\n  (3, \'Ruben\');\n';
      assert.deepEqual(cellsOf(dump), [
        ['id', '1'],
        ['vorname', 'Ilse'],
        ['nachname', "O''Dwyer"],
        ['id', '2'],
        ['vorname', "Jo\\'el"],
        ['id', '3'],
        ['vorname', 'Ruben'],
      ]);
    });

    it('reads UPDATE … SET and WHERE, DELETE … WHERE, INSERT … SET, REPLACE INTO', () => {
      const sql =
        "UPDATE owners SET phone = '0171 2233445', last_name='Brandauer' WHERE email = 'x@y.de' AND dob='1960-02-02';\n" +
        "DELETE FROM owners WHERE `surname` = 'Quist';\n" +
        "INSERT INTO owners SET given_name = 'Liv', dob = NULL;\nREPLACE INTO owners (surname) VALUES ('Aaltonen');\n";
      assert.deepEqual(cellsOf(sql), [
        ['phone', '0171 2233445'],
        ['last_name', 'Brandauer'],
        ['email', 'x@y.de'],
        ['dob', '1960-02-02'],
        ['surname', 'Quist'],
        ['given_name', 'Liv'],
        ['surname', 'Aaltonen'],
      ]);
    });

    it('reads nothing from prose that mentions INSERT or COPY', () => {
      assert.deepEqual(cellsOf('Please copy the values (name, date) from stdin later.\nWe insert into the form.'), []);
    });
  });

  describe('what the columns name', () => {
    it('finds each name cell, the birth date and the ID card number of a COPY row', () => {
      const dump =
        'COPY public.fischereischeine (id, vorname, nachname, geburtsdatum, email, ausweis_nr) FROM stdin;\n' +
        '5120\tTamriko\tBeridze\t1983-07-21\tt.beridze@example.org\tLZ6XK7M2R3\n' +
        '5121\tOsvaldo\tQuispe\t2001-01-05\to.quispe@example.net\t\\N\n\\.\n';
      const names = found(dump, 'PERSON');
      for (const n of ['Tamriko', 'Beridze', 'Osvaldo', 'Quispe']) assert.ok(names.includes(n), JSON.stringify(names));
      assert.ok(!names.some((n) => /fischerei|vorname|nachname|public/i.test(n)), JSON.stringify(names));
      assert.deepEqual(found(dump, 'DATE_OF_BIRTH'), ['1983-07-21', '2001-01-05']);
    });

    it('finds a passport number under a passport column even without a check digit that fits', () => {
      const dump =
        'COPY licences (id, given_name, surname, date_of_birth, passport_no) FROM stdin;\n' +
        '77\tAroha\tTeWhare\t1979-12-24\tCHN4T8K2W1\n\\.\n';
      assert.deepEqual(found(dump, 'DE_PASSPORT'), ['CHN4T8K2W1']);
      assert.deepEqual(found(dump, 'DATE_OF_BIRTH'), ['1979-12-24']);
    });

    it('finds birth dates in German and US writing under a birth column', () => {
      const sql =
        "INSERT INTO kunden (kd_nr, name, geb_datum) VALUES (9, 'Hollerbach, Trude', '04.05.1956');\n" +
        "INSERT INTO patients (mrn, full_name, birth_date) VALUES ('M-1', 'Delphine Marchetti', '07/19/1988');\n";
      assert.deepEqual(found(sql, 'DATE_OF_BIRTH'), ['04.05.1956', '07/19/1988']);
      const names = found(sql, 'PERSON');
      assert.ok(names.includes('Delphine Marchetti'), JSON.stringify(names));
      assert.ok(
        names.some((n) => n.includes('Hollerbach')),
        JSON.stringify(names),
      );
    });

    it('finds names by a given/family name column with no birth date beside it, SQL quoting inside the span', () => {
      const sql =
        "INSERT INTO `mitglieder` (`id`, `first_name`, `last_name`, `club`) VALUES (3, 'Siobhán', 'Ní Bhriain', 'Angelverein'), (4, 'Dara', 'O''Shaughnessy', 'Angelverein');\n";
      const names = found(sql, 'PERSON');
      for (const n of ['Siobhán', 'Ní Bhriain', 'Dara', "O''Shaughnessy"])
        assert.ok(names.includes(n), JSON.stringify(names));
      assert.ok(!names.some((n) => /Angelverein|club|mitglieder/.test(n)), JSON.stringify(names));
    });

    it('finds the address and the name an UPDATE sets, and a name a DELETE selects', () => {
      const sql =
        "UPDATE holders SET strasse = 'Lerchenfeldweg 12', plz = '79102', nachname = 'Zwiebelhofer' WHERE id = 4;\n" +
        "DELETE FROM holders WHERE last_name = 'Oyelaran';\n";
      assert.ok(found(sql, 'POSTAL_ADDRESS').some((a) => a.includes('Lerchenfeldweg 12')));
      const names = found(sql, 'PERSON');
      assert.ok(names.includes('Zwiebelhofer') && names.includes('Oyelaran'), JSON.stringify(names));
    });

    it('keeps a generic "name" column of things and other columns as no person', () => {
      const sql =
        "INSERT INTO projects (id, name, kwp, status) VALUES (1, 'Solarpark Hohe Warte', 750, 'aktiv'), (2, 'Windfeld Ost', 3200, 'geplant');\n";
      assert.deepEqual(found(sql, 'PERSON'), []);
    });
  });

  describe('precision', () => {
    it('reads no SQL comment heading and no identifier as a name', () => {
      const sql =
        '-- Schema Lieferscheine\nCREATE TABLE delivery (\n  id BIGSERIAL PRIMARY KEY,\n  first_name TEXT,\n  last_name TEXT,\n  tonnes NUMERIC(9,3)\n);\n' +
        '-- Testdaten Deponie\n-- Schema Wiegekarten\nALTER TABLE delivery ADD COLUMN given_name TEXT;\n';
      assert.deepEqual(found(sql, 'PERSON'), []);
    });

    it('still finds a real name in a SQL comment that says who asked', () => {
      const sql =
        "-- requested by Henrike Wolfsteller (ticket OPS-4411)\nUPDATE sites SET status = 'closed' WHERE id = 3;\n";
      assert.ok(found(sql, 'PERSON').includes('Henrike Wolfsteller'));
    });
  });

  it('pseudonymizes COPY cells whole, tabs and the \\. line kept, and restores the dump exactly', () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const src =
      'COPY public.fischereischeine (id, vorname, nachname, geburtsdatum, ausweis_nr) FROM stdin;\n' +
      '5120\tTamriko\tO\\tBeridze\t1983-07-21\tLZ6XK7M2R3\n\\.\n';
    const parts = { question: src };
    const out = guard.pseudonymize(guard.conversation(), parts, guard.decide(parts));
    const sent = out.parts.question!;
    assert.match(
      sent,
      /^COPY public\.fischereischeine \(id, vorname, nachname, geburtsdatum, ausweis_nr\) FROM stdin;\n/,
    );
    assert.match(sent, /\n5120\t<PERSON_\d+>\t<PERSON_\d+>\t<DATE_OF_BIRTH_\d+>\t<DE_ID_CARD_\d+>\n\\\.\n$/);
    assert.equal(guard.restore(out.token, sent), src);
  });

  describe('comments, backslashes and dumps cut short', () => {
    it('skips comments in a CREATE TABLE body: an apostrophe there opens no string, a comma there no column', () => {
      const dump =
        "CREATE TABLE kunden (\n  id int, /* key, internal */\n  vorname text, -- given, not family\n  nachname text -- the customer's own name\n);\n" +
        "INSERT INTO kunden VALUES (1, 'Ilse', 'Quandt');\n" +
        "INSERT INTO kunden (id, -- key, internal\n  nachname) VALUES (2, 'Ferreira');\n";
      assert.deepEqual(cellsOf(dump), [
        ['id', '1'],
        ['vorname', 'Ilse'],
        ['nachname', 'Quandt'],
        ['id', '2'],
        ['nachname', 'Ferreira'],
      ]);
    });

    it('moves on past a CREATE TABLE body whose quote never closes, not to a far limit', () => {
      const dump =
        "CREATE TABLE t (a text DEFAULT 'x);\nCOPY kunden (vorname, nachname) FROM stdin;\nAnna\tLindqvist\n\\.\n";
      assert.deepEqual(cellsOf(dump), [
        ['vorname', 'Anna'],
        ['nachname', 'Lindqvist'],
      ]);
    });

    it("reads a standard string ending in a backslash ('C:\\') as complete, and MySQL's \\' still as an escape", () => {
      const sql =
        "INSERT INTO kunden (id, pfad, vorname, nachname, ort) VALUES (1, 'C:\\', 'Kanokwan', 'Srisuk', 'Bangkok');\n" +
        "INSERT INTO notiz (id, body) VALUES (2, 'it''s C:\\');\n" +
        "INSERT INTO notiz (id, body) VALUES (3, 'Jo\\'el, C:\\\\');\n" +
        "INSERT INTO notiz (id, body) VALUES (4, 'ok');\n";
      assert.deepEqual(cellsOf(sql), [
        ['id', '1'],
        ['pfad', 'C:\\'],
        ['vorname', 'Kanokwan'],
        ['nachname', 'Srisuk'],
        ['ort', 'Bangkok'],
        ['id', '2'],
        ['body', "it''s C:\\"],
        ['id', '3'],
        ['body', "Jo\\'el, C:\\\\"],
        ['id', '4'],
        ['body', 'ok'],
      ]);
      const names = found(sql, 'PERSON');
      assert.ok(!names.some((n) => n.includes("'")), JSON.stringify(names));
      // The scan reads a view where "\'" and "''" are "’": the statement after 'it''s C:\' is still read.
      const two =
        "INSERT INTO notiz (id, vorname, body) VALUES (2, 'Ilse', 'it''s C:\\');\n" +
        "INSERT INTO kunden (id, vorname, nachname) VALUES (4, 'Kanokwan', 'Srisuk');\n";
      assert.deepEqual(found(two, 'PERSON'), ['Ilse', 'Kanokwan', 'Srisuk']);
    });

    it('takes an e-mail, phone, IBAN or tax id column as evidence that a generic name column is a person', () => {
      const sql = "INSERT INTO customers (id, name, telefon) VALUES (1, 'Wambli Runs Far', '0171 2233445');\n";
      assert.ok(found(sql, 'PERSON').includes('Wambli Runs Far'), JSON.stringify(found(sql, 'PERSON')));
    });

    it('ends COPY rows with no \\. line at a blank line or a line of another cell count', () => {
      const single = 'COPY t (name) FROM stdin;\nAnna\nBert\n\nThe report goes on here.\nMore text\n';
      assert.deepEqual(cellsOf(single), [
        ['name', 'Anna'],
        ['name', 'Bert'],
      ]);
      const pair = 'COPY t (a, b) FROM stdin;\n1\tAnna\n2\tBo\tExtra\tx\n3\tCe\n';
      assert.deepEqual(cellsOf(pair), [
        ['a', '1'],
        ['b', 'Anna'],
      ]);
    });

    it('stays linear on unclosed quotes in CREATE TABLE bodies and rows that read neither way', () => {
      const creates = (n: number) => 'CREATE TABLE t (a int,\n'.repeat(n) + "b text DEFAULT 'x\n";
      assertLinearTime('unclosed quote in bodies', (s) => sqlCells(s), creates(2000), creates(8000));
      const rows = (n: number) => "INSERT INTO t (a, b) VALUES ('C:\\', 'x' 'y');\n".repeat(n);
      assertLinearTime('rows read neither way', (s) => sqlCells(s), rows(2000), rows(8000));
    });
  });

  it('reads a huge COPY dump and a huge INSERT in linear time', () => {
    const copyRow = '4410\tHedda\tGrünspan\t1977-04-02\th.g@example.org\tLZ6XK7M2R3\n';
    const copy = (n: number) =>
      `COPY t (id, vorname, nachname, geburtsdatum, email, ausweis_nr) FROM stdin;\n${copyRow.repeat(n)}\\.\n`;
    assertLinearTime('COPY rows', (s) => sqlCells(s), copy(5000), copy(20000));
    const insert = (n: number) =>
      `INSERT INTO t (id, first_name, dob) VALUES ${"(1, 'O''Hara', '1970-01-01'),".repeat(n)}(2, 'X', NULL);\n`;
    assertLinearTime('INSERT rows', (s) => sqlCells(s), insert(5000), insert(20000));
    // An unclosed quote and many statement words do not make the reader go back.
    const open = (n: number) =>
      `INSERT INTO t (a) VALUES ('${'x'.repeat(n)}\n`.repeat(20) + 'UPDATE t SET a = '.repeat(n / 10);
    assertLinearTime('open quotes', (s) => sqlCells(s), open(5000), open(20000));
    // CREATE TABLE bodies that never close, one inside the other.
    const unclosed = (n: number) => "CREATE TABLE t (a TEXT DEFAULT 'x, b TEXT,\n".repeat(n);
    assertLinearTime('unclosed CREATE TABLE', (s) => sqlCells(s), unclosed(2000), unclosed(8000));
  });
});
