import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { valuesOf } from '../../support/privacy-found.js';

/**
 * Hostile review of round 25 (names and values in slide decks and workbooks). Examples written here.
 */
const persons = valuesOf('PERSON');
const postal = valuesOf('POSTAL_ADDRESS');

describe('privacy review 23: round 25 look-alike filters keep real names', () => {
  it('keeps a full name in a cell of a heading row (a form row of label and value)', () => {
    assert.ok(persons('Name;Jana Petersen;Telefon;Status\n').includes('Jana Petersen'));
    assert.ok(persons('Name,Email,Mobile,Tobias Krüger,Level\n').includes('Tobias Krüger'));
  });
  it('keeps a full name after a status label, a closing slide or with a gendered ending written after it', () => {
    assert.ok(persons('Stage: Jana Petersen\n').includes('Jana Petersen'));
    assert.ok(persons('Danke\nJana Petersen hat die Präsentation erstellt\n').includes('Jana Petersen'));
    assert.ok(persons('Ansprechpartner/in: Jana Petersen/in\n').some((p) => p.startsWith('Jana Petersen')));
  });
  it('keeps a name written after a formula’s cell reference in the same cell', () => {
    assert.ok(persons('Kontakt\t=B2 Jana Petersen\n').includes('Jana Petersen'));
    assert.ok(persons('Kunde;=A1&" "&B1 Tobias Krüger;\n').includes('Tobias Krüger'));
  });
  it('still leaves formulas', () => {
    assert.deepEqual(
      persons('Vorname;Nachname;Anzeigename\nMaud;Vantongeren;=VERKETTEN(A2;" ";B2)\n').filter((p) =>
        /VERKETTEN/.test(p),
      ),
      [],
    );
  });
});

describe('privacy review 23: footers and cell dumps', () => {
  it('keeps a sole trader’s address in her footer, her name beside it or in her mailbox', () => {
    assert.deepEqual(postal('Folie 9\nJana Petersen\nLindenstraße 5, 10115 Berlin\ninfo@example.de\n'), [
      'Lindenstraße 5, 10115 Berlin',
    ]);
    assert.deepEqual(
      postal('Folie 1\nFotografie Jana Petersen\n\nFolie 9\nLindenstraße 5, 10115 Berlin\ninfo@petersen-foto.de\n'),
      ['Lindenstraße 5, 10115 Berlin'],
    );
  });
  it('still drops a firm’s footer address', () => {
    assert.deepEqual(
      postal('Slide 6\nNext steps\ncontact@birchway-relocation.com\nHafenstraße 17, 04179 Leipzig\n'),
      [],
    );
  });
  it('does not read a dumped heading cell as a name', () => {
    const dump = 'A1: Name\nB1: Geburtsdatum\nA2: Jana Petersen\nB2: 32874\n';
    assert.deepEqual(persons(dump), ['Jana Petersen']);
    for (const heading of ['Geb.-Datum', 'Fecha de nacimiento', 'Doğum tarihi'])
      assert.deepEqual(persons(dump.replace('Geburtsdatum', heading)), ['Jana Petersen'], heading);
  });
  it('reads a serial date of birth under a Turkish, Romanian or Hungarian heading', () => {
    for (const heading of ['Doğum tarihi', 'Data nașterii', 'Születési dátum'])
      assert.deepEqual(valuesOf('DATE_OF_BIRTH')(`Name;${heading}\nJana Petersen;32874\n`), ['32874'], heading);
  });
  it('reads huge hostile dumps in linear time', () => {
    const scanner = new PrivacyScanner();
    const make = (n: number) => {
      let s = 'A1: Name\nB1: Geburtsdatum\n';
      for (let i = 2; i < n; i++) s += `A${i}: =CONCATENATE(B${i}, Jana (partner) (partner)\nB${i}: 32874\n`;
      return s;
    };
    assertLinearTime('dumps', (t) => scanner.scan(t), make(2500), make(10000));
  });
});

describe('privacy review 23: an e-mail address that sweeps up the end of an address', () => {
  // A bullet between a town and a mailbox reads as a dot in the view ("Berlin . kontakt@…", the way an
  // obfuscated address writes its dots), so the e-mail finding starts at the town and wins the overlap.
  // The address must still cover what the e-mail finding leaves: pseudonymization would show street and
  // postcode otherwise. (A role mailbox beside it makes the line a firm's footer, footer-addresses.ts.)
  const scanner = new PrivacyScanner();
  const covered = (text: string, value: string) => {
    const at = text.indexOf(value);
    const found = scanner.scan(text);
    for (let i = at; i < at + value.length; i++)
      if (/\S/.test(text[i]) && !found.some((e) => e.start <= i && i < e.end)) return false;
    return true;
  };
  for (const line of [
    'Lindenstraße 5, 10115 Berlin · jana.petersen@example.de',
    'Jana Petersen · Lindenstraße 5, 10115 Berlin • jana@example.de',
    '12 Harcourt Road, Dublin 2 ‧ aoife.byrne@example.ie',
  ]) {
    it(`covers every character of the address in "${line}"`, () => {
      const address = line.replace(/^Jana Petersen · /, '').replace(/ [·•‧] \S+$/, '');
      assert.ok(covered(line, address), JSON.stringify(scanner.scan(line)));
    });
  }
});
