import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** The findings as "TYPE text" over the document as written. */
function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

const includes = (result: string[], ...wanted: string[]) =>
  wanted.forEach((w) => assert.ok(result.includes(w), `${w} not in: ${result.join(' | ')}`));
const none = (result: string[], word: string) =>
  assert.ok(!result.some((r) => r.includes(word)), `${word} flagged: ${result.join(' | ')}`);

/** A WordprocessingML run with the properties Word writes (a font, a language, an editing session's rsid). */
const wRun = (t: string, rsid = '00B31F7A') =>
  `<w:r w:rsidR="${rsid}"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
const wPara = (...runs: string[]) =>
  `<w:p w:rsidR="00C41D2E" w:rsidRDefault="00C41D2E"><w:pPr><w:pStyle w:val="Listenabsatz"/><w:tabs><w:tab w:val="left" w:pos="2268"/></w:tabs></w:pPr>${runs.join('')}</w:p>`;
const docx = (...paras: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\n${paras.join('\n')}\n<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

describe('office XML: WordprocessingML document.xml', () => {
  it('a name and a phone split over runs, spell-check marks and bookmarks are found per run', () => {
    const text = docx(
      wPara(
        wRun('Ansprechpartner: '),
        '<w:bookmarkStart w:id="0" w:name="_Kontakt"/><w:proofErr w:type="spellStart"/>',
        wRun('Wendelin Quas', '00A21C55'),
        wRun('torf', '00E71B09'),
        '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>',
        wRun(', Mobil '),
        wRun('0157 388'),
        wRun('24190'),
      ),
    );
    const result = found(text);
    includes(result, 'PERSON Wendelin Quas', 'PERSON torf', 'PHONE_NUMBER 0157 388', 'PHONE_NUMBER 24190');
  });

  it('tracked changes: the deleted value and its correction are each found, and the author of the change', () => {
    const change = (tag: string, id: number) =>
      `<w:${tag} w:id="${id}" w:author="Tjorven Okkeraal" w:date="2026-03-02T09:14:00Z">`;
    const text = docx(
      wPara(
        wRun('Mobil: '),
        `${change('del', 4)}<w:r><w:delText xml:space="preserve">0157 38824191</w:delText></w:r></w:del>`,
        `${change('ins', 5)}${wRun('0157 388')}${wRun('24190')}</w:ins>`,
      ),
    );
    const result = found(text);
    includes(result, 'PHONE_NUMBER 0157 38824191', 'PHONE_NUMBER 0157 388', 'PHONE_NUMBER 24190');
    assert.equal(result.filter((r) => r === 'PERSON Tjorven Okkeraal').length, 2, result.join(' | '));
  });

  it("the core properties' creator and last editor are read as the document's author", () => {
    const text =
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Liegeplatzvertrag</dc:title><dc:creator>Tjorven Okkeraal</dc:creator><cp:lastModifiedBy>Tjorven Okkeraal</cp:lastModifiedBy><cp:revision>4</cp:revision></cp:coreProperties>\n' +
      docx(wPara(wRun('Liegeplatz 12, Steg B')));
    const result = found(text);
    assert.equal(result.filter((r) => r === 'PERSON Tjorven Okkeraal').length, 2, result.join(' | '));
  });

  it('a tab and a line break stand between runs; a table row is read as one line under its header', () => {
    const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>${wPara(wRun(t))}</w:tc>`;
    const text = docx(
      wPara(
        wRun('Telefon:'),
        '<w:r><w:tab/></w:r>',
        wRun('0157 38824190'),
        '<w:r><w:br/></w:r>',
        wRun('Kiefernweg 17'),
      ),
      `<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/></w:tblPr><w:tr>${cell('Name')}${cell('Geburtsdatum')}</w:tr>` +
        `<w:tr>${cell('Quastorf, Wendelin')}${cell('14.03.1978')}</w:tr></w:tbl>`,
    );
    const result = found(text);
    includes(result, 'PHONE_NUMBER 0157 38824190', 'PERSON Quastorf, Wendelin', 'DATE_OF_BIRTH 14.03.1978');
    // The phone does not run into the next line's street.
    none(result, '38824190Kiefern');
  });

  it('look-alikes stay unflagged: font names, style ids, rsids, sizes, languages', () => {
    const text = docx(
      wPara(wRun('Liegeplatzvertrag für die Saison 2026')),
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:rPr><w:rFonts w:ascii="Arial Narrow" w:hAnsi="Georgia"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Cambria"/><w:sz w:val="1400"/></w:rPr><w:t>Steg B</w:t></w:r></w:p>',
    );
    const result = found(text);
    for (const word of [
      'Calibri',
      'Cambria',
      'Georgia',
      'Arial',
      'Listenabsatz',
      'Heading1',
      '00B31F7A',
      '2268',
      '11906',
      'de-DE',
    ])
      none(result, word);
  });

  it("a structured value in the format's own places (a style id, a font name) is still flagged, fail closed", () => {
    const text = docx(
      '<w:p><w:pPr><w:pStyle w:val="kontakt-wiebke.torfmoor@example.org"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="DE79 1001 0010 0444 8129 03"/></w:rPr><w:t>Steg B</w:t></w:r></w:p>',
    );
    includes(found(text), 'EMAIL_ADDRESS kontakt-wiebke.torfmoor@example.org', 'IBAN_CODE DE79 1001 0010 0444 8129 03');
  });

  it('a name written in prose around the part (an ingest note) is still found, fail closed', () => {
    const text = `Ingest-Notiz von Leokadia Sturmhövel\n${docx(wPara(wRun('Steg B')))}`;
    includes(found(text), 'PERSON Leokadia Sturmhövel');
  });
});

describe('office XML: PresentationML slide', () => {
  const aRun = (t: string, err = false) =>
    `<a:r><a:rPr lang="de-DE" sz="1600"${err ? ' err="1"' : ''} dirty="0"><a:latin typeface="Calibri"/></a:rPr><a:t>${t}</a:t></a:r>`;
  const slide = (...paras: string[]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="3" name="Inhaltsplatzhalter 2"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="1825625"/><a:ext cx="10515600" cy="4351338"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>\n${paras.join('\n')}\n</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;

  it('a value split over runs is found per run; a line break holding its own properties ends the line', () => {
    const text = slide(
      `<a:p>${aRun('Kapitän: ')}${aRun('Wendelin', true)}${aRun(' Quas', true)}${aRun('torf', true)}</a:p>`,
      `<a:p>${aRun('Mail: w.quas')}${aRun('torf@example.net')}<a:br><a:rPr lang="de-DE" dirty="0"/></a:br>${aRun('Bordnummer intern 4471')}</a:p>`,
    );
    const result = found(text);
    includes(
      result,
      'PERSON Wendelin',
      'PERSON Quas',
      'PERSON torf',
      'EMAIL_ADDRESS w.quas',
      'EMAIL_ADDRESS torf@example.net',
    );
    none(result, 'Calibri');
    none(result, '10515600');
  });
});

describe('office XML: ODF content.xml', () => {
  const odf = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/></style:style></office:automatic-styles><office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>`;

  it('spans join without a blank, text:s writes its count of blanks, a line break ends a line', () => {
    const text = odf(
      '<text:p text:style-name="P3">Skipper:<text:s/><text:span text:style-name="T1">Wendelin Quas</text:span><text:span text:style-name="T2">torf</text:span>,<text:s text:c="3"/>Tel.<text:s/>0157<text:s/>38824190<text:line-break/>Kiefernweg 17, 31785 Hameln</text:p>',
    );
    const result = found(text);
    includes(result, 'PERSON Wendelin Quas', 'PERSON torf', 'PHONE_NUMBER 0157');
    none(result, 'Liberation');
  });

  it("a date cell's office:date-value is flagged with the date of birth its cell shows, not another cell's", () => {
    const text = odf(
      '<table:table table:name="Tabelle1"><table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Geburtsdatum</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Eintritt</text:p></table:table-cell></table:table-row>\n' +
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Quastorf, Wendelin</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="1978-03-14"><text:p>14.03.1978</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2025-04-01"><text:p>01.04.2025</text:p></table:table-cell></table:table-row></table:table>',
    );
    const result = found(text);
    includes(result, 'PERSON Quastorf, Wendelin', 'DATE_OF_BIRTH 14.03.1978', 'DATE_OF_BIRTH 1978-03-14');
    none(result, '2025-04-01');
    assert.ok(!result.some((r) => r.startsWith('PERSON 1978')), result.join(' | '));
  });
});

describe('office XML: font names in DrawingML and ODF markup', () => {
  it('a typeface or a font name of the markup is no person', () => {
    const slide =
      '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:txBody><a:p><a:r><a:rPr lang="en-GB" sz="1400"><a:latin typeface="Calibri"/><a:cs typeface="Candara"/></a:rPr><a:t>Berth 12</a:t></a:r></a:p></p:txBody></p:sld>';
    const content =
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:automatic-styles><style:style style:name="T1"><style:text-properties style:font-name="Calibri" fo:font-size="11pt"/></style:style></office:automatic-styles><office:body><office:text><text:p text:style-name="P1">Berth 12</text:p></office:text></office:body></office:document-content>';
    for (const text of [slide, content]) {
      const result = found(text);
      none(result, 'Calibri');
      none(result, 'Candara');
    }
  });
});

describe('office XML: cost', () => {
  it('a long one-line document costs linear time', () => {
    const para = `<w:p w:rsidR="00C41D2E">${wRun('Frachtliste Steg ')}${wRun('B, Position ')}${wRun('17')}</w:p>`;
    const make = (n: number) => docx(para.repeat(n)).replace(/\n/g, '');
    assertLinearTime('office runs', (t) => scanner.scan(t), make(60), make(240));
    const hostile = (n: number) => '<w:p><w:t>'.repeat(n) + '<w:r w:author="'.repeat(n) + '<text:s text:c="'.repeat(n);
    assertLinearTime('office hostile', (t) => scanner.scan(t), hostile(500), hostile(2000));
  });
});
