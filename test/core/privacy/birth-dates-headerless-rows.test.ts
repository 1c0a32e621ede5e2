import assert from 'node:assert/strict';
import { flagged } from '../../support/type-findings.js';
import { birthDatesInHeaderlessRows } from '../../../nodes/core/privacy/birth-dates-headerless-rows.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import type { Entity } from '../../../nodes/core/privacy/entities.js';

/** The rule alone, given the rows' people (whether the scanner finds each name is the name rules' matter). */
function datesOfBirth(text: string, names: string[]): string[] {
  const people: Entity[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
      people.push({ type: 'PERSON', start: at, end: at + name.length, score: 0.9 });
  return birthDatesInHeaderlessRows(text, people)
    .map((e) => text.slice(e.start, e.end))
    .sort();
}

const OBSERVATION =
  'E-2024-159;Iyán Arbesú;1. August 2001;"Spitalgasse 11, 3011 Bern";FD-GT 5514;2026-03-19 21:07\n' +
  'E-2026-764;Temirlan Sultanbekova;17. Dezember 1956;"Bergstraße 135, 97070 Würzburg";E-SG 9615;2026-03-19 21:07\n' +
  'E-2024-176;Nyaki Pyrerka;27.07.80;"Zum Steinbruch 35, 04109 Leipzig";KA-GT 8221;2026-08-10 22:04\n';
const OBSERVATION_PEOPLE = ['Iyán Arbesú', 'Temirlan Sultanbekova', 'Nyaki Pyrerka'];

describe("dates of birth in a register's rows without their header", () => {
  it('reads an old dates column beside names, with or without a diff prefix', () => {
    const want = ['1. August 2001', '17. Dezember 1956', '27.07.80'];
    assert.deepEqual(datesOfBirth(OBSERVATION, OBSERVATION_PEOPLE), want);
    const prefixed = OBSERVATION.split('\n')
      .map((line, i) => (line ? ['+', ' ', '-'][i % 3] + line : line))
      .join('\n');
    assert.deepEqual(datesOfBirth(prefixed, OBSERVATION_PEOPLE), want);
  });

  it('reads a first row cut short (a hunk header line) with the rows below it', () => {
    const text =
      'Nurmuhammet Saparow;11.04.1966;94837569200;08110466S555;VH17984RN5;\n' +
      'Iyán Tuñón;1965-12-20;38205497367;25201265T300;YR0K7HYVW0;DE66 7605 0101 2638 3861 39;173-906606\n' +
      'Rivke Wexler-Nudel;03.08.63;10274632984;16030863W971;T6Y7WW4985;DE22 2905 0101 3689 8292 99;824-034906\n';
    assert.deepEqual(datesOfBirth(text, ['Nurmuhammet Saparow', 'Iyán Tuñón', 'Rivke Wexler-Nudel']), [
      '03.08.63',
      '11.04.1966',
      '1965-12-20',
    ]);
  });

  it('is found by the scanner in a diff hunk of a register', () => {
    const text =
      'diff --git a/hr/vetting.csv b/hr/vetting.csv\n' +
      '@@ -7,7 +7,7 @@\n' +
      ' Keletso Mmusi;1971-06-26;(312) 556-5220;SIA-4374-0064\n' +
      ' Jepirra Epinayú;03.07.1969;07481 529147;SIA-3364-2162\n' +
      ' Kubanychbek Toktomushev;20/02/1974;(716) 643-0470;SIA-7238-4799\n';
    flagged(text, 'DATE_OF_BIRTH', '1971-06-26');
    flagged(text, 'DATE_OF_BIRTH', '20/02/1974');
  });

  it('leaves event dates, issue dates, firms, a header in sight and prose alone', () => {
    // Recent event dates beside names: a visitor log.
    const log =
      'V-101;Iyán Arbesú;2026-03-19;Tor 2;Lieferung\n' +
      'V-102;Temirlan Sultanbekova;2026-03-20;Tor 1;Wartung\n' +
      'V-103;Nyaki Pyrerka;2025-11-02;Tor 2;Besuch\n';
    assert.deepEqual(datesOfBirth(log, OBSERVATION_PEOPLE), []);
    // A column of issue dates, one of them recent: not a column of birth dates.
    const issued =
      'Iyán Arbesú;B-1;01.02.2009;01.02.2029\n' +
      'Temirlan Sultanbekova;B-2;15.06.2021;15.06.2031\n' +
      'Nyaki Pyrerka;B-3;03.03.2011;03.03.2031\n';
    assert.deepEqual(datesOfBirth(issued, OBSERVATION_PEOPLE), []);
    // A register of firms: old founding dates, no person in the rows.
    const firms =
      'F-1;Krahwinkel Schlüsseldienst GmbH;12.04.1961;Bergstraße 1, 97070 Würzburg\n' +
      'F-2;Greywall Monitoring Ltd;03.08.1974;14 Grevillea Pde, Fremantle\n';
    assert.deepEqual(datesOfBirth(firms, []), []);
    // A header in sight decides: two old dates under "Eintritt" and "start date" are not read by this rule.
    const headed =
      'name;eintritt;start date;ort\n' +
      'Iyán Arbesú;01.04.1998;01.05.1998;Bern\n' +
      'Temirlan Sultanbekova;15.06.1987;01.07.1987;Graz\n';
    assert.deepEqual(datesOfBirth(headed, OBSERVATION_PEOPLE), []);
    // Prose: no delimited block.
    const prose = 'Iyán Arbesú joined on 1. August 2001.\nTemirlan Sultanbekova left on 17. Dezember 1996.';
    assert.deepEqual(datesOfBirth(prose, OBSERVATION_PEOPLE), []);
  });

  it('keeps recent dates of the column out when the row dates itself later (a child among adults stays read)', () => {
    const text = 'K-1;Iyán Arbesú;2011-05-01;2026-01-02\nK-2;Nyaki Pyrerka;1980-02-03;2026-01-03\n';
    // 2011 lies 15 years before the row's 2026: still a birth date.
    assert.deepEqual(datesOfBirth(text, OBSERVATION_PEOPLE), ['1980-02-03', '2011-05-01']);
  });

  it("reads the one row a search shows when it holds a name and a phone or e-mail; an event's date and a lone name row stay", () => {
    const people = (text: string, kinds: [string, string][]): Entity[] =>
      kinds.map(([type, value]) => ({
        type: type as Entity['type'],
        start: text.indexOf(value),
        end: text.indexOf(value) + value.length,
        score: 0.9,
      }));
    const contact =
      '$ grep -i Berglund /srv/export/kurs.csv\n11873;Ilvy Berglund;14.06.1979;+41 79 412 33 08;EB-2026-4410\n$ exit\n';
    const withPhone = people(contact, [
      ['PERSON', 'Ilvy Berglund'],
      ['PHONE_NUMBER', '+41 79 412 33 08'],
    ]);
    assert.deepEqual(
      birthDatesInHeaderlessRows(contact, withPhone).map((e) => contact.slice(e.start, e.end)),
      ['14.06.1979'],
    );
    // The same row without a contact value: one row alone is too little of a register.
    assert.deepEqual(birthDatesInHeaderlessRows(contact, withPhone.slice(0, 1)), []);
    // A booking's recent date beside a name and a phone is no birth date.
    const booking = '11873;Ilvy Berglund;14.06.2025;+41 79 412 33 08;EB-2026-4410\n';
    const bookingPeople = people(booking, [
      ['PERSON', 'Ilvy Berglund'],
      ['PHONE_NUMBER', '+41 79 412 33 08'],
    ]);
    assert.deepEqual(birthDatesInHeaderlessRows(booking, bookingPeople), []);
    flagged(contact, 'DATE_OF_BIRTH', '14.06.1979');
  });

  it('takes linear time on a long register', () => {
    const scanner = new PrivacyScanner();
    assertLinearTime(
      'headerless rows',
      (t) => scanner.scan(t),
      repeated(OBSERVATION, 20_000),
      repeated(OBSERVATION, 80_000),
    );
  });
});
