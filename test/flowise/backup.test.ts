import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import { Tool } from '@langchain/core/tools';
import backup from '../../nodes/flowise/tools/RagwireBackup/RagwireBackup.js';
import hashing from '../../nodes/flowise/embeddings/RagwireHashingEmbeddings/RagwireHashingEmbeddings.js';
import qdrant from '../../nodes/flowise/vectorstores/RagwireQdrant/RagwireQdrant.js';
import { closeQdrantConnections, qdrantConnectionOf } from '../../nodes/flowise/shared/qdrant.js';
import { serveStore } from '../../nodes/core/store/rest/server.js';
import { EmbeddedStore } from '../../nodes/core/store/store.js';
import { tempDir } from '../support/temp-dir.js';
import { flowiseFake, type FlowiseFake } from './support/flowise.js';

describe('Ragwire Backup (Flowise agent tool)', () => {
  const dir = tempDir('ragwire-flowise-backup-');
  const storePath = path.join(dir.dir, 'store');
  const directory = path.join(dir.dir, 'backups');
  let flowise: FlowiseFake;

  before(async () => {
    flowise = flowiseFake();
    const embeddings = (await new hashing.nodeClass().init({ id: 'e', inputs: {} })) as Embeddings;
    await new qdrant.nodeClass().vectorStoreMethods.upsert(
      {
        id: 'q',
        inputs: {
          embeddings,
          storePath,
          collection: 'handbook',
          document: [[new Document({ pageContent: 'Holiday requests go to the HR portal.' })]],
        },
      },
      flowise.options,
    );
  });
  after(async () => {
    await closeQdrantConnections();
    dir.remove();
  });

  const tool = async (inputs: Record<string, unknown>) =>
    (await new backup.nodeClass().init(
      { id: 'b', inputs: { storePath, directory, ...inputs } },
      '',
      flowise.options,
    )) as Tool;

  it('backs up, lists, restores only with the collection confirmed, and prunes', async () => {
    const t = await tool({ actions: '["backup","list","restore","prune"]' });
    assert.ok(t instanceof Tool);
    assert.equal(t.name, 'ragwire_backup');
    const made = JSON.parse(await t.invoke('{"action": "backup", "collections": "handbook"}'));
    assert.equal(made.backups.length, 1);
    assert.equal(made.backups[0].points, 1);
    const listed = JSON.parse(await t.invoke('list'));
    assert.equal(listed.backups[0].file, made.backups[0].file);
    assert.ok(!path.isAbsolute(listed.backups[0].file), 'no host paths for the agent');
    const unconfirmed = await t.invoke(JSON.stringify({ action: 'restore', file: made.backups[0].file }));
    assert.match(unconfirmed, /^refused: confirm: a restore replaces the collection "handbook"/);
    const outside = await t.invoke(JSON.stringify({ action: 'restore', file: '../store/x', confirm: 'handbook' }));
    assert.match(outside, /^refused: file: \.\.\/store\/x is not in the backup directory/);
    const gateway = await (await qdrantConnectionOf({ id: 'q', inputs: { storePath } }, flowise.options)).get();
    await gateway.deleteCollection('handbook');
    const restored = JSON.parse(
      await t.invoke(JSON.stringify({ action: 'restore', file: made.backups[0].file, confirm: 'handbook' })),
    );
    assert.equal(restored.collection, 'handbook');
    assert.equal(await gateway.count('handbook'), 1);
    assert.match(await t.invoke('prune'), /^refused: prune: set Keep or Max\. age in the node \(or keep, maxAgeDays\)/);
    await t.invoke('{"action": "backup"}');
    const pruned = JSON.parse(await (await tool({ actions: ['prune'], keep: '1' })).invoke('prune'));
    assert.equal(pruned.deleted.length, 1);
  });

  // Flowise builds the tool anew for every run: each run must not open (and keep) its own target connection.
  it('copies to a target Qdrant server over the same connections, however many runs build the tool', async () => {
    const target = EmbeddedStore.open({ path: path.join(dir.dir, 'server-target') });
    const server = await serveStore({ store: target, port: 0 });
    let connections = 0;
    server.server.on('connection', () => connections++);
    try {
      const runs: string[] = [];
      let afterFirst = 0;
      for (let run = 0; run < 4; run++) {
        const t = await tool({ actions: ['copy'], targetUrl: server.url });
        runs.push(await t.invoke('{"action": "copy", "collections": "handbook"}'));
        if (run === 0) afterFirst = connections;
      }
      assert.equal(JSON.parse(runs[0]).collections[0].points, 1);
      for (const later of runs.slice(1)) assert.match(later, /^refused: .*handbook.* exists/);
      assert.ok(afterFirst > 0);
      assert.equal(connections, afterFirst, `${afterFirst} connections after the first run, ${connections} after 4`);
    } finally {
      await closeQdrantConnections();
      await server.close();
      target.close();
    }
  });

  it('lets go of an embedded copy target when the connections close, however many runs used it', async () => {
    const targetPath = path.join(dir.dir, 'embedded-target');
    for (let run = 0; run < 3; run++) {
      const t = await tool({ actions: ['copy'], targetPath });
      await t.invoke('{"action": "copy", "collections": "handbook"}');
    }
    assert.ok(fs.existsSync(path.join(targetPath, '.lock')), 'the target store is open');
    await closeQdrantConnections();
    assert.ok(!fs.existsSync(path.join(targetPath, '.lock')), 'the target store is closed: no run kept it open');
  });

  it('offers only the actions ticked in the node (backup and list by default)', async () => {
    const t = await tool({});
    assert.match(t.description, /one of backup, list/);
    assert.match(
      await t.invoke('{"action": "restore", "file": "x", "confirm": "handbook"}'),
      /^refused: action: restore is not allowed/,
    );
    assert.match(await t.invoke('{"action": "explode"}'), /^refused: action: expected one of backup, list/);
    await assert.rejects(tool({ actions: '[]' }), /Allowed Actions: tick at least one action/);
  });
});
