import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import {
  MODULE,
  packedInstall,
  refusedStart,
  removePackedInstall,
  startNodeRed,
  type NodeRedProcess,
  type PackedInstall,
} from '../support/packed-node-red.js';
import { REPO_ROOT } from '../support/store-process.js';

/** Every node type package.json declares (what Node-RED loads from the package). */
const NODE_TYPES = Object.keys(
  (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { 'node-red': { nodes: object } })[
    'node-red'
  ].nodes,
);

/** Every template, as flows/node-red holds them (the build copies them to examples/). */
const TEMPLATES = fs
  .readdirSync(path.join(REPO_ROOT, 'flows', 'node-red'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

const ADMIN_PASSWORD = 'correct horse battery';
const HTTP_TOKEN = 'endpoint-token-0123456789';
const CREDENTIAL_SECRET = 'credential-secret-for-the-test';

async function login(url: string): Promise<string> {
  const r = await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: 'node-red-admin',
      grant_type: 'password',
      scope: '*',
      username: 'ops',
      password: ADMIN_PASSWORD,
    }),
  });
  assert.equal(r.status, 200, 'the admin login with RAGWIRE_ADMIN_PASSWORD works');
  return ((await r.json()) as { access_token: string }).access_token;
}

describe('the packed tarball, installed as the palette manager installs it, runs Node-RED with the image settings', function () {
  this.timeout(300_000);
  let install: PackedInstall;
  let ollama: OllamaFake;
  let editor: NodeRedProcess;
  let auth: Record<string, string>;
  const env = () => ({
    RAGWIRE_ADMIN_USER: 'ops',
    RAGWIRE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    RAGWIRE_CREDENTIAL_SECRET: CREDENTIAL_SECRET,
    RAGWIRE_HTTP_TOKEN: HTTP_TOKEN,
    RAGWIRE_RUNTIME_ONLY: undefined,
    QDRANT_URL: undefined,
    QDRANT_API_KEY: undefined,
    AZURE_OPENAI_ENDPOINT: undefined,
    AZURE_OPENAI_DEPLOYMENT: undefined,
    AZURE_OPENAI_API_KEY: undefined,
    OLLAMA_HOST: ollama.url,
    RAGWIRE_OLLAMA_MODEL: undefined,
  });

  before(async () => {
    ollama = await startOllamaFake({ answer: () => 'Use the Personalportal [1].' });
    install = await packedInstall();
    editor = await startNodeRed(install.userDir, env());
    auth = { authorization: `Bearer ${await login(editor.url)}` };
  });

  after(async () => {
    await editor?.stop();
    await ollama?.close();
    removePackedInstall();
  });

  it('packs what runs and nothing of the repository besides: dist/nodes, bin, examples, the generated name list', () => {
    const files = new Set(install.files);
    for (const file of [
      'package.json',
      'bin/ragwire.js',
      'dist/nodes/core/privacy/data/world-names.txt',
      'dist/nodes/node-red/editor/endpoint-guard.js',
      'dist/nodes/node-red/logging/ecs-log-handler.js',
      ...TEMPLATES.map((t) => `examples/${t}.json`),
    ])
      assert.ok(files.has(file), `the tarball holds ${file}`);
    assert.deepEqual(
      install.files.filter(
        (f) => /^(test|bench|nodes|flows|scripts|deploy)\/|^dist\/(test|bench)\/|\.ts$/.test(f) && !f.endsWith('.d.ts'),
      ),
      [],
      'no sources, tests or benchmarks',
    );
  });

  it('installs with production dependencies only and loads on its own (the install script checks every node file)', () => {
    assert.match(
      install.installOutput,
      new RegExp(`${MODULE}@\\d+\\.\\d+\\.\\d+: ${NODE_TYPES.length} node types installed`),
    );
    const modules = path.join(install.userDir, 'node_modules');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      name: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const dep of Object.keys(pkg.dependencies))
      assert.ok(fs.existsSync(path.join(modules, dep)), `${dep} installed`);
    // A dev dependency may be there only as a dependency's peer (@qdrant/js-client-rest asks for typescript).
    const peers = new Set(
      Object.keys(pkg.dependencies).flatMap((dep) =>
        Object.keys(
          (
            JSON.parse(fs.readFileSync(path.join(modules, dep, 'package.json'), 'utf8')) as {
              peerDependencies?: Record<string, string>;
            }
          ).peerDependencies ?? {},
        ),
      ),
    );
    const devOnly = Object.keys(pkg.devDependencies).filter((d) => !(d in pkg.dependencies) && !peers.has(d));
    assert.deepEqual(
      devOnly.filter((d) => fs.existsSync(path.join(modules, d))),
      [],
      'no dev dependency is installed (node-red comes from the runtime, not from the package)',
    );
    // And the code asks for nothing else: every bare module it requires is built in or a dependency.
    const root = path.join(modules, MODULE);
    const optional: Record<string, string> = {
      'node-red': '`ragwire start` embeds the Node-RED it runs beside',
      'flowise-components': "the Flowise components ask Flowise's own require for its credential lookup",
    };
    const required = new Set<string>();
    for (const file of install.files.filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(root, file), 'utf8');
      for (const m of code.matchAll(
        /\brequire\(\s*["']([^"'./][^"']*)["']\s*\)|\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g,
      )) {
        const spec = m[1] ?? m[2];
        required.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
    const outside = [...required].filter(
      (m) =>
        !m.startsWith('node:') &&
        !builtinModules.includes(m) &&
        !(m in pkg.dependencies) &&
        !(m in optional) &&
        m !== pkg.name,
    );
    assert.deepEqual(outside, [], 'every module the code requires is in dependencies');
    const userPkg = JSON.parse(fs.readFileSync(path.join(install.userDir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.match(
      userPkg.dependencies[MODULE],
      /^file:.*\.tgz$/,
      'recorded in the user dir as the palette manager does',
    );
  });

  it('the installed `ragwire` command runs from the tarball alone: scan (with the generated name list) and store', async () => {
    const bin = path.join(install.userDir, 'node_modules', '.bin', 'ragwire');
    assert.ok(fs.existsSync(bin), 'npm linked the bin');
    const scan = spawnSync(process.execPath, [fs.realpathSync(bin), 'scan'], {
      input: '{"text": "Schreibe Frau Schneider, IBAN DE89 3704 0044 0532 0130 00"}\n',
      env: { ...process.env, NODE_PATH: '' },
      cwd: install.userDir,
      encoding: 'utf8',
    });
    assert.equal(scan.status, 0, scan.stderr);
    const line = JSON.parse(scan.stdout) as { entities: { type: string }[]; level: string };
    assert.deepEqual(
      line.entities.map((e) => e.type),
      ['PERSON', 'IBAN_CODE'],
    );
    assert.equal(line.level, 'personal');
    const store = spawn(
      process.execPath,
      [fs.realpathSync(bin), 'store', '--port', '0', '--path', path.join(install.userDir, 'store')],
      {
        env: { ...process.env, NODE_PATH: '', RAGWIRE_STORE_API_KEY: 'packaged-store-key' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        store.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/\S+?),/.exec(out);
          if (m) resolve(m[1]);
        });
        store.once('exit', (code) => reject(new Error(`ragwire store exited with ${code}: ${out}`)));
      });
      const r = await fetch(`${url}/collections`, { headers: { 'api-key': 'packaged-store-key' } });
      assert.equal(r.status, 200);
    } finally {
      store.kill('SIGTERM');
    }
  });

  it('registers every Ragwire node type from the installed module, enabled and without error', async () => {
    const r = await fetch(`${editor.url}/nodes`, { headers: { ...auth, accept: 'application/json' } });
    assert.equal(r.status, 200);
    const sets = ((await r.json()) as { module: string; types: string[]; enabled: boolean; err?: string }[]).filter(
      (s) => s.module === MODULE,
    );
    assert.deepEqual(
      sets
        .map((s) => s.types)
        .flat()
        .sort(),
      [...NODE_TYPES].sort(),
    );
    for (const s of sets) assert.ok(s.enabled && !s.err, `${s.types.join()} loaded: ${s.err ?? ''}`);
    const info = await fetch(`${editor.url}/nodes/${MODULE}`, { headers: { ...auth, accept: 'application/json' } });
    const module = (await info.json()) as { path: string; user: boolean; local: boolean };
    assert.ok(module.path.startsWith(path.join(install.userDir, 'node_modules')), `loaded from ${module.path}`);
    assert.equal(module.user, true, 'a user-installed module, as after an install from the palette');
  });

  it('serves each node’s editor definition, help text and icon', async () => {
    const r = await fetch(`${editor.url}/nodes`, { headers: { ...auth, accept: 'text/html' } });
    assert.equal(r.status, 200);
    const html = await r.text();
    for (const type of NODE_TYPES) {
      assert.match(html, new RegExp(`registerType\\(\\s*'${type}'`), `${type} is defined for the editor`);
      const help = new RegExp(`data-help-name="${type}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
      assert.ok(help && help[1].replace(/<[^>]+>/g, '').trim().length > 80, `${type} has help text`);
    }
    const icons = [...html.matchAll(/icon:\s*'([^']+\.svg)'/g)].map((m) => m[1]);
    assert.ok(icons.length >= 6, `icons named: ${icons.join()}`);
    for (const icon of icons) {
      const res = await fetch(`${editor.url}/icons/${MODULE}/${icon}`, { headers: auth });
      assert.equal(res.status, 200, icon);
      assert.match(res.headers.get('content-type') ?? '', /svg/);
      assert.match(await res.text(), /<svg/);
    }
  });

  it('lists the templates under Import > Examples and serves them', async () => {
    const r = await fetch(`${editor.url}/library/examples/flows/${MODULE}`, { headers: auth });
    assert.equal(r.status, 200);
    const entries = (await r.json()) as { fn?: string }[];
    assert.deepEqual(entries.map((e) => e.fn).sort(), [...TEMPLATES].sort());
    const one = await fetch(
      `${editor.url}/library/examples/flows/${MODULE}/${encodeURIComponent(TEMPLATES.find((t) => t.startsWith('4 '))!)}`,
      {
        headers: auth,
      },
    );
    const flow = (await one.json()) as { type: string }[];
    assert.ok(flow.some((n) => n.type === 'ragwire-pseudonymize'));
  });

  it('preloads the templates on first start, and their endpoints answer behind the endpoint guard', async () => {
    const flows = JSON.parse(fs.readFileSync(path.join(install.userDir, 'flows.json'), 'utf8')) as { type: string }[];
    assert.ok(flows.filter((n) => n.type === 'http in').length >= 5, 'the templates are the first flows');
    const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${editor.url}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${HTTP_TOKEN}`, ...headers },
        body: JSON.stringify(body),
      });
    const noToken = await fetch(`${editor.url}/ragwire/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "x"}',
    });
    assert.equal(noToken.status, 401, 'RAGWIRE_HTTP_TOKEN protects the endpoints');
    assert.equal((await post('/ragwire/search', 'x', { 'content-type': 'text/plain' })).status, 415);
    const ingest = await post('/ragwire/ingest', {
      documents: [{ id: 'handbook', text: 'Urlaub beantragen Sie im Personalportal unter Abwesenheiten.' }],
    });
    assert.equal(ingest.status, 200, await ingest.clone().text());
    assert.deepEqual(await ingest.json(), { ingested: 1, chunks: 1, documents: [{ id: 'handbook', chunks: 1 }] });
    const ask = await post('/ragwire/ask', { question: 'Wie beantrage ich Urlaub?' });
    assert.equal(ask.status, 200);
    const answer = (await ask.json()) as { answer: string; sources: { sourceId: string }[] };
    assert.equal(answer.answer, 'Use the Personalportal [1].');
    assert.equal(answer.sources[0].sourceId, 'handbook');
    assert.ok(fs.existsSync(path.join(install.userDir, 'ragwire-data')), 'the embedded store lives in the user dir');
  });

  it('keeps the editor behind the login', async () => {
    assert.equal((await fetch(`${editor.url}/flows`)).status, 401);
    assert.equal((await fetch(`${editor.url}/flows`, { headers: auth })).status, 200);
  });

  it('a runtime replica (RAGWIRE_RUNTIME_ONLY) serves the same flows file with no editor and no admin API', async () => {
    const dir = install.newUserDir();
    fs.copyFileSync(path.join(install.userDir, 'flows.json'), path.join(dir, 'exported-flows.json'));
    const replica = await startNodeRed(dir, {
      ...env(),
      RAGWIRE_ADMIN_PASSWORD: undefined,
      RAGWIRE_RUNTIME_ONLY: 'true',
      RAGWIRE_FLOWS_FILE: path.join(dir, 'exported-flows.json'),
    });
    try {
      assert.equal((await fetch(`${replica.url}/`)).status, 404, 'no editor');
      assert.equal((await fetch(`${replica.url}/flows`)).status, 404, 'no admin API to deploy through');
      const r = await fetch(`${replica.url}/ragwire/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${HTTP_TOKEN}` },
        body: JSON.stringify({ documents: [{ id: 'menu', text: 'The cafeteria opens at 11:30.' }] }),
      });
      assert.equal(r.status, 200, await r.text());
      assert.ok(!fs.existsSync(path.join(dir, 'flows.json')), 'no templates written beside the given flows');
    } finally {
      await replica.stop();
    }
  });

  it('refuses to start an editor without a password, or without the credential secret, naming the variable', async () => {
    const dir = install.newUserDir();
    assert.match(
      await refusedStart(dir, { ...env(), RAGWIRE_ADMIN_PASSWORD: undefined }),
      /RAGWIRE_ADMIN_PASSWORD is not set/,
    );
    assert.match(
      await refusedStart(dir, { ...env(), RAGWIRE_ADMIN_PASSWORD: 'short' }),
      /RAGWIRE_ADMIN_PASSWORD is too short/,
    );
    assert.match(
      await refusedStart(dir, { ...env(), RAGWIRE_CREDENTIAL_SECRET: undefined }),
      /RAGWIRE_CREDENTIAL_SECRET is not set/,
    );
  });

  it('writes ECS JSON lines with RAGWIRE_LOG_FORMAT=ecs (the handler the package exports)', async () => {
    const dir = install.newUserDir();
    const red = await startNodeRed(dir, { ...env(), RAGWIRE_LOG_FORMAT: 'ecs', RAGWIRE_PRELOAD_TEMPLATES: 'false' });
    await red.stop();
    const lines = red
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'));
    assert.ok(lines.length > 3, red.output());
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const started = records.find((l) => /Started flows/.test(String(l.message)));
    assert.ok(started, 'the runtime log is ECS');
    assert.equal(typeof started['ecs.version'], 'string');
    assert.equal(started['log.level'], 'info');
  });
});
