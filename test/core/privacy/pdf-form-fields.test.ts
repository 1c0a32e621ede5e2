import assert from 'node:assert/strict';
import { readableFieldName, readPdfFormFields } from '../../../nodes/core/privacy/pdf-form-fields.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const has = (text: string, type: string, value: string) =>
  assert.ok(spansOf(text, type).includes(value), `${type} ${value}: ${JSON.stringify(spansOf(text, type))}`);
const hasNot = (text: string, type: string, value: string) =>
  assert.ok(
    !spansOf(text, type).some((s) => s.includes(value)),
    `${type} ${value}: ${JSON.stringify(spansOf(text, type))}`,
  );

describe('filled PDF forms exported as field data', () => {
  it('makes field names readable, machine names none', () => {
    assert.equal(readableFieldName('form1[0].#subform[0].txtHalterName[0]'), 'Halter Name');
    assert.equal(readableFieldName('datGeburt.9'), 'Geburtsdatum');
    assert.equal(readableFieldName('datBirth'), 'Date of birth');
    assert.equal(readableFieldName('txtVorname'), 'Vorname');
    assert.equal(readableFieldName('home_address'), 'home address');
    assert.equal(readableFieldName('txtFirmaTel'), 'Telefon Zentrale');
    assert.equal(readableFieldName('topmostSubform[0].Page1[0].f1_10[0]'), undefined);
    assert.equal(readableFieldName('Text12'), undefined);
    assert.equal(readableFieldName('Kilometerstand'), 'Kilometerstand');
  });

  const xfdf =
    '<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n' +
    '  <f href="Fahrzeugschein.pdf"/>\n  <fields>\n' +
    '    <field name="txtKennzeichen.4">\n      <value>RO-XY 418</value>\n    </field>\n' +
    '    <field name="txtNachname.5">\n      <value>Wendhorst</value>\n    </field>\n' +
    '    <field name="txtVorname.6">\n      <value>Ilvana</value>\n    </field>\n' +
    '    <field name="datGeburt.7">\n      <value>14. März 1983</value>\n    </field>\n' +
    '    <field name="datVorgang.8">\n      <value>02.03.2026</value>\n    </field>\n' +
    '  </fields>\n</xfdf>\n';

  it('XFDF: reads names and the date of birth by their field names', () => {
    has(xfdf, 'PERSON', 'Wendhorst');
    has(xfdf, 'PERSON', 'Ilvana');
    has(xfdf, 'DATE_OF_BIRTH', '14. März 1983');
    hasNot(xfdf, 'DATE_OF_BIRTH', '02.03.2026');
  });

  const fdf =
    '%FDF-1.2\n1 0 obj\n<<\n/FDF << /Fields [\n' +
    '<< /T (form1[0].#subform[0].txtHalterName[0]) /V (Oswin Brachvogel) >>\n' +
    '<< /T (form1[0].#subform[0].datGeburt[0]) /V (1979-06-02) >>\n' +
    '<< /T (form1[0].#subform[0].txtAnschrift[0]) /V (Seefeldstrasse 14\\r8008 Z\\374rich) >>\n' +
    '<< /T (form1[0].#subform[0].txtKm[0]) /V (88.412 km) >>\n' +
    '<< /T (form1[0].#subform[0].chkAGB[0]) /V /Yes >>\n' +
    ']\n/F (Antrag.pdf)\n>>\n>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

  it('FDF: literal strings with octal escapes and \\r line breaks map back to the original', () => {
    has(fdf, 'PERSON', 'Oswin Brachvogel');
    has(fdf, 'DATE_OF_BIRTH', '1979-06-02');
    assert.ok(
      spansOf(fdf, 'POSTAL_ADDRESS').some((s) => s.includes('Seefeldstrasse 14')),
      JSON.stringify(spansOf(fdf, 'POSTAL_ADDRESS')),
    );
  });

  it('FDF: a UTF-16BE hex string is read as its characters', () => {
    const hex = (s: string) =>
      'FEFF' + [...s].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
    const text =
      '%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n' +
      `<< /T (txtKennzeichen) /V (M-AB 12) >>\n<< /T (txtHalterName) /TU (Name des Halters) /V <${hex('Mairéad Ó Catháin')}> >>\n` +
      ']\n>> >>\nendobj\n';
    const view = readPdfFormFields(text);
    assert.ok(view?.text.includes('Name des Halters: Mairéad Ó Catháin'), view?.text);
    assert.ok(
      spansOf(text, 'PERSON').some((s) => s.startsWith('FEFF') || s.startsWith('004D')),
      JSON.stringify(spansOf(text, 'PERSON')),
    );
  });

  const pdftk =
    '---\nFieldType: Text\nFieldName: txtKennzeichen\nFieldNameAlt: Amtliches Kennzeichen\nFieldFlags: 0\nFieldValue: RO-KT 771\nFieldJustification: Left\n' +
    '---\nFieldType: Text\nFieldName: txtFirmaTel\nFieldNameAlt: Switchboard\nFieldFlags: 0\nFieldValue: +44 117 496 0300\nFieldJustification: Left\n' +
    '---\nFieldType: Text\nFieldName: txtNachname\nFieldNameAlt: Nachname\nFieldFlags: 0\nFieldValue: Sch&#246;nbeck\nFieldJustification: Left\n' +
    '---\nFieldType: Text\nFieldName: txtVorname\nFieldNameAlt: Vorname\nFieldFlags: 0\nFieldValue: Thorwald\nFieldJustification: Left\n' +
    '---\nFieldType: Text\nFieldName: datGeburt\nFieldNameAlt: Geburtsdatum\nFieldFlags: 0\nFieldValue: 1962-11-30\nFieldJustification: Left\n';

  it('pdftk: the tooltip is the label, never a value', () => {
    has(pdftk, 'PERSON', 'Thorwald');
    has(pdftk, 'DATE_OF_BIRTH', '1962-11-30');
    hasNot(pdftk, 'PERSON', 'Vorname');
    hasNot(pdftk, 'PERSON', 'Nachname');
    hasNot(pdftk, 'PHONE_NUMBER', '+44 117 496 0300');
  });

  it('pdftk: a blank form (names and tooltips, no values) flags nothing', () => {
    const blank = pdftk.replace(/FieldValue: [^\n]*\n/g, '');
    assert.deepEqual(spansOf(blank, 'PERSON'), []);
  });

  const pdfjs =
    '{\n' +
    '  "Kilometerstand": [{"id":"169R","name":"Kilometerstand","type":"text","value":"166.120 km","editable":true,"hidden":false,"page":0,"rect":[84,220,156,239]}],\n' +
    '  "Name des Halters": [{"id":"294R","name":"Name des Halters","type":"text","value":"Giedre Vaitkute","editable":true,"hidden":false,"page":0,"rect":[84,240,256,259]}],\n' +
    '  "Geburtsdatum": [{"id":"295R","name":"Geburtsdatum","type":"text","value":"07.05.1991","editable":true,"hidden":false,"page":0,"rect":[84,260,156,279]}]\n' +
    '}\n';

  it('pdf.js field objects: the name is the label', () => {
    has(pdfjs, 'PERSON', 'Giedre Vaitkute');
    has(pdfjs, 'DATE_OF_BIRTH', '07.05.1991');
    hasNot(pdfjs, 'PERSON', 'Kilometerstand');
    hasNot(pdfjs, 'PERSON', 'Name des Halters');
  });

  const pdflib =
    '// Antrag.pdf: PDFDocument.load(bytes).getForm().getFields()\n[\n' +
    '  { "name": "txtFIN", "type": "PDFTextField", "text": "WVWZZZ1KZAW000123" },\n' +
    '  { "name": "txtHalterName", "type": "PDFTextField", "text": "Lorcan Ferriter" },\n' +
    '  { "name": "datGeburt", "type": "PDFTextField", "text": "3 April 1970" },\n' +
    '  { "name": "chkAGB", "type": "PDFCheckBox", "checked": true }\n]\n';

  it('pdf-lib field lists: the name made readable is the label', () => {
    has(pdflib, 'PERSON', 'Lorcan Ferriter');
    has(pdflib, 'DATE_OF_BIRTH', '3 April 1970');
  });

  it('machine names give no label: a date alone is no birth date, a card number stays a card', () => {
    const text =
      '<xfdf xmlns="http://ns.adobe.com/xfdf/">\n<fields>\n' +
      '<field name="topmostSubform[0].Page1[0].f1_02[0]"><value>+41 44 381 22 00</value></field>\n' +
      '<field name="topmostSubform[0].Page1[0].f1_03[0]"><value>5501 8211 7926 6319</value></field>\n' +
      '<field name="topmostSubform[0].Page1[0].f1_04[0]"><value>15 February 1992</value></field>\n' +
      '</fields>\n</xfdf>\n';
    has(text, 'CREDIT_CARD', '5501 8211 7926 6319');
    hasNot(text, 'DATE_OF_BIRTH', '15 February 1992');
  });

  it('reads in linear time, also unclosed dictionaries and strings', () => {
    assertLinearTime(
      'unclosed FDF',
      (t) => readPdfFormFields(t),
      '%FDF-1.2\n' + '<< /T (a'.repeat(2000),
      '%FDF-1.2\n' + '<< /T (a'.repeat(8000),
    );
    assertLinearTime(
      'FDF keys',
      (t) => readPdfFormFields(t),
      '%FDF-1.2\n' + '<< /Kids [ '.repeat(2000),
      '%FDF-1.2\n' + '<< /Kids [ '.repeat(8000),
    );
  });

  it('look-alikes are not read as form exports', () => {
    for (const text of [
      'Please send the FDF file; the field name is /T and the value /V.',
      'FieldName: Vorname\nSee the pdftk manual.',
      '{"name":"Kilometerstand","value":"166.120 km"}',
      '<field name="x">prose</field>',
    ])
      assert.equal(readPdfFormFields(text), undefined, text);
  });
});
