import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const people = valuesOf('PERSON');

/** Whether every name is among the PERSON findings (a finding may hold a name with more beside it). */
function findsAll(text: string, names: string[]): void {
  const found = people(text);
  for (const name of names)
    assert.ok(
      found.some((f) => f === name || f.split(/[ ,]+/).includes(name) || f.includes(name)),
      `${name} in ${JSON.stringify(found)}\n${text}`,
    );
}
/** Whether no PERSON finding holds any of the words. */
function findsNone(text: string, words: string[]): void {
  const found = people(text);
  for (const word of words)
    assert.ok(!found.some((f) => f.includes(word)), `${word} in ${JSON.stringify(found)}\n${text}`);
}

/**
 * Names in slide decks and spreadsheet workbooks extracted to plain text (round 25): a slide's "Surname, Given"
 * heading, buddies and mentors after an arrow, a household's members with their relation or age in brackets, the
 * authors of cell notes, portraits' alt texts, people under role columns; and the look-alikes beside them:
 * formulas under a name column, a quote sheet's row labels, a closing slide's "Fragen an …". Examples written here.
 */
describe('privacy detectors: names in slide decks and workbooks (round 25)', () => {
  it('reads "Surname, Given" standing alone on a slide line or heading', () => {
    const text =
      '--- Folie 3 ---\nOkparaeze, Ijeoma\nPhase: Visum\n\n<!-- Slide number: 4 -->\n# Vantongeren, Maud\nPhase: Ankunft\n';
    findsAll(text, ['Okparaeze', 'Ijeoma', 'Vantongeren', 'Maud']);
  });
  it('reads "Surname, Given" as the first cell of a tab, semicolon or quoted comma row', () => {
    findsAll('Kraft\tEinsatz\tStunden\nOkparaeze, Ijeoma\tEmpfang\t31\n', ['Okparaeze', 'Ijeoma']);
    findsAll('Kraft;Einsatz;Stunden\nVantongeren, Maud;Lager;12\n', ['Vantongeren', 'Maud']);
    findsAll('Kraft,Einsatz,Stunden\n"Tshabalala, Nomvula",Lager,12\n', ['Tshabalala', 'Nomvula']);
  });
  it('leaves "Total, net" and "Zürich, Basel" on a line alone', () => {
    findsNone('Summary\nTotal, net\nRevenue, gross\n', ['Total', 'Revenue']);
  });
  it('reads buddies and mentors after an arrow and the person before it', () => {
    const text = 'Your buddies\n• Ijeoma Okparaeze → buddy: Maudrin\n- Maudrin Vantongeren → Mentor: Ijeoma\n';
    findsAll(text, ['Ijeoma Okparaeze', 'Maudrin', 'Maudrin Vantongeren', 'Ijeoma']);
    findsAll('☐ Patin zuweisen: Nomvula Tshabalala\n', ['Nomvula Tshabalala']);
  });
  it('leaves "→ Buddy: TBD" and "Mentor: n/a"', () => {
    findsNone('• Laptop → Buddy: TBD\nMentor: n/a\n', ['TBD', 'Laptop']);
  });
  it('reads a household: relation or age in brackets, a child born on a date', () => {
    const text =
      'Haushalt\n• Nomvula Tshabalala (Mitarbeiter/in)\n• Sipho (Partner/in)\n• Lwazi, geb. 2014-03-02\nKinder: Thandeka (6) und Ayanda (3)\n';
    findsAll(text, ['Nomvula Tshabalala', 'Sipho', 'Lwazi', 'Thandeka', 'Ayanda']);
    findsAll('Household\n- Ijeoma (partner)\n- Chidera, born 2015-02-16\nChildren: Obinna (Year 8) and Adaeze (7)\n', [
      'Ijeoma',
      'Chidera',
      'Obinna',
      'Adaeze',
    ]);
  });
  it('leaves things with a number in brackets', () => {
    findsNone('Rooms (3)\nLaptop (2)\nStandorte (4) und Lager (2)\n', ['Rooms', 'Laptop', 'Standorte', 'Lager']);
  });
  it('reads the authors of cell notes and comments', () => {
    findsAll('Note (Ijeoma Okparaeze): second reference verbal only\n', ['Ijeoma Okparaeze']);
    findsAll('Notiz (Maud Vantongeren) zu E3: Nummer vom Lebenslauf\n', ['Maud Vantongeren']);
    findsAll('Comments (Tshabalala): strong on payroll\n', ['Tshabalala']);
    findsAll('[Threaded comment] Nomvula Tshabalala: please check\n', ['Nomvula Tshabalala']);
    findsAll('Kommentar von Sipho Ndlovu: bitte prüfen\n', ['Sipho Ndlovu']);
  });
  it('reads the person of a portrait alt text and a passport line', () => {
    findsAll('[Bild: Porträt Okparaeze]\n', ['Okparaeze']);
    findsAll('![alt="Photo of Maud Vantongeren"](img.png)\n', ['Maud Vantongeren']);
    findsAll('Picture 3: Nomvula Tshabalala at the kick-off\n', ['Nomvula Tshabalala']);
    findsAll('Passport (Ijeoma): X7JTJGTTY1\nReisepass Vantongeren: H3H8T5TPT0\n', ['Ijeoma', 'Vantongeren']);
  });
  it('leaves an alt text of a thing', () => {
    findsNone('[Bild: Porträt Firmengebäude]\n[Image: Logo]\n', ['Firmengebäude', 'Logo']);
  });
  it('reads names under role headings and after role labels of a sheet row', () => {
    findsAll('Worker,ID card,Client site\nIjeoma Okparaeze,THNMXJ4VT9,Hub West\n', ['Ijeoma Okparaeze']);
    findsAll('Lehrkraft;Maud Vantongeren;;;\nTeilnehmer/in;E-Mail;Mobil\n', ['Maud Vantongeren']);
    findsAll('Host family,Vantongeren,\nAddress,"Ulmenring 1, 80469 München"\n', ['Vantongeren']);
    findsAll('Kandidat/in 2: Nomvula Tshabalala\n16 J. Erfahrung\n', ['Nomvula Tshabalala']);
  });
  it('leaves a formula under a name column', () => {
    findsNone('Vorname;Nachname;Anzeigename\nMaud;Vantongeren;=VERKETTEN(A2;" ";B2)\n', ['VERKETTEN']);
    findsNone('First name\tLast name\tDisplay name\nIjeoma\tOkparaeze\t=CONCATENATE(A2," ",B2)\n', ['CONCATENATE']);
    findsNone('first,last,full\nIjeoma,Okparaeze,=A2&" "&B2\n', ['A2']);
  });
  it('leaves a quote sheet’s row labels under a customer row, keeping the customer', () => {
    const text =
      'Customer;Ijeoma Okparaeze;;\nOrigin;Hafenweg 4, 50667 Köln;Floor;4\nVolume cu ft;2229;Rate;5\nTotal;=B4*D4;;\nDeposit card;6011-9187-2393-1488;;\n';
    findsNone(text, ['Origin', 'Volume', 'Total', 'Deposit']);
    findsAll(text, ['Ijeoma Okparaeze']);
    const de =
      'Kunde\tMaud Vantongeren\t\t\nAbholung\tBirkenhof 17, 10437 Berlin\tEtage\t0\nVolumen m³\t60\tPreis/m³\t78\nGesamt\t=B4*D4\t\t\nAnzahlung Karte\t5512 7609 1712 2417\t\t\n';
    findsNone(de, ['Abholung', 'Volumen', 'Gesamt', 'Anzahlung']);
    findsAll(de, ['Maud Vantongeren']);
  });
  it('leaves a closing slide’s first word and a note’s first word that start a sentence', () => {
    findsNone('# Danke\nFragen an das People-Team\n', ['Fragen']);
    findsNone('Thank you\nQuestions to the People team\n', ['Questions']);
  });
  it('keeps a name that starts a speaker note', () => {
    findsAll('Household\n- Ijeoma (partner)\nNotes:\nIjeoma prefers calls after 6pm\n', ['Ijeoma']);
  });
  it('reads a found given name again where a note mentions it alone', () => {
    findsAll(
      'Household\n• Ijeomachi Okparaeze (assignee)\n• Lwazikhona (partner)\nNotes: School search for Lwazikhona; Ijeomachi to chase.\n',
      ['Lwazikhona'],
    );
    const text = 'Household\n• Lwazikhona (partner)\nNotes: School search for Lwazikhona; Ijeomachi to chase.\n';
    const found = people(text);
    assert.equal(found.filter((f) => f === 'Lwazikhona').length, 2, JSON.stringify(found));
  });
  it('reads an interview panel of two surnames under a "Panel" heading, leaving a role word in a label row', () => {
    findsAll('Zeit;Kandidat/in;Panel;Raum\n09:30;Ijeoma Okparaeze;Vantongeren / Tshabalala;R 2.14\n', [
      'Ijeoma Okparaeze',
      'Tshabalala',
    ]);
    findsNone('Worker,ID card,Site\nIjeoma Okparaeze,THNMXJ4VT9,Hub West\nDispatcher,Maud,0171 5512034\n', [
      'Dispatcher',
    ]);
  });
  it('leaves a nationality, an office’s job title and a customer-number heading', () => {
    findsNone('Name: Maud Vantongeren\nPassport (German): FX51W48XW3\n', ['German']);
    findsNone('Das persönliche Erscheinen wird angeordnet.\n\nLindenkamp, Justizangestellte\n', ['Justizangestellte']);
    findsNone('Kunde;Kundennummer;Ort;Umsatz\nBrandt, Henrike;K-1002;Kiel;1200\n', ['Kundennummer']);
  });
  it('keeps a form field written with "=" ("Kontaktperson = …"), which is no formula', () => {
    findsAll('Vorgang = SD-2026-1\nKontaktperson = Maud Vantongeren\n', ['Maud Vantongeren']);
    findsAll('case = SD-2026-1\nContact person = Ijeoma Okparaeze\n', ['Ijeoma Okparaeze']);
  });
  it('reads a team slide’s people with their counts, leaving sites and totals', () => {
    findsAll('Team\n• Chidera Okparaeze: 9 Besetzungen\n• Maud Vantongeren: 15\n', [
      'Chidera Okparaeze',
      'Maud Vantongeren',
    ]);
    findsNone('Standorte\n• Lager Nord: 12\n• Werk Süd: 4\n• Total Revenue: 31\n', ['Lager', 'Werk', 'Total']);
  });
  it('reads a whole name before a buddy arrow whose surname is a word', () => {
    findsAll('Eure Buddies\n• Chidera Touch → Buddy: Maud\n', ['Chidera Touch']);
  });
  it('reads huge cell dumps and many slides in linear time', () => {
    const detector = new PrivacyScanner();
    const slide =
      '--- Slide 3 ---\nOkparaeze, Ijeoma\nHousehold\n• Sipho (partner)\n• Ijeoma Okparaeze → buddy: Maud\n[Bild: Porträt Vantongeren]\nNote (Maud Vantongeren): ok\n';
    const sheet = 'Customer;Ijeoma Okparaeze;;\nTotal;=B4*D4;;\nVantongeren, Maud;Lager;12;=CONCATENATE(A2," ",B2)\n';
    for (const unit of [slide, sheet, 'A1: x\n', 'Okparaeze, '.repeat(40) + '\n', '(partner) '.repeat(50)])
      assertLinearTime('decks and sheets', (t) => detector.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
