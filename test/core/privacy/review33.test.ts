import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

/**
 * Hostile review of the structured-OCR readers (round 33): a text that merely looks like OCR output must not lose
 * what the plain scanner flags in it. Only the markup's own numbers (a tag's boxes, JSON's numeric coordinates,
 * a TSV row's cells) and names (an attribute's, a JSON key's) are left out.
 */
const scanner = new PrivacyScanner();

function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

const WORD = `<span class='ocrx_word' id='word_1_1' title='bbox 120 340 388 371; x_wconf 93'>Hallo</span>`;
const TSV_HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

describe('review 33: OCR-looking texts keep their personal values', () => {
  it('keeps a phone number in prose on the line of a word element (hOCR)', () => {
    const text = `${WORD} ruf mich an: 0171 4829316, danke`;
    assert.ok(found(text).includes('PHONE_NUMBER 0171 4829316'), found(text).join(' | '));
    // The tag's own numbers stay out.
    assert.ok(!found(text).some((f) => /120|340|388|371/.test(f)), found(text).join(' | '));
  });

  it('keeps a phone number in a comment of a minified hOCR page', () => {
    const text = `<div class='ocr_page'><span class='ocr_line' title='bbox 100 300 900 380'>${WORD}</span></div><!-- Rückruf unter +49 171 4829316 -->`;
    assert.ok(
      found(text).some((f) => f.startsWith('PHONE_NUMBER') && f.includes('4829316')),
      found(text).join(' | '),
    );
  });

  it('keeps a string value of another key of a minified document-AI JSON', () => {
    const text =
      `{"pages":[{"words":[{"content":"Hallo","span":{"offset":0,"length":5},"confidence":0.991,` +
      `"polygon":[1.0124,2.2041,3.3307,2.2041]}]}],"content":"Hallo","kunde":{"telefon":"0171 4829316"}}`;
    assert.ok(found(text).includes('PHONE_NUMBER 0171 4829316'), found(text).join(' | '));
    assert.ok(!found(text).some((f) => /1\.0124|2\.2041|0\.991/.test(f)), found(text).join(' | '));
  });

  it('keeps a surname written before a colon in prose (no markup name)', () => {
    const text = `${WORD}\nIch habe mit Frau Kowalczyk: gesprochen, danach mit Herrn Brakenhoff: auch.`;
    const f = found(text);
    assert.ok(
      f.some((x) => x.startsWith('PERSON') && x.includes('Kowalczyk')),
      f.join(' | '),
    );
    // A JSON key and an attribute name stay out.
    const json = `{"pages":[{"words":[{"content":"Hallo","span":{"offset":0,"length":5}}]}],"content":"Hallo","Kowalczyk":1}`;
    assert.ok(!found(json).some((x) => x.includes('Kowalczyk')), found(json).join(' | '));
  });

  it('still leaves out the numeric cells of a TSV word row', () => {
    const text = `${TSV_HEADER}\n5\t1\t1\t1\t1\t1\t171\t4829\t316\t20\t95.1\tHallo\n`;
    assert.deepEqual(found(text), []);
  });

  it('stays linear on long one-line OCR-looking texts', () => {
    const unit = `${WORD} 0171 4829316 <b x='1' {"k":"`;
    assertLinearTime('OCR-looking one-line text', (t) => scanner.scan(t), unit.repeat(200), unit.repeat(1600));
  });
});

describe('review 33: markup names only where the format writes names', () => {
  it('keeps a surname before "=" in prose beside an hOCR word', () => {
    const text = `${WORD}\nAnsprechpartner: Kowalczyk=Leitung, Brakenhoff=Vertretung`;
    assert.ok(
      found(text).some((x) => x.startsWith('PERSON') && x.includes('Kowalczyk')),
      found(text).join(' | '),
    );
    // Inside a tag, an attribute's name and a class value's tokens stay out.
    const tag = `${WORD}<span class='ocr_line Kowalczyk' Brakenhoff='1'>x</span>`;
    assert.ok(!found(tag).some((x) => /Kowalczyk|Brakenhoff/.test(x)), found(tag).join(' | '));
  });
});

describe('review 33: malformed OCR-looking input never throws and stays linear', () => {
  it('reads hOCR word classes written without "<" (a chat naming them) once each', () => {
    const unit = `class='ocrx_word'>ab `;
    const text = `${unit.repeat(3000)}Rückruf 0171 4829316`;
    assert.ok(found(text).includes('PHONE_NUMBER 0171 4829316'), found(text).slice(0, 5).join(' | '));
    assertLinearTime('hOCR classes without tags', (t) => scanner.scan(t), unit.repeat(500), unit.repeat(4000));
  });

  it('reads unclosed hOCR word tags once each', () => {
    const unit = `<span class='ocrx_word' title='bbox 1 2 3 4' `;
    assertLinearTime(
      'unclosed hOCR word tags',
      (t) => scanner.scan(t),
      `${unit.repeat(500)}>Rückruf bitte`,
      `${unit.repeat(4000)}>Rückruf bitte`,
    );
  });

  it("finds an Azure word's line in time linear in the page, words in any order", () => {
    const page = (n: number) => {
      const words: string[] = [];
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        words.push(`{"content":"w","span":{"offset":${(n - i) * 10},"length":1}}`);
        lines.push(`{"content":"l","spans":[{"offset":${i * 10},"length":5}]}`);
      }
      return `{"pages":[{"words":[${words.join(',')}],"lines":[${lines.join(',')}]}]}`;
    };
    assertLinearTime('Azure words backwards', (t) => scanner.scan(t), page(3000), page(24000));
  });
});
