import assert from 'node:assert/strict';
import { readableFieldName, readPdfFormFields } from '../../../nodes/core/privacy/pdf-form-fields.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

// Round 43's review: a filled PDF form's field export (pdf-form-fields.ts) is read as "Label: value" lines. Whatever
// those lines did not take must still reach the detectors (fail closed), and a field's name must not make a person's
// value read as the organisation's where the same words in plain text do not.
const has = (text: string, type: string, value: string) =>
  assert.ok(
    spansOf(text, type).some((s) => s.includes(value)),
    `${type} ${value}: ${JSON.stringify(spansOf(text, type))}`,
  );

const PERSON_DATA =
  'Bitte zurück an Ilvana Wendhorst, ilvana.wendhorst@gmx.de, Tel. 0171 4432198, IBAN DE89 3704 0044 0532 0130 00\n';

describe('review 43: PDF form field exports fail closed', () => {
  it('plain text: the values are found (the reference)', () => {
    has(PERSON_DATA, 'EMAIL_ADDRESS', 'ilvana.wendhorst@gmx.de');
    has(PERSON_DATA, 'PHONE_NUMBER', '0171 4432198');
    has(PERSON_DATA, 'IBAN_CODE', 'DE89 3704 0044 0532 0130 00');
  });

  it('XFDF: text after the export (a letter around it) is still read', () => {
    const text =
      '<?xml version="1.0"?>\n<xfdf><fields>\n<field name="txtKennzeichen"><value>RO-XY 418</value></field>\n' +
      '<field name="txtOrt"><value>Rosenheim</value></field>\n</fields></xfdf>\n\n' +
      PERSON_DATA;
    has(text, 'EMAIL_ADDRESS', 'ilvana.wendhorst@gmx.de');
    has(text, 'PHONE_NUMBER', '0171 4432198');
    has(text, 'IBAN_CODE', 'DE89 3704 0044 0532 0130 00');
  });

  it('pdftk: text before the first field, FieldValueDefault and FieldStateOption lines are read', () => {
    const header =
      'Kunde: Ilvana Wendhorst, geb. 14.03.1983, ilvana.wendhorst@gmx.de\n---\nFieldType: Text\nFieldName: Ort\n' +
      'FieldValue: Rosenheim\n---\nFieldType: Text\nFieldName: PLZ\nFieldValue: 83022\n';
    has(header, 'EMAIL_ADDRESS', 'ilvana.wendhorst@gmx.de');
    has(header, 'DATE_OF_BIRTH', '14.03.1983');
    const options =
      'FieldType: Text\nFieldName: Name\nFieldValue: x\nFieldValueDefault: Ilvana Wendhorst\n---\n' +
      'FieldType: Choice\nFieldName: Kontakt\nFieldStateOption: ilvana.wendhorst@gmx.de\n' +
      'FieldStateOption: 0171 4432198\nFieldValue: ja\n---\n';
    has(options, 'EMAIL_ADDRESS', 'ilvana.wendhorst@gmx.de');
    has(options, 'PHONE_NUMBER', '0171 4432198');
  });

  it('pdftk: a multi-line value keeps its further lines', () => {
    const text =
      'FieldType: Text\nFieldName: Anschrift\nFieldValue: Ilvana Wendhorst\nSeestraße 14\n83022 Rosenheim\n' +
      'Tel. 0171 4432198\n---\nFieldType: Text\nFieldName: Ort\nFieldValue: Rosenheim\n';
    has(text, 'PHONE_NUMBER', '0171 4432198');
    has(text, 'POSTAL_ADDRESS', 'Seestraße 14');
  });

  it('FDF: the file name and a comment after the fields are read', () => {
    const text =
      '%FDF-1.2\n1 0 obj << /FDF << /Fields [ << /T (Name) /V (Ilvana Wendhorst) >> << /T (Ort) /V (Rosenheim) >> ]' +
      ' /F (Antrag_Wendhorst.pdf) >> >>\nendobj\n% Rueckfragen: ilvana.wendhorst@gmx.de 0171 4432198\n';
    has(text, 'EMAIL_ADDRESS', 'ilvana.wendhorst@gmx.de');
    has(text, 'PHONE_NUMBER', '0171 4432198');
  });

  it('JSON: a value the field reader does not take (a newline escape) is still read', () => {
    const text =
      '{"fields":[\n{"name":"Name","value":"Ilvana Wendhorst","editable":true,"rect":[1,2,3,4],"type":"text"},\n' +
      '{"name":"Anschrift","value":"Seestraße 14\\n83022 Rosenheim\\nTel. 0171 4432198","editable":true,"rect":[1,2,3,4],"type":"text"}\n]}\n';
    has(text, 'PHONE_NUMBER', '0171 4432198');
  });

  // LEFT OPEN (for the lead): a person's mobile number in a field named "txtFirmaTel" / "CompanyPhone" is read under
  // "Telefon Zentrale" / "Switchboard" and lost, while "Firma Tel: 0171 4432198" in plain text is found. Reading the
  // name as its plain words fixes it but flags every firm switchboard of set 40 (about 40 new false phone numbers).
  it.skip('a firm-named field reads as its plain words ("Firma Tel"), not as a switchboard', () => {
    has('Firma Tel: 0171 4432198\nOrt: Rosenheim\n', 'PHONE_NUMBER', '0171 4432198');
    assert.equal(readableFieldName('txtFirmaTel'), 'Firma Tel');
    const text =
      '<xfdf><fields>\n<field name="txtFirmaTel"><value>0171 4432198</value></field>\n' +
      '<field name="txtOrt"><value>Rosenheim</value></field>\n</fields></xfdf>\n';
    has(text, 'PHONE_NUMBER', '0171 4432198');
  });

  it('reads in linear time with the leftover text', () => {
    const make = (n: number) =>
      '<xfdf><fields>\n' +
      '<field name="txtOrt"><value>Rosenheim</value></field>\n'.repeat(n) +
      '</fields></xfdf>\n' +
      '<a b="c" '.repeat(n);
    assertLinearTime('xfdf with leftover', (t) => readPdfFormFields(t), make(2000), make(20000));
  });
});
