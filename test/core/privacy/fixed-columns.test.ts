import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { fixedColumnCell, type FixedColumn } from '../../../nodes/core/privacy/fixed-columns.js';

/** The value the column holds in the second line of `text` (the first is the heading). */
function cell(text: string, column: FixedColumn): string | undefined {
  const rowStart = text.indexOf('\n') + 1;
  let rowEnd = text.indexOf('\n', rowStart);
  if (rowEnd === -1) rowEnd = text.length;
  const found = fixedColumnCell(text, rowStart, rowEnd, column);
  return found && text.slice(found.start, found.end);
}

describe('fixed-width columns: one reader of a cell', () => {
  const heading = 'NR    NAME              ORT';
  const name = heading.indexOf('NAME');
  const town = heading.indexOf('ORT');

  it('joins words over single blanks and ends at two blanks', () => {
    assert.equal(cell(`${heading}\n12    Roza Tevanyan     Aachen`, { offset: name }), 'Roza Tevanyan');
    assert.equal(cell(`${heading}\n12    Roza Tevanyan     Aachen`, { offset: town }), 'Aachen');
  });

  it('takes a value shifted by up to the slack, none beyond it', () => {
    assert.equal(cell(`${heading}\n12      Ilkka Marjanen  Ulm`, { offset: name }), 'Ilkka Marjanen');
    assert.equal(cell(`${heading}\n12       Ilkka Marjanen Ulm`, { offset: name }), undefined);
  });

  it('stops at a word that starts in the next column, and finds nothing that starts there', () => {
    const row = `${heading}\n12    Oswin Brackleby Ulm`;
    assert.equal(cell(row, { offset: name }), 'Oswin Brackleby Ulm');
    assert.equal(cell(row, { offset: name, next: town - 2 }), 'Oswin Brackleby');
    const late = `${heading}\n12                      Ulm`;
    assert.equal(cell(late, { offset: town - 2 }), 'Ulm');
    assert.equal(cell(late, { offset: town - 2, next: town - 1 }), undefined);
  });

  it('ends at a tab, a carriage return and the row, never taking a blank along', () => {
    assert.equal(cell(`${heading}\n12    Nadia Kettering\tAachen`, { offset: name }), 'Nadia Kettering');
    assert.equal(cell(`${heading}\n12    Nadia Kettering \r\n`, { offset: name }), 'Nadia Kettering');
  });

  it('reads at most maxLength characters of a value', () => {
    const long = 'Lindenweg 4 '.repeat(20).trim();
    const found = cell(`${heading}\n12    ${long}`, { offset: name, maxLength: 30 });
    assert.ok(found !== undefined && found.length <= 31 && long.startsWith(found), found);
  });
});
