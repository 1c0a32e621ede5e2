import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { namedThingNoPerson } from '../../../nodes/core/privacy/not-people-things.js';

const scanner = new PrivacyScanner();
const mails = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'EMAIL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

describe("letters' look-alike names and firms' role mailboxes", () => {
  it("reads an owners' board and a conveyancing desk as role mailboxes; a free-mail or a name's box stays", () => {
    const text =
      'Fragen an den Beirat: beirat@weg-birkenhain.de\nSolicitors: Quayview Legal, conveyancing@quayview-legal.com.au\n' +
      'Privat: beirat@gmail.com';
    assert.deepEqual(mails(text), ['beirat@gmail.com']);
    assert.deepEqual(mails('Kontakt Tamsin Holloway: tamsin.holloway@quayview-legal.com.au'), [
      'tamsin.holloway@quayview-legal.com.au',
    ]);
  });

  it('reads a department word missing from the dictionary after a contact label as no person', () => {
    const found = personSpans('Bei Fragen: Ansprechpartner Zentrale, werktags.\nAnsprechpartner Ortwin Glaser.');
    hasNone(found, 'Zentrale');
    has(found, 'Ortwin Glaser');
    hasNone(personSpans('Gästeliste\n\nAusweis Hauptgast: Personalausweis vorgelegt.'), 'Hauptgast');
  });

  it('reads the plural of a party label as a label, and the names after it, but no abbreviation in the list', () => {
    const found = personSpans('Sellers: Oriol Fabregat and Neus Vilaró, NIE on file\nNotary: pending');
    hasNone(found, 'Sellers');
    hasNone(found, 'NIE');
    has(found, 'Oriol Fabregat');
    has(found, 'Neus Vilaró');
  });

  it("reads a list of fittings as things, a roster of 'Surname, Given' as people", () => {
    hasNone(personSpans('Ausstattung: Parkett, Duschbad mit Fenster, Keller, Abstellraum'), 'Fenster');
    has(personSpans('Teilnehmende: Fischer, Anna'), 'Fischer, Anna');
    has(personSpans('Aufnahme\nPatient: Rinaldo, Vittoria, DOB 1990-02-03'), 'Rinaldo, Vittoria');
  });

  it("reads an office named by its district as the firm's; an office named by its owner's surname stays", () => {
    const office = 'Makler: Elbufer Immobilien, Büro Barmbekerhude, kontakt@elbufer.example';
    const at = office.indexOf('Barmbekerhude');
    assert.ok(namedThingNoPerson(office, at, at + 'Barmbekerhude'.length, 'Barmbekerhude'));
    hasNone(personSpans(office), 'Barmbekerhude');
    const owner = 'Die Unterlagen liegen im Büro Kowalczyk bereit.';
    const by = owner.indexOf('Kowalczyk');
    assert.ok(!namedThingNoPerson(owner, by, by + 'Kowalczyk'.length, 'Kowalczyk'));
    // Scanned: an owner's full name after "Büro" stays a person (the surname alone is left to the scorer).
    has(personSpans('Die Unterlagen liegen im Büro Anna Kowalczyk bereit.'), 'Anna Kowalczyk');
  });

  it('reads a given name no list holds, alone on the last line of a greeted message, as its sign-off', () => {
    const signed = 'Hi Odalys,\n\nthe keys are in the office safe.\nOffice line: 04 555 0100.\n\nTawhiriel';
    has(personSpans(signed), 'Tawhiriel');
    // No greeting: a report's last word signs nothing; an ordinary word or capitals sign nothing either.
    hasNone(personSpans('Keys handed over.\n\nAttachments'), 'Attachments');
    hasNone(personSpans('Hi Odalys,\n\nkeys handed over.\n\nAttachments'), 'Attachments');
    hasNone(personSpans('Hi Odalys,\n\nkeys handed over.\n\nOK'), 'OK');
  });

  it('reads long greeted messages and long lists in linear time', () => {
    assertLinearTime(
      'greeted sign-off and item lists',
      (t) => scanner.scan(t),
      'Hi Odalys,\n\n' + repeated('Parkett, Fenster, Keller, Büro Nord, ', 4_000) + '\n\nTawhiriel',
      'Hi Odalys,\n\n' + repeated('Parkett, Fenster, Keller, Büro Nord, ', 16_000) + '\n\nTawhiriel',
    );
  });
});
