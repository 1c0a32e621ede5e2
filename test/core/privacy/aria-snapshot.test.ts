import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { ariaSnapshotPieces } from '../../../nodes/core/privacy/aria-snapshot.js';
import { flagged, found, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/*
 * Playwright ARIA snapshots (aria-snapshot.ts): a field's label and its text on one line, a table's cells as a row,
 * a link's url beside its name. All names and numbers here are made up.
 */

const scanner = new PrivacyScanner();

const FORM = [
  '- main:',
  '  - heading "Termin B-4471" [level=1]',
  '  - group "Kundin / Kunde":',
  '    - textbox "Vorname": Jana',
  '    - textbox "Nachname": Hoskiee',
  '    - textbox "Telefon": +49 171 5551234',
  '  - combobox "Behandlung": Balayage',
  '  - textbox "Uhrzeit": "10:15"',
  '  - text: Preis 82,50 €',
  '  - link "Salon anrufen":',
  '    - /url: tel:07116158220',
  '  - button "Termin speichern"',
  '',
].join('\n');

const TABLE = [
  '- table "Appointments 14/05/2026":',
  '  - rowgroup:',
  '    - row "Time Client Phone Service":',
  '      - columnheader "Time"',
  '      - columnheader "Client"',
  '      - columnheader "Phone"',
  '      - columnheader "Service"',
  '  - rowgroup:',
  '    - row:',
  '      - cell "20:00"',
  '      - cell "Tamekrest Ag Ilemdane"',
  '      - cell "+43 676 845455"',
  '      - cell "Pedicure"',
  '    - row:',
  '      - cell "09:45"',
  '      - cell "Chaspertin Sar..."',
  '      - cell "(503) 729-4200"',
  '      - cell "Hot towel shave"',
  '- table "Price list":',
  '  - row "Shellac £72.50":',
  '    - cell "Shellac"',
  '    - cell "£72.50"',
  '  - row "Beard trim £20.00":',
  '    - cell "Beard trim"',
  '    - cell "£20.00"',
  '',
].join('\n');

describe('Playwright ARIA snapshots', () => {
  it("reads a field's label and its text as one line", () => {
    flagged(FORM, 'PERSON', 'Jana');
    flagged(FORM, 'PERSON', 'Hoskiee');
    flagged(FORM, 'PHONE_NUMBER', '+49 171 5551234');
    flagged(
      '- group "Gast":\n  - textbox "Gastname": Tschurtschell, Chaspertin\n',
      'PERSON',
      'Tschurtschell, Chaspertin',
    );
    for (const label of ['Vorname', 'Nachname', 'Kundin', 'Behandlung', 'Termin', 'Balayage'])
      unflagged(FORM, 'PERSON', label);
  });

  it("takes a tel: link named as the salon's call action for the business's number", () => {
    unflagged(FORM, 'PHONE_NUMBER', '07116158220');
    // A link named otherwise keeps its number.
    flagged(FORM.replace('Salon anrufen', 'Jana anrufen'), 'PHONE_NUMBER', '07116158220');
  });

  it("finds the people of a table's rows, a cut name too, and no price list's items", () => {
    flagged(TABLE, 'PERSON', 'Tamekrest Ag Ilemdane');
    flagged(TABLE, 'PHONE_NUMBER', '+43 676 845455');
    const at = TABLE.indexOf('Chaspertin Sar');
    assert.ok(
      scanner.scan(TABLE).some((e) => e.type === 'PERSON' && e.start === at && e.end === at + 'Chaspertin Sar'.length),
      JSON.stringify(found(TABLE, 'PERSON')),
    );
    for (const item of ['Shellac', 'Beard trim', 'Pedicure', 'Client']) unflagged(TABLE, 'PERSON', item);
  });

  it('leaves look-alike text alone', () => {
    assert.equal(ariaSnapshotPieces('- apples\n- pears\n- Jana Hoskiee'), undefined);
    assert.equal(ariaSnapshotPieces('Nachname: Hoskiee'), undefined);
    flagged('- Nachname: Hoskiee\n- Vorname: Jana', 'PERSON', 'Hoskiee');
  });

  it('stays linear on huge and deep input', () => {
    const unit = '    - row:\n      - cell "20:00"\n      - cell "Tamekrest Ag Ilemdane"\n';
    const head = '- table "T":\n  - row:\n    - columnheader "Time"\n    - columnheader "Client"\n';
    assertLinearTime(
      'aria reader',
      (t) => ariaSnapshotPieces(t),
      head + repeated(unit, 200_000),
      head + repeated(unit, 800_000),
    );
    const deep = (n: number) =>
      '- table "T":\n' + Array.from({ length: n }, (_, i) => `${' '.repeat(i + 2)}- row "r":\n`).join('');
    assertLinearTime('aria deep', (t) => ariaSnapshotPieces(t), deep(1_000), deep(4_000));
  });
});
