import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { findingsOverPieces, type MarkupReading } from '../../../nodes/core/privacy/markup-text-view.js';
import { sheetPieces } from '../../../nodes/core/privacy/office-sheets.js';
import { rtfPieces } from '../../../nodes/core/privacy/office-rtf.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/*
 * Office document parts read as the text a reader sees: SpreadsheetML (the shared string table and the sheet's
 * cells) and RTF (groups, destinations, escapes). A value split over rich-text runs or RTF groups is found per
 * piece, each over its text as written. All names and numbers here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const all = (text: string) => scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

/** The plain-text view an adapter's reading gives. */
function viewOf(text: string, reading: MarkupReading | undefined): string {
  assert.ok(reading, 'the adapter reads the document');
  let seen = '';
  findingsOverPieces(text, reading, (view) => {
    seen = view;
    return [];
  });
  return seen;
}

const run = (t: string, bold = false) =>
  `<r><rPr>${bold ? '<b/>' : ''}<sz val="11"/><rFont val="Calibri"/><family val="2"/></rPr><t xml:space="preserve">${t}</t></r>`;
const si = (inner: string) => `<si>${inner}</si>\n`;
const plain = (t: string) => si(`<t>${t}</t>`);
const sst = (items: string[]) =>
  `<!-- xl/sharedStrings.xml -->\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">\n${items.join('')}</sst>\n`;
const sheet = (rows: string[]) =>
  `<!-- xl/worksheets/sheet1.xml -->\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E9"/><sheetData>\n${rows.join('\n')}\n</sheetData></worksheet>\n`;
const s = (ref: string, index: number) => `<c r="${ref}" s="4" t="s"><v>${index}</v></c>`;
const n = (ref: string, value: string, style = 3) => `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
const row = (r: number, cells: string) => `<row r="${r}" spans="1:5">${cells}</row>`;

/** A crew list: headings, then two seafarers; the first name split over rich-text runs inside a word. */
const CREW_SHEET =
  sst([
    plain('Besatzungsliste MS Kormoran'),
    plain('Name'),
    plain('Geburtsdatum'),
    plain('Mobil'),
    plain('Heuer (EUR)'),
    si(run('Ber') + run('ta Quandt', true) + run('meier')),
    plain('Quirin Hallstedter'),
    plain('Anzahl Reisen'),
  ]) +
  sheet([
    row(1, s('A1', 0)),
    row(3, s('A3', 1) + s('B3', 2) + s('C3', 3) + s('D3', 4) + s('E3', 7)),
    row(4, s('A4', 5) + n('B4', '29871') + n('C4', '4915173526419', 0) + n('D4', '4915173526', 0) + n('E4', '12', 0)),
    row(5, s('A5', 6) + n('B5', '33107') + n('C5', '4917622013845', 0) + n('D5', '2875.5', 0) + n('E5', '7', 0)),
  ]);

describe('SpreadsheetML parts: shared strings and sheet cells', () => {
  it('reads each row as a tab-joined line, a shared-string cell showing its string item', () => {
    const view = viewOf(CREW_SHEET, sheetPieces(CREW_SHEET));
    assert.ok(view.includes('Name\tGeburtsdatum\tMobil\tHeuer (EUR)\tAnzahl Reisen'), view);
    assert.ok(view.includes('Berta Quandtmeier\t29871\t4915173526419'), view);
  });

  it('finds a name split over rich-text runs per run, over each run text as written', () => {
    const names = found(CREW_SHEET, 'PERSON');
    assert.ok(names.includes('Ber') && names.includes('ta Quandt') && names.includes('meier'), names.join(' | '));
    assert.ok(names.includes('Quirin Hallstedter'), names.join(' | '));
  });

  it('reads a serial day number under a birth-date heading as a date of birth, a bare number under a phone heading as a phone', () => {
    assert.deepEqual(found(CREW_SHEET, 'DATE_OF_BIRTH').sort(), ['29871', '33107']);
    assert.deepEqual(found(CREW_SHEET, 'PHONE_NUMBER').sort(), ['4915173526419', '4917622013845']);
  });

  it('leaves amounts, counts, shared-string indexes, style ids and font names unflagged', () => {
    const flagged = all(CREW_SHEET);
    for (const look of ['4915173526', '2875.5', ' 12', ' 7', 'Calibri', 'Kormoran'])
      assert.ok(!flagged.some((f) => f.endsWith(look)), `${look}: ${flagged.join(' | ')}`);
  });

  it('decides a number by the label cell beside it ("Geburtsdatum | 31417"), not in another row', () => {
    const form =
      sst([plain('Geburtsdatum'), plain('Liegeplatz'), plain('Eignerin'), plain('Wiebke Thormählen')]) +
      sheet([
        row(1, s('A1', 2) + s('B1', 3)),
        row(2, s('A2', 0) + n('B2', '31417')),
        row(3, s('A3', 1) + n('B3', '31418')),
      ]);
    assert.deepEqual(found(form, 'DATE_OF_BIRTH'), ['31417']);
  });

  it('reads a SIM column of a seafarers centre as phone numbers; a card serial of twenty digits is no phone', () => {
    const log =
      sst([plain('Name'), plain('Neue SIM-Nr.'), plain('Ottokar Brennecke'), plain('Hilke Ostendorp')]) +
      sheet([
        row(1, s('A1', 0) + s('B1', 1)),
        row(2, s('A2', 2) + n('B2', '4795257318', 0)),
        row(3, s('A3', 3) + n('B3', '89490200001234567891', 0)),
      ]);
    assert.deepEqual(found(log, 'PHONE_NUMBER'), ['4795257318']);
  });

  it('reads string items no cell shows (the shared strings alone) as lines of their own', () => {
    const strings = sst([plain('Heuerabrechnung'), si(run('Seemann: ') + run('Gerl') + run('inde Ruhnau'))]);
    const view = viewOf(strings, sheetPieces(strings));
    assert.equal(view, 'Heuerabrechnung\nSeemann: Gerlinde Ruhnau');
    const names = found(strings, 'PERSON');
    assert.ok(names.includes('Gerl') && names.includes('inde Ruhnau'), names.join(' | '));
  });

  it('reads inline strings and leaves phonetic runs out', () => {
    const inline = sheet([
      row(1, `<c r="A1" t="inlineStr"><is><t>Kontakt: </t></is></c>`),
      row(
        2,
        `<c r="A2" t="inlineStr"><is>${run('Mare') + run('ike Vosskuhl')}<rPh sb="0" eb="1"><t>XYZ</t></rPh></is></c>`,
      ),
    ]);
    assert.equal(viewOf(inline, sheetPieces(inline)), 'Kontakt: \nMareike Vosskuhl');
  });

  it('reads long sheets in linear time', () => {
    const crewSheet = (size: number) => {
      const rows: string[] = [];
      for (let r = 1; rows.length * 60 < size; r++)
        rows.push(row(r, s(`A${r}`, 0) + n(`B${r}`, String(20000 + (r % 9000)))));
      return sst([plain('Geburtsdatum')]) + sheet(rows);
    };
    assertLinearTime('sheet rows', (text) => scanner.scan(text), crewSheet(50_000), crewSheet(200_000));
    const items = (size: number) => `<sst>${repeated('<si><t>a', size)}`;
    assertLinearTime('unclosed string items', (text) => sheetPieces(text), items(100_000), items(400_000));
    const cells = (size: number) => `<sheetData><row>${repeated('<c r="A1" t="s"><v>0', size)}`;
    assertLinearTime('unclosed cells', (text) => sheetPieces(text), cells(100_000), cells(400_000));
  });
});

const RTF_HEAD =
  '{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset0 Franklin Gothic;}{\\f2\\froman Ruth Bernhard;}}\n{\\colortbl ;\\red0\\green0\\blue255;}\n{\\stylesheet{\\s1 Marianne Heading;}}\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n';

describe('RTF: groups, destinations and escapes', () => {
  it("decodes \\'hh by the code page, \\uN with its fallback, \\~ and \\- into the view", () => {
    const doc = `${RTF_HEAD}\\pard Kapit\\'e4n: {\\b J\\'f6rg }{\\i Wei\\u223?en\\-bach}\\par\nKoreanisch: \\u-21504?\\~Ende\\par\n}`;
    assert.equal(viewOf(doc, rtfPieces(doc)), 'Kapitän: Jörg Weißenbach\nKoreanisch: 가\u00a0Ende');
    const cp1250 = "{\\rtf1\\ansi\\ansicpg1250 Kapit\\'e1n: Ji\\'f8\\'ed Dvo\\'f8\\'e1k\\par}";
    assert.equal(viewOf(cp1250, rtfPieces(cp1250)), 'Kapitán: Jiří Dvořák');
    // WordPad: a font of charset 238 (Central European) writes its bytes in code page 1250, whatever \\ansicpg says.
    const wordPad =
      "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset238 Calibri;}}\\f0 K\\'e4pt'n: \\f1 Ji\\'f8\\'ed\\f0\\par}";
    assert.equal(viewOf(wordPad, rtfPieces(wordPad)), "Käpt'n: Jiří");
    const uc2 = '{\\rtf1\\ansi \\uc2 Pi\\u322??tka\\par}';
    assert.equal(viewOf(uc2, rtfPieces(uc2)), 'Piłtka');
  });

  it('finds a name split over groups per group, an escape inside its piece', () => {
    const doc = `${RTF_HEAD}\\pard\\sa200 Kapit\\'e4n: {\\b J\\'f6rg }{\\i Wei\\u223?enbach}\\par\n}`;
    const names = found(doc, 'PERSON');
    assert.ok(names.includes("J\\'f6rg") && names.includes('Wei\\u223?enbach'), names.join(' | '));
  });

  it('leaves font names, style names and the colour table unflagged', () => {
    const doc = `${RTF_HEAD}\\pard Liegeplatz C-12, Saison 2026\\par\n}`;
    assert.deepEqual(all(doc), []);
  });

  it('reads a table row as one tab-joined line: a date of birth and a phone split over groups found per piece', () => {
    const doc = `${RTF_HEAD}\\trowd\\cellx1500\\cellx3000\\cellx4500\n\\pard\\intbl Name\\cell Geburtsdatum\\cell Mobil\\cell \\row\n\\trowd\\cellx1500\\cellx3000\\cellx4500\n\\pard\\intbl Annelore Fricke\\cell {\\i 14.03.19}{\\b 71}\\cell {\\ul +49 1}{\\b 76 2210 4471}\\cell \\row\n}`;
    assert.ok(viewOf(doc, rtfPieces(doc)).includes('Annelore Fricke\t14.03.1971\t+49 176 2210 4471'));
    const dates = found(doc, 'DATE_OF_BIRTH');
    assert.ok(dates.includes('14.03.19') && dates.includes('71'), dates.join(' | '));
    const phones = found(doc, 'PHONE_NUMBER');
    assert.ok(phones.includes('+49 1') && phones.includes('76 2210 4471'), phones.join(' | '));
  });

  it("reads the \\info group's author and operator as the people who wrote the file; a role stays unflagged", () => {
    const doc = `{\\rtf1\\ansi{\\info{\\title Crew-Wechsel}{\\author Sch\\'fctte, Hedwig}{\\operator Crewing Dept}{\\creatim\\yr2026\\mo3\\dy4}}\\pard Liste\\par\n}`;
    assert.deepEqual(found(doc, 'PERSON'), ["Sch\\'fctte, Hedwig"]);
    // A full name the name detectors read only in part on a line of its own: the field says it is the writer's.
    const operator = `{\\rtf1\\ansi{\\info{\\operator Thorwald Eisenkolb}}\\pard Liste\\par\n}`;
    assert.deepEqual(found(operator, 'PERSON'), ['Thorwald Eisenkolb']);
    // The revision table: the authors of tracked changes, one entry each; "Unknown" is Word's own entry.
    const revisions = `{\\rtf1\\ansi{\\*\\revtbl {Unknown;}{Ragna Feddersen;}}\\pard Liste\\par\n}`;
    assert.deepEqual(found(revisions, 'PERSON'), ['Ragna Feddersen']);
  });

  it('keeps what stands outside the RTF group (a mail carrying it) read as written', () => {
    const doc = `Von: Ilka Brodersen <ilka.brodersen@example.org>\n\n${RTF_HEAD}\\pard Liste\\par\n}`;
    assert.ok(found(doc, 'EMAIL_ADDRESS').includes('ilka.brodersen@example.org'));
  });

  it('reads long and unclosed documents in linear time', () => {
    const groups = (size: number) => `${RTF_HEAD}${repeated('{\\b Ma}{\\i rta}\\cell ', size)}}`;
    assertLinearTime('split groups', (text) => scanner.scan(text), groups(50_000), groups(200_000));
    const open = (size: number) => `{\\rtf1${repeated('{\\fonttbl ', size)}`;
    assertLinearTime('unclosed destinations', (text) => rtfPieces(text), open(100_000), open(400_000));
    const escapes = (size: number) => `{\\rtf1 ${repeated("\\u322\\'", size)}`;
    assertLinearTime('cut escapes', (text) => rtfPieces(text), escapes(100_000), escapes(400_000));
  });
});
