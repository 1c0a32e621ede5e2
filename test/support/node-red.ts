import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import helper from 'node-red-node-test-helper';
import { REPO_ROOT } from './store-process.js';

helper.init(require.resolve('node-red'));

// The helper loads only catch/status/complete by itself, and loads a module once per node of its
// type (a flow with two catch nodes fails with "catch already registered"). Map the core nodes
// the templates use, each module registering once per runtime.
const nodesDir = path.join(path.dirname(require.resolve('@node-red/nodes/package.json')), 'core');
const coreModules = (helper as unknown as { _nodeModules: Record<string, (red: object) => unknown> })._nodeModules;
const coreFiles: Record<string, string> = {
  'http in': 'network/21-httpin.js',
  'http response': 'network/21-httpin.js',
  change: 'function/15-change.js',
  switch: 'function/10-switch.js',
  function: 'function/10-function.js',
  template: 'function/80-template.js',
  json: 'parsers/70-JSON.js',
  comment: 'common/90-comment.js',
  debug: 'common/21-debug.js',
  inject: 'common/20-inject.js',
};
for (const [type, file] of Object.entries(coreFiles)) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a module path found at run time
  coreModules[type] = require(path.join(nodesDir, file));
}
const onceByModule = new Map<unknown, (red: object) => unknown>();
for (const [type, load] of Object.entries(coreModules)) {
  if (!onceByModule.has(load)) {
    const seen = new WeakSet<object>();
    onceByModule.set(load, (red: object) => {
      if (seen.has(red)) return undefined;
      seen.add(red);
      return load(red);
    });
  }
  coreModules[type] = onceByModule.get(load) as (red: object) => unknown;
}

export { helper };

export type Msg = Record<string, unknown>;

/** Sends msg into node `id` and resolves with what reaches the helper node, or rejects with the error the node reported. */
export function run(id: string, msg: Msg, timeoutMs = 10_000): Promise<Msg> {
  const node = helper.getNode(id);
  const out = helper.getNode('out');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no output and no error')), timeoutMs);
    out.on('input', ((m: Msg) => {
      clearTimeout(timer);
      resolve(m);
    }) as never);
    node.on('call:error', ((call: { args: [Error, Msg] }) => {
      clearTimeout(timer);
      reject(
        Object.assign(call.args[0] instanceof Error ? call.args[0] : new Error(String(call.args[0])), {
          msg: call.args[1],
        }),
      );
    }) as never);
    node.receive(msg);
  });
}

export function statuses(id: string): { fill?: string; text?: string }[] {
  const seen: { fill?: string; text?: string }[] = [];
  helper
    .getNode(id)
    .on('call:status', ((call: { args: [{ fill?: string; text?: string }] }) => seen.push(call.args[0])) as never);
  return seen;
}

/** Sends msg into node `id` and resolves with the first helper node among `outputs` it reaches, and what arrived. */
export function runToOutputs(
  id: string,
  msg: Msg,
  outputs: string[],
  timeoutMs = 10_000,
): Promise<{ output: string; msg: Msg }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no output and no error')), timeoutMs);
    for (const output of outputs)
      helper.getNode(output).on('input', ((m: Msg) => {
        clearTimeout(timer);
        resolve({ output, msg: m });
      }) as never);
    helper.getNode(id).on('call:error', ((call: { args: [Error, Msg] }) => {
      clearTimeout(timer);
      reject(Object.assign(call.args[0], { msg: call.args[1] }));
    }) as never);
    helper.getNode(id).receive(msg);
  });
}

export const NODE_TYPES = [
  'ragwire-qdrant',
  'ragwire-model',
  'ragwire-privacy',
  'ragwire-ingest',
  'ragwire-retrieve',
  'ragwire-llm',
  'ragwire-router',
  'ragwire-pseudonymize',
  'ragwire-restore',
  'ragwire-backup',
];

/** The compiled Ragwire node modules, as Node-RED loads them from package.json. */
export function ragwireNodes(): unknown[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    'node-red': { nodes: Record<string, string> };
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the files package.json names
  return Object.values(pkg['node-red'].nodes).map((file) => require(path.join(REPO_ROOT, file)));
}

/** A flow template exactly as shipped in examples/ (what Import > Examples offers). */
export function exampleFlow(name: string): Record<string, unknown>[] {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'examples', `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >[];
}

export interface LoadedFlow {
  /** Base URL of RED.httpNode (where `http in` routes answer). */
  url: string;
  close(): Promise<void>;
}

/**
 * Loads a flow with the Ragwire nodes in the test helper and serves RED.httpNode on a loopback
 * port: the helper's own request() reaches only the admin app.
 */
export async function loadFlow(flow: unknown[], credentials: Record<string, unknown> = {}): Promise<LoadedFlow> {
  let red: { httpNode: http.RequestListener } | undefined;
  const capture = (RED: { httpNode: http.RequestListener }) => {
    red = RED;
  };
  await helper.load([...ragwireNodes(), capture], flow, credentials);
  if (!red) throw new Error('RED was not captured');
  const server = http.createServer(red.httpNode);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await helper.unload();
    },
  };
}

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown> & { error?: string };
}

/** POSTs a JSON body (or a string as it is) with content-type application/json unless `headers` say otherwise. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed };
}

/**
 * Starts a JSON POST of `totalBytes` (declared in Content-Length, or chunked when `declare` is
 * false) and sends it in 64 KB pieces only while the server has not answered. Resolves with the
 * answer and how many bytes went out before it came: a guard that refuses early answers after a
 * fraction of the body.
 */
export function postOversized(
  url: string,
  totalBytes: number,
  options: { declare: boolean; headers?: Record<string, string> },
): Promise<JsonAnswer & { sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sentBytes = 0;
    let answered = false;
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.declare ? { 'content-length': String(totalBytes) } : {}),
        ...options.headers,
      },
    });
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => {
        req.destroy();
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          body = { text };
        }
        resolve({ status: res.statusCode ?? 0, body, sentBytes });
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const pump = () => {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.write('{"documents": [{"id": "huge", "text": "');
    pump();
  });
}
