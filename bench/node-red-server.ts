import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { HashingEmbedder } from '../nodes/core/embedding/hashing-embedder.js';
import { QdrantConnection } from '../nodes/core/qdrant/connection.js';
import { retrievePassages } from '../nodes/core/rag/retrieve.js';
import { toQdrantFilter } from '../nodes/core/rag/search-filter.js';
import { startEditor } from '../nodes/cli/editor.js';

/**
 * The server side of the Node-RED benchmark, in its own process: Node-RED with the ingest and
 * search templates as shipped, the same search as one `function` node calling the core, and a bare
 * node:http server calling the same core, all on one embedded store. Prints one JSON line with the
 * URLs; GET <bare>/cpu reports this process's CPU time.
 */
async function main(): Promise<void> {
  const userDir = process.argv[2];
  const root = path.resolve(__dirname, '..', '..');
  const example = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(root, 'examples', `${name}.json`), 'utf8')) as Record<string, unknown>[];
  const search = example('2 Semantic search API');
  const ingest = example('1 Document ingestion API');
  const fnFlow = search
    .filter(
      (n) =>
        ['http in', 'change', 'json', 'http response'].includes(String(n.type)) &&
        n.name !== 'answer' &&
        !String(n.id).includes('error'),
    )
    .map(
      (n) =>
        JSON.parse(
          JSON.stringify(n).replaceAll('ragwire.search.', 'bench.fn.').replace('/ragwire/search', '/bench/search-fn'),
        ) as Record<string, unknown>,
    );
  const json = fnFlow.find((n) => n.type === 'json') as Record<string, unknown>;
  json.wires = [['bench.fn.function']];
  fnFlow.push({
    id: 'bench.fn.function',
    type: 'function',
    z: 'ragwire.tab',
    name: 'search with the core',
    func: "const results = await global.get('ragwire').search(msg.payload);\nmsg.payload = { results };\nreturn msg;",
    outputs: 1,
    x: 770,
    y: 700,
    wires: [['bench.fn.res']],
  });
  fs.writeFileSync(
    path.join(userDir, 'flows.json'),
    JSON.stringify([{ id: 'ragwire.tab', type: 'tab', label: 'bench' }, ...ingest, ...search, ...fnFlow]),
  );

  // The same store folder as the templates' config node: one shared embedded store in this process.
  const connection = new QdrantConnection({ mode: 'embedded', path: 'ragwire-data', baseDir: userDir });
  const embedder = new HashingEmbedder();
  const core = {
    search: async (body: { query: string; limit?: number; filter?: unknown }) => {
      const passages = await retrievePassages(await connection.get(), embedder, body.query, {
        collection: 'ragwire',
        limit: body.limit ?? 5,
        filter: toQdrantFilter(body.filter),
      });
      return passages.map((p) => ({
        id: p.id,
        score: p.score,
        text: p.text,
        source: p.sourceId,
        metadata: p.metadata,
      }));
    },
  };
  const editor = await startEditor({
    port: 0,
    host: '127.0.0.1',
    userDir,
    settings: { functionGlobalContext: { ragwire: core }, logging: { console: { level: 'warn' } } },
  });

  const bare = http.createServer((req, res) => {
    if (req.url === '/cpu') {
      res.end(JSON.stringify(process.cpuUsage()));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      core.search(JSON.parse(Buffer.concat(chunks).toString('utf8'))).then(
        (results) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ results }));
        },
        (err: unknown) => {
          res.writeHead(500);
          res.end(String(err));
        },
      );
    });
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  process.stdout.write(
    `${JSON.stringify({ editor: editor.url, bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}` })}\n`,
  );
}

void main();
