import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { exampleFlow, postJson } from '../support/node-red.js';
import { RAGWIRE_BIN, startRagwireProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

/** Whether a user other than the owner can reach and read every file given (folders searchable, files readable). */
function readableByOthers(...files: string[]): boolean {
  return files.every((file) => {
    for (let at = path.resolve(file); ; at = path.dirname(at)) {
      const mode = fs.statSync(at).mode;
      if (at === path.resolve(file) ? (mode & 0o004) === 0 : (mode & 0o001) === 0) return false;
      if (at === path.dirname(at)) return true;
    }
  });
}

const run = promisify(execFile);

async function ragwire(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return ragwireWith({}, ...args);
}

/** Runs `ragwire args` to its end with extra environment variables (undefined removes one). */
async function ragwireWith(
  env: Record<string, string | undefined>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv = {
    ...process.env,
    RAGWIRE_ADMIN_PASSWORD: undefined,
    RAGWIRE_HTTP_TOKEN: undefined,
    RAGWIRE_METRICS_TOKEN: undefined,
    RAGWIRE_METRICS: undefined,
    ...env,
  };
  try {
    // A command that should refuse but starts would run on: killed, it fails the test instead of hanging it.
    const { stdout, stderr } = await run(process.execPath, [RAGWIRE_BIN, ...args], {
      env: childEnv as NodeJS.ProcessEnv,
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the ragwire command', () => {
  it('lists its subcommands in --help, and explains each one', async () => {
    const help = await ragwire('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /start\s+Start the Node-RED editor/);
    assert.match(help.stdout, /store\s+Serve the embedded Qdrant-compatible vector store/);
    assert.match((await ragwire('store', '--help')).stdout, /--api-key KEY/);
    const startHelp = (await ragwire('start', '--help')).stdout;
    for (const option of [
      '--admin-user NAME',
      '--http-token-env VAR',
      '--max-body',
      '--endpoints FILE',
      '--insecure-no-login',
      '--insecure-open-endpoints',
      '--insecure-open-metrics',
    ])
      assert.ok(startHelp.includes(option), option);
  });

  it('refuses unknown commands and bad options with a clear message', async () => {
    const unknown = await ragwire('serve');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "serve"/);
    const badPort = await ragwire('store', '--port', 'http');
    assert.equal(badPort.code, 1);
    assert.match(badPort.stderr, /--port: expected a port number/);
    const noPassword = await ragwire('start', '--admin-user', 'admin', '--port', '0');
    assert.equal(noPassword.code, 1);
    assert.match(noPassword.stderr, /RAGWIRE_ADMIN_PASSWORD/);
  });

  it('puts a login in front of the editor with --admin-user', async function () {
    this.timeout(60_000);
    const tmp = tempDir();
    const editor = await startRagwireProcess(
      ['start', '--port', '0', '--user-dir', tmp.dir, '--admin-user', 'admin'],
      /editor at (http:\/\/\S+?)\/ /,
      { RAGWIRE_ADMIN_PASSWORD: 'correct horse' },
      45_000,
    );
    try {
      assert.equal((await fetch(`${editor.url}/flows`)).status, 401, 'no token, no flows');
      const login = (password: string) =>
        fetch(`${editor.url}/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            client_id: 'node-red-admin',
            grant_type: 'password',
            scope: '*',
            username: 'admin',
            password,
          }),
        });
      const granted = await login('correct horse');
      assert.equal(granted.status, 200);
      const { access_token: token } = (await granted.json()) as { access_token: string };
      assert.equal((await fetch(`${editor.url}/flows`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
      const wrong = await login('guess');
      assert.equal(wrong.status, 403, 'a wrong password gets no token');
    } finally {
      await editor.stop();
      tmp.remove();
    }
  });
});

const EDITOR_READY = /editor at (http:\/\/\S+?)\/ /;
const PASSWORD = 'correct horse battery';
const TOKEN = 'endpoint-token-0123456789';

/** Deploys the ingestion template to a running `ragwire start` through the admin API (no login on loopback). */
async function deployIngestTemplate(url: string): Promise<void> {
  const flows = [{ id: 'ragwire.tab', type: 'tab', label: 'Ragwire' }, ...exampleFlow('1 Document ingestion API')];
  const r = await fetch(`${url}/flows`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'node-red-deployment-type': 'full' },
    body: JSON.stringify(flows),
  });
  assert.ok(r.ok, `${r.status} ${await r.text()}`);
}

/** POSTs until the route of a just deployed flow answers (its start follows the deploy answer). */
async function untilRouted(request: () => Promise<{ status: number }>): Promise<{ status: number }> {
  for (let i = 0; ; i++) {
    const r = await request();
    if (r.status !== 404 || i > 100) return r;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('ragwire start: exposure, endpoints and user dir', function () {
  this.timeout(60_000);
  const started: StoreProcess[] = [];
  const dirs: ReturnType<typeof tempDir>[] = [];
  const start = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const editor = await startRagwireProcess(
      ['start', '--port', '0', ...args],
      EDITOR_READY,
      { RAGWIRE_ADMIN_PASSWORD: '', RAGWIRE_HTTP_TOKEN: '', RAGWIRE_METRICS_TOKEN: '', RAGWIRE_METRICS: '', ...env },
      45_000,
    );
    started.push(editor);
    return editor;
  };
  const newDir = () => {
    const tmp = tempDir();
    dirs.push(tmp);
    return tmp.dir;
  };
  afterEach(async () => {
    for (const editor of started.splice(0)) await editor.stop();
    for (const tmp of dirs.splice(0)) tmp.remove();
  });

  it('refuses a non-loopback --host without a login, naming --admin-user and --insecure-no-login', async () => {
    const r = await ragwire('start', '--host', '0.0.0.0', '--port', '0', '--user-dir', newDir());
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /--admin-user/);
    assert.match(r.stderr, /RAGWIRE_ADMIN_PASSWORD/);
    assert.match(r.stderr, /--insecure-no-login/);
    const noToken = await ragwireWith(
      { RAGWIRE_ADMIN_PASSWORD: PASSWORD },
      ...['start', '--host', '0.0.0.0', '--port', '0', '--admin-user', 'admin', '--user-dir', newDir()],
    );
    assert.equal(noToken.code, 1, noToken.stdout);
    assert.match(noToken.stderr, /RAGWIRE_HTTP_TOKEN/);
    assert.match(noToken.stderr, /--insecure-open-endpoints/);
  });

  it('refuses a non-loopback --host with open metrics, naming RAGWIRE_METRICS_TOKEN and --insecure-open-metrics', async () => {
    const secured = { RAGWIRE_ADMIN_PASSWORD: PASSWORD, RAGWIRE_HTTP_TOKEN: TOKEN };
    const args = ['start', '--host', '0.0.0.0', '--port', '0', '--admin-user', 'admin'];
    const open = await ragwireWith(secured, ...args, '--user-dir', newDir());
    assert.equal(open.code, 1, open.stdout);
    assert.match(open.stderr, /makes the metrics at \/metrics reachable from other machines/);
    assert.match(open.stderr, /RAGWIRE_METRICS_TOKEN/);
    assert.match(open.stderr, /RAGWIRE_METRICS=off/);
    assert.match(open.stderr, /--insecure-open-metrics/);
    const short = await ragwireWith({ ...secured, RAGWIRE_METRICS_TOKEN: 'abc' }, ...args, '--user-dir', newDir());
    assert.equal(short.code, 1, short.stdout);
    assert.match(short.stderr, /RAGWIRE_METRICS_TOKEN is too short: use at least 16 characters/);
  });

  it('on a non-loopback --host, serves /metrics only with the token in RAGWIRE_METRICS_TOKEN', async () => {
    const metricsToken = 'metrics-token-0123456789';
    const editor = await start(
      ['--host', '0.0.0.0', '--insecure-no-login', '--insecure-open-endpoints', '--user-dir', newDir()],
      { RAGWIRE_METRICS_TOKEN: metricsToken },
    );
    assert.doesNotMatch(editor.output(), /WARNING: the metrics/);
    assert.equal((await fetch(`${editor.url}/metrics`)).status, 401);
    const scraped = await fetch(`${editor.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    assert.equal(scraped.status, 200);
    assert.match(await scraped.text(), /ragwire_/);
  });

  it('refuses an admin password shorter than 12 characters and a token shorter than 16', async () => {
    const short = await ragwireWith(
      { RAGWIRE_ADMIN_PASSWORD: 'elevenchars' },
      ...['start', '--port', '0', '--admin-user', 'admin', '--user-dir', newDir()],
    );
    assert.equal(short.code, 1);
    assert.match(short.stderr, /at least 12 characters/);
    const shortToken = await ragwireWith({ RAGWIRE_HTTP_TOKEN: 'abc' }, 'start', '--port', '0', '--user-dir', newDir());
    assert.equal(shortToken.code, 1);
    assert.match(shortToken.stderr, /at least 16 characters/);
  });

  it('with the opt-outs, listens on all interfaces and shows a usable address, not 0.0.0.0', async () => {
    const editor = await start([
      '--host',
      '0.0.0.0',
      '--insecure-no-login',
      '--insecure-open-endpoints',
      '--insecure-open-metrics',
      '--user-dir',
      newDir(),
    ]);
    assert.match(editor.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(!editor.output().includes('0.0.0.0:'), editor.output());
    assert.match(editor.output(), /WARNING: the editor .* has no login/);
    assert.match(editor.output(), /WARNING: the metrics at 0\.0\.0\.0 need no token \(--insecure-open-metrics\)/);
    assert.equal((await fetch(`${editor.url}/metrics`)).status, 200);
    assert.equal((await fetch(`${editor.url}/flows`)).status, 200);
  });

  it('guards the flow endpoints: token from RAGWIRE_HTTP_TOKEN (401), JSON only (415), --max-body per endpoint (413)', async () => {
    const editor = await start(['--user-dir', newDir(), '--max-body', '/ragwire/ingest=2kb'], {
      RAGWIRE_HTTP_TOKEN: TOKEN,
    });
    assert.match(editor.output(), /Flow endpoints need "Authorization: Bearer <token>"/);
    await deployIngestTemplate(editor.url);
    const ingest = `${editor.url}/ragwire/ingest`;
    const documents = [{ id: 'a', text: 'Ragwire wires RAG pipelines.' }];
    const auth = { authorization: `Bearer ${TOKEN}` };
    assert.equal((await untilRouted(() => postJson(ingest, { documents }))).status, 401);
    const plain = await postJson(ingest, JSON.stringify({ documents }), { ...auth, 'content-type': 'text/plain' });
    assert.equal(plain.status, 415);
    const large = await postJson(ingest, { documents: [{ id: 'b', text: 'x'.repeat(3000) }] }, auth);
    assert.equal(large.status, 413);
    const ok = await postJson(ingest, { documents }, auth);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.ingested, 1);
  });

  it('takes endpoint settings from --endpoints FILE, and names a misspelt setting', async () => {
    const dir = newDir();
    const file = path.join(dir, 'endpoints.json');
    fs.writeFileSync(file, JSON.stringify({ routes: { '/ragwire/ingest': { maxbody: '2kb' } } }));
    const typo = await ragwire('start', '--port', '0', '--user-dir', path.join(dir, 'a'), '--endpoints', file);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /routes\["\/ragwire\/ingest"\]\.maxbody: not an endpoint setting/);
    fs.writeFileSync(
      file,
      JSON.stringify({ routes: { '/ragwire/ingest': { contentTypes: ['application/json', 'text/plain'] } } }),
    );
    const editor = await start(['--user-dir', path.join(dir, 'b'), '--endpoints', file]);
    await deployIngestTemplate(editor.url);
    const body = JSON.stringify({ documents: [{ id: 'a', text: 'Sent as text/plain, allowed here.' }] });
    const plain = await untilRouted(() =>
      postJson(`${editor.url}/ragwire/ingest`, body, { 'content-type': 'text/plain' }),
    );
    assert.equal(plain.status, 200);
  });

  it('refuses a second start on the same user dir, naming --user-dir; the first keeps working', async () => {
    const dir = newDir();
    const first = await start(['--user-dir', dir]);
    const second = await ragwire('start', '--port', '0', '--user-dir', dir);
    assert.equal(second.code, 1, second.stdout);
    assert.match(second.stderr, /already in use/);
    assert.match(second.stderr, /--user-dir/);
    assert.doesNotMatch(second.stderr, /--path/);
    assert.equal((await fetch(`${first.url}/flows`)).status, 200);
  });

  it('refuses a read-only user dir at start, saying what is wrong and what to do', async function () {
    // root writes anywhere: run the command as nobody then, as a user without write access would.
    // That needs the checkout readable by others; a clone inside a private (0700) folder cannot show it.
    if (process.getuid?.() === 0 && !readableByOthers(process.execPath, RAGWIRE_BIN)) {
      this.skip();
    }
    const parent = newDir();
    const dir = path.join(parent, 'node-red');
    fs.mkdirSync(dir);
    fs.chmodSync(parent, 0o755);
    fs.chmodSync(dir, 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [RAGWIRE_BIN, 'start', '--port', '0', '--user-dir', dir],
        { ...asUser, env: { ...process.env, HOME: parent } },
        (err, _stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code) : 0, stderr }),
      );
    });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /not writable/);
    assert.match(r.stderr, /EACCES/);
    assert.match(r.stderr, /--user-dir/);
  });
});

describe('ragwire scan', () => {
  async function scan(
    input: string,
    ...args: string[]
  ): Promise<{ code: number; lines: Record<string, unknown>[]; stderr: string }> {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [RAGWIRE_BIN, 'scan', ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.end(input);
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    return {
      code,
      lines: out
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
      stderr: err,
    };
  }

  it('writes entities, level and route per line, passing other fields through', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Wie spät ist es?' }),
      JSON.stringify({ id: 2, text: 'IBAN DE89 3704 0044 0532 0130 00 von Frau Schmidt' }),
      JSON.stringify({ id: 3, text: 'Quartalszahlen', classification: 'confidential' }),
    ].join('\n');
    const r = await scan(input);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.lines.map((l) => [l.id, l.level, l.route]),
      [
        [1, 'public', 'cloud'],
        [2, 'personal', 'local'],
        [3, 'confidential', 'local'],
      ],
    );
    assert.deepEqual(r.lines[1].entities, [
      { type: 'IBAN_CODE', start: 5, end: 32, score: 1 },
      { type: 'PERSON', start: 42, end: 49, score: 0.9 },
    ]);
  });

  it('keeps lines aligned and exits 1 when a line cannot be read; honours --policy', async () => {
    const bad = await scan('{"text": "ok"}\nnot json\n{"txt": 1}\n');
    assert.equal(bad.code, 1);
    assert.deepEqual(
      bad.lines.map((l) => ('error' in l ? 'error' : 'ok')),
      ['ok', 'error', 'error'],
    );
    const tmp = tempDir();
    try {
      const fs = await import('node:fs');
      fs.writeFileSync(`${tmp.dir}/p.json`, JSON.stringify({ allow: { public: ['local'] } }));
      const local = await scan('{"text": "Hallo"}', '--policy', `${tmp.dir}/p.json`);
      assert.equal(local.lines[0].route, 'local');
    } finally {
      tmp.remove();
    }
  });
});
