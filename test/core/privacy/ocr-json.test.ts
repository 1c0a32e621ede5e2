import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { azureWords, documentAiWords, textractWords } from '../../../nodes/core/privacy/ocr-words-json.js';
import { tesseractTsvWords } from '../../../nodes/core/privacy/ocr-words-tsv.js';
import type { TextPiece } from '../../../nodes/core/privacy/markup-text-view.js';
import { assertLinearTime } from '../../support/linear-time.js';

/*
 * Structured OCR output as JSON (Textract, Azure Document Intelligence, Google Document AI) and Tesseract
 * TSV: every word its own row or object, so a value is split over several elements and is found per element.
 * All names, addresses and numbers here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const all = (text: string) => scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

/** The lines an adapter reads: its words' text as written, joined by one space per line. */
function linesOf(text: string, words: TextPiece[] | undefined): string[] {
  const lines = new Map<string, string[]>();
  for (const w of words ?? []) lines.set(w.line, [...(lines.get(w.line) ?? []), text.slice(w.start, w.end)]);
  return [...lines.values()].map((ws) => ws.join(' '));
}

const json = (s: string) => JSON.stringify(s).slice(1, -1);

/** Page lines, each a list of words; key-value pairs the engine found. */
type Page = { lines: string[][]; pairs?: [string, string][] };

const LETTER: Page = {
  lines: [
    ['Bürgerbüro', 'Westend,', 'Am', 'Rathaus', '2', '–', 'Az.', 'BB-2031-55012'],
    ['Sehr', 'geehrte', 'Damen', 'und', 'Herren,', 'bitte', 'rufen', 'Sie', 'mich', 'zurück.'],
    ['Mit', 'freundlichen', 'Grüßen'],
    ['Orsolya', 'Brandtweiler'],
    ['Lindenhofweg', '17,', '79102', 'Freiburg'],
    ['Tel.', '0176', '4412093'],
  ],
  pairs: [
    ['Absender', 'Orsolya Brandtweiler'],
    ['Geburtsdatum', '03.09.1961'],
  ],
};

function tsv(page: Page): string {
  const rows = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext'];
  rows.push('1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t', '2\t1\t1\t0\t0\t0\t160\t220\t2100\t900\t-1\t');
  page.lines.forEach((ws, li) => {
    rows.push(`4\t1\t1\t1\t${li + 1}\t0\t180\t${240 + li * 60}\t1600\t38\t-1\t`);
    ws.forEach((w, wi) =>
      rows.push(
        `5\t1\t1\t1\t${li + 1}\t${wi + 1}\t${180 + wi * 130}\t${240 + li * 60}\t120\t34\t9${wi}.27183${li}\t${w}`,
      ),
    );
  });
  return rows.join('\n');
}

function textract(page: Page): string {
  let n = 0;
  const id = () => `${(++n).toString(16).padStart(8, '0')}-5a2e-4c11-8d07-4402981753${String(n).padStart(2, '0')}`;
  const wordIds = page.lines.map((ws) => ws.map(() => id()));
  const lineIds = page.lines.map(() => id());
  const blocks = [
    `{"BlockType": "PAGE", "Id": "${id()}", "Relationships": [{"Type": "CHILD", "Ids": ["${lineIds.join('", "')}"]}]}`,
  ];
  page.lines.forEach((ws, li) => {
    blocks.push(
      `{"BlockType": "LINE", "Confidence": 93.4417, "Text": "${json(ws.join(' '))}", "Geometry": {"BoundingBox": {"Width": 0.61, "Height": 0.011, "Left": 0.0712, "Top": 0.${4000 + li}}}, "Id": "${lineIds[li]}", "Relationships": [{"Type": "CHILD", "Ids": ["${wordIds[li].join('", "')}"]}]}`,
    );
    ws.forEach((w, wi) =>
      blocks.push(
        `{"BlockType": "WORD", "Confidence": 8${wi}.${li}306, "Text": "${json(w)}", "TextType": "PRINTED", "Id": "${wordIds[li][wi]}"}`,
      ),
    );
  });
  for (const [key, value] of page.pairs ?? []) {
    const k = id();
    const v = id();
    blocks.push(
      `{"BlockType": "KEY_VALUE_SET", "EntityTypes": ["KEY"], "Confidence": 91.25, "Id": "${k}", "Relationships": [{"Type": "VALUE", "Ids": ["${v}"]}], "KeyText": "${json(key)}"}`,
      `{"BlockType": "KEY_VALUE_SET", "EntityTypes": ["VALUE"], "Confidence": 90.5, "Id": "${v}", "ValueText": "${json(value)}"}`,
    );
  }
  return `{"DocumentMetadata": {"Pages": 1}, "Blocks": [\n  ${blocks.join(',\n  ')}\n], "AnalyzeDocumentModelVersion": "1.0"}`;
}

function azure(page: Page): string {
  const plain = page.lines.map((ws) => ws.join(' '));
  const words: string[] = [];
  const lines: string[] = [];
  let offset = 0;
  page.lines.forEach((ws, li) => {
    lines.push(`{"content": "${json(plain[li])}", "spans": [{"offset": ${offset}, "length": ${plain[li].length}}]}`);
    let o = offset;
    ws.forEach((w, wi) => {
      words.push(
        `{"content": "${json(w)}", "polygon": [${180 + wi * 130}, ${240 + li * 60}], "confidence": 0.9${wi}${li}, "span": {"offset": ${o}, "length": ${w.length}}}`,
      );
      o += w.length + 1;
    });
    offset += plain[li].length + 1;
  });
  const kv = (page.pairs ?? []).map(
    ([k, v]) => `{"key": {"content": "${json(k)}"}, "value": {"content": "${json(v)}"}, "confidence": 0.88}`,
  );
  return (
    `{"apiVersion": "2024-11-30", "modelId": "prebuilt-layout", "content": "${json(plain.join('\n'))}",\n` +
    `"pages": [{"pageNumber": 1, "unit": "pixel", "width": 2480, "height": 3508, "words": [\n  ${words.join(',\n  ')}\n], "lines": [${lines.join(', ')}]}],\n` +
    `"keyValuePairs": [${kv.join(', ')}]}`
  );
}

function documentAi(page: Page): string {
  const plain = page.lines.map((ws) => ws.join(' '));
  const tokens: string[] = [];
  let offset = 0;
  page.lines.forEach((ws) => {
    for (const w of ws) {
      tokens.push(
        `{"layout": {"textAnchor": {"textSegments": [{"startIndex": "${offset}", "endIndex": "${offset + w.length}"}]}, "confidence": 0.93}}`,
      );
      offset += w.length + 1;
    }
  });
  const fields = (page.pairs ?? []).map(
    ([k, v]) =>
      `{"fieldName": {"textAnchor": {"content": "${json(k)}"}}, "fieldValue": {"textAnchor": {"content": "${json(v)}"}, "confidence": 0.81}}`,
  );
  return (
    `{"document": {"mimeType": "image/tiff", "uri": "gs://scans/brief_4471.tif", "text": "${json(plain.join('\n'))}",\n` +
    `"pages": [{"pageNumber": 1, "tokens": [\n  ${tokens.join(',\n  ')}\n], "formFields": [${fields.join(', ')}]}]}}`
  );
}

describe('OCR output as TSV and JSON: the format adapters', () => {
  it('Tesseract TSV: the text cell of every level-5 row, lines by page/block/paragraph/line', () => {
    const text = tsv(LETTER);
    assert.deepEqual(
      linesOf(text, tesseractTsvWords(text)?.pieces),
      LETTER.lines.map((ws) => ws.join(' ')),
    );
  });

  it('Textract: WORD blocks grouped by their LINE’s CHILD ids; a key and its value one line', () => {
    const text = textract(LETTER);
    assert.deepEqual(linesOf(text, textractWords(text)?.pieces), [
      ...LETTER.lines.map((ws) => ws.join(' ')),
      'Absender Orsolya Brandtweiler',
      'Geburtsdatum 03.09.1961',
    ]);
  });

  it('Azure: words grouped by the line whose span holds their offset; key-value pairs one line', () => {
    const text = azure(LETTER);
    assert.deepEqual(linesOf(text, azureWords(text)?.pieces), [
      ...LETTER.lines.map((ws) => ws.join(' ')),
      'Absender Orsolya Brandtweiler',
      'Geburtsdatum 03.09.1961',
    ]);
  });

  it('Document AI: the form fields, name and value one line (the text itself reads as the page)', () => {
    const text = documentAi(LETTER);
    assert.deepEqual(linesOf(text, documentAiWords(text)?.pieces), [
      'Absender Orsolya Brandtweiler',
      'Geburtsdatum 03.09.1961',
    ]);
  });

  it('a word’s span is its text as written, JSON escapes inside it', () => {
    const page: Page = { lines: [['Jördis', 'Krumbügel-Haase']] };
    const text = textract(page).replaceAll('Krumbügel', 'Krumb\\u00fcgel');
    assert.deepEqual(linesOf(text, textractWords(text)?.pieces), ['Jördis Krumb\\u00fcgel-Haase']);
  });

  it('texts that are no such output are not read', () => {
    for (const read of [tesseractTsvWords, textractWords, azureWords, documentAiWords]) {
      assert.equal(read('{"name": "Orsolya Brandtweiler", "phone": "0176 4412093"}'), undefined);
      assert.equal(read('level page_num text\n5 1 Orsolya'), undefined);
    }
  });
});

describe('OCR output as TSV and JSON: values split over words are found per word', () => {
  const formats: [string, (p: Page) => string][] = [
    ['Tesseract TSV', tsv],
    ['Textract', textract],
    ['Azure', azure],
  ];
  for (const [name, render] of formats) {
    it(`${name}: the name, the address and the phone, each word element its own finding`, () => {
      const text = render(LETTER);
      const person = found(text, 'PERSON');
      for (const w of ['Orsolya', 'Brandtweiler']) assert.ok(person.includes(w), `${w} in ${JSON.stringify(person)}`);
      const address = found(text, 'POSTAL_ADDRESS');
      for (const w of ['Lindenhofweg', '17,', '79102', 'Freiburg'])
        assert.ok(address.includes(w), `${w} in ${JSON.stringify(address)}`);
      const phone = found(text, 'PHONE_NUMBER');
      for (const w of ['0176', '4412093']) assert.ok(phone.includes(w), `${w} in ${JSON.stringify(phone)}`);
    });

    it(`${name}: boxes, confidences, ids and block names stay unflagged`, () => {
      const text = render(LETTER);
      const flagged = all(text).filter((f) =>
        / \d{1,3}\.\d{3,6}$|BlockType|WORD|LINE|PRINTED|polygon|confidence|Confidence|[0-9a-f]{8}-/.test(f),
      );
      assert.deepEqual(flagged, []);
    });
  }

  it('a date of birth a key-value pair names is found in the pair’s value', () => {
    for (const render of [textract, azure, documentAi]) {
      const text = render(LETTER);
      assert.ok(found(text, 'DATE_OF_BIRTH').includes('03.09.1961'), render.name);
    }
  });

  it('a name with a JSON escape inside a word is found over the word as written', () => {
    const page: Page = {
      lines: [
        ['Mit', 'freundlichen', 'Grüßen'],
        ['Jördis', 'Krumbügel'],
      ],
    };
    const text = textract(page).replace('"Krumbügel"', '"Krumb\\u00fcgel"');
    const person = found(text, 'PERSON');
    assert.ok(person.includes('Krumb\\u00fcgel'), JSON.stringify(person));
  });

  // One test a format, on a page a quarter the size it was: four formats' scans in one test went past the runner's
  // 30 s timeout on a loaded two-core machine (the growth ratio is what is asserted, not the time).
  const page = (n: number): Page => ({ lines: Array.from({ length: n }, () => LETTER.lines).flat() });
  for (const [name, render] of formats)
    it(`reads a long ${name} output in linear time`, () => {
      assertLinearTime(`${name} page`, (t) => scanner.scan(t), render(page(20)), render(page(80)));
    });
});
