import { describe, it } from 'mocha';
import { flagged, unflagged } from '../../support/type-findings.js';

/*
 * Letters, forms and chats of the armed forces write a rank between the courtesy title or the label and the name
 * ("Herrn Oberfeldwebel d.R. …", "Dienstgrad/Name: Stabsunteroffizier …", "[date, time] Sgt …:"): the rank is no
 * name, the name after it is. All names are made up.
 */

describe('military ranks before names', () => {
  it('reads the name after a rank in an address, not the rank', () => {
    const text = 'Herrn Hauptfeldwebel d.R. Wendelin Quarzbichler\nAm Lindenhang 4\n56072 Koblenz';
    unflagged(text, 'PERSON', 'Hauptfeldwebel');
    flagged(text, 'PERSON', 'Wendelin Quarzbichler');
  });

  it('reads the name after a rank in a labelled field', () => {
    const text =
      'Antrag Reservistenausweis\nDienstgrad/Name: Oberstabsgefreiter Ilvana Drössmeyer\nEinheit: 3./Bataillon';
    unflagged(text, 'PERSON', 'Oberstabsgefreiter');
    flagged(text, 'PERSON', 'Ilvana Drössmeyer');
  });

  it('reads a chat speaker after a rank, and a speaker without one beside it', () => {
    const text =
      '[11/10/26, 19:12] Cpl Maëlys-Ann Trewhiddle: Kit check Thu 1900\n[11/10/26, 19:14] Oskar Penhallow: ok, see you there';
    flagged(text, 'PERSON', 'Maëlys-Ann Trewhiddle');
    unflagged(text, 'PERSON', 'Cpl');
    flagged(text, 'PERSON', 'Oskar Penhallow');
  });

  it('keeps a surname that is a rank word when no name follows it (hostile)', () => {
    const text = 'Sehr geehrter Herr Major,\nvielen Dank für Ihren Anruf.';
    flagged(text, 'PERSON', 'Major');
  });
});
