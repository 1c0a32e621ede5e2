import assert from 'node:assert/strict';
import { readPdfFormFields } from '../../../nodes/core/privacy/pdf-form-fields.js';
import { readPrintPageDescriptions } from '../../../nodes/core/privacy/print-page-descriptions.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const has = (text: string, type: string, value: string) =>
  assert.ok(spansOf(text, type).includes(value), `${type} ${value}: ${JSON.stringify(spansOf(text, type))}`);
const hasNot = (text: string, type: string, value: string) =>
  assert.ok(
    !spansOf(text, type).some((s) => s.includes(value)),
    `${type} ${value}: ${JSON.stringify(spansOf(text, type))}`,
  );
const view = (text: string) => readPrintPageDescriptions(text)?.text;

const postscript =
  '%!PS-Adobe-3.0\n%%Creator: PScript5.dll Version 5.2.2\n%%Title: Jackpot-Auszahlung SL-20-1119264\n%%EndComments\n' +
  '/Helvetica-Bold findfont 14 scalefont setfont\n' +
  '72 760 moveto (Casino Donaublick \\(Kasse\\)) show\n' +
  '/Helvetica findfont 10 scalefont setfont\n' +
  '72 742 moveto (Automat TRM-5195-C - Jackpot 102432,20 EUR) show\n' +
  '72 724 moveto (Kunde: Mit\\343i Acu\\361a-Yrala) show\n' +
  '72 706 moveto (Anschrift: Feldbergstrasse 93, \\\n4057 Basel) show\n' +
  '72 688 moveto (Pfad C:\\\\Kasse) show\n' +
  'showpage\n%%EOF\n';

const pdf =
  '5 0 obj\n<< /Length 1950 >>\nstream\nBT\n/F1 11 Tf\n72 760 Td\n' +
  '(Silver Fern Gaming Trust - Source of funds review) Tj\n' +
  '0 -16 Td (TRM-4468-F / 2026-10-24) Tj\n' +
  '0 -16 Td (Customer: ) Tj\n[(Irantzu L)-8(oidi)] TJ\n' +
  '0 -16 Td (Kunde: Galina-K\\366se Mitioglo) Tj\n' +
  '0 -16 Td (Name: ) Tj\n[(Non)-15(gdamb)-15(a Salam)] TJ\n' +
  '0 -16 Td (Customer: ) Tj\n[(Pl)12(i)20(g Zoov)] TJ\n' +
  'ET\nendstream\nendobj\n';

describe('page descriptions on their way to a printer (PostScript, PDF content streams)', () => {
  it('reads PostScript as the text its show operators print, escapes as characters', () => {
    assert.equal(
      view(postscript),
      '%!PS-Adobe-3.0\n%%Creator: PScript5.dll Version 5.2.2\n%%Title: Jackpot-Auszahlung SL-20-1119264\n' +
        '%%EndComments\nCasino Donaublick (Kasse)\nAutomat TRM-5195-C - Jackpot 102432,20 EUR\n' +
        'Kunde: Mitãi Acuña-Yrala\nAnschrift: Feldbergstrasse 93, 4057 Basel\nPfad C:\\Kasse\n%%EOF\n',
    );
    has(postscript, 'PERSON', 'Mit\\343i Acu\\361a-Yrala');
    has(postscript, 'POSTAL_ADDRESS', 'Feldbergstrasse 93, \\\n4057 Basel');
  });

  it('reads a PDF content stream: Tj lines, TJ pieces joined, a Td a new line, the same line kept', () => {
    const v = view(pdf)!;
    assert.ok(v.includes('\nCustomer: Irantzu Loidi\nKunde: Galina-Köse Mitioglo\nName: Nongdamba Salam\n'), v);
    assert.ok(!/\bT[dfjJ]\b|\bBT\b|endstream/.test(v), v);
    has(pdf, 'PERSON', 'Irantzu L)-8(oidi');
    has(pdf, 'PERSON', 'Galina-K\\366se Mitioglo');
    has(pdf, 'PERSON', 'Non)-15(gdamb)-15(a Salam');
    has(pdf, 'PERSON', 'Pl)12(i)20(g Zoov');
  });

  it('reads a kerning of -200 or below as a word gap, a smaller one as none', () => {
    const s = 'BT\n72 760 Td\n[(Jana)-250(Berg)] TJ\n0 -16 Td [(Lo)-120(ewe)] TJ\n0 -16 Td [(A)30(V)] TJ\nET\n';
    assert.equal(view(s), 'Jana Berg\nLoewe\nAV\n');
  });

  it('moves to a new line for \' and " and T*, and keeps shows on one line without a move', () => {
    const s =
      'BT\n72 760 Td\n(Kunde:) Tj ( Jana Berg) Tj\n(Anschrift folgt) \'\n2 0 (Zeile drei) "\nT* (vier) Tj\nET\n';
    assert.equal(view(s), 'Kunde: Jana Berg\nAnschrift folgt\nZeile drei\nvier\n');
  });

  it('fails closed: a line that is not syntax, an unbalanced "(", a bare number line read as written', () => {
    const s =
      '%!PS\n72 760 moveto (Kunde: Jana Berg) show\nRückruf an 0171 2345678 erbeten\n0171 2345678\n' +
      '72 742 moveto (Anschrift: Feldbergstrasse 93 show\n72 724 moveto <4a616e61> show\n' +
      '72 706 moveto (Tel.) show 0171 2345678 pop pop\nshowpage\n';
    const v = view(s)!;
    assert.ok(v.includes('\nRückruf an 0171 2345678 erbeten\n0171 2345678\n'), v);
    assert.ok(v.includes('72 742 moveto (Anschrift: Feldbergstrasse 93 show\n72 724 moveto <4a616e61> show'), v);
    has(s, 'PHONE_NUMBER', '0171 2345678');
    assert.ok(v.includes('72 706 moveto (Tel.) show 0171 2345678 pop pop'), v);
  });

  it('leaves look-alikes alone: prose with parentheses and "show", a Markdown link, a PDF form export', () => {
    assert.equal(view('Please (if you can) show me the report. Then moveto the next point.\n'), undefined);
    assert.equal(view('The manager (Jana Berg) will show you round; moveto is a PostScript word.\n'), undefined);
    assert.equal(view('See [Jana Berg](https://example.org/jana) show notes; moveto\n'), undefined);
    assert.equal(view('He said (quietly) Tj was fine, BT and ET too.\n'), undefined);
    const fdf =
      '%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n<< /T (txtVorname) /V (Bieito) >>\n' +
      '<< /T (txtName) /V (Pereiro) >>\n<< /T (datGeburt) /V (12.03.1977) >>\n] >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
    assert.equal(view(fdf), undefined);
    assert.ok(readPdfFormFields(fdf)?.text.includes('Vorname: Bieito'));
    has(fdf, 'DATE_OF_BIRTH', '12.03.1977');
  });

  it('reads in linear time', () => {
    assertLinearTime(
      'unclosed strings',
      (t) => readPrintPageDescriptions(t),
      '%!PS\n72 760 moveto (a) show\n' + '(a\n'.repeat(4000),
      '%!PS\n72 760 moveto (a) show\n' + '(a\n'.repeat(16000),
    );
    assertLinearTime(
      'many strings on one line',
      (t) => readPrintPageDescriptions(t),
      'BT\n(a) Tj\n' + '(a) '.repeat(4000) + "'\nET\n",
      'BT\n(a) Tj\n' + '(a) '.repeat(16000) + "'\nET\n",
    );
  });
});

describe('IPP job attributes: the printer and the print client', () => {
  const ipp =
    'job-id (integer) = 4411\njob-originating-user-name (nameWithoutLanguage) = Jana Berg\n' +
    'job-originating-host-name (nameWithoutLanguage) = 192.168.24.56\n' +
    'job-name (nameWithoutLanguage) = Lottery mandate Tiewlin Sohtun.pdf\n' +
    'printer-uri (uri) = ipp://172.20.9.210/printers/office-mfp\ndevice-uri (uri) = socket://85.12.3.4:9100\n' +
    '\n--- page 1 ---\nName: Tiewlin Sohtun\nLast login from 10.0.0.7\n';

  it("leaves the printer's and the client's private addresses, flags a public one and the user's name", () => {
    hasNot(ipp, 'IP_ADDRESS', '192.168.24.56');
    hasNot(ipp, 'IP_ADDRESS', '172.20.9.210');
    has(ipp, 'IP_ADDRESS', '85.12.3.4');
    has(ipp, 'PERSON', 'Jana Berg');
    has(ipp, 'PERSON', 'Tiewlin Sohtun');
  });
});
