import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { uiAutomationPieces } from '../../../nodes/core/privacy/ui-automation-dump.js';
import { flagged, found, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/*
 * Windows UI Automation tree dumps (ui-automation-dump.ts): a field's label (Name) and its typed text (Value) in
 * separate attributes, read as one line; a control's Name alone is UI text. All names here are made up.
 */

const scanner = new PrivacyScanner();

const TILL_DE = [
  'ControlType: Window  Name: "Kasse – Tattoo & Piercing Nadelstich Bern"  AutomationId: "MainWindow"',
  '  ControlType: Text  Name: "Gast"',
  '  ControlType: Edit  Name: "Gastname"  Value: "Tschurtschell, Chaspertin"',
  '  ControlType: Edit  Name: "Kartennummer"  Value: "4270607074531150"',
  '  ControlType: Edit  Name: "Rechnung an E-Mail"  Value: "chaspertin.t@bluewin.ch"',
  '  ControlType: Edit  Name: "Rechnungsanschrift"  Value: "Lorrainestrasse 69, 3012 Bern"',
  '  ControlType: Text  Name: "Summe 82,50 €"',
  '  ControlType: Text  Name: "Bademantel L-426"',
  '  ControlType: Button  Name: "Bezahlen"  AutomationId: "btnPay"',
  '',
].join('\n');

const TILL_EN = [
  'ControlType: Window  Name: "Till – Gloss & Grain Barbers Bristol"  AutomationId: "MainWindow"',
  '  ControlType: Text  Name: "Guest"',
  '  ControlType: Edit  Name: "Guest name"  Value: "Roqueplanet, Joanetou"',
  '  ControlType: Edit  Name: "Card number"  Value: "4363001900897209"',
  '  ControlType: Edit  Name: "Receipt to email"  Value: "jroqueplanet88@comcast.net"',
  '  ControlType: Text  Name: "Total £64.50"',
  '  ControlType: Text  Name: "Robe L-274"',
  '  ControlType: Text  Name: "Regular client Ottilie Brannagh"',
  '  ControlType: Button  Name: "Pay"  AutomationId: "btnPay"',
  '',
].join('\n');

describe('UI Automation tree dumps', () => {
  it('reads a field and its value as one line, the spans inside the quotes', () => {
    for (const [text, name] of [
      [TILL_DE, 'Tschurtschell, Chaspertin'],
      [TILL_EN, 'Roqueplanet, Joanetou'],
    ]) {
      const at = text.indexOf(name);
      assert.ok(
        scanner.scan(text).some((e) => e.type === 'PERSON' && e.start === at && e.end === at + name.length),
        `${name} in ${JSON.stringify(found(text, 'PERSON'))}`,
      );
    }
    flagged(TILL_DE, 'CREDIT_CARD', '4270607074531150');
    flagged(TILL_DE, 'EMAIL_ADDRESS', 'chaspertin.t@bluewin.ch');
    flagged(TILL_DE, 'POSTAL_ADDRESS', 'Lorrainestrasse 69');
  });

  it('takes no control name for a person', () => {
    for (const label of ['Kasse', 'Gast', 'Gastname', 'Rechnung', 'Summe', 'Bademantel', 'Bezahlen'])
      unflagged(TILL_DE, 'PERSON', label);
    for (const label of ['Till', 'Guest', 'Card', 'Receipt', 'Total', 'Robe', 'Pay'])
      unflagged(TILL_EN, 'PERSON', label);
  });

  it("still finds a person's name in a text control", () => {
    flagged(TILL_EN, 'PERSON', 'Ottilie Brannagh');
  });

  it('leaves look-alike text alone and keeps what stands outside the controls', () => {
    assert.equal(uiAutomationPieces('The ControlType: Edit field holds the name.\nNo dump here.'), undefined);
    assert.equal(uiAutomationPieces('Nachname: Hoskiee'), undefined);
    flagged('Nachname: Hoskiee', 'PERSON', 'Hoskiee');
    // A note under the dump is read as written.
    flagged(`${TILL_DE}Notiz: Rückruf an Frau Wendeline Ostrowiak, 0171 5553321\n`, 'PERSON', 'Wendeline Ostrowiak');
  });

  it('stays linear on a huge dump', () => {
    const unit = '  ControlType: Edit  Name: "Gastname"  Value: "Tschurtschell, Chaspertin"\n';
    assertLinearTime('uia reader', (t) => uiAutomationPieces(t), repeated(unit, 200_000), repeated(unit, 800_000));
    const bad = `ControlType: Edit  Name: "${'\\"'.repeat(50_000)}\n`;
    assertLinearTime('uia quotes', (t) => uiAutomationPieces(t), bad.repeat(2), bad.repeat(8));
  });
});
