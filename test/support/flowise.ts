import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { closedPort } from './ports.js';
import { REPO_ROOT } from './store-process.js';
import { tempDir } from './temp-dir.js';

const run = promisify(execFile);

interface EnsureFlowise {
  FLOWISE_VERSION: string;
  dir: string;
  complete(): boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the cache folder as scripts/ensure-flowise.cjs defines it
const ensure = require(path.join(REPO_ROOT, 'scripts', 'ensure-flowise.cjs')) as EnsureFlowise;

export const FLOWISE_VERSION = ensure.FLOWISE_VERSION;
/** The Flowise image's entry point: creates the first account (create-admin.cjs), then runs Flowise. */
export const ADMIN = { email: 'admin@ragwire.test', password: 'Ragwire-e2e-Passw0rd!' };

const START_SCRIPT = path.join(REPO_ROOT, 'deploy', 'docker', 'flowise', 'start.sh');

/** The cached Flowise installation: `<cache>/node_modules/flowise`. Fails with the command to run when missing. */
export function flowiseInstallation(): { cacheDir: string; packageDir: string; componentsDir: string } {
  if (!ensure.complete()) {
    throw new Error(
      `No complete flowise@${FLOWISE_VERSION} in ${ensure.dir}: run \`node scripts/ensure-flowise.cjs\` ` +
        '(npm test runs it before the suite; RAGWIRE_FLOWISE_DIR names another folder)',
    );
  }
  const packageDir = path.join(ensure.dir, 'node_modules', 'flowise');
  // Where Flowise itself finds its components: flowise/node_modules first, then hoisted beside it.
  const componentsDir = [
    path.join(packageDir, 'node_modules', 'flowise-components'),
    path.join(ensure.dir, 'node_modules', 'flowise-components'),
  ].find((d) => fs.existsSync(path.join(d, 'package.json')));
  if (!componentsDir) throw new Error(`flowise-components not found beside ${packageDir}`);
  return { cacheDir: ensure.dir, packageDir, componentsDir };
}

/** Ragwire's built Flowise components (present once the build has compiled nodes/flowise). */
export const RAGWIRE_FLOWISE_BUILD = path.join(REPO_ROOT, 'dist', 'nodes', 'flowise');

/**
 * Copies the built components into the Flowise installation (the folder holding node_modules/flowise) with
 * Ragwire's own install command. It replaces Ragwire's files whole, so the shared cache holds the components
 * of the checkout that ran last.
 */
export async function installRagwireComponents(installDir: string): Promise<string> {
  const { stdout, stderr } = await run(
    process.execPath,
    [path.join(REPO_ROOT, 'bin', 'ragwire.js'), 'flowise', 'install', '--flowise-dir', installDir],
    { cwd: REPO_ROOT, timeout: 120_000 },
  );
  return stdout + stderr;
}

/** The first lines of every file `ragwire flowise install` writes into flowise-components. */
const INSTALLED_MARK = 'Written by `ragwire flowise install`';

/**
 * Takes out of the cached Flowise whatever `ragwire flowise install` wrote there (recognised by its mark):
 * for a checkout without built components. Files another checkout installed point into that checkout and
 * stop Flowise from booting once it is gone.
 */
export function removeRagwireComponents(componentsDir: string): string[] {
  const removed: string[] = [];
  const marked = (file: string) => fs.readFileSync(file, 'utf8').slice(0, 300).includes(INSTALLED_MARK);
  const nodesDir = path.join(componentsDir, 'dist', 'nodes', 'ragwire');
  if (fs.existsSync(nodesDir)) {
    fs.rmSync(nodesDir, { recursive: true, force: true });
    removed.push(nodesDir);
  }
  const credentialsDir = path.join(componentsDir, 'dist', 'credentials');
  for (const name of fs.readdirSync(credentialsDir)) {
    const file = path.join(credentialsDir, name);
    if (name.endsWith('.js') && fs.statSync(file).isFile() && marked(file)) {
      fs.rmSync(file);
      removed.push(file);
    }
  }
  return removed;
}

export interface FlowiseServer {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Flowise on a free loopback port, with every file it writes (database, encryption key, logs, blobs,
 * uploads under $HOME/.flowise) in a temporary folder, telemetry off, and HTTP_SECURITY_CHECK off so its
 * Ollama node may call the loopback fake. Resolves once GET /api/v1/ping answers (its first start on a
 * busy 2-core CI machine has taken over three minutes: the bound is generous, the suite allows 10).
 */
export async function startFlowise(env: NodeJS.ProcessEnv = {}, timeoutMs = 360_000): Promise<FlowiseServer> {
  const { packageDir } = flowiseInstallation();
  const data = tempDir('ragwire-flowise-');
  const port = await closedPort();
  const secret = () => randomBytes(32).toString('hex');
  // Flowise writes its encryption key without creating the folder.
  for (const sub of ['db', 'secret', 'logs', 'storage']) fs.mkdirSync(path.join(data.dir, sub));
  // Through the image's entry point: it creates the first account from FLOWISE_ADMIN_* and runs Flowise.
  const child = spawn('sh', [START_SCRIPT], {
    cwd: data.dir,
    env: {
      // The Node running the tests (22) first: start.sh runs `node`.
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
      RAGWIRE_FLOWISE_HOME: path.dirname(path.dirname(packageDir)),
      FLOWISE_ADMIN_EMAIL: ADMIN.email,
      FLOWISE_ADMIN_PASSWORD: ADMIN.password,
      HOME: data.dir,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_TYPE: 'sqlite',
      DATABASE_PATH: path.join(data.dir, 'db'),
      SECRETKEY_PATH: path.join(data.dir, 'secret'),
      LOG_PATH: path.join(data.dir, 'logs'),
      BLOB_STORAGE_PATH: path.join(data.dir, 'storage'),
      STORAGE_TYPE: 'local',
      LOG_LEVEL: 'warn',
      DISABLE_FLOWISE_TELEMETRY: 'true',
      HTTP_SECURITY_CHECK: 'false',
      SHOW_COMMUNITY_NODES: 'true',
      JWT_AUTH_TOKEN_SECRET: secret(),
      JWT_REFRESH_TOKEN_SECRET: secret(),
      EXPRESS_SESSION_SECRET: secret(),
      TOKEN_HASH_SECRET: secret(),
      SECURE_COOKIES: 'false',
      NODE_OPTIONS: '--max-old-space-size=4096',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it also stops create-admin.cjs, which start.sh runs beside Flowise.
    detached: true,
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone already
    }
  };
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      signal('SIGKILL');
      data.remove();
      throw new Error(
        `Flowise exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.slice(-4000)}`,
      );
    }
    try {
      const res = await fetch(`${url}/api/v1/ping`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      signal('SIGKILL');
      await exited;
      data.remove();
      throw new Error(`Flowise did not answer /api/v1/ping within ${timeoutMs} ms:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    dataDir: data.dir,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        signal('SIGTERM');
        const timer = setTimeout(() => signal('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      signal('SIGKILL');
      data.remove();
    },
  };
}

export interface FlowiseApi {
  /** A JSON request with the API key as bearer token; rejects with the status and body unless 2xx. */
  call<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
  /** The same without the API key (prediction of a public chatflow needs none). */
  raw(method: string, route: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  apiKey: string;
}

/**
 * Headless access as an API user would set it up: a session from /api/v1/auth/login with the account
 * the entry point created (retried until create-admin.cjs has registered it), and an API key created in
 * that session (Flowise 3.1 has no other login for its /api/v1 routes).
 */
export async function flowiseApi(server: FlowiseServer, timeoutMs = 60_000): Promise<FlowiseApi> {
  const deadline = Date.now() + timeoutMs;
  let login: Response;
  for (;;) {
    login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-from': 'internal' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
      signal: AbortSignal.timeout(30_000),
    });
    if (login.ok || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const created = await fetch(`${server.url}/api/v1/apikey`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-from': 'internal', cookie },
    body: JSON.stringify({ keyName: 'ragwire-e2e', permissions: API_PERMISSIONS }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!created.ok) throw new Error(`POST /api/v1/apikey: ${created.status} ${await created.text()}`);
  const keys = (await created.json()) as { keyName: string; apiKey: string }[] | { apiKey: string };
  const apiKey = Array.isArray(keys) ? keys.find((k) => k.keyName === 'ragwire-e2e')?.apiKey : keys.apiKey;
  if (!apiKey) throw new Error(`no API key in ${JSON.stringify(keys)}`);
  const raw = (method: string, route: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${route}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  return {
    apiKey,
    raw,
    call: async <T>(method: string, route: string, body?: unknown): Promise<T> => {
      const res = await raw(method, route, body, { authorization: `Bearer ${apiKey}` });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${text.slice(0, 2000)}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

/** What the tests' API key may do (Flowise checks each route's permission against this list). */
const API_PERMISSIONS = [
  'chatflows:view',
  'chatflows:create',
  'chatflows:update',
  'chatflows:delete',
  'credentials:view',
  'credentials:create',
  'credentials:update',
  'credentials:delete',
  'documentStores:view',
  'documentStores:create',
  'documentStores:upsert-config',
];

/** A node of a chatflow's flowData as the canvas saves it. */
export interface FlowNode {
  id: string;
  data: {
    id: string;
    name: string;
    label?: string;
    category?: string;
    inputs?: Record<string, unknown>;
    credential?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
export interface FlowData {
  nodes: FlowNode[];
  edges: { source: string; target: string; sourceHandle?: string; targetHandle?: string; [key: string]: unknown }[];
}

/** A component as GET /api/v1/nodes lists it. */
export interface NodeDefinition {
  name: string;
  label: string;
  version: number;
  type: string;
  category: string;
  description?: string;
  baseClasses: string[];
  inputs?: { label: string; name: string; type: string; default?: unknown; optional?: boolean; list?: boolean }[];
  outputs?: { label: string; name: string; baseClasses?: string[] }[];
  credential?: { credentialNames: string[] };
  author?: string;
}

/** Input types the canvas shows as fields; every other type is an anchor a component plugs into. */
const FIELD_TYPES = new Set([
  'asyncOptions',
  'asyncMultiOptions',
  'options',
  'multiOptions',
  'array',
  'datagrid',
  'string',
  'number',
  'boolean',
  'password',
  'json',
  'code',
  'date',
  'file',
  'folder',
  'tabs',
]);

/**
 * A canvas node of a component, as the editor's "drag onto the canvas" makes it (Flowise's UI
 * initNode): fields with their defaults, anchors for component inputs, the output anchor(s).
 */
export function canvasNode(
  def: NodeDefinition,
  id: string,
  inputs: Record<string, unknown> = {},
  credential?: string,
): FlowNode {
  const params = (def.inputs ?? []).map((p) => ({ ...p, id: `${id}-input-${p.name}-${p.type}` }));
  const defaults = Object.fromEntries(params.map((p) => [p.name, p.default ?? '']));
  const baseTypes = def.baseClasses.join('|');
  const outputAnchors = def.outputs?.length
    ? [
        {
          name: 'output',
          label: 'Output',
          type: 'options',
          default: def.outputs[0].name,
          options: def.outputs.map((o) => ({
            id: `${id}-output-${o.name}-${(o.baseClasses ?? def.baseClasses).join('|')}`,
            name: o.name,
            label: o.label,
            type: (o.baseClasses ?? def.baseClasses).join(' | '),
          })),
        },
      ]
    : [
        {
          id: `${id}-output-${def.name}-${baseTypes}`,
          name: def.name,
          label: def.label,
          type: def.baseClasses.join(' | '),
        },
      ];
  return {
    id,
    type: 'customNode',
    position: { x: 0, y: 0 },
    data: {
      id,
      label: def.label,
      version: def.version,
      name: def.name,
      type: def.type,
      baseClasses: def.baseClasses,
      category: def.category,
      description: def.description ?? '',
      inputParams: params.filter((p) => FIELD_TYPES.has(p.type)),
      inputAnchors: params.filter((p) => !FIELD_TYPES.has(p.type)),
      inputs: { ...defaults, ...inputs },
      outputAnchors,
      outputs: def.outputs?.length ? { output: def.outputs[0].name } : {},
      ...(credential ? { credential } : {}),
      selected: false,
    },
  };
}

/** The output anchor id of a canvas node (its selected output when it has several). */
function outputHandle(node: FlowNode): string {
  const anchors = node.data.outputAnchors as { id?: string; options?: { id: string; name: string }[] }[];
  const selected = (node.data.outputs as Record<string, string>).output;
  const anchor = anchors[0];
  return anchor.options ? anchor.options.find((o) => o.name === selected)!.id : anchor.id!;
}

/** Plugs `source` into the component input `input` of `target`, as drawing an edge on the canvas does. */
export function connect(flow: FlowData, sourceId: string, targetId: string, input: string): void {
  const source = flow.nodes.find((n) => n.id === sourceId)!;
  const target = flow.nodes.find((n) => n.id === targetId)!;
  const anchor = (target.data.inputAnchors as { id: string; name: string; list?: boolean }[]).find(
    (a) => a.name === input,
  );
  if (!anchor) throw new Error(`${target.data.name} has no component input ${input}`);
  const sourceHandle = outputHandle(source);
  flow.edges.push({
    source: sourceId,
    sourceHandle,
    target: targetId,
    targetHandle: anchor.id,
    type: 'buttonedge',
    id: `${sourceId}-${sourceHandle}-${targetId}-${anchor.id}`,
  });
  const reference = `{{${sourceId}.data.instance}}`;
  target.data.inputs = {
    ...target.data.inputs,
    [input]: anchor.list
      ? [...((target.data.inputs?.[input] as string[]) || []).filter(Boolean), reference]
      : reference,
  };
}
