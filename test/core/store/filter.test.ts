import assert from 'node:assert/strict';
import { StoreError } from '../../../nodes/core/store/errors.js';
import { compileFilter } from '../../../nodes/core/store/filter.js';
import type { Payload, PointId } from '../../../nodes/core/store/types.js';

const point = (id: PointId, payload: Payload | null) => ({ id, payload, hasVector: (n: string) => n === 'text' });
const matches = (filter: unknown, payload: Payload | null, id: PointId = 1) =>
  compileFilter(filter)(point(id, payload));

describe('filters (Qdrant v1.19 semantics)', () => {
  it('match value on strings, integers, booleans and any array element', () => {
    assert.equal(matches({ must: [{ key: 'city', match: { value: 'Berlin' } }] }, { city: 'Berlin' }), true);
    assert.equal(matches({ must: [{ key: 'city', match: { value: 'Berlin' } }] }, { city: 'Bonn' }), false);
    assert.equal(matches({ must: [{ key: 'n', match: { value: 3 } }] }, { n: 3 }), true);
    assert.equal(matches({ must: [{ key: 'ok', match: { value: true } }] }, { ok: false }), false);
    assert.equal(matches({ must: [{ key: 'tags', match: { value: 'b' } }] }, { tags: ['a', 'b'] }), true);
    assert.equal(matches({ must: [{ key: 'city', match: { value: 'Berlin' } }] }, null), false);
  });

  it('match any is IN, except is NOT IN and never matches a missing or null field', () => {
    const any = { must: [{ key: 'c', match: { any: ['x', 'y'] } }] };
    assert.equal(matches(any, { c: 'y' }), true);
    assert.equal(matches(any, { c: 'z' }), false);
    const except = { must: [{ key: 'c', match: { except: ['x'] } }] };
    assert.equal(matches(except, { c: 'z' }), true);
    assert.equal(matches(except, { c: 'x' }), false);
    assert.equal(matches(except, {}), false);
    assert.equal(matches(except, { c: null }), false);
  });

  it('match text is a substring match without a full-text index', () => {
    const f = { must: [{ key: 'body', match: { text: 'quick brown' } }] };
    assert.equal(matches(f, { body: 'the quick brown fox' }), true);
    assert.equal(matches(f, { body: 'the brown quick fox' }), false);
  });

  it('range on numbers and on RFC 3339 datetimes (zone-less read as UTC)', () => {
    const r = { must: [{ key: 'price', range: { gte: 10, lt: 20 } }] };
    assert.equal(matches(r, { price: 10 }), true);
    assert.equal(matches(r, { price: 20 }), false);
    assert.equal(matches(r, { price: '15' }), false);
    const d = { must: [{ key: 'at', range: { gt: '2024-01-01T00:00:00Z', lte: '2024-02-01' } }] };
    assert.equal(matches(d, { at: '2024-01-15T10:00:00+01:00' }), true);
    assert.equal(matches(d, { at: '2024-01-01 00:00:00' }), false);
    assert.equal(matches(d, { at: '2024-02-01T00:00:00Z' }), true);
    assert.equal(matches(d, { at: 'not a date' }), false);
  });

  it('is_empty: missing, null or []; is_null: present and null', () => {
    const empty = { must: [{ is_empty: { key: 'x' } }] };
    assert.equal(matches(empty, {}), true);
    assert.equal(matches(empty, { x: null }), true);
    assert.equal(matches(empty, { x: [] }), true);
    assert.equal(matches(empty, { x: [1] }), false);
    const isNull = { must: [{ is_null: { key: 'x' } }] };
    assert.equal(matches(isNull, { x: null }), true);
    assert.equal(matches(isNull, {}), false);
    assert.equal(matches(isNull, { x: 0 }), false);
  });

  it('has_id, has_vector and values_count (a missing field counts 0)', () => {
    assert.equal(matches({ must: [{ has_id: [1, 2] }] }, {}, 2), true);
    assert.equal(
      matches(
        { must: [{ has_id: ['550E8400-E29B-41D4-A716-446655440000'] }] },
        {},
        '550e8400-e29b-41d4-a716-446655440000',
      ),
      true,
    );
    assert.equal(matches({ must: [{ has_vector: 'text' }] }, {}), true);
    assert.equal(matches({ must: [{ has_vector: 'image' }] }, {}), false);
    const vc = { must: [{ key: 'tags', values_count: { gte: 2 } }] };
    assert.equal(matches(vc, { tags: ['a', 'b'] }), true);
    assert.equal(matches(vc, { tags: ['a'] }), false);
    assert.equal(matches({ must: [{ key: 'tags', values_count: { lt: 1 } }] }, {}), true);
  });

  it('must, should (an empty should matches nothing), must_not, min_should and nesting', () => {
    const p = { a: 1, b: 2, c: 3 };
    const c = (k: string, v: number) => ({ key: k, match: { value: v } });
    assert.equal(matches({ must: [c('a', 1), c('b', 2)] }, p), true);
    assert.equal(matches({ must: [c('a', 1), c('b', 9)] }, p), false);
    assert.equal(matches({ should: [c('a', 9), c('b', 2)] }, p), true);
    assert.equal(matches({ should: [] }, p), false);
    assert.equal(matches({ must_not: [c('a', 1)] }, p), false);
    assert.equal(matches({ min_should: { conditions: [c('a', 1), c('b', 2), c('c', 9)], min_count: 2 } }, p), true);
    assert.equal(matches({ min_should: { conditions: [c('a', 1), c('b', 9), c('c', 9)], min_count: 2 } }, p), false);
    assert.equal(matches({ must: [{ should: [c('a', 9), c('c', 3)] }, { must_not: [c('b', 9)] }] }, p), true);
    assert.equal(matches({ must: [{ filter: { must: [c('a', 2)] } }] }, p), false);
    assert.equal(matches({ must: c('a', 1) }, p), true, 'a single condition stands for a list');
  });

  it('dotted keys look into objects and arrays; nested matches one array element as a whole', () => {
    const p = {
      country: {
        cities: [
          { name: 'Berlin', pop: 3.6 },
          { name: 'Bonn', pop: 0.3 },
        ],
      },
    };
    assert.equal(matches({ must: [{ key: 'country.cities[].name', match: { value: 'Bonn' } }] }, p), true);
    assert.equal(matches({ must: [{ key: 'country.cities.pop', range: { gt: 3 } }] }, p), true);
    const nested = (name: string, gt: number) => ({
      must: [
        {
          nested: {
            key: 'country.cities',
            filter: {
              must: [
                { key: 'name', match: { value: name } },
                { key: 'pop', range: { gt } },
              ],
            },
          },
        },
      ],
    });
    assert.equal(matches(nested('Berlin', 3), p), true);
    assert.equal(matches(nested('Bonn', 3), p), false, 'both conditions must hold for the same element');
  });

  it('rejects malformed filters with a 400 format error naming the part', () => {
    const bad: [unknown, RegExp][] = [
      [{ must: [{ key: 'a', match: { value: { x: 1 } } }] }, /filter\.must\[0\]\.match\.value/],
      [{ must: [{ key: 'a', range: { gt: 'soon' } }] }, /RFC 3339/],
      [{ must: [{ unknown: 1 }] }, /unknown condition/],
      [{ maybe: [] }, /unknown field `maybe`/],
      [{ must: [{ has_id: [-1] }] }, /not a valid point ID/],
      [{ min_should: { conditions: [], min_count: 'two' } }, /min_should/],
      ['nope', /expected a filter object/],
    ];
    for (const [filter, message] of bad) {
      assert.throws(
        () => compileFilter(filter),
        (err: unknown) =>
          err instanceof StoreError &&
          err.status === 400 &&
          message.test(err.message) &&
          err.message.startsWith('Format error in JSON body'),
        JSON.stringify(filter),
      );
    }
    // A field condition with nothing to check is valid JSON of the wrong shape: Qdrant's 422.
    assert.throws(
      () => compileFilter({ must: [{ key: 'a' }] }),
      (err: unknown) =>
        err instanceof StoreError &&
        err.status === 422 &&
        /filter\.must\[0\]: At least one field condition must be specified/.test(err.message),
    );
  });
});
