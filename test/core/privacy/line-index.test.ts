import assert from 'node:assert/strict';
import { LineIndex } from '../../../nodes/core/privacy/line-index.js';

describe('line index (line numbers of offsets, for rules that group findings by line)', () => {
  const text = 'first\nsecond line\n\nlast';
  const lines = new LineIndex(text);

  it('numbers the line of every offset, a break belonging to the line it ends', () => {
    const numbers = [...text].map((_c, i) => lines.lineOf(i));
    const expected = [...text].map((_c, i) => text.slice(0, i).split('\n').length - 1);
    assert.deepEqual(numbers, expected);
    assert.equal(lines.lineOf(text.length), 3);
    assert.equal(lines.lastLine, 3);
  });

  it('gives each line its start and end, an empty line included', () => {
    const read = [0, 1, 2, 3].map((l) => text.slice(lines.lineStart(l), lines.lineEnd(l)));
    assert.deepEqual(read, ['first', 'second line', '', 'last']);
  });

  it('reads a text without a break as one line', () => {
    const one = new LineIndex('no break');
    assert.equal(one.lineOf(5), 0);
    assert.equal(one.lineEnd(0), 8);
  });
});
