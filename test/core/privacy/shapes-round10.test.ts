import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const births = valuesOf('DATE_OF_BIRTH');
const idCards = valuesOf('DE_ID_CARD');
const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * The classes the tenth round fixed (test set 9, data-migration dumps, as development data): a
 * record's birth column known from its header or key, and ID card numbers read inside longer codes,
 * each with look-alikes beside it that must stay unflagged. Values are made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 10 (issue 9)', () => {
  it('an SQL INSERT names its birth column: every VALUES row’s value there counts, in any date writing', () => {
    const text = [
      "INSERT INTO stg_person (src, id, name, geb_dat, created) VALUES ('CRM', 17, 'X', '1961-04-12', '2026-11-02');",
      "INSERT INTO stg_person (src, dob, mail) VALUES ('HR', '12-MAR-1985', 'a@b.de'), ('HR', '19850312', NULL);",
      "INSERT INTO t (birth_dt, note) VALUES ('03.07.1990', 'it''s, odd'), ('4. Mai 1977', NULL);",
    ].join('\n');
    assert.deepEqual(births(text), ['1961-04-12', '12-MAR-1985', '19850312', '03.07.1990', '4. Mai 1977']);
    // Formatted over lines, and mysqldump's backslash-escaped quotes in a row before the birth date.
    assert.deepEqual(
      births(
        "INSERT INTO stg_person (id, name, dob)\nVALUES\n  (1, 'Ana', '1961-04-12'),\n  (2, 'Ole',\n   '1985-03-12');",
      ),
      ['1961-04-12', '1985-03-12'],
    );
    assert.deepEqual(
      births("INSERT INTO `p` (`id`,`name`,`dob`) VALUES (1,'O\\'Brien','1961-04-12'),(2,'Ng','1985-03-12');"),
      ['1961-04-12', '1985-03-12'],
    );
    // The same rows with no birth column: creation, validity and delivery dates.
    for (const line of [
      "INSERT INTO stg_person (src, id, created, valid_until) VALUES ('CRM', 17, '1961-04-12', '19850312');",
      "INSERT INTO orders (order_no, delivered) VALUES (20260412, '12-MAR-2026'), (19850312, '03.07.1990');",
    ])
      assert.deepEqual(births(line), [], line);
  });

  it('a fixed-width export’s header names its birth column by offset, a delimited one by index', () => {
    const fixed = [
      'KDNR    NAME                  GEBDAT    EINTRITT  TELEFON',
      '40017   BRANDT, OLE           19610412  20190301  040 123456',
      '40018   OKAFOR JANA           12.03.1985 01.02.2020 0151 234567',
      '',
      'RECORD COUNT 000002 19610412',
    ].join('\n');
    assert.deepEqual(births(fixed), ['19610412', '12.03.1985']);
    const delimited = 'id;name;BIRTH_DT;since\n7;X;1961-04-12;2019-03-01\n8;Y;05/06/1950;2020-01-01';
    assert.deepEqual(births(delimited), ['1961-04-12', '05/06/1950']);
    // Headers without a birth column: entry and order dates stay unflagged.
    for (const text of [
      'KDNR    NAME                  EINTRITT  AUSTRITT\n40017   BRANDT, OLE           19610412  20190301',
      'id;name;since;until\n7;X;1961-04-12;2019-03-01',
      'order;DOB_CHECKED;amount\n77;no;12.50',
    ])
      assert.deepEqual(births(text), [], text);
  });

  it('a field-diff row whose field is the birth date: its old and new values count; another field’s dates do not', () => {
    assert.deepEqual(births('record;field;old;new;source\nP-1;dob;04/09/1962;19620409;CRM'), [
      '04/09/1962',
      '19620409',
    ]);
    assert.deepEqual(births('record;field;old;new;source\nP-1;eintritt;04/09/1962;19620409;CRM'), []);
  });

  it('eight-digit dates count after a birth key (vCard BDAY, LDIF birthDate); other eight-digit numbers do not', () => {
    assert.deepEqual(births('BEGIN:VCARD\nBDAY:19690811\nEND:VCARD'), ['19690811']);
    assert.deepEqual(births('dn: uid=x\nbirthDate: 11081969\n'), ['11081969']);
    for (const text of ['BDAY:19691311', 'Geburtsdatum: 12345678', 'Auftrag 19690811 vom 2026-01-02'])
      assert.deepEqual(births(text), [], text);
  });

  it('an ID card number standing alone counts; the same characters inside a longer hyphenated code only after a document word', () => {
    assert.deepEqual(idCards('Laufzettel LVXT409137 liegt bei'), ['LVXT409137']);
    assert.deepEqual(idCards('identity id_card=lvxt409137'), ['lvxt409137']);
    for (const text of [
      '-- RTGX-202519-KI142  schema_rev 9.8',
      'migrate start batch=WYNK-202618-LS562 schema_rev=3.2',
      '<Refund id="WYNK-202618-07">',
      'next run: BR-RTGX-202519',
    ])
      assert.deepEqual(idCards(text), [], text);
    assert.deepEqual(idCards('Ausweis-Nr. RTGX-202519'), ['RTGX-202519']);
    // A number of one piece joined on one side only, or after a path's "/", still stands for itself.
    for (const [text, value] of [
      ['https://crm.example/verify/T220001293', 'T220001293'],
      ['docs/kyc/T220001293.pdf', 'T220001293'],
      ['KD-4711-T220001293 geprüft', 'T220001293'],
      ['T220001293-D', 'T220001293'],
    ])
      assert.deepEqual(idCards(text), [value], text);
  });

  it('a record key in any case (bday:, birthDate:, DOB =) gives its value; other keys do not', () => {
    assert.deepEqual(births('begin:vcard\nn:lupu;ana;;;\nbday:1998-07-01\nend:vcard'), ['1998-07-01']);
    assert.deepEqual(births('BDAY;VALUE=date:19830927'), ['19830927']);
    assert.deepEqual(births('  DOB = 12.03.1985'), ['12.03.1985']);
    for (const text of ['rev:2026-07-01', 'created: 19830927', 'bdayx: 12.03.1985'])
      assert.deepEqual(births(text), [], text);
  });

  it('a log line comparing two writings of a birth date: both count; the next date after other words does not', () => {
    assert.deepEqual(births('WARN merge person=71 conflicting dob 9/7/1951 (WEBSHOP) vs 07/09/1951 (CRM)'), [
      '9/7/1951',
      '07/09/1951',
    ]);
    assert.deepEqual(births('Geburtsdatum 12.03.1985 -> 1985-03-12'), ['12.03.1985', '1985-03-12']);
    assert.deepEqual(births('conflicting dob 9/7/1951 (WEBSHOP), merged on 07/09/2026'), ['9/7/1951']);
  });

  it('below a line naming birth dates as a field, a "|" row’s one date counts; without it only a contact row’s, with two dates none', () => {
    const report =
      'rule: name similar AND (birth date OR phone equal)\n\n#1 score 0.9\n  A CRM   Ana Lupu | 14.01.1981 | 0151 87945734\n  B WEB   LUPU, A. | 19810114 | a@b.de';
    assert.deepEqual(births(report), ['14.01.1981', '19810114']);
    // Since round 53 one delimited row holding a name and a phone reads its old date as the birth date (what a search
    // prints of a register, birth-dates-headerless-rows.ts): fail closed, with or without the field line.
    for (const text of [
      'rule: name similar AND phone equal\n  A CRM   Ana Lupu | 14.01.1981 | 0151 87945734',
      '  A CRM   Ana Lupu | 14.01.1981 | 0151 87945734\nrule: birth date OR phone equal',
    ])
      assert.deepEqual(births(text), ['14.01.1981'], text);
    // No contact value in the row, and a second date beside the first: no birth date.
    const twoDates = 'rule: birth date OR phone equal\n  A CRM   Ana Lupu | 14.01.1981 | 02.02.2020';
    assert.deepEqual(births(twoDates), [], twoDates);
  });

  it('a birth label in prose is no fixed-width header: the dates in the lines below stay unflagged', () => {
    const text =
      'Nachricht 1, 13.12.26, 07:07: Hallo\nJa genau, geb. 23.06.00. Passt.\nNachricht 2, 13.12.26, 09:37: Hallo';
    assert.deepEqual(births(text), ['23.06.00']);
  });

  it('a field-diff row holding the key "name" is a row, not a heading: the keys below it are no names', () => {
    const text =
      'record;field;old;new;source\nP-1;name;;Ana Lupu;CRM\nP-1;phone;0151 2345678;+491512345678;WEB\nP-2;mail;;a@b.de;WEB';
    assert.ok(!people(text).some((v) => ['phone', 'mail'].includes(v)), people(text).join(','));
    // A real heading line keeps its name column, also under a title line.
    assert.deepEqual(people('Name;Ort;Raum\nAna Lupu;Kiel;4\nOle Brandt;Bonn;5'), ['Ana Lupu', 'Ole Brandt']);
    assert.deepEqual(people('Export;2026;v2\nName;Ort;Raum\nAna Lupu;Kiel;4'), ['Ana Lupu']);
    // A group row above (Excel's two-level headings), a trailing ";" and numbered headings keep the heading read.
    for (const [text, names] of [
      ['Abteilung;;\nNachname;Vorname;Zi. 2\nNg;Wei;3\nOyelaran;Tomi;4', ['Ng', 'Wei', 'Oyelaran', 'Tomi']],
      ['Kunden;;;\nName;Vorname;Telefon 1;Telefon 2\nOkonkwo;Grzegorz;;', ['Okonkwo', 'Grzegorz']],
    ] as const)
      for (const name of names)
        assert.ok(
          people(text).some((v) => v.includes(name)),
          `${name} in ${text}: ${people(text).join('|')}`,
        );
  });

  it('an address split over a record’s fields counts by its key or column; other keys and columns do not', () => {
    assert.deepEqual(addresses('dn: uid=x\nhomePostalAddress: Lindenweg 4 $ 34117 Kassel\nemployeeNumber: 40157'), [
      'Lindenweg 4 $ 34117 Kassel',
    ]);
    assert.deepEqual(addresses('BEGIN:VCARD\nADR;TYPE=HOME:;;Oudegracht 201;Utrecht;;3511 NH;NL\nEND:VCARD'), [
      'Oudegracht 201;Utrecht;;3511 NH',
    ]);
    assert.deepEqual(
      addresses("INSERT INTO t (src, addr, note) VALUES ('CRM', 'Spalenberg 18, 4051 Basel', 'Ticket 4711 offen');"),
      ['Spalenberg 18, 4051 Basel'],
    );
    const fixed = 'KDNR    NAME            ADRESSE\n40017   BRANDT, OLE     LANGSTRASSE 141 8004 ZUERICH\n';
    assert.deepEqual(addresses(fixed), ['LANGSTRASSE 141 8004 ZUERICH']);
    for (const text of [
      'dn: uid=x\ndescription: Raum 4 $ Gebaeude 2\n',
      'NOTE;TYPE=HOME:;;Termin 4;Kiel;;2026;DE',
      'KDNR    NAME            BEMERKUNG\n40017   BRANDT, OLE     RUECKRUF 14 UHR BEI 3 TICKETS\n',
      'ADR;TYPE=HOME:;;;;;;DE',
    ])
      assert.deepEqual(addresses(text), [], text);
    // Since round 37 a dump's row is read under its columns (database-dump.ts), as key-value text is: a street and
    // house number stands for an address under any column ("ticket: Spalenberg 18"), privacy first.
    assert.deepEqual(
      addresses("INSERT INTO t (src, ticket, note) VALUES ('CRM', 'Spalenberg 18', 'Ticket 4711 offen');"),
      ['Spalenberg 18'],
    );
  });

  it('a kinship word is a cue for the name after it; a prose address label is left to the label detectors', () => {
    assert.deepEqual(people('Onkel Heinz kommt am Sonntag.'), ['Heinz']);
    assert.deepEqual(people('Das Spiel lief bei Oma im Fernsehen.'), []);
    assert.deepEqual(addresses('Address: 12 Station Approach\nExeter EX4 6PX'), [
      '12 Station Approach\nExeter EX4 6PX',
    ]);
    assert.deepEqual(addresses('Address: unknown (form returned 12 May)'), []);
    // A form of "label   : value" lines is no fixed-width table under its address label.
    assert.deepEqual(addresses('Adresse          : siehe Akte\nSteuer-ID        : 593 940 689 73\n'), []);
  });
});
