import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { accessibilityTreePieces } from '../../../nodes/core/privacy/accessibility-tree-json.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { found } from '../../support/type-findings.js';

/*
 * Chrome DevTools' Accessibility.getFullAXTree JSON: a field's label is the node's `name.value`, what was typed its
 * `value.value`; a text node's `name.value` is the text shown. The reader presents each node as a line a person
 * reads ("Nachname: Melkonik"). All names and numbers here are made up.
 */

const scanner = new PrivacyScanner();

let id = 30;
const node = (role: string, name: string, value?: string) =>
  `{"nodeId":"${++id}","ignored":false,"role":{"type":"role","value":"${role}"},"name":{"type":"computedString","value":"${name}"}` +
  (value !== undefined ? `,"value":{"type":"string","value":"${value}"}` : '') +
  `,"childIds":[],"backendDOMNodeId":${id + 400}}`;
const tree = (...nodes: string[]) => `{"nodes":[\n    ${nodes.join(',\n    ')}\n]}\n`;

/** The findings' spans: each inside its JSON string. */
const spans = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => [e.start, e.end]);

describe('Chrome DevTools accessibility tree JSON', () => {
  it('a field’s value is read with its label and found inside its JSON string', () => {
    const doc = tree(
      node('RootWebArea', 'Mitglied bearbeiten – Studio Nord'),
      node('textbox', 'Vorname', 'Paulini-Tui'),
      node('textbox', 'Nachname', 'Melkonik'),
      node('textbox', 'Personalausweis', 'R1M12PMGG0'),
      node('textbox', 'Reisepass', 'HGK4PYPH33'),
      node('textbox', 'E-Mail', 'paulini.melkonik@example.org'),
    );
    assert.ok(accessibilityTreePieces(doc));
    const names = found(doc, 'PERSON');
    assert.ok(names.includes('Paulini-Tui'), names.join('|'));
    assert.ok(names.includes('Melkonik'), names.join('|'));
    assert.deepEqual(found(doc, 'DE_ID_CARD'), ['R1M12PMGG0']);
    assert.deepEqual(found(doc, 'DE_PASSPORT'), ['HGK4PYPH33']);
    assert.deepEqual(found(doc, 'EMAIL_ADDRESS'), ['paulini.melkonik@example.org']);
    const at = doc.indexOf('Melkonik');
    assert.ok(spans(doc, 'PERSON').some(([s, e]) => s === at && e === at + 'Melkonik'.length));
  });

  it('a text node’s name is read as the text shown, after a label node before it', () => {
    const doc = tree(
      node('StaticText', 'Kontoinhaber/in'),
      node('StaticText', 'Name'),
      node('StaticText', 'Flurinetta Caduffet'),
      node('textbox', 'IBAN', 'DE89 3704 0044 0532 0130 00'),
    );
    assert.deepEqual(found(doc, 'PERSON'), ['Flurinetta Caduffet']);
    assert.deepEqual(found(doc, 'IBAN_CODE'), ['DE89 3704 0044 0532 0130 00']);
  });

  it('UI labels alone are no names, and the format’s own words are markup', () => {
    const doc = tree(
      node('RootWebArea', 'Kasse'),
      node('StaticText', 'Gast'),
      node('StaticText', 'Summe'),
      node('StaticText', 'Bademantel'),
      node('button', 'Speichern'),
      node('textbox', 'Spind', 'B-114'),
    );
    assert.deepEqual(found(doc, 'PERSON'), []);
  });

  it('a look-alike JSON that is no accessibility tree is read as before', () => {
    const doc = `{"nodes":[{"id":"1","label":"Orsolya Brandtweiler","phone":"0176 4412093"}],"nodeId":"x","role":"admin"}`;
    assert.equal(accessibilityTreePieces(doc), undefined);
    assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
  });

  it('any other string of a node keeps its findings (fail closed)', () => {
    const doc = tree(
      `{"nodeId":"7","role":{"type":"role","value":"textbox"},"name":{"type":"computedString","value":"Telefon"},"properties":[{"name":"placeholder","value":{"type":"string","value":"0176 4412093"}}]}`,
    );
    assert.ok(found(doc, 'PHONE_NUMBER').includes('0176 4412093'));
  });

  it('a huge or deep hostile document stays fast', function () {
    this.timeout(120_000);
    const big = (n: number) =>
      tree(...Array.from({ length: n }, (_, i) => node(i % 2 ? 'textbox' : 'StaticText', `Feld ${i}`, `Wert ${i}`)));
    assertLinearTime('ax nodes', (t) => scanner.scan(t), big(500), big(2_000));
    const deep = `{"nodes":${'['.repeat(50_000)}"nodeId","role"${']'.repeat(50_000)}}`;
    const started = Date.now();
    scanner.scan(deep);
    assert.ok(Date.now() - started < 10_000);
  });
});
