import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The floor for upsert throughput: a bare node:http server, run as its own process like the store,
 * that receives each request body, parses its JSON and discards it, answering as Qdrant does.
 * Prints `listening on <url>,` once it listens (the line startRagwireProcess-style helpers wait for).
 */
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ result: { operation_id: 1, status: 'completed' }, status: 'ok', time: 0 }));
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port},`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
