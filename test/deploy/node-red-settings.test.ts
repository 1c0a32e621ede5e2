import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { closedPort } from '../support/ports.js';
import { REPO_ROOT } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';
import { CHART_DIR } from './helm.js';

const run = promisify(execFile);
const SETTINGS = path.join(CHART_DIR, 'files', 'settings.js');
const PRELOAD = path.join(CHART_DIR, 'files', 'preload-templates.js');
const RED_JS = path.join(path.dirname(require.resolve('node-red/package.json')), 'red.js');

const PASSWORD = 'correct-horse-battery-staple';
const TOKEN = 'endpoint-token-0123456789abcdef';
const CREDENTIAL_SECRET = 'credential-secret-0123456789abcdef';
const EMPTY_STORE_ANSWER = JSON.stringify({
  error:
    'Qdrant query on collection "ragwire" failed: the collection does not exist yet: ingest documents into it first.',
});
const ENDPOINTS = JSON.stringify({ maxBody: '1mb', contentTypes: ['application/json'], routes: {} });

/**
 * A user dir laid out as in the image: Ragwire installed beside Node-RED. Here the package is this repository,
 * linked into the user dir's node_modules, where Node-RED finds its nodes and the settings find the endpoint guard.
 */
function userDir(base: string, name: string): string {
  const dir = path.join(base, name);
  fs.mkdirSync(path.join(dir, 'node_modules', '@ragwire'), { recursive: true });
  fs.symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', '@ragwire', 'node-red-ragwire'), 'dir');
  return dir;
}

interface NodeRed {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** Starts Node-RED as the chart's pods do: red.js with the chart's settings.js, configured by the environment. */
async function startNodeRed(cwd: string, env: Record<string, string>): Promise<NodeRed> {
  const port = await closedPort();
  let output = '';
  const child = spawn(process.execPath, [RED_JS, '--settings', SETTINGS, '--userDir', env.RAGWIRE_USER_DIR], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, PORT: String(port), RAGWIRE_LOG_FORMAT: 'text', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 40_000;
  // Ready when the template endpoints answer (the flows are started), not only the port.
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

describe("Helm chart: Node-RED with the chart's settings.js and preloaded templates", function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let editorDir: string;
  let editor: NodeRed | undefined;
  let runtime: NodeRed | undefined;
  let flowsDir: string;

  before(async () => {
    tmp = tempDir('ragwire-chart-');
    editorDir = userDir(tmp.dir, 'editor');
  });
  after(async () => {
    await stop(editor);
    await stop(runtime);
    if (flowsDir && fs.existsSync(flowsDir)) fs.chmodSync(flowsDir, 0o755);
    tmp.remove();
  });

  it('preloads every template on its own tab into an empty user dir, and never overwrites flows', async () => {
    const env = { ...process.env, RAGWIRE_USER_DIR: editorDir, RAGWIRE_APP_DIR: editorDir };
    const first = await run(process.execPath, [PRELOAD], { env });
    assert.match(first.stdout, /wrote 4 templates to .*flows\.json/);
    const flows = JSON.parse(fs.readFileSync(path.join(editorDir, 'flows.json'), 'utf8')) as Record<string, string>[];
    const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('.json'));
    const tabs = flows.filter((n) => n.type === 'tab');
    assert.deepEqual(
      tabs.map((t) => t.label),
      examples.map((f) => f.replace(/\.json$/, '')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
    const tabIds = new Set(tabs.map((t) => t.id));
    const ids = flows.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length, 'every id once (shared config nodes kept once)');
    for (const n of flows) if (n.type !== 'tab' && n.z) assert.ok(tabIds.has(n.z), `${n.id} is on a tab`);
    for (const example of examples) {
      const nodes = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'examples', example), 'utf8'));
      for (const n of nodes) assert.ok(ids.includes(n.id), `${example}: ${n.id} missing`);
    }
    fs.writeFileSync(path.join(editorDir, 'mine.json'), '[]');
    const again = await run(process.execPath, [PRELOAD], { env: { ...env, RAGWIRE_FLOW_FILE: 'mine.json' } });
    assert.match(again.stdout, /kept the existing flows/);
    assert.equal(fs.readFileSync(path.join(editorDir, 'mine.json'), 'utf8'), '[]');
  });

  it('editor: the login checks the password from the environment (bcrypt-hashed at start), the endpoints need the token', async () => {
    const cwd = path.join(tmp.dir, 'editor-cwd');
    fs.mkdirSync(cwd);
    editor = await startNodeRed(cwd, {
      RAGWIRE_ROLE: 'editor',
      RAGWIRE_USER_DIR: editorDir,
      RAGWIRE_APP_DIR: editorDir,
      RAGWIRE_ADMIN_USER: 'admin',
      RAGWIRE_ADMIN_PASSWORD: PASSWORD,
      NODE_RED_CREDENTIAL_SECRET: CREDENTIAL_SECRET,
      RAGWIRE_HTTP_TOKEN: TOKEN,
      RAGWIRE_ENDPOINTS: ENDPOINTS,
    });
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
    const granted = await token(PASSWORD);
    assert.equal(granted.status, 200);
    const { access_token: access } = (await granted.json()) as { access_token: string };
    assert.equal((await fetch(`${editor.url}/flows`)).status, 401, 'the admin API needs the login');
    const flows = (await (
      await fetch(`${editor.url}/flows`, { headers: { authorization: `Bearer ${access}` } })
    ).json()) as {
      type: string;
    }[];
    assert.equal(flows.filter((n) => n.type === 'tab').length, 4, 'the preloaded templates are the flows');
    assert.ok(!fs.readFileSync(path.join(editorDir, 'flows.json'), 'utf8').includes(PASSWORD));

    assert.equal((await search(editor.url, { 'content-type': 'application/json' })).status, 401);
    const wrong = await search(editor.url, {
      'content-type': 'application/json',
      authorization: 'Bearer wrong-token-0123456789',
    });
    assert.equal(wrong.status, 401);
    const text = await search(editor.url, { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, 'hello');
    assert.equal(text.status, 415);
    const ok = await search(editor.url, { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    // The template's own answer (an empty store here): the request passed the guard and ran the flow.
    assert.deepEqual([ok.status, await ok.text()], [404, EMPTY_STORE_ANSWER]);
  });

  it('runtime: flows from a read-only file, no editor and no admin API, the endpoints behind the token', async () => {
    flowsDir = path.join(tmp.dir, 'configmap');
    fs.mkdirSync(flowsDir);
    fs.copyFileSync(path.join(editorDir, 'flows.json'), path.join(flowsDir, 'flows.json'));
    fs.chmodSync(path.join(flowsDir, 'flows.json'), 0o444);
    fs.chmodSync(flowsDir, 0o555);
    const dir = userDir(tmp.dir, 'runtime');
    runtime = await startNodeRed(dir, {
      RAGWIRE_ROLE: 'runtime',
      RAGWIRE_USER_DIR: dir,
      RAGWIRE_APP_DIR: dir,
      RAGWIRE_FLOW_FILE: path.join(flowsDir, 'flows.json'),
      RAGWIRE_LOG_FORMAT: 'ecs',
      NODE_RED_CREDENTIAL_SECRET: CREDENTIAL_SECRET,
      RAGWIRE_HTTP_TOKEN: TOKEN,
      RAGWIRE_ENDPOINTS: ENDPOINTS,
    });
    for (const p of ['/', '/auth/login', '/flows', '/settings'])
      assert.equal((await fetch(`${runtime.url}${p}`)).status, 404, `${p} is not served`);
    const deploy = await fetch(`${runtime.url}/flows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    assert.ok([401, 404].includes(deploy.status), 'flows cannot be deployed to a replica');
    assert.equal((await search(runtime.url, { 'content-type': 'application/json' })).status, 401);
    const ok = await search(runtime.url, { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` });
    // The template's own answer (an empty store here): the request passed the guard and ran the flow.
    assert.deepEqual([ok.status, await ok.text()], [404, EMPTY_STORE_ANSWER]);
    // The chart's default log format: Elastic Common Schema lines from Ragwire's log handler.
    const lines = runtime
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    assert.ok(lines.length > 0, runtime.output());
    for (const line of lines) assert.ok(JSON.parse(line)['ecs.version'], line);
    assert.ok(lines.some((l) => JSON.parse(l)['log.level'] === 'info'));
  });

  it('refuses to start without a secret the chart must give, naming it', async () => {
    const dir = userDir(tmp.dir, 'missing');
    const base = {
      RAGWIRE_USER_DIR: dir,
      RAGWIRE_APP_DIR: dir,
      NODE_RED_CREDENTIAL_SECRET: CREDENTIAL_SECRET,
      RAGWIRE_HTTP_TOKEN: TOKEN,
      RAGWIRE_ADMIN_PASSWORD: PASSWORD,
    };
    const cases: [Record<string, string>, RegExp][] = [
      [{ NODE_RED_CREDENTIAL_SECRET: '' }, /NODE_RED_CREDENTIAL_SECRET is empty/],
      [{ RAGWIRE_HTTP_TOKEN: '' }, /RAGWIRE_HTTP_TOKEN is empty/],
      [{ RAGWIRE_ADMIN_PASSWORD: '' }, /RAGWIRE_ADMIN_PASSWORD is empty/],
      [{ RAGWIRE_ADMIN_PASSWORD: 'short' }, /RAGWIRE_ADMIN_PASSWORD is too short/],
      [{ RAGWIRE_HTTP_TOKEN: 'short' }, /RAGWIRE_HTTP_TOKEN is too short/],
    ];
    for (const [change, message] of cases) {
      const env = { PATH: process.env.PATH, HOME: dir, PORT: String(await closedPort()), ...base, ...change };
      const result = await run(process.execPath, [RED_JS, '--settings', SETTINGS, '--userDir', dir], {
        env,
        cwd: dir,
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
      assert.notEqual(result.code, 0, JSON.stringify(change));
      assert.match(result.out, message);
    }
  });
});
