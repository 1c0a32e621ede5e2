import * as os from 'node:os';
import { QdrantConnection, type QdrantMode, parseDistribution } from '../../core/qdrant/index.js';
import type { QdrantConfigNode } from '../shared/config-types.js';
import { serveMetrics } from '../shared/metrics.js';
import type { NodeAPI, NodeDef } from '../shared/types.js';

const MODES: QdrantMode[] = ['auto', 'embedded', 'server'];

export = (RED: NodeAPI) => {
  serveMetrics(RED);
  function RagwireQdrantNode(this: QdrantConfigNode, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const mode = (MODES.includes(config.mode as QdrantMode) ? config.mode : 'auto') as QdrantMode;
    const timeoutSeconds = Number(config.timeout) > 0 ? Number(config.timeout) : 30;
    try {
      this.connection = new QdrantConnection(
        {
          mode,
          url: String(config.url ?? ''),
          apiKey: this.credentials?.apiKey,
          path: String(config.path ?? ''),
          baseDir: RED.settings.userDir ?? os.homedir(),
          timeoutMs: timeoutSeconds * 1000,
          distribution: parseDistribution({
            shardNumber: config.shardNumber,
            replicationFactor: config.replicationFactor,
            writeConsistencyFactor: config.writeConsistencyFactor,
          }),
        },
        (err) => this.error(`embedded store: ${(err as Error)?.message ?? String(err)}`),
      );
    } catch (err) {
      this.problem = (err as Error).message;
      this.error(this.problem);
    }
    this.on('close', (_removed, done) => {
      const closing = this.connection?.close() ?? Promise.resolve();
      closing.then(done, (err: unknown) => {
        this.error(err);
        done();
      });
    });
  }
  RED.nodes.registerType('ragwire-qdrant', RagwireQdrantNode, { credentials: { apiKey: { type: 'password' } } });
};
