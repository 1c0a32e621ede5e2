import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { found as values } from '../../support/type-findings.js';

/*
 * Review of round 51 (libraries, archives, genealogy; Jupyter notebooks): each rule that says "a public body's own
 * value", "a team", "a street" or "a group" must leave a person's value in a similar place personal. Each door below
 * is paired with the shape the round taught, which must stay cleared. All names and numbers here are made up.
 */
const scanner = new PrivacyScanner();

describe('review 51: public bodies, teams, streets and groups keep a person’s values', () => {
  it('a family writing "unser Konto" TO a library or museum keeps its IBAN; the library’s own letter does not', () => {
    const iban = 'DE89 3704 0044 0532 0130 00';
    const toLibrary = `An das Stadtarchiv Kleinau\n\nBitte erstatten Sie die Kopiergebühr auf unser Konto\n${iban}\nFamilie Brandhuber`;
    const toMuseum = `Sehr geehrtes Museum,\nwir haben doppelt bezahlt. Bitte zurück auf unser Konto ${iban}.\nViele Grüße\nJan und Ute`;
    assert.deepEqual(values(toLibrary, 'IBAN_CODE'), [iban]);
    assert.deepEqual(values(toMuseum, 'IBAN_CODE'), [iban]);
    const fromLibrary = `Stadtbibliothek Kleinau · Ringstraße 4 · 01234 Kleinau\n\nFrau\nWilma Esterhazy-Dorn\n\nBitte überweisen Sie die Mahngebühr auf unser Konto\nAT61 1904 3002 3457 3201 (Verwendungszweck: M-7781).`;
    assert.deepEqual(values(fromLibrary, 'IBAN_CODE'), []);
  });

  it('a reader’s phone under "Dear … Library," stays; a desk’s line beside its mailbox is the body’s', () => {
    const reader = 'Dear Central Library,\nThe book went back on Monday.\nQueries 0161 496 0734\nThanks';
    assert.deepEqual(values(reader, 'PHONE_NUMBER'), ['0161 496 0734']);
    const colon = 'Dear Central Library,\nThe book went back on Monday.\nQuestions: 0161 496 0734\nR. Okwuosa';
    assert.deepEqual(values(colon, 'PHONE_NUMBER'), ['0161 496 0734']);
    const desk =
      'Landesarchiv Kleinau\n\nIhre Bestellung liegt bereit.\nAuskunft: Tel. +49 351 4820-100 oder lesesaal@landesarchiv-kleinau.example';
    assert.deepEqual(values(desk, 'PHONE_NUMBER'), []);
  });

  it('a signature naming the library one volunteers at keeps the line under it; a letterhead clears its own', () => {
    const volunteer =
      'Hallo zusammen,\nbis Donnerstag dann.\n\nEhrenamtlich in der Stadtbücherei Kleinau\nTel. 0351 4829173';
    assert.deepEqual(values(volunteer, 'PHONE_NUMBER'), ['0351 4829173']);
    const friends = 'Thanks, see you Thursday.\n\nFriends of the Central Library\n0161 496 0734';
    assert.deepEqual(values(friends, 'PHONE_NUMBER'), ['0161 496 0734']);
    const own = 'Kreisarchiv Kleinau\nTel. 0351 4820100\n\nIhre Anfrage vom 3. März.';
    assert.deepEqual(values(own, 'PHONE_NUMBER'), []);
  });

  it('a family’s or private archive is a person’s, not a public body', () => {
    const family = 'Unser Familienarchiv\nTel. 0351 4829173';
    assert.deepEqual(values(family, 'PHONE_NUMBER'), ['0351 4829173']);
  });

  it('a street word before a name clears it only with a house number or, for Celtic kinds, a postcode', () => {
    assert.deepEqual(values('Via Carlos Mendoza, signed 12 March 2024', 'PERSON'), ['Carlos Mendoza']);
    assert.deepEqual(values('Clos Emrys Pritchard said he sent 2024 copies', 'PERSON'), ['Emrys Pritchard']);
    assert.deepEqual(values('Record office: Clos Emrys Pritchard, Leckwith, Cardiff CF11 8ZZ', 'PERSON'), []);
  });

  it('a notebook author team of ordinary words is no one; a surname before "team" stays', () => {
    const nb = (author: string) =>
      JSON.stringify({
        cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Ausleihen\n'] }],
        metadata: { authors: [{ name: author }] },
        nbformat: 4,
        nbformat_minor: 5,
      });
    assert.deepEqual(values(nb('Okonjowe data team'), 'PERSON'), ['Okonjowe']);
    assert.deepEqual(values(nb('Statistics data team'), 'PERSON'), []);
  });

  it('a surname that is a group word stays in a name column; a group with its qualifier does not', () => {
    const table =
      '| Nachname | Vorname | Besuch |\n|---|---|---|\n| Klasse | Mira | 12.03. |\n| Kurs | Jonas | 13.03. |\n| Gruppe Uni Kleinau | | 14.03. |';
    const persons = values(table, 'PERSON');
    assert.ok(persons.includes('Klasse') && persons.includes('Kurs'), persons.join(' | '));
    assert.ok(!persons.some((p) => p.startsWith('Gruppe')), persons.join(' | '));
  });

  it('a notebook’s escaped values map back onto the whole original value', () => {
    const text =
      '{"cells":[{"cell_type":"code","metadata":{},"outputs":[{"output_type":"execute_result","data":{"text/html":["<table>\\n","<tr><th></th><th>leser</th><th>geburtsdatum</th></tr>\\n","<tr><th>0</th><td>J\\u00fcrgen Sch\\u00f6nwald</td><td>1961-03-12</td></tr>\\n","</table>"]},"metadata":{}}],"source":["df\\n"]}],"metadata":{},"nbformat":4,"nbformat_minor":5}';
    assert.deepEqual(values(text, 'PERSON'), ['J\\u00fcrgen Sch\\u00f6nwald']);
    assert.deepEqual(values(text, 'DATE_OF_BIRTH'), ['1961-03-12']);
  });

  it('the round’s readers stay linear on hostile input', () => {
    const nb = (strings: string[]) =>
      JSON.stringify({
        cells: [
          {
            cell_type: 'code',
            metadata: {},
            outputs: [{ output_type: 'execute_result', data: { 'text/html': strings }, metadata: {} }],
            source: ['df\n'],
          },
        ],
        metadata: {},
        nbformat: 4,
      });
    const scan = (t: string) => scanner.scan(t);
    const cells = (n: number) => nb(Array.from({ length: n }, (_, i) => `<tr><td>Okafor ${i}</td><td>x</td></tr>\n`));
    assertLinearTime('notebook <td> cells', scan, cells(2500), cells(10000));
    const oneString = (n: number) => nb(['<table>' + '<td>Ab'.repeat(n)]);
    assertLinearTime('notebook unclosed <td>', scan, oneString(15000), oneString(60000));
    const ansi = (n: number) => '"' + '\\u001b[0;3'.repeat(n) + '"';
    assertLinearTime('ANSI escapes', scan, ansi(10000), ansi(40000));
    const letters = (n: number) => 'Dear Central Library,\nQueries 0161 496 0734\n'.repeat(n);
    assertLinearTime('addressed bodies', scan, letters(500), letters(2000));
  });
});
