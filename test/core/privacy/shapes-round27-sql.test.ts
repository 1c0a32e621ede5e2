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
