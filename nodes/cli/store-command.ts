import { parseArgs } from 'node:util';
import { createStoreHandler, EmbeddedStore, listenHttp } from '../core/store/index.js';
import { recoverFullSnapshot } from '../core/store/full-snapshot.js';
import type { Command } from './command.js';
import { parsePort, untilSignalled } from './serve.js';

export const storeCommand: Command = {
  name: 'store',
  summary: "Serve the embedded Qdrant-compatible vector store over Qdrant's REST API",
  usage: `ragwire store [--path DIR] [--host HOST] [--port PORT] [--api-key KEY] [--no-fsync] [--snapshot FILE]

Serves the embedded store at http://HOST:PORT with Qdrant's REST API (v1.19), so the official
Qdrant clients work against it unchanged. Data lives in DIR (owner-only: folders 0700, files
0600) and survives restarts and crashes; only one process can open DIR at a time. Deleted points
and replaced payloads are erased from the files within about a second (a checkpoint).

Options:
  --path DIR        data directory (default ./ragwire-data)
  --host HOST       address to listen on (default 127.0.0.1; use 0.0.0.0 to expose it)
  --port PORT       port (default 6333, Qdrant's)
  --api-key KEY     require this key in the api-key header (or Authorization: Bearer);
                    also read from RAGWIRE_STORE_API_KEY, which keeps it out of process lists
  --max-body-mb N   largest JSON request body (default 32, as Qdrant)
  --checkpoint-mb N write a checkpoint and cut the write-ahead log past N MiB (default 64)
  --no-fsync        acknowledge writes without fdatasync: still safe if the process is killed,
                    not if the machine loses power
  --snapshot FILE   before serving, recover a full-storage snapshot (POST /snapshots): each of
                    its collections replaces the one of that name, its aliases are set; other
                    collections stay (Qdrant's --storage-snapshot)`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        path: { type: 'string', default: './ragwire-data' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '6333' },
        'api-key': { type: 'string' },
        'max-body-mb': { type: 'string', default: '32' },
        'checkpoint-mb': { type: 'string', default: '64' },
        'no-fsync': { type: 'boolean', default: false },
        snapshot: { type: 'string' },
      },
      strict: true,
    });
    const port = parsePort(values.port);
    const maxBodyMb = Number(values['max-body-mb']);
    if (!(maxBodyMb > 0)) throw new Error(`--max-body-mb: expected a positive number, got ${values['max-body-mb']}`);
    const checkpointMb = Number(values['checkpoint-mb']);
    if (!(checkpointMb > 0))
      throw new Error(`--checkpoint-mb: expected a positive number, got ${values['checkpoint-mb']}`);
    const apiKey = values['api-key'] ?? process.env.RAGWIRE_STORE_API_KEY ?? undefined;
    // Claim the port first: a busy port must fail before the data folder is created or locked.
    const server = await listenHttp(values.host, port);
    let store: EmbeddedStore;
    try {
      store = EmbeddedStore.open({
        path: values.path,
        fsync: !values['no-fsync'],
        checkpointBytes: Math.round(checkpointMb * 1024 * 1024),
        onBackgroundError: (err) =>
          io.error(
            `background work of the store failed (a checkpoint, a graph or index save, or a snapshot): ${(err as Error)?.message ?? String(err)}`,
          ),
      });
    } catch (err) {
      await server.close();
      throw err;
    }
    if (values.snapshot) {
      try {
        const recovered = recoverFullSnapshot(store, values.snapshot);
        io.out(`Recovered ${recovered.length} collection(s) from ${values.snapshot}: ${recovered.join(', ')}`);
      } catch (err) {
        store.close();
        await server.close();
        throw err;
      }
    }
    server.server.on(
      'request',
      createStoreHandler({
        store,
        apiKey: apiKey || undefined,
        maxBodyBytes: Math.round(maxBodyMb * 1024 * 1024),
        onError: (err) => io.error(`internal error: ${(err as Error)?.stack ?? String(err)}`),
      }),
    );
    io.out(
      `Ragwire embedded store (Qdrant API v1.19) listening on ${server.url}, data in ${store.root}${apiKey ? ', API key required' : ''}`,
    );
    await untilSignalled(async () => {
      await server.close();
      await store.closeAfterBackground();
    });
  },
};
