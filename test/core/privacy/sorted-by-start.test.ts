import assert from 'node:assert/strict';
import { sortedByStart, type Entity } from '../../../nodes/core/privacy/entities.js';

/** Findings with random starts, many of them equal; `score` records the order they were given in. */
function findings(n: number, seed: number): Entity[] {
  let a = seed;
  const next = () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a;
  };
  return Array.from({ length: n }, (_v, i) => ({
    type: 'PERSON',
    start: next() % (Math.floor(n / 2) + 1),
    end: 0,
    score: i,
  }));
}

describe('sortedByStart', () => {
  it('orders by start and keeps the given order among equal starts, for few findings and for many', () => {
    for (const n of [0, 1, 2, 5, 16, 17, 40, 300, 5000]) {
      const input = findings(n, n + 7);
      const copy = input.slice();
      const sorted = sortedByStart(input);
      const expected = input.slice().sort((x, y) => x.start - y.start || x.score - y.score);
      assert.deepEqual(sorted, expected, `${n} findings`);
      assert.deepEqual(input, copy, 'the input is left as it was');
    }
  });

  it('gives a new array each call, also when called again with fewer findings', () => {
    const many = sortedByStart(findings(1000, 3));
    const few = sortedByStart(findings(20, 4));
    assert.equal(many.length, 1000);
    assert.equal(few.length, 20);
    assert.notEqual(many, few);
  });
});
