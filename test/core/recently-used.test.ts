import assert from 'node:assert/strict';
import { RecentlyUsed } from '../../nodes/core/recently-used.js';

describe('RecentlyUsed', () => {
  it('makes a value once per key and returns the same one while it is kept', () => {
    const cache = new RecentlyUsed<string, object>(2);
    let made = 0;
    const make = () => ({ n: ++made });
    const a = cache.getOrMake('a', make);
    assert.equal(cache.getOrMake('a', make), a);
    assert.equal(made, 1);
  });

  it('forgets the least recently used entry when full, not the oldest one', () => {
    const cache = new RecentlyUsed<string, string>(2);
    cache.getOrMake('a', () => 'a1');
    cache.getOrMake('b', () => 'b1');
    cache.getOrMake('a', () => 'a2'); // a used again: b is now the least recently used
    cache.getOrMake('c', () => 'c1');
    assert.equal(cache.size, 2);
    assert.equal(
      cache.getOrMake('a', () => 'a3'),
      'a1',
      'a kept',
    );
    assert.equal(
      cache.getOrMake('b', () => 'b2'),
      'b2',
      'b forgotten and made anew',
    );
  });

  it('refuses a capacity that is not a positive integer', () => {
    for (const capacity of [0, -1, 1.5, Number.NaN]) assert.throws(() => new RecentlyUsed(capacity), /capacity/);
  });
});
