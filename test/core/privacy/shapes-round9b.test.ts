import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const people = valuesOf('PERSON');

/** A table of `rows` from the header cells and the row cells, joined by `d`. */
const table = (d: string, rows: string[][]) => rows.map((r) => r.join(d)).join('\n');

/**
 * The class the round-9b fix covers: a column of given names (or surnames) beside a column of the other
 * name part that the rules read by its heading, under a heading the rules do not read, in CSV, TSV and
 * Markdown-like exports; with the look-alike columns that stand beside surnames and hold no person.
 * Names and values are made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 9b (issue 9, name parts beside a name column)', () => {
  it('finds the given names beside a surname column under headings of any wording, with any separator', () => {
    const cases: [string, string[][], string[]][] = [
      [
        '\t',
        [
          ['matrikel', 'family_name', 'holder', 'status'],
          ['m2611042', 'Tsetsegmaa', 'Ravelomanana', 'ENROLLED'],
          ['m2611057', 'Rakotomalala', 'Heriniaina', 'DEFERRED'],
          ['m2611063', 'Oyelaran', 'Adebayo', 'ENROLLED'],
        ],
        ['Ravelomanana', 'Heriniaina', 'Adebayo'],
      ],
      [
        ';',
        [
          ['Personalnr', 'Nachname', 'Ruf', 'Eintritt'],
          ['4471', 'Uzunhasan', 'Dilşad', '01.03.2019'],
          ['4472', 'Wróblewska', 'Zofia', '15.08.2021'],
          ['4473', 'Okonkwo', 'Chidera', '01.01.2024'],
          ['4474', 'Nguyễn', 'Thảo', '01.02.2024'],
        ],
        ['Dilşad', 'Zofia', 'Chidera', 'Thảo'],
      ],
      [
        ',',
        [
          ['id', 'last_name', 'given', 'plan'],
          ['c-101', 'Papadopoulos', 'Eleni', 'basic'],
          ['c-102', 'Tanaka', 'Haruto', 'pro'],
          ['c-103', 'Morales', 'Ximena', 'basic'],
          ['c-104', 'Okafor', 'Chinedu', 'pro'],
          ['c-105', 'Haddad', 'Yara', 'basic'],
        ],
        ['Eleni', 'Haruto', 'Ximena', 'Chinedu', 'Yara'],
      ],
      [
        ' | ',
        [
          ['Surname', 'Name 2', 'Seat'],
          ['Kowalczyk', 'Zbigniew', '12A'],
          ['Rahimi', 'Golnar', '12B'],
          ['Acheampong', 'Kwabena', '14C'],
          ['Lindqvist', 'Saga', '15D'],
          ['Bianchi', 'Ludovica', '15E'],
          ['Ferreira', 'Joana', '16A'],
        ],
        ['Zbigniew', 'Golnar', 'Kwabena', 'Saga', 'Ludovica', 'Joana'],
      ],
    ];
    // Markdown with its rule line, and a quoted CSV export.
    cases.push(
      [
        ' | ',
        [
          ['| Familienname', 'Anzeigename', 'Raum |'],
          ['|---', '---', '---|'],
          ['| Uzunhasan', 'Dilşad', '2.14 |'],
          ['| Wróblewska', 'Zofia', '2.15 |'],
          ['| Acheampong', 'Kwabena', '3.01 |'],
        ],
        ['Dilşad', 'Zofia', 'Kwabena'],
      ],
      [
        ',',
        [
          ['"id"', '"Last Name"', '"Preferred"'],
          ['"1"', '"Okafor"', '"Chinedu"'],
          ['"2"', '"Rahimi"', '"Golnar"'],
          ['"3"', '"Lindqvist"', '"Saga"'],
        ],
        ['Chinedu', 'Golnar', 'Saga'],
      ],
    );
    for (const [d, rows, given] of cases) {
      const text = table(d, rows);
      const found = people(text);
      for (const name of given)
        assert.ok(found.includes(name), `${name} in ${JSON.stringify(text)}: ${found.join('|')}`);
    }
  });

  it('finds the surnames beside a given-name column (Surname, Given name order or the reverse)', () => {
    const german = table(';', [
      ['Vorname', 'Familie', 'Ort'],
      ['Jana', 'Müller', 'Kassel'],
      ['Tom', 'Schmidt', 'Ulm'],
      ['Eva', 'Fischer', 'Bremen'],
    ]);
    assert.deepEqual(people(german), ['Jana', 'Müller', 'Tom', 'Schmidt', 'Eva', 'Fischer']);
    const text = table(',', [
      ['first_name', 'kin', 'room'],
      ['Heriniaina', 'Rakotomalala', '204'],
      ['Oyunbileg', 'Tsetsegmaa', '205'],
      ['Chidera', 'Okonkwo', '206'],
    ]);
    const found = people(text);
    for (const name of ['Rakotomalala', 'Tsetsegmaa', 'Okonkwo']) assert.ok(found.includes(name), found.join('|'));
  });

  it('leaves towns, teams, products, states, departments and codes beside a surname column alone', () => {
    for (const [text, surnames] of [
      [
        table(';', [
          ['Nachname', 'Ort'],
          ['Yılmaz', 'Rosenheim'],
          ['Okonkwo', 'Kassel'],
          ['Papadopoulos', 'Ulm'],
        ]),
        ['Yılmaz', 'Okonkwo', 'Papadopoulos'],
      ],
      [
        table(',', [
          ['last name', 'team', 'product'],
          ['Okafor', 'Platform', 'Kaffeevollautomat'],
          ['Huang', 'Billing', 'Gartenschlauch'],
          ['Morales', 'Support', 'Rasenmäher'],
        ]),
        ['Okafor', 'Huang', 'Morales'],
      ],
      [
        table('\t', [
          ['family_name', 'status', 'city'],
          ['Tanaka', 'Active', 'Osaka'],
          ['Haddad', 'Inactive', 'Beirut'],
          ['Lindqvist', 'Active', 'Malmö'],
        ]),
        ['Tanaka', 'Haddad', 'Lindqvist'],
      ],
      [
        // Headings the rules do not know: the cells decide (towns by their endings, ordinary words, codes).
        table(' | ', [
          ['Nachname', 'Einsatz', 'Schwerpunkt', 'Kürzel'],
          ['Wróblewska', 'Offenburg', 'Einkauf', 'WRZ'],
          ['Acheampong', 'Wolfsburg', 'Vertrieb', 'ACK'],
          ['Rahimi', 'Ludwigshafen', 'Buchhaltung', 'RAG'],
          ['Bianchi', 'Hildesheim', 'Lager', 'BIL'],
        ]),
        ['Wróblewska', 'Acheampong', 'Rahimi', 'Bianchi'],
      ],
      [
        // Beside the surnames under headings no rule knows: departments, languages, car models.
        table(';', [
          ['Nachname', 'Schwerpunkt'],
          ['Wróblewska', 'Einkauf'],
          ['Acheampong', 'Vertrieb'],
          ['Rahimi', 'Buchhaltung'],
          ['Bianchi', 'Personal'],
        ]),
        ['Wróblewska', 'Acheampong', 'Rahimi', 'Bianchi'],
      ],
      [
        table(',', [
          ['surname', 'lang'],
          ['Okafor', 'Igbo'],
          ['Huang', 'Mandarin'],
          ['Morales', 'Spanish'],
        ]),
        ['Okafor', 'Huang', 'Morales'],
      ],
      [
        table('\t', [
          ['Nachname', 'Kfz'],
          ['Müller', 'Golf'],
          ['Schmidt', 'Passat'],
          ['Yilmaz', 'Corsa'],
        ]),
        ['Müller', 'Schmidt', 'Yilmaz'],
      ],
      [
        table(',', [
          ['surname', 'ref'],
          ['Ferreira', 'A7731'],
          ['Kowalczyk', 'B1190'],
          ['Haddad', 'C0042'],
        ]),
        ['Ferreira', 'Kowalczyk', 'Haddad'],
      ],
    ] as [string, string[]][])
      assert.deepEqual(people(text), surnames, text);
  });

  it('reads no partner column beside a full-name column, nor in a table of one row', () => {
    // "Name" holds whole names: the column beside it is something else (here a town with no place ending).
    const full = table(';', [
      ['Name', 'Zweigstelle'],
      ['Dilşad Uzunhasan', 'Kassel'],
      ['Zofia Wróblewska', 'Bremen'],
    ]);
    assert.deepEqual(people(full), ['Dilşad Uzunhasan', 'Zofia Wróblewska']);
    const one = table(';', [
      ['Nachname', 'Zweigstelle'],
      ['Uzunhasan', 'Kassel'],
    ]);
    assert.deepEqual(people(one), ['Uzunhasan']);
  });
});
