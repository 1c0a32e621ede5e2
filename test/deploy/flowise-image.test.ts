import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { FLOWISE_VERSION } from '../support/flowise.js';
import { closedPort } from '../support/ports.js';
import { REPO_ROOT } from '../support/store-process.js';

const run = promisify(execFile);
const DIR = path.join(REPO_ROOT, 'deploy', 'docker', 'flowise');

interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(file: string): Instruction[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => /^\s*([A-Z]+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ op: m[1], args: m[2].trim() }));
}

/**
 * No container engine runs here: the end-to-end tier (test/flowise-e2e) runs what the image runs — Flowise
 * installed by scripts/ensure-flowise.cjs, components by `ragwire flowise install`, started by start.sh with
 * create-admin.cjs. This checks that the Dockerfile takes those same steps.
 */
describe('the Flowise image (deploy/docker/flowise/Dockerfile)', () => {
  const all = instructions(path.join(DIR, 'Dockerfile'));
  const stages = all.reduce<Instruction[][]>((acc, i) => {
    if (i.op === 'FROM') acc.push([]);
    acc.at(-1)?.push(i);
    return acc;
  }, []);
  const finalStage = stages.at(-1)!;
  const args = Object.fromEntries(
    all.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=') as [string, string]),
  );

  it('installs Flowise with scripts/ensure-flowise.cjs, the version the end-to-end tier runs, on the Node the tests use', () => {
    const install = all.find((i) => i.op === 'RUN' && i.args.includes('ensure-flowise.cjs'));
    assert.ok(install, 'the install step');
    assert.match(install.args, /RAGWIRE_FLOWISE_DIR=\/opt\/flowise /);
    assert.equal(FLOWISE_VERSION, '3.1.4');
    const node = args.NODE_IMAGE;
    assert.equal(node, `node:${process.versions.node.split('.')[0]}-bookworm-slim`);
    for (const stage of stages) assert.match(stage[0].args, /^\$\{NODE_IMAGE\}/);
  });

  it('installs the packed tarball and copies its components into Flowise with `ragwire flowise install`, as the non-root user', () => {
    const pack = all.find((i) => i.op === 'RUN' && /npm pack/.test(i.args));
    assert.ok(pack && /npm run build/.test(pack.args), 'the first stage builds and packs');
    const install = finalStage.findIndex((i) => i.op === 'RUN' && i.args.includes('flowise install'));
    assert.ok(install > 0);
    const step = finalStage[install].args;
    assert.match(step, /npm install --omit=dev .*ragwire\.tgz/);
    assert.match(step, /ragwire\.js flowise install --flowise-dir \/opt\/flowise$/);
    const users = finalStage.slice(0, install).filter((i) => i.op === 'USER');
    assert.equal(users.at(-1)?.args, 'node', 'the install runs as node');
    assert.equal(finalStage.filter((i) => i.op === 'USER').at(-1)?.args, 'node', 'and so does the container');
    for (const copy of finalStage.filter((i) => i.op === 'COPY' && !i.args.includes('--from'))) {
      const sources = copy.args
        .split(/\s+/)
        .filter((a) => !a.startsWith('--'))
        .slice(0, -1);
      for (const source of sources) assert.ok(fs.existsSync(path.join(REPO_ROOT, source)), `${source} exists`);
    }
  });

  it('starts through start.sh, which runs the Flowise the image installed; everything Flowise writes goes to /data', () => {
    assert.deepEqual(JSON.parse(finalStage.find((i) => i.op === 'ENTRYPOINT')!.args), ['/opt/ragwire/start.sh']);
    const start = fs.readFileSync(path.join(DIR, 'start.sh'), 'utf8');
    assert.match(start, /RAGWIRE_FLOWISE_HOME:-\/opt\/flowise\}/);
    assert.match(start, /exec node "\$flowise_home\/node_modules\/flowise\/bin\/run" start/);
    const env = finalStage.find((i) => i.op === 'ENV')!.args;
    for (const setting of [
      'HOME=/data',
      'DATABASE_PATH=/data',
      'SECRETKEY_PATH=/data',
      'BLOB_STORAGE_PATH=/data/storage',
    ])
      assert.ok(env.includes(setting), setting);
    assert.ok(!/PASSWORD|SECRET=|TOKEN_SECRET=/.test(env), 'no secret in the image');
  });

  it('sends the build only sources (no node_modules, no build output)', () => {
    const ignored = fs.readFileSync(path.join(DIR, 'Dockerfile.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', 'dist', '.git']) assert.ok(ignored.includes(entry), entry);
  });

  describe('create-admin.cjs (the first account)', () => {
    const createAdmin = (env: Record<string, string>) =>
      run(process.execPath, [path.join(DIR, 'create-admin.cjs')], {
        env: { PATH: process.env.PATH, FLOWISE_ADMIN_WAIT_MS: '1500', ...env },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
      );

    it('refuses a missing email and a weak password, naming the variable, before calling Flowise', async () => {
      const noEmail = await createAdmin({ FLOWISE_ADMIN_PASSWORD: 'Strong-Passw0rd!' });
      assert.equal(noEmail.code, 1);
      assert.match(noEmail.stderr, /FLOWISE_ADMIN_EMAIL: an email address is required/);
      const weak = await createAdmin({ FLOWISE_ADMIN_EMAIL: 'a@example.com', FLOWISE_ADMIN_PASSWORD: 'password' });
      assert.equal(weak.code, 1);
      assert.match(weak.stderr, /FLOWISE_ADMIN_PASSWORD: 8 or more characters/);
    });

    it('gives up with exit code 2 when Flowise does not answer in time', async () => {
      const port = await closedPort();
      const r = await createAdmin({
        FLOWISE_URL: `http://127.0.0.1:${port}`,
        FLOWISE_ADMIN_EMAIL: 'a@example.com',
        FLOWISE_ADMIN_PASSWORD: 'Strong-Passw0rd!',
      });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /did not answer .*\/api\/v1\/ping/);
    });
  });
});
