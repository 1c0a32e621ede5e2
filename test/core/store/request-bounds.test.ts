import assert from 'node:assert/strict';
import { parseAliasActions } from '../../../nodes/core/store/aliases.js';
import { parseJsonPath } from '../../../nodes/core/store/json-path.js';
import { parseQueryNode } from '../../../nodes/core/store/query-tree.js';
import { StoreHarness } from './store-harness.js';

/** A 4xx with a message, not a TypeError or a stack overflow (which the server answers with 500). */
const refused = (run: () => unknown, message: RegExp) =>
  assert.throws(
    run,
    (err: Error & { status?: number }) =>
      (err.status ?? 0) >= 400 && (err.status ?? 0) < 500 && message.test(err.message),
  );

describe('embedded store: hostile request shapes are refused by name', () => {
  it('an alias action named like an Object property is an unknown variant', () => {
    refused(() => parseAliasActions({ actions: [{ constructor: {} }] }), /unknown variant `constructor`/);
    refused(() => parseAliasActions({ actions: [{ toString: {} }] }), /unknown variant/);
  });

  it('a JSON path deeper than a payload may be nested is refused; one as deep is read', () => {
    refused(() => parseJsonPath(Array.from({ length: 5000 }, () => 'a').join('.'), 'key'), /more than 100 steps/);
    assert.equal(parseJsonPath(Array.from({ length: 100 }, () => 'a').join('.'), 'key').length, 100);
  });

  it('a query with more prefetches than a request may hold is refused before any search', () => {
    const prefetch = Array.from({ length: 300 }, () => ({ query: 1, limit: 1 }));
    refused(() => parseQueryNode({ prefetch, query: { fusion: 'rrf' } }, ''), /more than 256 queries/);
    assert.equal(
      parseQueryNode({ prefetch: prefetch.slice(0, 200), query: { fusion: 'rrf' } }, '').prefetch.length,
      200,
    );
  });
});

describe('embedded store: bulk requests are capped (400 naming the field and the limit)', function () {
  this.timeout(120_000);
  let h: StoreHarness;
  before(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('c', { vectors: { size: 1, distance: 'Dot' } });
  });
  after(async () => h.stop());

  const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const points = (n: number) => ids(n).map((id) => ({ id, vector: [1] }));
  const refusedWith = async (method: string, route: string, body: unknown, message: RegExp) => {
    const r = await h.call(method, route, body);
    assert.equal(r.status, 400, r.text);
    assert.match(r.error, message);
  };

  it('an upsert of more than 100,000 points (list or columnar batch) is refused, one of 100,000 is stored', async () => {
    await refusedWith(
      'PUT',
      '/collections/c/points?wait=true',
      { points: points(100_001) },
      /points: at most 100000 points per request, got 100001/,
    );
    await refusedWith(
      'PUT',
      '/collections/c/points?wait=true',
      { batch: { ids: ids(100_001), vectors: ids(100_001).map(() => [1]) } },
      /batch\.ids: at most 100000 points/,
    );
    assert.equal((await h.client.count('c')).count, 0, 'nothing stored');
    await h.ok('PUT', '/collections/c/points?wait=true', { points: points(100_000) });
    assert.equal((await h.client.count('c')).count, 100_000);
  });

  it('id lists (delete, retrieve, payload updates) of more than 100,000 ids are refused', async () => {
    await refusedWith(
      'POST',
      '/collections/c/points/delete?wait=true',
      { points: ids(100_001) },
      /points: at most 100000 point ids/,
    );
    await refusedWith('POST', '/collections/c/points', { ids: ids(100_001) }, /ids: at most 100000 point ids/);
    await refusedWith(
      'POST',
      '/collections/c/points/payload?wait=true',
      { payload: { a: 1 }, points: ids(100_001) },
      /points: at most 100000 point ids/,
    );
  });

  it('points/batch: more than 1,000 operations, or more than 100,000 points in all, is refused before any runs', async () => {
    const op = { set_payload: { payload: { tag: 'x' }, points: [1] } };
    await refusedWith(
      'POST',
      '/collections/c/points/batch?wait=true',
      { operations: Array(1001).fill(op) },
      /operations: at most 1000 operations per request, got 1001/,
    );
    await refusedWith(
      'POST',
      '/collections/c/points/batch?wait=true',
      { operations: [{ upsert: { points: points(60_000) } }, { delete: { points: ids(60_000) } }] },
      /operations: at most 100000 points \(all operations together\) per request, got 120000/,
    );
    assert.deepEqual((await h.client.retrieve('c', { ids: [1] }))[0]?.payload ?? {}, {}, 'no operation ran');
  });

  it('points/query/batch: more than 256 searches is refused', async () => {
    const searches = Array.from({ length: 257 }, () => ({ query: [1], limit: 1 }));
    await refusedWith(
      'POST',
      '/collections/c/points/query/batch',
      { searches },
      /searches: at most 256 searches per request, got 257/,
    );
    const r = (await h.ok('POST', '/collections/c/points/query/batch', {
      searches: searches.slice(0, 256),
    })) as unknown[];
    assert.equal(r.length, 256);
  });
});
