import assert from 'node:assert/strict';
import { StoreHarness } from './store-harness.js';

describe('embedded store: facets (value counts, checked against the spec)', () => {
  let h: StoreHarness;
  beforeEach(async () => {
    h = await new StoreHarness().start();
    await h.client.createCollection('docs', { vectors: { size: 2, distance: 'Dot' } });
    const rows: [string | string[] | null, number, boolean][] = [
      ['de', 1, true],
      ['de', 2, true],
      [['en', 'de', 'de'], 2, false],
      ['en', 3, false],
      ['fr', 3, true],
      [null, 3, true],
    ];
    await h.client.upsert('docs', {
      wait: true,
      points: rows.map(([lang, year, public_], i) => ({
        id: i + 1,
        vector: [1, 0],
        payload: { lang, year, public: public_, text: 'x' },
      })),
    });
    for (const [field, schema] of [
      ['lang', 'keyword'],
      ['year', 'integer'],
      ['public', 'bool'],
      ['text', 'text'],
    ] as const)
      await h.client.createPayloadIndex('docs', { field_name: field, field_schema: schema, wait: true });
  });
  afterEach(async () => h.stop());

  it('counts points per value (a point once per value), most frequent first, ties by value; limit and filter', async () => {
    assert.deepEqual(await h.ok('POST', '/collections/docs/facet', { key: 'lang' }), {
      hits: [
        { value: 'de', count: 3 },
        { value: 'en', count: 2 },
        { value: 'fr', count: 1 },
      ],
    });
    assert.deepEqual(await h.ok('POST', '/collections/docs/facet', { key: 'year', limit: 2, exact: true }), {
      hits: [
        { value: 3, count: 3 },
        { value: 2, count: 2 },
      ],
    });
    assert.deepEqual(
      await h.ok('POST', '/collections/docs/facet', {
        key: 'public',
        filter: { must: [{ key: 'year', range: { gte: 2 } }] },
      }),
      {
        hits: [
          { value: true, count: 3 },
          { value: false, count: 2 },
        ],
      },
    );
  });

  it('answers errors as Qdrant: no suitable index 400, missing key 400, limit 0 422, missing collection 404', async () => {
    for (const key of ['text', 'unindexed']) {
      const r = await h.call('POST', '/collections/docs/facet', { key });
      assert.equal(r.status, 400, r.text);
      assert.match(r.error, new RegExp(`^Wrong input: No appropriate index for faceting: \`${key}\``));
    }
    const noKey = await h.call('POST', '/collections/docs/facet', {});
    assert.equal(noKey.status, 400);
    assert.equal(noKey.error, 'Format error in JSON body: missing field `key`');
    const zero = await h.call('POST', '/collections/docs/facet', { key: 'lang', limit: 0 });
    assert.equal(zero.status, 422);
    const missing = await h.call('POST', '/collections/none/facet', { key: 'lang' });
    assert.equal(missing.status, 404);
    assert.equal(missing.error, "Not found: Collection `none` doesn't exist!");
  });

  it('works through @qdrant/js-client-rest', async () => {
    const r = await h.client.facet('docs', { key: 'lang', limit: 1 });
    assert.deepEqual(r.hits, [{ value: 'de', count: 3 }]);
  });
});
