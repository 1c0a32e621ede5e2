import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StoreHarness } from './store-harness.js';

describe('embedded store: collection aliases (Qdrant v1.19 semantics, checked against the spec)', () => {
  let h: StoreHarness;

  const create = async (name: string, title: string) => {
    await h.client.createCollection(name, { vectors: { size: 2, distance: 'Dot' } });
    await h.client.upsert(name, { wait: true, points: [{ id: 1, vector: [1, 0], payload: { title } }] });
  };
  const titleVia = async (name: string) =>
    (
      (await h.ok('POST', `/collections/${name}/points/query`, { query: [1, 0], with_payload: true })) as {
        points: { payload: { title: string } }[];
      }
    ).points[0]?.payload.title;

  beforeEach(async () => {
    h = await new StoreHarness().start();
    await create('docs_v1', 'old');
    await create('docs_v2', 'new');
  });
  afterEach(async () => h.stop());

  it('an alias stands for its collection in every collection endpoint; a blue-green switch is one atomic request; kept on restart', async () => {
    assert.equal(
      await h.ok('POST', '/collections/aliases', {
        actions: [{ create_alias: { collection_name: 'docs_v1', alias_name: 'docs' } }],
      }),
      true,
    );
    assert.equal(await titleVia('docs'), 'old');
    // Writes, reads, info and exists resolve the alias too.
    await h.ok('PUT', '/collections/docs/points?wait=true', {
      points: [{ id: 2, vector: [0, 1], payload: { title: 'via alias' } }],
    });
    assert.equal(((await h.ok('GET', '/collections/docs_v1')) as { points_count: number }).points_count, 2);
    assert.equal(((await h.ok('GET', '/collections/docs')) as { points_count: number }).points_count, 2);
    assert.deepEqual(await h.ok('GET', '/collections/docs/exists'), { exists: true });
    await h.ok('POST', '/collections/docs/points/payload', { payload: { seen: 1 }, points: [1] });
    const snapshot = (await h.ok('POST', '/collections/docs/snapshots')) as { name: string };
    assert.deepEqual(
      ((await h.ok('GET', '/collections/docs_v1/snapshots')) as { name: string }[]).map((d) => d.name),
      [snapshot.name],
      "an alias's snapshots are its collection's",
    );
    const location = `file://${h.tmp.dir}/snapshots/docs_v1/${snapshot.name}`;
    assert.equal(await h.ok('PUT', '/collections/docs/snapshots/recover', { location }), true);
    assert.deepEqual(h.store.collectionNames().sort(), ['docs_v1', 'docs_v2'], 'recovered into the collection');
    assert.equal(
      ((await h.ok('GET', '/collections/docs_v1/points/1')) as { payload: { seen: number } }).payload.seen,
      1,
    );

    // Blue-green: the new collection is built, then the alias moves in one request.
    await h.ok('POST', '/collections/aliases', {
      actions: [
        { delete_alias: { alias_name: 'docs' } },
        { create_alias: { collection_name: 'docs_v2', alias_name: 'docs' } },
      ],
    });
    assert.equal(await titleVia('docs'), 'new');
    assert.deepEqual(await h.ok('GET', '/aliases'), { aliases: [{ alias_name: 'docs', collection_name: 'docs_v2' }] });
    assert.deepEqual(await h.ok('GET', '/collections/docs_v2/aliases'), {
      aliases: [{ alias_name: 'docs', collection_name: 'docs_v2' }],
    });
    assert.deepEqual(await h.ok('GET', '/collections/docs_v1/aliases'), { aliases: [] });

    await h.ok('POST', '/collections/aliases', {
      actions: [{ rename_alias: { old_alias_name: 'docs', new_alias_name: 'live' } }],
    });
    assert.equal(await titleVia('live'), 'new');
    assert.equal((await h.call('GET', '/collections/docs')).status, 404);

    const file = path.join(h.tmp.dir, 'aliases.json');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600, 'owner-only, in the store folder');
    await h.restart();
    assert.equal(await titleVia('live'), 'new');
    assert.deepEqual(await h.ok('GET', '/aliases'), { aliases: [{ alias_name: 'live', collection_name: 'docs_v2' }] });
  });

  it("a failing action changes nothing (all or none), with Qdrant's errors", async () => {
    await h.ok('POST', '/collections/aliases', {
      actions: [{ create_alias: { collection_name: 'docs_v1', alias_name: 'docs' } }],
    });
    const missing = await h.call('POST', '/collections/aliases', {
      actions: [
        { delete_alias: { alias_name: 'docs' } },
        { create_alias: { collection_name: 'nope', alias_name: 'docs' } },
      ],
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.error, "Not found: Collection `nope` doesn't exist!");
    assert.equal(await titleVia('docs'), 'old', 'the delete before the failing action was not applied');

    const clash = await h.call('POST', '/collections/aliases', {
      actions: [{ create_alias: { collection_name: 'docs_v1', alias_name: 'docs_v2' } }],
    });
    assert.equal(clash.status, 409);
    assert.equal(clash.error, 'Wrong input: Collection `docs_v2` already exists!');
    const rename = await h.call('POST', '/collections/aliases', {
      actions: [{ rename_alias: { old_alias_name: 'ghost', new_alias_name: 'x' } }],
    });
    assert.equal(rename.status, 404);
    assert.equal(rename.error, 'Not found: Alias ghost does not exists!');
    const taken = await h.call('PUT', '/collections/docs', { vectors: { size: 2, distance: 'Dot' } });
    assert.equal(taken.status, 400);
    assert.equal(
      taken.error,
      "Wrong input: Can't create collection with name docs. Alias with the same name already exists",
    );
    const malformed = await h.call('POST', '/collections/aliases', { actions: [{ make_alias: {} }] });
    assert.equal(malformed.status, 400);
    assert.match(malformed.error, /^Format error in JSON body: actions\[0\]: unknown variant `make_alias`/);
    const noField = await h.call('POST', '/collections/aliases', { actions: [{ create_alias: { alias_name: 'x' } }] });
    assert.equal(noField.status, 400);
    assert.match(noField.error, /missing field `collection_name`/);
    assert.equal(
      (await h.call('POST', '/collections/aliases', { actions: [{ delete_alias: { alias_name: 'never' } }] })).status,
      200,
    );
    assert.deepEqual(await h.ok('GET', '/aliases'), { aliases: [{ alias_name: 'docs', collection_name: 'docs_v1' }] });
  });

  it('deleting a collection removes its aliases; deleting by an alias name deletes nothing (as in Qdrant)', async () => {
    await h.ok('POST', '/collections/aliases', {
      actions: [
        { create_alias: { collection_name: 'docs_v1', alias_name: 'a' } },
        { create_alias: { collection_name: 'docs_v2', alias_name: 'b' } },
      ],
    });
    assert.equal(await h.ok('DELETE', '/collections/a'), false);
    assert.equal(await titleVia('docs_v1'), 'old');
    assert.equal(await h.ok('DELETE', '/collections/docs_v1'), true);
    assert.deepEqual(await h.ok('GET', '/aliases'), { aliases: [{ alias_name: 'b', collection_name: 'docs_v2' }] });
    assert.equal((await h.call('POST', '/collections/a/points/query', { query: [1, 0] })).status, 404);
  });

  it('works through @qdrant/js-client-rest', async () => {
    const c = h.client;
    await c.updateCollectionAliases({
      actions: [{ create_alias: { collection_name: 'docs_v1', alias_name: 'docs' } }],
    });
    assert.equal((await c.query('docs', { query: [1, 0], with_payload: true })).points[0].payload?.title, 'old');
    await c.updateCollectionAliases({
      actions: [
        { delete_alias: { alias_name: 'docs' } },
        { create_alias: { collection_name: 'docs_v2', alias_name: 'docs' } },
      ],
    });
    assert.equal((await c.query('docs', { query: [1, 0], with_payload: true })).points[0].payload?.title, 'new');
    assert.deepEqual((await c.getAliases()).aliases, [{ alias_name: 'docs', collection_name: 'docs_v2' }]);
    assert.deepEqual((await c.getCollectionAliases('docs_v2')).aliases, [
      { alias_name: 'docs', collection_name: 'docs_v2' },
    ]);
    assert.equal((await c.collectionExists('docs')).exists, true);
  });
});
