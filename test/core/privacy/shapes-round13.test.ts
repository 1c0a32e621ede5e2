import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');
const births = valuesOf('DATE_OF_BIRTH');

/**
 * Round 13: text as PDF and scan extractors flatten pages — forms read as a block of labels and then a
 * block of values, tables one cell per line, hyphenated line breaks, two columns read across, OCR "O"
 * for "0". Names, streets and firms are made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 13 (text flattened from PDFs and scans)', () => {
  const registration = [
    'GÄSTEBLATT',
    'Pension Talblick',
    '',
    'Familienname',
    'Vorname',
    'Geburtsdatum',
    'Staatsangehörigkeit',
    'Anreise',
    '',
    'Oyelaran-Bakare',
    'Wiltrud',
    '14.O3.1979',
    'österreichisch',
    '12.06.2099',
    '',
    'Unterschrift des Gastes',
  ].join('\n');

  it('reads a form flattened as a label block and a value block: name, given name, birth date by their place', () => {
    assert.deepEqual(births(registration), ['14.O3.1979']);
    assert.ok(people(registration).includes('Oyelaran-Bakare'), people(registration).join('|'));
    assert.ok(people(registration).includes('Wiltrud'), people(registration).join('|'));
    // The nationality and the arrival (a year still to come) are no name and no birth date.
    assert.ok(!people(registration).includes('österreichisch'));
  });

  it('reads a table flattened one cell per line: every row under the header cells', () => {
    const course = [
      'Kursbuchung K-20931',
      'Teilnehmer',
      'Geburtsdatum',
      'Niveau',
      'Zsófia Wróblewska',
      '09.01.2014',
      'Blau',
      'Tamás Wróblewska',
      '23. November 2O16',
      'Rot',
      '',
      'Treffpunkt 9:30 Uhr',
    ].join('\n');
    assert.deepEqual(births(course), ['09.01.2014', '23. November 2O16']);
    assert.deepEqual(people(course), ['Zsófia Wróblewska', 'Tamás Wróblewska']);
    const log = ['Wi-Fi log (export)', 'Pitch', 'Guest', 'IP address', 'A3', 'Okonkwo, Liesel', '10.1.2.3', ''].join(
      '\n',
    );
    assert.ok(people(log).includes('Okonkwo, Liesel'), people(log).join('|'));
  });

  it('reads the OCR "O" for "0" in the year of a birth date written with a month name', () => {
    assert.deepEqual(births('Mitglied: Tihomir Zehentmayr\ngeb. 15. Juli 2O12   Beitrag 8 €'), ['15. Juli 2O12']);
  });

  it('takes a lone birth label with nothing but other labels and values below only when a date stands alone on a line', () => {
    // Prose after the label: no block, no finding from it.
    assert.deepEqual(births('Geburtsdatum\nbitte beim Check-in angeben.\nRechnung vom 03.03.2025 liegt bei.'), []);
  });

  it('reads "IBAN" ending a block of labels as no sign-off, and keeps Iban signing a message', () => {
    const form =
      'Personalbogen\nName, Vorname\nGeburtsdatum\nIBAN\n\nOyelaran, Wiltrud\n14.03.1979\nDE29 4629 1335 6705 8514 01\n';
    assert.ok(!people(form).includes('IBAN'), people(form).join('|'));
    assert.ok(people(form).includes('Oyelaran, Wiltrud'), people(form).join('|'));
    // must-keep: the given name signing a message, as people write it.
    assert.deepEqual(people('Can you send the invoice by Friday?\nIban\n\nSure, will do.'), ['Iban']);
  });

  it('reads a signature whose name the extractor broke at a hyphen at the line end', () => {
    assert.deepEqual(people('Die Angaben sind richtig. Unterschrift: Brandstät-\nter'), ['Brandstät-\nter']);
    assert.deepEqual(people('Signed off by customer:\nLiesel Okonk-\nwo'), ['Liesel Okonk-\nwo']);
  });

  it('reads the players of a match report: scorers under their heading, both players of a substitution', () => {
    const report =
      'Spielbericht\nErgebnis 2:1\nTorschützen\nBrandstätter 8.\nOyelaran 66.\nAuswechslung: Wiltrud für Brandstätter\n';
    assert.deepEqual(people(report), ['Brandstätter', 'Oyelaran', 'Wiltrud', 'Brandstätter']);
  });

  it("drops a trade business's own address before it on its line, and keeps a home with a home cue", () => {
    assert.deepEqual(addresses('Personalbogen\nObsthof Sonnleiten, Hofweg 2, 88677 Markdorf\n\nName'), []);
    assert.deepEqual(addresses('INVOICE 17\nSparkwheel Motors, 3 Forge Lane, Penzance TR18 4AB\nCustomer'), []);
    // must-keep: the worker's own address in the same form, and a home named with a cue beside a business.
    assert.deepEqual(addresses('Wohnanschrift: Hofweg 2, 88677 Markdorf'), ['Hofweg 2, 88677 Markdorf']);
    assert.deepEqual(addresses('Ich wohne privat beim Obsthof, Hofweg 2, 88677 Markdorf'), [
      'Hofweg 2, 88677 Markdorf',
    ]);
    assert.deepEqual(addresses('Bill to: Liesel Hall, 4 Barrack Street, Goulburn'), ['4 Barrack Street, Goulburn']);
  });

  it("drops a firm's column of a two-column letterhead, keeps the customer's column", () => {
    const sheet = [
      'Arbeitsbericht 2731',
      'Kunde:                          Sanitär Brunnhuber GmbH',
      'Wiltrud Oyelaran                Industriestraße 14',
      'Schleusenweg 3, 79098 Freiburg  87437 Kempten',
    ].join('\n');
    assert.deepEqual(addresses(sheet), ['Schleusenweg 3, 79098 Freiburg']);
    // must-keep: a person in the right column, under a person's name, is a home.
    const swapped = [
      'Sanitär Brunnhuber GmbH         Rechnung an',
      'Industriestraße 14              Wiltrud Oyelaran',
      'Tel. 0831 5402-0                Schleusenweg 3',
    ].join('\n');
    assert.ok(addresses(swapped).includes('Schleusenweg 3'), addresses(swapped).join('|'));
  });

  it('keeps a private address under a "Venue" label', () => {
    assert.deepEqual(addresses('Venue\n2932 Boulevard Lacasse, Québec QC G1R 4P5 (garden)'), [
      '2932 Boulevard Lacasse, Québec QC G1R 4P5',
    ]);
  });

  it('scans hostile repetitions of the new shapes on one line and in many lines in linear time', function () {
    this.timeout(60_000);
    const scanner = new PrivacyScanner();
    const shapes = (size: number) => [
      repeated('Name\n', size),
      repeated('Geburtsdatum\n', size),
      repeated('Teilnehmer\nGeburtsdatum\nA B\n1.1.2000\n', size),
      'Torschützen\n' + repeated('Ab 1.\n', size),
      repeated('Auswechslung: A für B ', size),
      repeated('Unterschrift: Ab-\nc ', size),
      repeated('x   Industriestraße 14 ', size),
      repeated('Sanitär A GmbH\nx   Industriestraße 14\n', size),
      repeated('Obsthof ', size),
    ];
    const small = shapes(100_000);
    const large = shapes(400_000);
    for (let i = 0; i < small.length; i++)
      assertLinearTime(JSON.stringify(small[i].slice(0, 30)), (text) => scanner.scan(text), small[i], large[i]);
  });
});
