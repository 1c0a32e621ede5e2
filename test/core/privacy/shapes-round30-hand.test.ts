import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { bereavementNames } from '../../../nodes/core/privacy/names-bereavement.js';
import { bornSigns } from '../../../nodes/core/privacy/born-signs.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 30: hand-written documents of set 28 (death and what follows it)', () => {
  it("reads a firm's letterhead line (legal form, street, town, switchboard) as the firm's, not a person's", () => {
    const text =
      'Pietät Morgenrot GmbH · Hainweg 4 · 96047 Bamberg · Tel. 0951 55120-0\n\nAUFTRAG\n' +
      'Auftraggeber: Ilse Wandrey, Moosweg 3, 96050 Bamberg, Tel. 0951 334455';
    const phones = found(text, 'PHONE_NUMBER');
    assert.ok(!phones.includes('0951 55120-0'), phones.join('|'));
    assert.ok(phones.includes('0951 334455'), phones.join('|'));
    assert.deepEqual(found(text, 'POSTAL_ADDRESS'), ['Moosweg 3, 96050 Bamberg']);
    // A letterhead's direct number (no switchboard's "-0") and its mailbox stay, as the labelled sets read them.
    const direct =
      'Dachdeckerei Kolbeck GmbH · Feldweg 2 · 01234 Dresden · Tel. 0351 99 88 77 · info@kolbeck-dach.de\n\nText';
    assert.deepEqual(found(direct, 'PHONE_NUMBER'), ['0351 99 88 77']);
    assert.deepEqual(found(direct, 'POSTAL_ADDRESS'), []);
    // A person's name on the first line keeps its values; so does a sole trader's (e.K.) letterhead.
    const own = 'Hedda Lorenzen · Pietät Morgenrot GmbH · Hainweg 4 · 96047 Bamberg · Tel. 0951 55120-0\n\nText';
    assert.ok(found(own, 'PHONE_NUMBER').includes('0951 55120-0'));
  });

  it('reads the first date of a life span after a name, or alone on an inscription line, as a birth date', () => {
    const text =
      'Nachlassverzeichnis Runa Vesterholt (1944-02-11 – 2025-07-30)\nLaufzeit (01.01.2024 – 31.12.2025)\n' +
      'Inschrift:\n    GERDA HOLZMANN\n    3.5.1941 – 20.9.2025\nIN LOVING MEMORY\n   MAY 4, 1950 – JUNE 2, 2025\n' +
      'Mietdauer 01.04.2019 – 31.03.2024\n';
    const dates = found(text, 'DATE_OF_BIRTH');
    assert.deepEqual(dates, ['1944-02-11', '3.5.1941', 'MAY 4, 1950']);
  });

  it("reads a deceased's date in brackets after the name as the birth date", () => {
    const text =
      '- Verstorbener Ottokar Wiesmeier (14. Juni 1938) war Bergführer.\nTermin Ottokar Wiesmeier (14.11.2025)';
    assert.deepEqual(
      bornSigns(text).map((e) => text.slice(e.start, e.end)),
      ['14. Juni 1938'],
    );
  });

  it('reads a birth year alone after "*" or "b." beside a name, as family trees give it', () => {
    const text =
      'I.  Hidde Postma, * 1884 Sneek, † 1950\nGeneration 2: Mere Tane, b. 1931, moved to Auckland 1958\n' +
      '* 1884 Stück bestellt\nPreis, * 2025-03 gültig';
    assert.deepEqual(
      bornSigns(text).map((e) => text.slice(e.start, e.end)),
      ['1884', '1931'],
    );
  });

  it('reads names after the words of mourning and inheritance', () => {
    const text =
      'Kondolenzanschrift: Familie Okonkwo, Lindenweg 5, 07743 Jena\nEinverständnis der Geschwister Halbherr liegt bei.\n' +
      'Erdbestattung im Familiengrab Pintus in Nuoro.\nErblasser: Zurbriggen Anselm, von Visp\n' +
      'Transferor: heir of Sequoyah Wolfe (original owner)\nre the will of Serra, Montse\nBELOVED WIFE OF TALULAH\n' +
      'she is survived by her sons Tamaq and Ujarak\n' +
      'Familie und Beruf; heir of the estate; Sterbeurkunde Nr. 2025/611';
    const names = bereavementNames(text).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(names, [
      'Okonkwo',
      'Halbherr',
      'Pintus',
      'Zurbriggen Anselm',
      'Sequoyah Wolfe',
      'Serra, Montse',
      'TALULAH',
      'Tamaq',
      'Ujarak',
    ]);
  });

  it('finds a name after mourning words through the scanner, and the first line of names under a closing formula', () => {
    const text =
      '* 3. Januar 1931   † 3. November 2025\n\nIn stiller Trauer\nIlmari und Aune Korhonen\n\n' +
      'Einverständnis der Geschwister Halbherr liegt bei.\nIn stiller Trauer\nDeine Kinder';
    const names = found(text, 'PERSON');
    assert.ok(names.includes('Halbherr'), names.join('|'));
    assert.ok(names.includes('Ilmari'), names.join('|'));
    assert.ok(!names.some((n) => /Deine|Kinder/.test(n)), names.join('|'));
  });

  it("reads the name after an executor's or a testator's label", () => {
    const text =
      'Approved by executor: Eòghann MacLùcais                 Date: 3 Nov\nTestamentsvollstrecker: Ingolf Brachvogel';
    const names = found(text, 'PERSON');
    assert.ok(names.includes('Eòghann MacLùcais'), names.join('|'));
    assert.ok(names.includes('Ingolf Brachvogel'), names.join('|'));
  });

  it('ends a phone number at a closing bracket it did not open (a share "½" after it is no digit of it)', () => {
    const text = 'Heirs: Vibe Holmgaard (spouse, +45 52 71 38 90) ½; Anker Holmgaard (son) ½\nTel. +49 (0)30 2231 884';
    const phones = found(text, 'PHONE_NUMBER');
    assert.deepEqual(phones, ['+45 52 71 38 90', '+49 (0)30 2231 884']);
  });

  it('reads a birth date after a hedge word that breaks the line ("geboren vermutlich\\nam …")', () => {
    const text =
      'Taufeintrag von Alois Planötscher, geboren vermutlich\nam 21.04.1903, Sohn der Maria Obwexer\nTermin am 02.05.2026';
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['21.04.1903']);
  });

  it('reads long lines in linear time', () => {
    const input = (n: number) =>
      repeated('Familie ', n) +
      repeated('Xy (1944-02-11 – ', n) +
      repeated('3.5.1941 – ', n) +
      '\n' +
      repeated('A · ', n);
    assertLinearTime('bereavement names', bereavementNames, input(50_000), input(200_000));
    assertLinearTime('born signs', bornSigns, input(50_000), input(200_000));
    assertLinearTime(
      'letterhead',
      (t) => scanner.scan(t),
      'Acme GmbH · ' + input(5_000),
      'Acme GmbH · ' + input(20_000),
    );
  });
});
