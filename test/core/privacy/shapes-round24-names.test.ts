import { personSpans, has, hasNone } from '../../support/person-spans.js';
import assert from 'node:assert/strict';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/**
 * Round 24: names in word-processor documents converted to plain text with their review layer
 * (tracked changes, comments, document properties, running headers, mail-merge fields) and in the
 * documents of arts and events: wedding plans, cast lists, rooming lists. Names and wording are made up
 * here, not taken from any set; look-alikes stand beside them.
 */
describe('privacy detectors: shapes of round 24 (names in reviewed documents)', () => {
  it('finds the authors of tracked changes and comments in every notation', () => {
    const text =
      'Die Probe beginnt [um zehn Uhr]{.insertion author="Ottilie Brandstaetter" date="2026-02-03T10:00:00Z"}.\n' +
      'Der Text [wurde gekürzt]{.insertion author="Ulvis Drabants" date="2026-02-03T10:00:00Z"}.\n' +
      '[]{.comment-start id="4" author="Rasmus Quelle" date="2026-02-03T10:05:00Z"}Saal B[]{.comment-end id="4"}\n' +
      '[orchestra pit]{.deletion author="Stage Office" date="2026-02-03T10:07:00Z"}\n' +
      'Bitte prüfen.[^c2]\n\n[^c2]: Wendelin Urbanczyk — 04.02.: Saal ist doppelt belegt\n\n' +
      'Kommentare\nWU3  Wendelin Urbanczyk  04.02.2026  Raum klären\n';
    const found = personSpans(text);
    for (const n of ['Ottilie Brandstaetter', 'Ulvis Drabants', 'Rasmus Quelle', 'Wendelin Urbanczyk']) has(found, n);
    // An office as an author is no person.
    hasNone(found, 'Stage Office');
  });

  it('reads persons in document properties, and the company and its running header as no person', () => {
    const text =
      'Titel: Mietvertrag Probebühne\nAutor: Jorunn Feldkirch\nZuletzt gespeichert von: Benedek Tarrant\n' +
      'Manager: Liesl Ombrecht\nFirma: Kammerchor Elbwiesen\nRevision: 4\n\n' +
      'Kammerchor Elbwiesen\tMietvertrag Probebühne\n\nSehr geehrte Frau Ombrecht,\n\nSeite 1 von 2\n' +
      '\fKammerchor Elbwiesen\tMietvertrag Probebühne\nMiete: 400 €\n';
    const found = personSpans(text);
    for (const n of ['Jorunn Feldkirch', 'Benedek Tarrant', 'Liesl Ombrecht']) has(found, n);
    for (const w of ['Elbwiesen', 'Mietvertrag', 'Kammerchor']) hasNone(found, w);
  });

  it('finds a couple and the witnesses of a wedding plan', () => {
    const de = 'Ablauf Hochzeit\n\nBrautpaar: Henrike & Tjark Oltmanns\nTrauzeugin: Swantje Harmsen 0171 2345678\n';
    const en = 'Wedding day timeline\n\nCouple: Aurelio and Bronagh Kilbride\nMaid of honour: Saoirse Dunleavy\n';
    const found = personSpans(de + en);
    for (const n of ['Henrike', 'Tjark Oltmanns', 'Swantje Harmsen', 'Aurelio', 'Bronagh Kilbride', 'Saoirse Dunleavy'])
      has(found, n);
    // The venue after the couple is no one.
    hasNone(personSpans('Hochzeit Henrike & Tjark Oltmanns – Gut Lindenhain\n'), 'Lindenhain');
  });

  it('finds the family at a shooting location, a lender under its label and a submission log entry', () => {
    const text =
      'Location: home of Quellmalz, 14 Mill Road\nMotiv: Wohnung Familie Ormerod, Lindenweg 4\n' +
      'Motiv 2: Küche Wohnung Drabants, Am Anger 7\nEinsatzort: Lindenweg 3 (Wohnung Patientin, 2. OG)\n\n' +
      'Leihgeber/in\n\tUlvis Wrenfield\n\tMühlgasse 5, 1010 Wien\n\nSUBMISSIONS\n#17  Maren Osterkamp — crime, 80k — requested\n';
    const found = personSpans(text);
    for (const n of ['Quellmalz', 'Ormerod', 'Drabants', 'Ulvis Wrenfield', 'Maren Osterkamp']) has(found, n);
    hasNone(found, 'Patientin');
  });

  it('reads the actor column of cast lists as persons and the role column as none', () => {
    const tabs =
      'Rolle\tDarsteller/in\tAbholung\tMobil\nKOMMISSAR\tIngolf Weyrather\t06:30\t0170 1112223\n' +
      'DIE NACHBARIN\tMarthe Quellmalz\t07:15\t0170 1112224\n';
    const bars =
      '| Character | Cast |\n|---|---|\n| Lady Bracknell | Philippa Ormerod |\n| Algernon | Tobias Wrenfield |\n';
    const found = personSpans(tabs + '\n' + bars);
    for (const n of ['Ingolf Weyrather', 'Marthe Quellmalz', 'Philippa Ormerod', 'Tobias Wrenfield']) has(found, n);
    for (const w of ['KOMMISSAR', 'NACHBARIN', 'Bracknell', 'Algernon', 'Rolle', 'Darsteller']) hasNone(found, w);
  });

  it('reads a rehearsal plan cast column with surnames alone, also after a page break', () => {
    const text =
      'Tag\tZeit\tSzene\tBesetzung\tMobil\nMo\t10:00\t1/2\tWeyrather\t0170 1112223\nDi\t11:00\t2/4\tMarthe Quellmalz\t0170 1112224\n' +
      'Seite 1 von 2\n\fTheater am Fluss\tProbenplan\nMi\t10:00\t3/1\tOrmerod\t0170 1112225\n';
    const found = personSpans(text);
    for (const n of ['Weyrather', 'Marthe Quellmalz', 'Ormerod']) has(found, n);
  });

  it('treats characters after a role cue as no persons, and keeps the actor beside them', () => {
    const text =
      'Vorsprechen für die Rolle: Blanche DuBois\nCasting, Rolle MAREIKE (14–16 J.)\n' +
      'Ingolf Weyrather spielt Hedda Gabler.\nMarthe Quellmalz as Lady Macbeth, and Tobias Wrenfield as Tom Wingfield.\n' +
      'HENRIK (40s): her brother, a fisherman.\n';
    const found = personSpans(text);
    for (const n of ['Ingolf Weyrather', 'Marthe Quellmalz', 'Tobias Wrenfield']) has(found, n);
    for (const w of ['Blanche', 'MAREIKE', 'Hedda', 'Macbeth', 'Wingfield', 'HENRIK']) hasNone(found, w);
    // "as" after no actor is left to the other detectors: "such as" is no cue.
    has(personSpans('Gäste wie Tobias Wrenfield, such as Marthe Quellmalz, kommen.\n'), 'Marthe Quellmalz');
  });

  it('finds rooming list names written SURNAME/GIVEN and SURNAME, GIVEN in capitals', () => {
    const text =
      'Zimmer\tName\tReisepass\nDZ\tOLTMANNS/HENRIKE\tC01X00T0K\nEZ\tHARMSEN/SWANTJE\tC01X00T0L\n' +
      '204   SGL   KILBRIDE, BRONAGH\n';
    const found = personSpans(text);
    for (const n of ['OLTMANNS/HENRIKE', 'HARMSEN/SWANTJE', 'KILBRIDE, BRONAGH']) has(found, n);
    // Capitals with a slash outside a room row are no names.
    const acronyms = personSpans('Protokoll: TCP/IP über WLAN, Band AC/DC im Radio.\n');
    for (const f of acronyms) assert.ok(!f.includes('/'), f);
  });

  it('leaves raw mail-merge fields and their labels alone', () => {
    const text =
      'Ansprechpartner: MERGEFIELD Kontakt\nGemeinde: MERGEFIELD Gemeinde\nTeilnehmer: MERGEFIELD Teilnehmer\n' +
      'Sehr geehrte/r «Anrede» «Nachname»,\nKontakt: <<Ansprechpartner>>\nHallo {{first_name}}, Ihr {{ Vorname }}\n';
    assert.deepEqual(personSpans(text), []);
    // A real name beside a field stays.
    has(personSpans('Kontakt: Ingolf Weyrather, «Telefon»\n'), 'Ingolf Weyrather');
  });

  it('reads software, machines and bots in a person role as no persons', () => {
    const text =
      '| Schritt | Reviewer |\n|---|---|\n| Lint | GitHub Actions |\n\nWritten by Claude Code\nDeploy to staging: Jenkins\n' +
      'Freigabe: Roswitha Jenkins\n';
    const found = personSpans(text);
    for (const w of ['GitHub', 'Claude']) hasNone(found, w);
    assert.ok(!found.includes('Jenkins'), JSON.stringify(found));
    has(found, 'Roswitha Jenkins');
  });

  it('stays linear on dense attribute runs and huge cast tables', () => {
    const attributes =
      '[x]{.insertion author="Ottilie Brandstaetter" date="2026-02-03"}[y]{.comment-start id="1" author="A B" ';
    assertLinearTime(
      'round 24 attributes',
      (t) => scanner.scan(t),
      repeated(attributes, 20_000),
      repeated(attributes, 80_000),
    );
    const cast = 'Rolle\tDarsteller/in\n' + 'KOMMISSAR\tIngolf Weyrather\n'.repeat(2) + 'DZ\tOLTMANNS/HENRIKE\t';
    assertLinearTime('round 24 cast tables', (t) => scanner.scan(t), repeated(cast, 20_000), repeated(cast, 80_000));
  });
});
