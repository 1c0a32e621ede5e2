import { personSpans, has, hasNone } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { workRoleNames } from '../../../nodes/core/privacy/names-work-roles.js';

/**
 * Round 26: people named only after their work role in hand-written documents of every trade (site
 * diaries, workshop logs, minutes, caretaker rotas), with or without a colon; firms named after a person
 * with a trade word before the name. Names and wording are made up here; look-alikes stand beside them.
 */
describe('privacy detectors: shapes of round 26 (names after work roles)', () => {
  it('finds a name after a German work role, with or without a colon, inside a spaced line', () => {
    const text =
      'Werkstattbuch 12   Schicht: früh   Werkstattleiter: Hinnerk Oltrogge\n' +
      'Anwesend: Vorarbeiter Eilert Pohlmann, 3 Monteure\n' +
      'Vermerk: Prüfingenieur Quaschnok vor Ort, Hausmeister Taddäus Wiebking informiert.\n' +
      'Sicherheitsfachkraft: Marthe Koopmann-Iwersen\n';
    const found = personSpans(text);
    for (const n of ['Hinnerk Oltrogge', 'Eilert Pohlmann', 'Quaschnok', 'Taddäus Wiebking', 'Marthe Koopmann-Iwersen'])
      has(found, n);
    // Role words before ordinary nouns are no names.
    const words = personSpans(
      'Polier Einweisung erfolgt.\nBauleiter Begehung am Freitag.\nHausmeister Termin abgesagt.\n',
    );
    for (const w of ['Einweisung', 'Begehung', 'Termin']) hasNone(words, w);
  });

  it('finds a name after an English work role', () => {
    const text =
      'Daily log, unit 4\nSite agent: Orrin Blackthorne\nPresent: foreman Dace Mulrooney and two labourers.\n' +
      'Caretaker Ysolde Penhallow reported the leak; first aider Tobiah Grennan attended.\n';
    const found = personSpans(text);
    for (const n of ['Orrin Blackthorne', 'Dace Mulrooney', 'Ysolde Penhallow', 'Tobiah Grennan']) has(found, n);
    hasNone(personSpans('The site agent Office is closed.\nForeman Training booked for May.\n'), 'Office');
  });

  it('finds a name followed by its role in brackets, and a surname after an action word in minutes', () => {
    const text =
      'Notfall: Jarle Thormählen (Ersthelfer) verständigt.\n' +
      '4.1 Fenster bestellen. Action Quennell.\n4.2 Ceiling grid drawings due. Action: Fairclough-Biddle\n' +
      'TOP 3 Gerüst umsetzen. Verantwortlich: Ziesenitz\n';
    const found = personSpans(text);
    for (const n of ['Jarle Thormählen', 'Quennell', 'Fairclough-Biddle', 'Ziesenitz']) has(found, n);
    // "Action" before a word or a team is no name.
    const words = personSpans('5.1 Snag list closed. Action None.\n5.2 Action Plan agreed. Action: Contractor\n');
    for (const w of ['None', 'Plan', 'Contractor']) hasNone(words, w);
  });

  it('finds names in a numbered attendance list with leaders', () => {
    const text =
      'Teilnehmerliste Unterweisung 02.03.\n1. Gesche Dührkop ............ anwesend\n' +
      '2. Ravil Iskhakov .............. krank\n3. Sönke Ketelhut ............ Urlaub\n';
    const spans = (t: string) => workRoleNames(t).map((e) => t.slice(e.start, e.end));
    const found = spans(text);
    for (const n of ['Gesche Dührkop', 'Ravil Iskhakov', 'Sönke Ketelhut']) has(found, n);
    // A numbered list of tasks with leaders is no list of people.
    const tasks = spans('1. Baustelleneinrichtung ........ erledigt\n2. Erdarbeiten .......... offen\n');
    for (const w of ['Baustelleneinrichtung', 'Erdarbeiten']) hasNone(tasks, w);
  });

  // A rota's name column (names-personal-care.ts): found by the rules alone since round 47, not by the scorer.
  it('reads a rota: the weekday column is no name, the person column is', () => {
    const text =
      'Reinigungsplan KW 7, Haus Lindenhof\n' +
      'Mo  Keller und Flure                 Wiebke\n' +
      'Di  Hof kehren, Tonnen               Tammo Brüning\n' +
      'Mi  Treppenhaus A–C                  Wiebke\n';
    const found = personSpans(text);
    has(found, 'Wiebke');
    for (const w of ['Mo  Keller', 'Di  Hof', 'Mi  Treppenhaus']) hasNone(found, w);
    hasNone(
      personSpans('Stunden KW 7\nName            Mo  Di  Mi  Do  Fr\nOke Janssen      8   8   7   8   6\n'),
      'Mo  Di',
    );
  });

  it('keeps a person inside a firm named after a trade word unlabelled, and a person beside it labelled', () => {
    const found = personSpans(
      'Ort: Ingenieurbüro Quistorp + Partner, Raum 3\nAuftragnehmer: Malerbetrieb Ohlendiek & Co., vertreten durch Fenna Stührmann\n',
    );
    has(found, 'Fenna Stührmann');
    for (const w of ['Quistorp', 'Ohlendiek']) hasNone(found, w);
    // Without firm evidence after it the trade word does not hide a person.
    has(personSpans('Ansprechpartner: Tjalda Quistorp, Ingenieurbüro\nTel. 0170 4455661\n'), 'Tjalda Quistorp');
  });

  it('takes a building for no person, and keeps a person whose given name stands before the same word', () => {
    const found = personSpans('KEY REGISTER — Ashgrove House (extract)\nMETER READINGS — Ashgrove House, 31 May\n');
    hasNone(found, 'Ashgrove');
    has(personSpans('Tenant: Penelope House\nPhone: 07700 900 123\n'), 'Penelope House');
  });

  it('takes a plan, an abbreviation, a heading cell or a compound noun after a role for no person', () => {
    const found = personSpans(
      'Hausmeister Rota – Lindenweg 4 – März\n' +
        'Zuständig: EDV-Hotline\n' +
        'Zeit\tNutzer\tAktion\tZiel-IP\n' +
        'Hauswart Wohnanlage Birkenhain\n',
    );
    for (const w of ['Rota', 'EDV-Hotline', 'Ziel-IP', 'Wohnanlage']) hasNone(found, w);
    // The same places with people.
    const people = personSpans(
      'Hausmeister Ole Rota kommt am Montag.\nZuständig: Quaschnok\nHauswart Jon Birkenhain\n',
    );
    for (const n of ['Ole Rota', 'Quaschnok', 'Jon Birkenhain']) has(people, n);
  });

  it('scans work roles in linear time', () => {
    const unit = 'Polier Eilert Pohlmann, Bauleiter: Hinnerk Oltrogge (Ersthelfer) Action Quennell. ';
    assertLinearTime('work roles', workRoleNames, repeated(unit, 40_000), repeated(unit, 160_000));
    const bare = 'Bauleiter Bauleiter Bauleiter ';
    assertLinearTime('work roles, bare', workRoleNames, repeated(bare, 40_000), repeated(bare, 160_000));
  });
});
