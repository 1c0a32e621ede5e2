import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { has, personSpans } from '../../support/person-spans.js';

/**
 * Review 25 of detection round 27 (SQL rows, code literals, thing keys, roles). A thing's key ("water",
 * "boat") before a person's name written family name first hid it; a PHP or VB concatenation hid its parts;
 * a SQL name cell across lines hid the whole cell.
 */
describe('privacy: review 25 of round 27', () => {
  it('keeps a name written family name first under a thing key in a query string or a code literal', () => {
    has(personSpans('https://shop.example/order?water=Kowalczyk+Hannelore&id=3'), 'Kowalczyk+Hannelore');
    has(personSpans('{"boat": "Kowalczyk Hannelore"}'), 'Kowalczyk Hannelore');
    has(personSpans('{"club": "Kowalczyk Hannelore", "n": 2}'), 'Kowalczyk Hannelore');
  });

  it('still drops a thing named under a thing key', () => {
    const found = personSpans('https://fish.example/permit?water=River+Tay&site=Loch+Awe&club=ASV+Petri+Heil');
    assert.deepEqual(found, []);
  });

  it('reads every part of a PHP, SQL or VB concatenation under a name key', () => {
    const php = personSpans("$row = ['name' => 'Hannelore ' . 'Kowalczyk'];");
    has(php, 'Hannelore');
    has(php, 'Kowalczyk');
    const php2 = personSpans('$row = ["name" => "Hannelore " . "Kowalczyk"];');
    has(php2, 'Hannelore');
    has(php2, 'Kowalczyk');
    const vb = personSpans('customerName = "Hannelore " & "Kowalczyk"');
    has(vb, 'Hannelore');
    has(vb, 'Kowalczyk');
  });

  it('reads a SQL name cell that runs over two lines, each line', () => {
    const found = personSpans(
      "INSERT INTO kunden (id, vorname, nachname) VALUES (1, 'Hannelore\nSieglinde', 'Kowalczyk');",
    );
    has(found, 'Hannelore');
    has(found, 'Sieglinde');
    has(found, 'Kowalczyk');
  });

  it('scans hostile dumps, chains and pairs in linear time', function () {
    this.timeout(400000);
    const scanner = new PrivacyScanner();
    const scan = (s: string) => scanner.scan(s);
    const insert = (size: number) =>
      `INSERT INTO t (id, vorname, nachname, dob) VALUES ${repeated("(1, 'Hedda', 'O''Grün', '1977-04-02'),", size)}(2, 'X', 'Y', NULL);\n`;
    assertLinearTime('one huge INSERT', scan, insert(200000), insert(800000));
    const wide = (size: number) => {
      const n = Math.ceil(size / 24);
      const cols = Array.from({ length: n }, (_, i) => `c${i}`).join(', ');
      return `COPY t (${cols.slice(0, 1990)}) FROM stdin;\n${repeated('Hedda\tGrünspan\t', size)}\n\\.\n`;
    };
    assertLinearTime('COPY with a huge row', scan, wide(200000), wide(800000));
    const chain = (size: number) => `name = ${repeated('"Hedda " + ', size)}"X";\n`;
    assertLinearTime('concatenation chain', scan, chain(200000), chain(800000));
    const pairs = (size: number) => repeated('water="Hedda Grünspan" ', size);
    assertLinearTime('key="…" pairs', scan, pairs(200000), pairs(800000));
    const query = (size: number) => `GET /?${repeated('water=Hedda+Gr%C3%BCnspan&', size)} HTTP/1.1\n`;
    assertLinearTime('query pairs', scan, query(200000), query(800000));
    const unterminated = (size: number) => repeated("INSERT INTO t (vorname) VALUES ('Hedda ", size);
    assertLinearTime('unterminated quotes', scan, unterminated(200000), unterminated(800000));
  });
});
