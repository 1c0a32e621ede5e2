import { flagged, unflagged } from '../../support/type-findings.js';

describe('archive and genealogy sources that are no one (not-people-record-sources.ts, round 51)', () => {
  it("leaves a church book's place and register kind before its year", () => {
    const note = 'Belege: KB Wurzen Taufen 1794 S. 8 Nr. 12; KB Oschatz Trauungen 1820 Nr. 4.\n';
    unflagged(note, 'PERSON', 'Wurzen Taufen');
    unflagged(note, 'PERSON', 'Oschatz Trauungen');
    unflagged('Source: Kelmarsh Burials 1852, entry 31.\n', 'PERSON', 'Kelmarsh Burials');
  });

  it('keeps a person whose surname is a register word in a sign-off', () => {
    flagged('Viele Grüße\nMirelle Taufen\n', 'PERSON', 'Mirelle Taufen');
  });

  it("leaves a town's reference book, keeps a town's adjective before a person", () => {
    unflagged('Noch offen:\n– Klagenfurter Häuserbuch, Bd. 3 (fällig seit 02.02.2026)\n', 'PERSON', 'Klagenfurter');
    flagged('Noch offen bei Frau Ottilie Grazer, Bd. 3.\n', 'PERSON', 'Ottilie Grazer');
  });

  it("leaves a body's records in a title, keeps a person after the same words", () => {
    unflagged('Title: Minutes of the Synod of Fenwick Shires, vol. 2\n', 'PERSON', 'Fenwick Shires');
    flagged('Title: Papers of the Council of Maribel Quenby, 1890\n', 'PERSON', 'Maribel Quenby');
  });

  it("leaves a form's name label after a title, keeps the names it asks for", () => {
    const form = 'Title: Mrs   First name: Oighrig   Surname: NicLeòid\n';
    unflagged(form, 'PERSON', 'First');
    flagged(form, 'PERSON', 'Oighrig');
  });
});

describe('Welsh, Irish and Gaelic street kinds before the street name (not-people-thing-labels.ts, round 51)', () => {
  it('leaves the words after "Clos" or "Heol" on a line with a postcode', () => {
    unflagged('Office: County Record Office, Clos Parc Tregarth, Pentwyn, Cardiff CF23 9ZZ\n', 'PERSON', 'Parc');
  });
});
