import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { uiautomatorPieces } from '../../../nodes/core/privacy/uiautomator-xml.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { found } from '../../support/type-findings.js';

/*
 * Android's uiautomator dump XML: a view's text is its `text` attribute, its spoken description its `content-desc`,
 * a field's label its `hint` or the TextView before it. All names and numbers here are made up.
 */

const scanner = new PrivacyScanner();

const head = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<hierarchy rotation="0">\n`;
const tail = `</hierarchy>\n`;
let n = 0;
const view = (cls: string, attrs: Record<string, string>) =>
  `  <node index="${n++}" ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(
      ' ',
    )} resource-id="de.fitapp.checkin:id/v${n}" class="android.widget.${cls}" package="de.fitapp.checkin" checkable="false" clickable="true" enabled="true" bounds="[25,${n * 100}][1034,${n * 100 + 90}]" />\n`;

describe('Android uiautomator dump XML', () => {
  it('a name in a content description is found inside its attribute', () => {
    const doc =
      head +
      view('TextView', { text: 'Urpicha Melkonik', 'content-desc': 'Mitglied' }) +
      view('ImageView', { text: '', 'content-desc': 'Profile photo of Urpicha' }) +
      tail;
    assert.ok(uiautomatorPieces(doc));
    const names = found(doc, 'PERSON');
    assert.ok(names.includes('Urpicha Melkonik'), names.join('|'));
    const at = doc.indexOf('Urpicha"');
    assert.ok(scanner.scan(doc).some((e) => e.type === 'PERSON' && e.start === at && e.end === at + 7));
  });

  it('a field’s value is read with its label (hint or the TextView before it)', () => {
    const doc =
      head +
      view('TextView', { text: 'Nachname' }) +
      view('EditText', { text: 'Hoskiee' }) +
      view('EditText', { text: 'HGK4PYPH33', hint: 'Reisepass' }) +
      tail;
    assert.deepEqual(found(doc, 'PERSON'), ['Hoskiee']);
    assert.deepEqual(found(doc, 'DE_PASSPORT'), ['HGK4PYPH33']);
  });

  it('UI labels alone are no names, and the format’s own values are markup', () => {
    const doc =
      head +
      view('TextView', { text: 'Spind wählen', 'content-desc': '' }) +
      view('Button', { text: 'Speichern', 'content-desc': 'Speichern' }) +
      view('Button', { text: 'A-12', 'content-desc': 'frei' }) +
      view('TextView', { text: 'Summe 24,00 €' }) +
      tail;
    assert.deepEqual(found(doc, 'PERSON'), []);
    assert.deepEqual(found(doc, 'PHONE_NUMBER'), []);
  });

  it('a look-alike XML that is no dump is read as before', () => {
    const doc = `<nodes><node id="1" label="Orsolya Brandtweiler">Tel. 0176 4412093</node></nodes>`;
    assert.equal(uiautomatorPieces(doc), undefined);
    assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
  });

  it('any other attribute keeps its findings (fail closed)', () => {
    const doc = head + view('EditText', { text: '', 'tooltip-text': 'Rückruf 0176 4412093' }) + tail;
    assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
  });

  it('a huge or deep hostile document stays fast', function () {
    this.timeout(120_000);
    const big = (k: number) =>
      head +
      Array.from({ length: k }, (_, i) => view('TextView', { text: `Feld ${i}`, 'content-desc': 'x' })).join('') +
      tail;
    assertLinearTime('uiautomator nodes', (t) => scanner.scan(t), big(500), big(2_000));
    const hostile = `<hierarchy bounds="[` + '<node index="0" text="a'.repeat(100_000);
    const started = Date.now();
    scanner.scan(hostile);
    assert.ok(Date.now() - started < 10_000);
  });
});
