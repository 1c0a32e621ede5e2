import assert from 'node:assert/strict';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();
const spans = (text: string, type = 'PERSON') =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const has = (found: string[], value: string) =>
  assert.ok(found.includes(value), `${value} in ${JSON.stringify(found)}`);
const count = (found: string[], value: string) => found.filter((f) => f === value).length;

/** Hostile review of round 24: look-alike rules must not drop real persons. */
describe('privacy review 22 (round 24)', () => {
  it('keeps a person named in a running header and everywhere else in the document', () => {
    const text = 'Akte\nText.\n\fMaria Hofbauer\tPatientenakte\nDiagnose F32, Maria Hofbauer wurde behandelt.\n';
    assert.equal(count(spans(text), 'Maria Hofbauer'), 2, JSON.stringify(spans(text)));
    has(spans('Intro\n\fDr. Lena Vogt\tGutachten\nBefund von Lena Vogt.\n'), 'Lena Vogt');
    // The company property of a sole trader's document is her name.
    has(spans('Company: Maria Hofbauer\nRevision: 2\n\nRechnung an Maria Hofbauer, Linz.\n'), 'Maria Hofbauer');
  });

  it('reads the subject after "spielt"/"plays" as a person when no actor stands before the verb', () => {
    has(spans('Heute spielt Anna Schmidt die Hauptrolle.\n'), 'Anna Schmidt');
    has(spans('Tonight plays Jonathan Pryce at the Globe.\n'), 'Jonathan Pryce');
  });

  it('keeps every mention of a name that is a person elsewhere in the document', () => {
    const text = 'Besetzung\nRolle: Anna Schmidt spielt heute.\nKontakt: Anna Schmidt, Tel. 0171 2345678\n';
    assert.equal(count(spans(text), 'Anna Schmidt'), 2, JSON.stringify(spans(text)));
  });

  it('reads a name after a role label as a person when her phone or mail stands beside it', () => {
    has(spans('Rolle: Maria Hofbauer\nTel. 0171 2345678\n'), 'Maria Hofbauer');
    has(spans('Rolle: Maria Hofbauer, maria.hofbauer@gmx.at\n'), 'Maria Hofbauer');
  });

  it('keeps a surname that is also software when a title stands before it', () => {
    has(spans('Die Akte von Frau Jenkins: Diagnose F32. Mr Jenkins reviewed the build.\n'), 'Jenkins');
  });

  it('reads the birth-date column of a persons table headed in another language', () => {
    const text =
      'Chambre | Nom | Date de naissance | Passeport\nDZ | KOWALCZYK/AGATA | 14.05.1979 | C01X00T478\n' +
      'EZ | Nowak, Jan | 03.02.1985 | C01X00T478\n';
    const dob = spans(text, 'DATE_OF_BIRTH');
    for (const d of ['14.05.1979', '03.02.1985']) has(dob, d);
    const es = 'Habitación\tNombre\tFecha de nacimiento\tPasaporte\nDZ\tNOWAK/JAN\t03.02.1985\tx\n';
    has(spans(es, 'DATE_OF_BIRTH'), '03.02.1985');
  });

  it('stays linear on many actors before "spielt" and "as" and on names kept elsewhere', () => {
    const unit = 'Ingolf Weyrather spielt Hedda Gabler. Marthe Quellmalz as Lady Macbeth.\nRolle: Anna Schmidt\n';
    // Phone numbers on one long line beside a role label: their lines are found in one walk.
    const phones = 'Rolle: Maria Hofbauer T: 0044 1275 4963444 ';
    assertLinearTime('review22 phones', (t) => scanner.scan(t), repeated(phones, 100_000), repeated(phones, 400_000));
    assertLinearTime('review22 cues', (t) => scanner.scan(t), repeated(unit, 200_000), repeated(unit, 800_000));
  });
});
