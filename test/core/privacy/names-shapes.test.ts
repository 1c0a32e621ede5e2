import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { isDictionaryWord, isGivenName, isKnownName } from '../../../nodes/core/privacy/name-list.js';

const scanner = new PrivacyScanner();
const people = valuesOf('PERSON');

describe('names where business documents put them without a cue word (issue 9)', () => {
  it('romanised given names of many cultures, and ordinary words that are no names', () => {
    for (const name of ['Seoyeon', 'Jiwoo', 'Hyunwoo', 'Spyros', 'Dmytro', 'Iryna', 'Zhiwei', 'Xinyi', 'Taeyang'])
      assert.ok(isGivenName(name), name);
    for (const word of ['Payroll', 'Academy', 'Engineer', 'Steuerberatung', 'Payment', 'Server'])
      assert.ok(isDictionaryWord(word) && !isGivenName(word), word);
    assert.ok(isKnownName('Seoyeon'));
  });

  it('display names before e-mail addresses, not a team before its address', () => {
    assert.deepEqual(
      people('Am 04.05.2026 um 10:12 schrieb Wanjiru Kamau <w.kamau@example.org>:\n> Kannst du prüfen?'),
      ['Wanjiru Kamau'],
    );
    assert.deepEqual(people('Kopie an: Support Team <support@example.org>'), []);
  });

  it('people introducing themselves and greeted inside a line, not a greeted group', () => {
    assert.deepEqual(people('„Ja, hallo Tamsin, hier ist Bogdan Marinescu wegen der Lieferung."'), [
      'Tamsin',
      'Bogdan Marinescu',
    ]);
    assert.deepEqual(people('Wir sagen: hallo Team, hier ist Montag.'), []);
  });

  it('labels with gender and plural marks, JSON keys and lists of people, not a firm or a room', () => {
    assert.deepEqual(people('Prüfer/in: K. Lindqvist\nFirma: Nordwind Logistik GmbH\nOrt: Raum 3.14'), [
      'K. Lindqvist',
    ]);
    // Every listed name is covered (the pair scan may read "Vries, Zdeněk" as "Surname, Given" across the comma).
    const list = 'Teilnehmer*innen: Anouk de Vries, Zdeněk Horák und Mirela Popescu';
    const found = scanner.scan(list).filter((e) => e.type === 'PERSON');
    for (const name of ['Anouk', 'Horák', 'Mirela Popescu']) {
      const at = list.indexOf(name);
      assert.ok(
        found.some((e) => e.start <= at && at + name.length <= e.end),
        name,
      );
    }
    assert.deepEqual(people('{\n  "firstName": "Dumisani",\n  "lastName": "Mthembu",\n  "team": "Platform"\n}'), [
      'Dumisani',
      'Mthembu',
    ]);
  });

  it('fields side by side on a line, a strong label before a common word, a name after "name is"', () => {
    assert.deepEqual(people("Surname: O'Sullivan        Forename(s): Niamh"), ["O'Sullivan", 'Niamh']);
    assert.deepEqual(people('Last name: Park\nEmployee: Mai Dang'), ['Park', 'Mai Dang']);
    assert.deepEqual(people('His name is Kelechi and he will call you.'), ['Kelechi']);
  });

  it('recipient blocks of letters, not the firm in the letterhead', () => {
    assert.deepEqual(
      people('Nordwind Logistik GmbH · Hafenstraße 3 · 28217 Bremen\n\nAigerim Nurlanova\nLindenweg 14\n04109 Leipzig'),
      ['Aigerim Nurlanova'],
    );
    assert.deepEqual(people('Herrn\nValtteri Koskinen\nAm Stadtpark 9\n90409 Nürnberg'), ['Valtteri Koskinen']);
  });

  it('IRC nicks and chat speakers no list knows, not a bot or a log line', () => {
    assert.deepEqual(people('*** ilkka hat #lager betreten\n<ilkka> Scanner da?\n<jorunn> ja\n<deploy-bot> ok'), [
      'ilkka',
      'ilkka',
      'jorunn',
    ]);
    assert.deepEqual(people('Tuomas 09:14\nwho has the key?\nDilnoza 09:15\nme\nBackup 02:00 completed.'), [
      'Tuomas',
      'Dilnoza',
    ]);
  });

  it('a role and a date before the person, a closing and the name on one line', () => {
    assert.deepEqual(people('Personalausweis geprüft am 3. Mai 2026 von Eero.\nVG Ingrid'), ['Eero', 'Ingrid']);
    assert.deepEqual(people('ID checked on 2026-05-03 by Teodora.'), ['Teodora']);
  });

  it('names found once appear again alone at line starts, firms of names do not', () => {
    assert.deepEqual(
      people('Attendees: Dagny Halvorsen, Nurlan Abenov\n\n- Dagny to send the agenda.\n- Nurlan to book Room 2.'),
      ['Dagny Halvorsen', 'Nurlan Abenov', 'Dagny', 'Nurlan'],
    );
    assert.deepEqual(
      people('Die Kanzlei Kessler & Vogt Steuerberatung berät uns; Clearwater Payroll Services Ltd zahlt.'),
      [],
    );
  });
});
