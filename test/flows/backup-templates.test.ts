import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listBackups } from '../../nodes/core/backup/backup-dir.js';
import { connectEndpoint } from '../../nodes/core/backup/endpoint.js';
import type { QdrantGateway } from '../../nodes/core/qdrant/gateway.js';
import { allPoints } from '../support/backup-fixtures.js';
import { exampleFlow, helper, loadFlow, postJson, type LoadedFlow } from '../support/node-red.js';
import { startStoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import { NO_AZURE, templateSettings, templatesFlow, withEnv } from '../support/templates.js';

const TEMPLATES = ['1 Document ingestion API', '5 Scheduled backups', '6 Backup API', '7 Restore API'];
const KEY = 'template-backup-key';

const documents = [
  { id: 'handbook', text: 'Urlaub beantragen Sie im Personalportal unter Abwesenheiten.' },
  { id: 'cafeteria', text: 'The cafeteria opens at 11:30 and serves three dishes.' },
];

const stores: {
  name: string;
  setUp(
    dir: string,
  ): Promise<{ env: Record<string, string | undefined>; gateway(): Promise<QdrantGateway>; stop(): Promise<void> }>;
}[] = [
  {
    name: 'the embedded store (no server)',
    async setUp(dir) {
      // The flow's store, shared in this process: the same folder the template's configuration opens.
      const connection = connectEndpoint(path.join(dir, 'ragwire-data'));
      return {
        env: { QDRANT_URL: undefined, QDRANT_API_KEY: undefined },
        gateway: () => connection.get(),
        stop: () => connection.close(),
      };
    },
  },
  {
    name: 'a Qdrant URL (`ragwire store` process, API key)',
    async setUp(dir) {
      const proc = await startStoreProcess(['--path', path.join(dir, 'server'), '--no-fsync'], {
        RAGWIRE_STORE_API_KEY: KEY,
      });
      const connection = connectEndpoint(proc.url, { apiKey: KEY });
      return {
        env: { QDRANT_URL: proc.url, QDRANT_API_KEY: KEY },
        gateway: () => connection.get(),
        stop: async () => {
          await connection.close();
          await proc.stop();
        },
      };
    },
  },
];

for (const store of stores) {
  describe(`backup and restore templates over real HTTP, on ${store.name}`, function () {
    this.timeout(30_000);
    let tmp: ReturnType<typeof tempDir>;
    let flow: LoadedFlow;
    let restoreEnv: () => void;
    let world: Awaited<ReturnType<(typeof stores)[number]['setUp']>>;
    let backups: string;

    before(async () => {
      tmp = tempDir();
      backups = path.join(tmp.dir, 'ragwire-backups');
      world = await store.setUp(tmp.dir);
      restoreEnv = withEnv({ ...world.env, ...NO_AZURE });
      helper.settings(templateSettings(tmp.dir));
      flow = await loadFlow(templatesFlow(TEMPLATES));
      const r = await postJson(`${flow.url}/ragwire/ingest`, { documents });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    });
    after(async () => {
      await flow.close();
      restoreEnv();
      await world.stop();
      tmp.remove();
    });

    it('POST /ragwire/backup backs up every collection into the user directory; 400 for bad input', async () => {
      const r = await postJson(`${flow.url}/ragwire/backup`, {});
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const made = r.body.backups as { collection: string; file: string; points: number; sha256: string }[];
      assert.deepEqual(
        made.map((b) => [b.collection, b.points]),
        [['ragwire', 2]],
      );
      assert.deepEqual(
        listBackups(backups).map((b) => b.sha256),
        [made[0].sha256],
      );
      const bad = await postJson(`${flow.url}/ragwire/backup`, { collections: 'ragwire' });
      assert.equal(bad.status, 400);
      const missing = await postJson(`${flow.url}/ragwire/backup`, { collections: ['nope'] });
      assert.equal(missing.status, 404);
      assert.match(String(missing.body.error), /backup failed for 1 of 1 collection: nope: .*doesn't exist/);
    });

    it('POST /ragwire/restore needs the confirmation, refuses a damaged backup, then restores exactly', async () => {
      const gw = await world.gateway();
      const [backup] = listBackups(backups, ['ragwire']);
      const file = path.relative(backups, backup.path);
      const before = await allPoints(gw, 'ragwire');
      const more = await postJson(`${flow.url}/ragwire/ingest`, { documents: [{ id: 'later', text: 'Added later.' }] });
      assert.equal(more.status, 200);
      const changed = await allPoints(gw, 'ragwire');
      assert.equal(changed.length, 3);

      const unconfirmed = await postJson(`${flow.url}/ragwire/restore`, { file });
      assert.equal(unconfirmed.status, 400);
      assert.match(String(unconfirmed.body.error), /confirm/);
      const wrong = await postJson(`${flow.url}/ragwire/restore`, { file, confirm: 'yes' });
      assert.equal(wrong.status, 400);
      assert.match(String(wrong.body.error), /set msg\.confirm to "ragwire" to confirm/);
      const outside = await postJson(`${flow.url}/ragwire/restore`, { file: '../ragwire-data/x', confirm: 'ragwire' });
      assert.equal(outside.status, 400);
      assert.match(String(outside.body.error), /not in the backup directory/);

      const damaged = path.join(path.dirname(backup.path), 'damaged.snapshot');
      const bytes = fs.readFileSync(backup.path);
      bytes[bytes.length - 40] ^= 1;
      fs.writeFileSync(damaged, bytes);
      fs.writeFileSync(
        damaged + '.json',
        JSON.stringify({ ...JSON.parse(fs.readFileSync(backup.path + '.json', 'utf8')), file: 'damaged.snapshot' }),
      );
      const refused = await postJson(`${flow.url}/ragwire/restore`, {
        file: path.relative(backups, damaged),
        confirm: 'ragwire',
      });
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.match(
        String(refused.body.error),
        /is damaged: its sha256 is [0-9a-f]{64}, expected [0-9a-f]{64}; nothing was restored/,
      );
      assert.deepEqual(await allPoints(gw, 'ragwire'), changed, 'nothing changed');

      const ok = await postJson(`${flow.url}/ragwire/restore`, { file, confirm: 'ragwire' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.deepEqual(
        [ok.body.collection, ok.body.points, ok.body.replaced, ok.body.file],
        ['ragwire', 2, true, file],
      );
      assert.deepEqual(await allPoints(gw, 'ragwire'), before);
    });

    it('the scheduled backup backs up when its inject fires, keeping the newest 7', async () => {
      const count = () => listBackups(backups, ['ragwire']).length;
      const start = count();
      helper.getNode('ragwire.schedule.inject').receive({});
      const deadline = Date.now() + 10_000;
      while (count() === start && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(count(), start + 1);
      const node = exampleFlow('5 Scheduled backups').find((n) => n.id === 'ragwire.schedule.inject');
      assert.equal(node?.crontab, '00 02 * * *');
      assert.equal(exampleFlow('5 Scheduled backups').find((n) => n.id === 'ragwire.schedule.node')?.keep, 7);
    });
  });
}
