import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { readSpokenNumbers } from '../../../nodes/core/privacy/spoken-numbers.js';

const view = (text: string) => readSpokenNumbers(text)?.text;
/** Prose without a number word, around the lines that have one. */
const far = 'Some words here and more words there.\n'.repeat(30);

/**
 * The spoken-number view reads only the lines around a number word (and their neighbours' words); what it reads there
 * must not depend on how much other text surrounds them, nor on context that lies across lines.
 */
describe('privacy view: spoken numbers read in regions', () => {
  it('leaves text without a number word alone', () => {
    assert.equal(view(far), undefined);
  });

  it('reads a month across blank lines before an ordinal day', () => {
    assert.equal(view('geboren im july\n\n\n\nfifteenth'), 'geboren im july\n\n\n\n15');
    assert.equal(
      view(`${far}born on the\nSPEAKER_02: äh ähm\nfifteenth of\n\nmarch nineteen sixty eight\n${far}`),
      `${far}born on the\nSPEAKER_02: äh ähm\n15 of\n\nmarch 1968\n${far}`,
    );
  });

  it("reads one speaker's digits across two turns, amid prose", () => {
    const said = 'SPEAKER_01: meine nummer null eins sieben\nSPEAKER_01: zwei drei vier fünf sechs\n';
    assert.equal(view(`${far}${said}${far}`), `${far}SPEAKER_01: meine nummer 01723456\n${far}`);
  });

  it('reads a dot chain of typed groups far from any number word', () => {
    assert.equal(
      view(`${far}server at ten dot one dot\n\n${far}host 10 dot 0 dot 0 dot 7 ok\n${far}`),
      `${far}server at 10 dot one dot\n\n${far}host 10.0.0.7 ok\n${far}`,
    );
  });

  it('scans "plus" before a lone "hundred" or "thousand" without failing', () => {
    const scanner = new PrivacyScanner();
    assert.doesNotThrow(() => scanner.scan('the price plus hundred euros'));
    assert.doesNotThrow(() => scanner.scan('plus thousand'));
  });

  it("reads a lone day's number before a capitalised month, not before a capitalised name", () => {
    const scanner = new PrivacyScanner();
    const said = 'And your date of birth? Um, three September nineteen sixty five.';
    assert.equal(view(said), 'And your date of birth? Um, 3 September 1965.');
    const found = scanner.scan(said).filter((e) => e.type === 'DATE_OF_BIRTH');
    assert.deepEqual(
      found.map((e) => said.slice(e.start, e.end)),
      ['three September nineteen sixty five'],
    );
    // A number word before a capitalised word that is no month stays a word of the name: nothing to read.
    assert.equal(view('Vor Ort holt Sie Hendrikje ten Cate ab'), undefined);
    assert.equal(view('date of birth three Septimus Road'), undefined);
  });
});
