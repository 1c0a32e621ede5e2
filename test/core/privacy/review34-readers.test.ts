import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

/**
 * Hostile review of the office-document readers (round 34): a text that merely looks like an office part must not
 * lose what the plain scanner flags in it. Inside a tag, only the values of the format's own attributes (fonts,
 * styles, rsids, languages, sizes: office-own-attributes.ts) are markup; alt text, tooltips, a content control's
 * tag, links and any attribute no specification names keep their findings. In RTF only the format's own tables
 * are markup, not an unknown destination, and nothing before the RTF group.
 */
const scanner = new PrivacyScanner();

function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

function assertFound(text: string, expected: string): void {
  assert.ok(found(text).includes(expected), `${expected} missing: ${found(text).join(' | ')}`);
}

const docx = (body: string) =>
  `<w:document xmlns:w="urn:w"><w:body><w:p w:rsidR="00A41F2C" w:rsidRDefault="00A41F2C"><w:r><w:t>Hallo</w:t></w:r></w:p>${body}</w:body></w:document>`;

describe('review 34: office XML attributes keep a person’s values', () => {
  it('keeps a picture’s alt text (wp:docPr descr)', () => {
    const text = docx(
      `<w:p><w:r><w:drawing><wp:docPr id="1" name="Bild 1" descr="Passport scan of Ilse Granberg, ilse.granberg@gmail.com"/></w:drawing></w:r></w:p>`,
    );
    assertFound(text, 'PERSON Ilse Granberg');
    assertFound(text, 'EMAIL_ADDRESS ilse.granberg@gmail.com');
  });

  it('keeps a hyperlink’s tooltip and a content control’s alias and tag', () => {
    assertFound(
      docx(
        `<w:p><w:hyperlink w:tooltip="Mail an torben.wiegand@web.de" r:id="rId5"><w:r><w:t>Link</w:t></w:r></w:hyperlink></w:p>`,
      ),
      'EMAIL_ADDRESS torben.wiegand@web.de',
    );
    const sdt = docx(
      `<w:sdt><w:sdtPr><w:alias w:val="Patientin Wiebke Harmsen"/><w:tag w:val="IBAN DE89370400440532013000"/></w:sdtPr></w:sdt>`,
    );
    assertFound(sdt, 'PERSON Wiebke Harmsen');
    assertFound(sdt, 'IBAN_CODE DE89370400440532013000');
  });

  it('keeps an attribute no specification names, and a malformed tag’s text', () => {
    const made = docx(`<w:p foo="Tel. 0171 4829316 Frau Petra Lohmeier"><w:r><w:t>x</w:t></w:r></w:p>`);
    assertFound(made, 'PHONE_NUMBER 0171 4829316');
    assertFound(made, 'PERSON Petra Lohmeier');
    assertFound(docx(`<w:p foo=arne.kruse@gmx.de bar="x"></w:p>`), 'EMAIL_ADDRESS arne.kruse@gmx.de');
  });

  it('keeps an ODF link’s mailto, a slide link’s tooltip and a sheet hyperlink’s display', () => {
    assertFound(
      `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:text><text:p>Kontakt <text:a xlink:href="mailto:sven.ohlmann@posteo.de">hier</text:a></text:p></office:text></office:body></office:document-content>`,
      'EMAIL_ADDRESS sven.ohlmann@posteo.de',
    );
    assertFound(
      `<p:sld><p:txBody><a:p><a:r><a:rPr lang="de-DE" sz="1800"><a:hlinkClick r:id="rId2" tooltip="Anrufen: +49 171 4829316"/></a:rPr><a:t>Kontakt</a:t></a:r></a:p></p:txBody></p:sld>`,
      'PHONE_NUMBER +49 171 4829316',
    );
    assertFound(
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row></sheetData><hyperlinks><hyperlink ref="A1" display="lena.hofrichter@t-online.de" location="x"/></hyperlinks></worksheet>`,
      'EMAIL_ADDRESS lena.hofrichter@t-online.de',
    );
  });

  it('leaves out the format’s own attributes: fonts, languages, styles, rsids', () => {
    const text = docx(
      `<w:p w:rsidR="00F1A2B3" w14:paraId="5C3D2E1F"><w:pPr><w:pStyle w:val="Standard"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/><w:lang w:val="de-DE"/><w:sz w:val="24"/></w:rPr><w:t>Text</w:t></w:r></w:p>`,
    );
    assert.deepEqual(found(text), []);
    const slide = `<p:sld><p:txBody><a:p><a:r><a:rPr lang="de-DE" sz="1800"><a:latin typeface="Calibri"/><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:rPr><a:t>Folie</a:t></a:r></a:p></p:txBody></p:sld>`;
    assert.deepEqual(found(slide), []);
  });

  it('stays linear on a long one-line document with many attributes', () => {
    const unit = `<w:p w:rsidR="00A41F2C"><w:r><w:rPr><w:rFonts w:ascii="Calibri"/></w:rPr><w:t>Hallo</w:t></w:r><w:bookmarkStart w:id="3" w:name="x" foo="bar baz"/></w:p>`;
    assertLinearTime('office XML attributes', (t) => scanner.scan(docx(t)), unit.repeat(300), unit.repeat(1200));
  });
});

describe('review 34: RTF keeps what its markup does not own', () => {
  it('keeps a phone number in prose before the RTF group', () => {
    const text = `Hallo Frau Karin Vosskamp, Tel 0171 4829316 {\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}\\f0 Hallo\\par} Gruss`;
    assertFound(text, 'PHONE_NUMBER 0171 4829316');
  });

  it('keeps what an unknown ignorable destination holds, leaves out the font table', () => {
    const text = `{\\rtf1\\ansi{\\fonttbl{\\f0 Calibri;}{\\f1 Times New Roman;}}{\\*\\mydest Tel 0171 4829316 Frau Karin Vosskamp}\\f0 Hallo\\par}`;
    assertFound(text, 'PHONE_NUMBER 0171 4829316');
    assert.ok(
      found(text).some((f) => f.startsWith('PERSON') && f.includes('Vosskamp')),
      found(text).join(' | '),
    );
    assert.ok(!found(text).some((f) => /Calibri|Times/.test(f)), found(text).join(' | '));
  });

  it('never throws on hostile RTF (huge \\bin, out-of-range \\u, deep groups)', () => {
    for (const text of [
      `{\\rtf1\\ansi\\f0 A\\u99999999? \\u-99999? B\\par}`,
      `{\\rtf1\\ansi\\f0 Hallo\\bin9999999999 Frau Karin Vosskamp 0171 4829316\\par}`,
      `{\\rtf1 ${'{'.repeat(20000)}Hallo${'}'.repeat(20000)}}`,
    ])
      assert.doesNotThrow(() => scanner.scan(text));
  });
});
