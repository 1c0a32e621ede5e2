import assert from 'node:assert/strict';
import { normalizeForDetection } from '../../../nodes/core/privacy/normalize.js';

/** The original text a view span maps back to. */
const back = (original: string, view: string, needle: string) => {
  const n = normalizeForDetection(original);
  assert.equal(n.text, view);
  const at = n.text.indexOf(needle);
  assert.notEqual(at, -1, `${needle} in ${n.text}`);
  const { start, end } = n.toOriginal(at, at + needle.length);
  return original.slice(start, end);
};

describe('normalised view for the privacy detectors', () => {
  it('is the text itself for ASCII and Latin-1 letters (the fast path)', () => {
    const text = 'Grüße aus Köln, Tel. 0171 2345678, mail max@example.de';
    const n = normalizeForDetection(text);
    assert.equal(n.text, text);
    assert.deepEqual(n.toOriginal(5, 9), { start: 5, end: 9 });
  });

  it('removes format characters and maps a span back over them, and over those right next to it', () => {
    assert.equal(back('Tel 0171\u200b2345678 ok', 'Tel 01712345678 ok', '01712345678'), '0171\u200b2345678');
    assert.equal(
      back('x \u2066\u200e0171\u00ad2345678\u2069 y', 'x 01712345678 y', '01712345678'),
      '\u2066\u200e0171\u00ad2345678\u2069',
    );
    assert.equal(back('a\ufeffb\u2060c', 'abc', 'b'), '\ufeffb\u2060');
  });

  it('applies NFKC per character, expansions and compositions mapping to their whole source', () => {
    assert.equal(
      back('Ｍａｘ＠ｅｘａｍｐｌｅ．ｄｅ', 'Max@example.de', 'Max@example.de'),
      'Ｍａｘ＠ｅｘａｍｐｌｅ．ｄｅ',
    );
    // "ﬁ" (one character) becomes "fi": half of it maps to the whole ligature.
    assert.equal(back('Pro\ufb01t 12', 'Profit 12', 'fit'), '\ufb01t');
    assert.equal(back('Pro\ufb01t 12', 'Profit 12', '12'), '12');
    // "u" + combining diaeresis composes to "ü".
    assert.equal(back('Mu\u0308ller AG', 'Müller AG', 'Müller'), 'Mu\u0308ller');
    assert.equal(back('Tel\u00a0²³', 'Tel 23', '23'), '²³');
    assert.equal(back('\u{1d7d8}\u{1d7d9} ok', '01 ok', 'ok'), 'ok');
  });

  it('folds Cyrillic and Greek look-alikes, and digits of other scripts, to ASCII', () => {
    assert.equal(normalizeForDetection('DЕ89 Тel').text, 'DE89 Tel');
    assert.equal(normalizeForDetection('Ναme ΟΚ').text, 'Name OK');
    assert.equal(
      normalizeForDetection('О17І 2З45б78').text,
      '0171 2345678',
      'O and I look-alikes next to digits are digits',
    );
    assert.equal(normalizeForDetection('٠١٧١ ०१७१').text, '0171 0171');
    assert.equal(normalizeForDetection('a–b—c • d').text, 'a-b-c . d');
  });
});
