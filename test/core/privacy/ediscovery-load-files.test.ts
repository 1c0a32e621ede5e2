import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { nameBeforeRole } from '../../../nodes/core/privacy/discovery-columns.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();
const names = (text: string) => spansOf(text, 'PERSON');

describe('e-discovery: EDRM XML tag pairs', () => {
  const edrm =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Root DataInterchangeType="Update" Description="Production 4">\n <Batch>\n  <Documents>\n' +
    '   <Document DocID="PRD-0000401" DocType="Message" MimeType="message/rfc822">\n    <Tags>\n' +
    '     <Tag TagName="#Custodian" TagDataType="Text" TagValue="Wendeline Ostrakoff"/>\n' +
    '     <Tag TagName="#From" TagDataType="Text" TagValue="Quillon Brevatto &lt;q.brevatto@example.org&gt;"/>\n' +
    '     <Tag TagName="#To" TagDataType="Text" TagValue="claims@insurer-example.com"/>\n' +
    '     <Tag TagValue="Mellinghaus, Tarvo; Ysolde Karrenbeek (Paralegal)" TagDataType="Text" TagName="Reviewer"/>\n' +
    '     <Tag TagName="#Subject" TagDataType="Text" TagValue="Deckungsablehnung Wasserschaden"/>\n' +
    '     <Tag TagName="#FileName" TagDataType="Text" TagValue="Rechtliche Einschaetzung.docx"/>\n' +
    '     <Tag TagName="CustodianID" TagDataType="Text" TagValue="CUST-0042"/>\n' +
    '     <Tag TagName="#DateSent" TagDataType="DateTime" TagValue="2025-03-02T09:14:00Z"/>\n' +
    '    </Tags>\n   </Document>\n  </Documents>\n </Batch>\n</Root>\n';

  it('reads the value of a person tag as a name, in either attribute order', () => {
    const found = names(edrm);
    for (const name of ['Wendeline Ostrakoff', 'Quillon Brevatto', 'Mellinghaus, Tarvo', 'Ysolde Karrenbeek'])
      assert.ok(found.includes(name), `${name}: ${found.join('|')}`);
  });

  it('takes neither the mailbox nor the role in brackets into the name', () => {
    const found = names(edrm);
    assert.ok(!found.some((n) => /@|&lt;|Paralegal/.test(n)), found.join('|'));
    assert.ok(spansOf(edrm, 'EMAIL_ADDRESS').includes('q.brevatto@example.org'));
  });

  it('leaves subjects, file names, ids and dates of other tags', () => {
    const found = names(edrm);
    assert.ok(!found.some((n) => /Deckung|Einschaetzung|CUST|2025|claims/.test(n)), found.join('|'));
  });

  it('reads a custom field pair written Name/Value', () => {
    const text = '<Field Name="Custodian" Value="Ansgar Wiltschko"/>\n<Field Name="Matter" Value="Hausrat Regress"/>\n';
    assert.deepEqual(names(text), ['Ansgar Wiltschko']);
  });

  it('reads long productions in linear time', () => {
    const unit = (i: number) =>
      `<Tag TagName="#Custodian" TagDataType="Text" TagValue="Wendeline Ostrakoff"/><Tag TagName="#DocNo" TagValue="${i}"/>\n`;
    const doc = (n: number) => Array.from({ length: n }, (_, i) => unit(i)).join('');
    assertLinearTime('EDRM tags', (t) => scanner.scan(t), doc(200), doc(800));
  });
});

describe('e-discovery: legal-hold exports and privilege logs', () => {
  it('reads a legal hold’s custodian column', () => {
    const text =
      'hold_id,custodian,email,notice_sent,acknowledged,ack_ip\n' +
      'LH-2611,Wendeline Ostrakoff,wostrakoff@example.org,2025-10-01,2025-10-03,84.76.97.219\n' +
      'LH-2611,Quillon Brevatto,q.brevatto@example.org,2025-10-01,pending,\n';
    const found = names(text);
    assert.ok(found.includes('Wendeline Ostrakoff') && found.includes('Quillon Brevatto'), found.join('|'));
  });

  it('leaves custodian ids and counts unflagged', () => {
    const text = 'hold_id,custodian_id,custodian_count,status\nLH-1,Ostrakoff-01,3,Offen\nLH-2,Brevatto-02,5,Closed\n';
    assert.deepEqual(names(text), []);
  });

  it('reads a German privilege log’s author and recipient without the role', () => {
    const text =
      'Nr;Dokument;Absender;Empfänger;Datum;Grundlage;Beschreibung\n' +
      '1;PRD-0016200;Ysolde Karrenbeek;Tarvo Mellinghaus (Syndikusanwältin);02.03.2025;Anwaltsgeheimnis;Rechtliche Einschätzung zur Deckung\n' +
      '2;PRD-0016201;Wendeline Ostrakoff;Quillon Brevatto (Rechtsabteilung);03.03.2025;Anwaltsgeheimnis;Entwurf Vergleich\n';
    const found = names(text);
    for (const name of ['Ysolde Karrenbeek', 'Tarvo Mellinghaus', 'Wendeline Ostrakoff', 'Quillon Brevatto'])
      assert.ok(found.includes(name), `${name}: ${found.join('|')}`);
    assert.ok(!found.some((n) => /Syndikus|Rechts|Anwalts|Einschätzung|Entwurf/.test(n)), found.join('|'));
  });

  it('reads an English privilege log’s author and recipients', () => {
    const text =
      'Entry,Bates,Author,Recipients,Date,Basis,Description\n' +
      '1,PRD-0001,Ysolde Karrenbeek,Tarvo Mellinghaus (in-house counsel),2025-01-02,Attorney-Client; Work Product,Legal advice re coverage position\n';
    const found = names(text);
    assert.ok(found.includes('Ysolde Karrenbeek') && found.includes('Tarvo Mellinghaus'), found.join('|'));
    assert.ok(!found.some((n) => /counsel|Attorney|Work Product|Legal advice/.test(n)), found.join('|'));
  });

  it('keeps a birth name or a known name in brackets with the cell', () => {
    assert.equal(nameBeforeRole('Ysolde Karrenbeek (geb. Martens)'), 'Ysolde Karrenbeek (geb. Martens)'.length);
    assert.equal(nameBeforeRole('Ysolde Karrenbeek (Anna)'), 'Ysolde Karrenbeek (Anna)'.length);
    assert.equal(nameBeforeRole('Ysolde Karrenbeek (in-house counsel)'), 'Ysolde Karrenbeek'.length);
    assert.equal(nameBeforeRole('(group scheme – unnamed)'), '(group scheme – unnamed)'.length);
  });
});
