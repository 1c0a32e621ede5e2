import { flagged, unflagged } from '../../support/type-findings.js';

describe("what a terminal session's database shells and logs print (screen-fields.ts, sql-rows.ts, form-pairs.ts)", () => {
  const expanded =
    'kasse=> \\x\r\nExpanded display is on.\r\n' +
    "kasse=> SELECT * FROM antrag WHERE ref = 'AB/12/0042';\r\n" +
    '-[ RECORD 1 ]+-------------\r\n' +
    'id           | 70412\r\n' +
    'nachname     | Wrzolekbaum\r\n' +
    'vorname      | Idunelka\r\n' +
    'geburtsdatum | 1971-04-19\r\n' +
    'telefon      | +45 06 31 77 20\r\n' +
    'rv_nummer    | 19190471W123\r\n';

  it("reads a psql expanded record (\\x) as a person's fields: the names under their keys", () => {
    flagged(expanded, 'PERSON', 'Wrzolekbaum');
    flagged(expanded, 'PERSON', 'Idunelka');
  });

  it("takes a phone key's value there as the person's phone, though the number fails its country's plan", () => {
    flagged(expanded, 'PHONE_NUMBER', '+45 06 31 77 20');
  });

  it('takes no key of the record for a name (the keys are no table heading with cells below)', () => {
    unflagged(expanded, 'PERSON', 'rv_nummer');
    unflagged(expanded, 'PERSON', 'geburtsdatum');
    unflagged(expanded, 'PERSON', 'telefon');
  });

  it("takes no key or value of an expanded record that names no person (a depot's row) for a name", () => {
    const depot =
      '-[ RECORD 1 ]+-----------\r\nid        | 12\r\nstandort  | Halle Sued\r\ntelefon   | +45 06 31 77 21\r\nkapazitaet | 1200\r\n';
    unflagged(depot, 'PERSON', 'Halle Sued');
    unflagged(depot, 'PERSON', 'standort');
  });

  it('reads the pattern a query searches a person-name column with as a name (LIKE, ILIKE, ~*)', () => {
    const typed =
      "kasse=> SELECT id, name, iban, einheit FROM fall WHERE name ILIKE '%Wrzolekbaum%' OR einheit = 'Rgt 12';\r\n";
    flagged(typed, 'PERSON', 'Wrzolekbaum');
    unflagged(typed, 'PERSON', 'Rgt 12');
    const prefix =
      "kasse=> SELECT id, rv_nummer FROM reservist WHERE nachname ~* '^Idunelkowa' OR status ILIKE '%offen%';\r\n";
    flagged(prefix, 'PERSON', 'Idunelkowa');
    unflagged(prefix, 'PERSON', 'offen');
  });

  it("leaves a generic name column's pattern alone when the query reads no person's record (projects)", () => {
    const projects = "db=> SELECT id, name, kwp FROM projects WHERE name LIKE 'Solarfeld%';\r\n";
    unflagged(projects, 'PERSON', 'Solarfeld');
  });

  it('reads a quoted name of two words or more in a log line, and a phone over its blanks after tel=', () => {
    const log =
      '2026-03-02T10:00:01Z INFO [portal] card payment ok card=4111 name="Tolowanka Brezhnitsova" latency_ms=80\r\n' +
      'Mar 02 10:01:02 portal[311]: booked by someone tel=+45 16 40 22 09 from 10.1.2.3\r\n';
    flagged(log, 'PERSON', 'Tolowanka Brezhnitsova');
    flagged(log, 'PHONE_NUMBER', '+45 16 40 22 09');
  });

  it("reads no job's or program's one-word name in a log line as a person", () => {
    const log = '2026-03-02T10:00:01Z INFO [sched] started job name="Nightly" worker=3\r\n';
    unflagged(log, 'PERSON', 'Nightly');
  });
});
