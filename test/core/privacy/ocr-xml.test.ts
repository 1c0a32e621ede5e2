import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** The findings as "TYPE text" over the document as written. */
function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

type Line = string[];

const LINES: Line[] = [
  ['Antrag', 'auf', 'Mitgliedschaft', 'Az.', 'QX-2031-55817'],
  ['Name:', 'Wendelin', 'Quastorf'],
  ['Geburtsdatum:', '14.03.1978'],
  ['Anschrift:', 'Kiefernweg', '17,', '31785', 'Hameln'],
  ['Telefon:', '0157', '38824190'],
];

function hocr(lines: Line[]): string {
  const body = lines
    .map(
      (ws, li) =>
        `<span class='ocr_line' id='line_1_${li + 1}' title="bbox 180 ${240 + li * 60} 1700 ${278 + li * 60}">\n` +
        ws
          .map(
            (w, wi) =>
              `  <span class='ocrx_word' id='word_1_${li + 1}_${wi + 1}' title='bbox ${200 + wi * 130} ${240 + li * 60} ${310 + wi * 130} ${276 + li * 60}; x_wconf ${84 + wi}'>${w.replace(/&/g, '&amp;')}</span>`,
          )
          .join('\n') +
        '\n</span>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<html><body><div class='ocr_page' id='page_1' title='bbox 0 0 2480 3508'>\n${body}\n</div></body></html>`;
}

function alto(lines: Line[]): string {
  const body = lines
    .map(
      (ws, li) =>
        `<TextLine ID="l${li + 1}" HPOS="180" VPOS="${240 + li * 60}">` +
        ws
          .map((w, wi) => `<String CONTENT="${w}" HPOS="${200 + wi * 130}" VPOS="${240 + li * 60}" WC="0.9${wi}"/>`)
          .join('<SP/>') +
        '</TextLine>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page ID="p1"><PrintSpace><TextBlock ID="b1">\n${body}\n</TextBlock></PrintSpace></Page></Layout></alto>`;
}

function pageXml(lines: Line[], lineText = true): string {
  const body = lines
    .map(
      (ws, li) =>
        ` <TextLine id="r1_l${li + 1}"><Coords points="180,${240 + li * 60} 1700,${278 + li * 60}"/>\n` +
        ws
          .map(
            (w, wi) =>
              `  <Word id="r1_l${li + 1}_w${wi + 1}"><Coords points="${200 + wi * 130},240 ${310 + wi * 130},276"/><TextEquiv conf="0.9${wi}"><Unicode>${w}</Unicode></TextEquiv></Word>\n`,
          )
          .join('') +
        (lineText ? `  <TextEquiv><Unicode>${ws.join(' ')}</Unicode></TextEquiv>\n` : '') +
        ' </TextLine>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageFilename="scan_000417.tif"><TextRegion id="r1">\n${body}\n</TextRegion></Page></PcGts>`;
}

/** Every value of LINES found per word element, and nothing of the markup. */
function assertPerWord(result: string[]): void {
  for (const w of ['Wendelin', 'Quastorf']) assert.ok(result.includes(`PERSON ${w}`), `${w}: ${result.join(' | ')}`);
  assert.ok(result.includes('DATE_OF_BIRTH 14.03.1978'), result.join(' | '));
  for (const w of ['Kiefernweg', '17,', '31785', 'Hameln'])
    assert.ok(result.includes(`POSTAL_ADDRESS ${w}`), `${w}: ${result.join(' | ')}`);
  for (const w of ['0157', '38824190']) assert.ok(result.includes(`PHONE_NUMBER ${w}`), `${w}: ${result.join(' | ')}`);
  // Look-alikes: class names, boxes, confidences, ids and the reference number stay unflagged.
  for (const r of result) assert.doesNotMatch(r, /ocrx|ocr_|bbox|wconf|QX-2031|word_1|r1_l|HPOS|^\S+ \d{3}$/, r);
}

describe('structured OCR output (hOCR, ALTO, PAGE XML) read as the text its words say', () => {
  it('hOCR: each ocrx_word of a value found over its own text, no class name read as a name', () => {
    const result = found(hocr(LINES));
    assertPerWord(result);
    assert.ok(!result.some((r) => r.includes("'ocrx")), result.join(' | '));
  });

  it('hOCR: a word entity-decoded for the scan, labelled over the text as written', () => {
    const text = hocr([['Kontakt:', 'Ilka', 'Brenninger', '&', 'Team']]);
    const result = found(text);
    assert.ok(result.includes('PERSON Ilka') && result.includes('PERSON Brenninger'), result.join(' | '));
  });

  it('ALTO: each String CONTENT of a value found, over the attribute value only', () => {
    assertPerWord(found(alto(LINES)));
  });

  it('ALTO: a name broken over two lines is read whole (SUBS_CONTENT) and labelled on both halves', () => {
    const text =
      '<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page><PrintSpace><TextBlock>' +
      '<TextLine ID="l1"><String CONTENT="Antragstellerin:"/><SP/><String CONTENT="Henrike"/><SP/>' +
      '<String CONTENT="Oberschwa" SUBS_TYPE="HypPart1" SUBS_CONTENT="Oberschwallinger"/><HYP CONTENT="-"/></TextLine>' +
      '<TextLine ID="l2"><String CONTENT="llinger" SUBS_TYPE="HypPart2" SUBS_CONTENT="Oberschwallinger"/><SP/>' +
      '<String CONTENT="wohnt"/><SP/><String CONTENT="in"/><SP/><String CONTENT="Hameln."/></TextLine>' +
      '</TextBlock></PrintSpace></Page></Layout></alto>';
    const result = found(text);
    for (const w of ['Henrike', 'Oberschwa', 'llinger']) assert.ok(result.includes(`PERSON ${w}`), result.join(' | '));
    assert.equal(result.filter((r) => r === 'PERSON Oberschwallinger').length, 2, result.join(' | '));
  });

  it("PAGE XML: each Word's Unicode found, and the line's own TextEquiv labelled whole", () => {
    const text = pageXml(LINES);
    const result = found(text);
    assertPerWord(result);
    assert.ok(result.includes('PERSON Wendelin Quastorf'), result.join(' | '));
    assert.ok(result.includes('POSTAL_ADDRESS Kiefernweg 17, 31785 Hameln'), result.join(' | '));
    assert.ok(result.includes('PHONE_NUMBER 0157 38824190'), result.join(' | '));
  });

  it('PAGE XML without line TextEquivs: the words alone', () => {
    assertPerWord(found(pageXml(LINES, false)));
  });

  it('a document that is no OCR output is scanned as before', () => {
    const text = 'Name: Wendelin Quastorf, Kiefernweg 17, 31785 Hameln';
    assert.ok(found(text).includes('PERSON Wendelin Quastorf'));
  });

  it('reads a long OCR document in linear time', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => LINES[i % LINES.length]);
    for (const make of [hocr, alto, (l: Line[]) => pageXml(l)])
      assertLinearTime('OCR words', (t) => scanner.scan(t), make(many(40)), make(many(400)));
    // Hostile: unclosed tags and quotes.
    const hostile = (n: number) => "<span class='ocrx_word' title='".repeat(n) + '<String CONTENT="'.repeat(n);
    assertLinearTime('OCR hostile', (t) => scanner.scan(`<alto>${t}<Unicode><TextLine`), hostile(500), hostile(5000));
  });
});

describe('structured OCR output: two fields of one form line', () => {
  it("a name ends before the next field's label the engine joined to it with one blank", () => {
    const text = hocr([['Name:', 'Wendelin', 'Quastorf', 'Geburtsdatum:', '14.03.1978']]);
    const result = found(text);
    assert.ok(result.includes('PERSON Wendelin') && result.includes('PERSON Quastorf'), result.join(' | '));
    assert.ok(!result.includes('PERSON Geburtsdatum'), result.join(' | '));
  });
});

describe('structured OCR output: rows of a scanned table', () => {
  it('the date between a name and an address under a birth-date header is a date of birth, per word', () => {
    const text = alto([
      ['Unterschriftenliste', 'Blatt', '7'],
      ['Name,', 'Vorname', '|', 'Geburtsdatum', '|', 'Anschrift'],
      ['Quastorf,', 'Wendelin', '14.', 'März', '1978', 'Kiefernweg', '17,', '31785', 'Hameln'],
      ['Yildrava', 'Ottilie', '02.09.1961', 'Lerchenstieg', '4,', '24937', 'Flensburg'],
      ['Sitzung', 'am', '02.11.2025', 'Rathausplatz', '1,', '31785', 'Hameln'],
    ]);
    const result = found(text);
    for (const w of ['14.', 'März', '1978', '02.09.1961'])
      assert.ok(result.includes(`DATE_OF_BIRTH ${w}`), `${w}: ${result.join(' | ')}`);
    // A recent date before an address (a meeting's) is no one's birth date.
    assert.ok(!result.includes('DATE_OF_BIRTH 02.11.2025'), result.join(' | '));
  });
});

describe('structured OCR output: what lies outside the words is read too (fail closed)', () => {
  it('keeps the findings of prose, a comment and a file name around the output, and drops the markup’s own names', () => {
    const page = hocr([['Sitzung', 'am', 'Montag']]);
    const text = `Weitergeleitet von Ottilie Yildrava, Tel. 0157 38824190:\n${page}\n<!-- Scan von W. Quastorf, Kiefernweg 17, 31785 Hameln -->`;
    const result = found(text);
    for (const want of [
      'PERSON Ottilie Yildrava',
      'PHONE_NUMBER 0157 38824190',
      'POSTAL_ADDRESS Kiefernweg 17, 31785 Hameln',
    ])
      assert.ok(result.includes(want), `${want}: ${result.join(' | ')}`);
    assert.ok(!result.some((r) => /ocrx|ocr_line|bbox/.test(r)), result.join(' | '));
  });
  it('reads a name in a JSON key-value document’s other fields as written', () => {
    const text = JSON.stringify({
      pages: [{ words: [{ content: 'Sitzung', span: { offset: 0, length: 7 } }] }],
      content: 'Sitzung',
      note: 'Eingereicht von Ottilie Yildrava, Kiefernweg 17, 31785 Hameln',
    });
    const result = found(text);
    assert.ok(result.includes('PERSON Ottilie Yildrava'), result.join(' | '));
  });
});
