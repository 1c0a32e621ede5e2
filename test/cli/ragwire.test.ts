import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RAGWIRE_BIN, startRagwireProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);

async function ragwire(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [RAGWIRE_BIN, ...args]);
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
    assert.match((await ragwire('start', '--help')).stdout, /--admin-user NAME/);
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
