import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { closedPort } from '../support/ports.js';
import { REPO_ROOT, startStoreProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import { render, type K8sObject, type Rendering } from './helm.js';
import { containers, podTemplates } from './k8s.js';

const run = promisify(execFile);
const RED_JS = path.join(path.dirname(require.resolve('node-red/package.json')), 'red.js');
const EXPORTED_FLOWS = path.join(REPO_ROOT, 'flows', 'node-red', '2 Semantic search API.json');

/** What the Secrets hold, by key (the chart's default keys). */
const SECRETS: Record<string, string> = {
  password: 'correct-horse-battery-staple',
  'credential-secret': 'credential-secret-0123456789abcdef',
  'endpoint-token': 'endpoint-token-0123456789abcdef',
  'conversation-key': Buffer.alloc(32, 7).toString('base64'),
  'api-key': 'qdrant-api-key-0123456789',
};
const TOKEN = SECRETS['endpoint-token'];

/**
 * The environment Kubernetes would give a container of the rendered chart: plain values as they are, Secret
 * references from SECRETS, and the paths of the pod (/data, the ConfigMap's files) mapped into `dirs`.
 */
function containerEnv(c: K8sObject, replace: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) {
    if (e.valueFrom?.secretKeyRef) {
      const value = SECRETS[e.valueFrom.secretKeyRef.key];
      assert.ok(value !== undefined, `${e.name}: no test value for Secret key ${e.valueFrom.secretKeyRef.key}`);
      env[e.name] = value;
    } else env[e.name] = String(e.value);
  }
  return { ...env, ...replace };
}

/**
 * A Node-RED installation laid out as in the image: Ragwire beside Node-RED, the chart's settings.js beside Ragwire.
 * Here the package is this repository linked into a user dir (where Node-RED finds its nodes).
 */
function installation(base: string, name: string, settings: string): string {
  const dir = path.join(base, name);
  fs.mkdirSync(path.join(dir, 'node_modules', '@ragwire'), { recursive: true });
  fs.symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', '@ragwire', 'node-red-ragwire'), 'dir');
  fs.writeFileSync(path.join(dir, 'settings.js'), settings);
  return dir;
}

interface NodeRed {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** The rendered container's command, with the image's paths mapped to this machine's. */
function command(c: K8sObject, dir: string): string[] {
  const [node, redJs, ...args] = [...c.command];
  assert.equal(node, 'node');
  assert.equal(redJs, 'node_modules/node-red/red.js');
  return [RED_JS, ...args.map((a) => (a === '/data' ? dir : a.replace('/usr/src/node-red', dir)))];
}

/** Starts Node-RED as the container would; ready when the template endpoint answers (the flows run). */
async function startNodeRed(c: K8sObject, dir: string, env: Record<string, string>): Promise<NodeRed> {
  let output = '';
  const child = spawn(process.execPath, command(c, dir), {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 40_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Node-RED exited with ${child.exitCode}:\n${output}`);
    const status = await fetch(`${url}/ragwire/search`, { method: 'POST' }).then(
      (r) => r.status,
      () => 0,
    );
    if (status !== 0 && status !== 404) break;
    if (Date.now() > deadline) throw new Error(`Node-RED did not serve the templates in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, child, output: () => output };
}

async function stop(red: NodeRed | undefined): Promise<void> {
  if (!red || red.child.exitCode !== null) return;
  const exited = new Promise((r) => red.child.once('exit', r));
  red.child.kill('SIGTERM');
  await exited;
}

function search(url: string, headers: Record<string, string>, body = JSON.stringify({ query: 'helm chart' })) {
  return fetch(`${url}/ragwire/search`, { method: 'POST', headers, body });
}

/**
 * The template's answer on an empty store: the request passed the guard, ran the flow and reached the store with
 * the API key from the Secret (a wrong key gives 502 "Unauthorized").
 */
const EMPTY_STORE = JSON.stringify({
  error:
    'Qdrant query on collection "ragwire" failed: the collection does not exist yet: ingest documents into it first.',
});

describe('Helm chart: Node-RED started as the rendered editor and runtime containers', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let r: Rendering;
  let store: StoreProcess;
  let editor: NodeRed | undefined;
  let runtime: NodeRed | undefined;
  let editorDir: string;
  let flowsDir: string | undefined;

  const node = (component: string) => {
    const p = podTemplates(r.docs).find((x) => x.component === component)!;
    return containers(p.spec).find((c) => c.name === 'node-red')!;
  };
  const configMap = () => r.docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name.endsWith('-node-red'))!;

  before(async () => {
    tmp = tempDir('ragwire-chart-');
    r = await render({
      set: {
        'editor.adminAuth.existingSecret': 'ragwire-admin',
        'nodeRed.credentialSecret.existingSecret': 'ragwire-secrets',
        'nodeRed.endpointToken.existingSecret': 'ragwire-secrets',
        'nodeRed.conversationKey.existingSecret': 'ragwire-secrets',
        'qdrant.apiKey.existingSecret': 'ragwire-secrets',
        'runtime.enabled': true,
      },
      setFile: { 'runtime.flows.json': EXPORTED_FLOWS },
    });
    // Qdrant's part: a Ragwire store process with the API key from the same Secret.
    store = await startStoreProcess(['--path', path.join(tmp.dir, 'store'), '--api-key', SECRETS['api-key']]);
    fs.writeFileSync(path.join(tmp.dir, 'endpoints.json'), configMap().data['endpoints.json']);
  });
  after(async () => {
    await stop(editor);
    await stop(runtime);
    await store?.stop();
    if (flowsDir && fs.existsSync(flowsDir)) fs.chmodSync(flowsDir, 0o755);
    tmp.remove();
  });

  /** The pod's environment here: the store instead of Qdrant's Service, a free port, the ConfigMap's file. */
  async function envFor(component: string): Promise<Record<string, string>> {
    return containerEnv(node(component), {
      PORT: String(await closedPort()),
      QDRANT_URL: store.url,
      OLLAMA_HOST: `http://127.0.0.1:${await closedPort()}`,
      RAGWIRE_ENDPOINTS_FILE: path.join(tmp.dir, 'endpoints.json'),
    });
  }

  it('editor: templates preloaded, the login checks the password from the Secret, endpoints need the token', async () => {
    editorDir = installation(tmp.dir, 'editor', configMap().data['settings.js']);
    editor = await startNodeRed(node('editor'), editorDir, await envFor('editor'));
    const login = (await (await fetch(`${editor.url}/auth/login`)).json()) as { type?: string };
    assert.equal(login.type, 'credentials');
    const token = (password: string) =>
      fetch(`${editor!.url}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          client_id: 'node-red-editor',
          grant_type: 'password',
          scope: '*',
          username: 'admin',
          password,
        }),
      });
    assert.equal((await token('not-the-password')).status, 403);
    const granted = await token(SECRETS.password);
    assert.equal(granted.status, 200, 'the password from the Secret, bcrypt-hashed when Node-RED started');
    const { access_token: access } = (await granted.json()) as { access_token: string };
    assert.equal((await fetch(`${editor.url}/flows`)).status, 401, 'the admin API needs the login');
    const flows = (await (
      await fetch(`${editor.url}/flows`, { headers: { authorization: `Bearer ${access}` } })
    ).json()) as { type: string; url?: string }[];
    const routes = flows.filter((n) => n.type === 'http in').map((n) => n.url);
    assert.ok(routes.includes('/ragwire/search') && routes.includes('/ragwire/ingest'), 'the templates are the flows');
    for (const secret of Object.values(SECRETS))
      assert.ok(!fs.readFileSync(path.join(editorDir, 'flows.json'), 'utf8').includes(secret));

    assert.equal((await search(editor.url, { 'content-type': 'application/json' })).status, 401);
    const wrong = await search(editor.url, {
      'content-type': 'application/json',
      authorization: 'Bearer wrong-token-0123456789',
    });
    assert.equal(wrong.status, 401);
    const text = await search(editor.url, { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, 'hi');
    assert.equal(text.status, 415, "the ConfigMap's endpoint rules: JSON only");
    const ok = await search(editor.url, { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    assert.deepEqual([ok.status, await ok.text()], [404, EMPTY_STORE]);
  });

  it('runtime: the flows from a read-only file, no editor and no admin API, the endpoints behind the token', async () => {
    flowsDir = path.join(tmp.dir, 'flows');
    fs.mkdirSync(flowsDir);
    const flowsMap = r.docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name.endsWith('-runtime-flows'))!;
    fs.writeFileSync(path.join(flowsDir, 'flows.json'), flowsMap.data['flows.json'], { mode: 0o444 });
    fs.chmodSync(flowsDir, 0o555);
    const dir = installation(tmp.dir, 'runtime', configMap().data['settings.js']);
    const env = await envFor('runtime');
    assert.equal(env.RAGWIRE_FLOWS_FILE, '/flows/flows.json');
    runtime = await startNodeRed(node('runtime'), dir, {
      ...env,
      RAGWIRE_FLOWS_FILE: path.join(flowsDir, 'flows.json'),
    });
    for (const p of ['/', '/auth/login', '/flows', '/settings'])
      assert.equal((await fetch(`${runtime.url}${p}`)).status, 404, `${p} is not served`);
    const deploy = await fetch(`${runtime.url}/flows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    assert.equal(deploy.status, 404, 'flows cannot be deployed to a replica');
    assert.equal((await search(runtime.url, { 'content-type': 'application/json' })).status, 401);
    const ok = await search(runtime.url, { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    assert.deepEqual([ok.status, await ok.text()], [404, EMPTY_STORE]);
    // The chart's log format: Elastic Common Schema lines from Ragwire's log handler.
    const lines = runtime
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    assert.ok(lines.length > 0, runtime.output());
    for (const line of lines) assert.ok(JSON.parse(line)['ecs.version'], line);
  });

  it("the helm test pod's endpoint check passes against the replica, and fails on a missing route or a wrong token", async () => {
    assert.ok(runtime, 'the runtime replica of the previous test');
    const pod = r.docs.find((d) => d.kind === 'Pod' && d.metadata.name.endsWith('-test-endpoint'))!;
    const [node, ...flags] = pod.spec.containers[0].command as string[];
    assert.equal(node, 'node');
    const script = (pod.spec.containers[0].args[0] as string).replace('http://rw-ragwire-runtime:1880', runtime.url);
    assert.ok(script.includes(`${runtime.url}/ragwire/search`));
    const check = (code: string, token: string) =>
      run(process.execPath, [...flags, code], { env: { PATH: process.env.PATH, RAGWIRE_HTTP_TOKEN: token } }).then(
        (x) => ({ ok: true, out: x.stdout + x.stderr }),
        (e: { stdout: string; stderr: string }) => ({ ok: false, out: e.stdout + e.stderr }),
      );
    const passed = await check(script, TOKEN);
    assert.ok(passed.ok, passed.out);
    assert.match(passed.out, /answered 404 \{"error":"Qdrant query on collection/);
    const missing = await check(script.replace('/ragwire/search', '/ragwire/nothing-here'), TOKEN);
    assert.ok(!missing.ok, missing.out);
    const wrong = await check(script, 'not-the-endpoint-token-0123');
    assert.ok(!wrong.ok && /answered 401/.test(wrong.out), wrong.out);

    // The Qdrant check against the store standing in for Qdrant.
    const qdrantPod = r.docs.find((d) => d.kind === 'Pod' && d.metadata.name.endsWith('-test-qdrant'))!;
    const readyz = (qdrantPod.spec.containers[0].args[0] as string).replace('http://rw-ragwire-qdrant:6333', store.url);
    const ready = await check(readyz, '');
    assert.ok(ready.ok && /Qdrant ready/.test(ready.out), ready.out);
    const down = await check(readyz.replace(store.url, `http://127.0.0.1:${await closedPort()}`), '');
    assert.ok(!down.ok, down.out);
  });

  it('refuses to start without the secrets the chart requires, naming them', async () => {
    const dir = installation(tmp.dir, 'missing', configMap().data['settings.js']);
    const env = await envFor('editor');
    const cases: [Record<string, string>, RegExp][] = [
      [{ RAGWIRE_CREDENTIAL_SECRET: '' }, /RAGWIRE_CREDENTIAL_SECRET is not set/],
      [{ RAGWIRE_ADMIN_PASSWORD: '' }, /RAGWIRE_ADMIN_PASSWORD is not set/],
      [{ RAGWIRE_ADMIN_PASSWORD: 'short' }, /RAGWIRE_ADMIN_PASSWORD is too short/],
      [{ RAGWIRE_HTTP_TOKEN: 'short' }, /RAGWIRE_HTTP_TOKEN is too short/],
    ];
    for (const [change, message] of cases) {
      const result = await run(process.execPath, command(node('editor'), dir), {
        env: { PATH: process.env.PATH, HOME: dir, ...env, ...change },
        cwd: dir,
      }).then(
        (x) => ({ code: 0, out: x.stdout + x.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
      assert.notEqual(result.code, 0, JSON.stringify(change));
      assert.match(result.out, message);
    }
  });
});
