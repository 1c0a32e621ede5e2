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

  it('answers keys sliced from a longer text like the same text written anew', () => {
    const memo = new BoundedMemo((key) => key.length);
    const text = `Tel. +44 20 7946 0958, ${'x'.repeat(1000)}`;
    assert.equal(memo.get(text.slice(5, 21)), 16);
    let asked = 0;
    const counting = new BoundedMemo((key) => ++asked + key.length);
    counting.get(text.slice(5, 21));
    counting.get('+44 20 7946 0958');
    assert.equal(asked, 1);
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
