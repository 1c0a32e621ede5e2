import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { found } from '../../support/type-findings.js';
import { speechLogPieces } from '../../../nodes/core/privacy/screen-reader-speech.js';

/*
 * Screen readers' speech logs (NVDA Speech Viewer, JAWS speech history; screen-reader-speech.ts): a field spoken
 * as role, label and value is read as "label: value"; a control's role and label are UI text; a timetable's row
 * under a table's announcement names a class. All names here are made up.
 */

const spans = (text: string, type = 'PERSON') => found(text, type);

const NVDA_DE =
  'Mitgliederverwaltung – Google Chrome\nTabelle mit 5 Zeilen und 2 Spalten\n' +
  'Eingabefeld, Vorname, Shandora\nEingabefeld, Nachname, Hoskiee\nEingabefeld, Geburtsdatum, 24.01.1964\n' +
  'Eingabefeld, Mitgliedsnummer, MG-677023, schreibgeschützt\nLink, Mitglied bearbeiten\nSchalter, Speichern\n';
const NVDA_EN =
  'Member admin – Google Chrome\ntable with 6 rows and 2 columns\n' +
  'edit, First name, Catalineta\nedit, Last name, Cazalisson\nedit, Date of birth, 25/04/1960\n' +
  'edit, Middle name, blank\nlink, Edit member\nbutton, Save\n';
const JAWS_DE =
  'Einverständniserklärung Tätowierung, Überschrift Ebene 1\nName, Bearbeiten, Enoragan Lozac’hwenn\n' +
  'Geburtsdatum, Bearbeiten, 16.04.1970\nReisepassnummer, Bearbeiten, H92V734PG8\n' +
  'Kontrollkästchen, nicht aktiviert, Ich bin nicht schwanger\nMotiv, Bearbeiten, Schwalbe Unterarm links, 9 cm\n';

describe('screen reader speech logs', () => {
  it('reads a field spoken as role, label and value as "label: value"', () => {
    const de = spans(NVDA_DE);
    for (const n of ['Shandora', 'Hoskiee']) assert.ok(de.includes(n), `${n} in ${JSON.stringify(de)}`);
    const en = spans(NVDA_EN);
    for (const n of ['Catalineta', 'Cazalisson']) assert.ok(en.includes(n), `${n} in ${JSON.stringify(en)}`);
    assert.ok(!en.some((s) => /blank|Middle/.test(s)), JSON.stringify(en));
    assert.deepEqual(spans(NVDA_DE, 'DATE_OF_BIRTH'), ['24.01.1964']);
  });

  it('reads JAWS label-first fields, and a motif is no one', () => {
    const found = spans(JAWS_DE);
    assert.ok(found.includes('Enoragan Lozac’hwenn'), JSON.stringify(found));
    assert.ok(!found.some((s) => s.includes('Schwalbe')), JSON.stringify(found));
    assert.deepEqual(spans(JAWS_DE, 'DE_PASSPORT'), ['H92V734PG8']);
    // A motif labelled field with a number of its own is read as any other value.
    const phone = spans(JAWS_DE.replace('9 cm', 'Tel. 0176 33920418'), 'PHONE_NUMBER');
    assert.ok(phone.includes('0176 33920418'), JSON.stringify(phone));
  });

  it('takes a control role and its label for UI text, not a name', () => {
    const found = spans(NVDA_DE);
    assert.ok(!found.some((s) => /Speichern|Schalter|Mitglied/.test(s)), JSON.stringify(found));
  });

  it('reads a timetable row under a table announcement as a class, a person row as a person', () => {
    const table =
      'Kursplan – Mozilla Firefox\nTabelle mit 6 Zeilen und 4 Spalten\nYin Yoga, 07:00, Raum 1, 6 Plätze frei\n' +
      'Salsa Anfänger, 19:45, Raum 4, 3 Plätze frei\nPilates Reformer, 08:45, Raum 4, 5 Plätze frei\n' +
      'Link, Kurs buchen\nEnde der Tabelle\n';
    assert.deepEqual(spans(table), []);
    // A row whose other cells are no times, rooms or places keeps its name.
    const people =
      'Kursplan\nTabelle mit 3 Zeilen und 3 Spalten\nMaria Huber, 07:00, 0176 33920418\nLink, Kurs buchen\n';
    assert.ok(spans(people).includes('Maria Huber'), JSON.stringify(spans(people)));
  });

  it('reads no other text, and stays fast on a huge log', () => {
    assert.equal(speechLogPieces('Vorname: Hoskiee\nNachname, Meyer, Hans\n'), undefined);
    assert.equal(speechLogPieces('edit, First name, Hans'), undefined);
    const huge = 'edit, First name, Catalineta\n'.repeat(40_000);
    const t0 = Date.now();
    speechLogPieces(huge);
    assert.ok(Date.now() - t0 < 2000);
    const long = `edit, ${'a'.repeat(200_000)}, x\nedit, b, c\n`;
    const t1 = Date.now();
    speechLogPieces(long);
    assert.ok(Date.now() - t1 < 2000);
  });
});
