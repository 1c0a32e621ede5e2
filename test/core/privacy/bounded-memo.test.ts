import assert from 'node:assert/strict';
import { BoundedMemo } from '../../../nodes/core/privacy/bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes each key once and answers it again from memory, falsy answers included', () => {
    const asked: string[] = [];
    const memo = new BoundedMemo((key) => {
      asked.push(key);
      return key === 'no' ? false : key.length;
    });
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('no'), false);
    assert.equal(memo.get('abc'), 3);
    assert.equal(memo.get('no'), false);
    assert.deepEqual(asked, ['abc', 'no']);
  });

  it('starts over when full, so distinct keys cannot grow it without bound', () => {
    const asked: string[] = [];
    const memo = new BoundedMemo((key) => {
      asked.push(key);
      return key.toUpperCase();
    }, 2);
    memo.get('a');
    memo.get('b');
    memo.get('c'); // full: forgets a and b
    assert.equal(memo.get('c'), 'C');
    assert.equal(memo.get('a'), 'A');
    assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
  });
});
