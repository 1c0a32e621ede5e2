import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import { Tool } from '@langchain/core/tools';
import backup from '../../nodes/flowise/tools/RagwireBackup/RagwireBackup.js';
import hashing from '../../nodes/flowise/embeddings/RagwireHashingEmbeddings/RagwireHashingEmbeddings.js';
import qdrant from '../../nodes/flowise/vectorstores/RagwireQdrant/RagwireQdrant.js';
import { closeQdrantConnections, qdrantConnectionOf } from '../../nodes/flowise/shared/qdrant.js';
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
