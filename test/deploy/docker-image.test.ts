import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/store-process.js';

const DOCKER_DIR = path.join(REPO_ROOT, 'deploy', 'docker');

interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(file: string): Instruction[] {
  const text = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return text
    .split('\n')
    .map((l) => /^\s*([A-Z]+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ op: m[1], args: m[2].trim() }));
}

/**
 * No container engine runs here: the packaging test (test/package/tarball.test.ts) proves what the
 * image's install step does. This checks that the Dockerfile takes that same path.
 */
describe('the Node-RED image (deploy/docker/Dockerfile)', () => {
  const all = instructions(path.join(DOCKER_DIR, 'Dockerfile'));
  const args = Object.fromEntries(
    all.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=') as [string, string]),
  );
  const finalStage = all.slice(all.map((i) => i.op).lastIndexOf('FROM'));

  it('builds on the official Node-RED image of the Node-RED version the tests run, on Node 22', () => {
    const from = finalStage[0].args.replace(/\$\{(\w+)\}/g, (_m, name: string) => args[name] ?? '');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the version the packaging test starts
    const { version } = require('node-red/package.json') as { version: string };
    assert.equal(from, `nodered/node-red:${version}-22`);
    assert.match(version, /^5\./);
  });

  it('installs the packed tarball with the script the packaging test runs, as the non-root user', () => {
    const pack = all.find((i) => i.op === 'RUN' && /npm pack/.test(i.args));
    assert.ok(pack && /npm run build/.test(pack.args), 'stage 1 builds and packs');
    const install = finalStage.findIndex((i) => i.op === 'RUN' && i.args.includes('install-ragwire.sh'));
    assert.ok(install > 0);
    const user = finalStage
      .slice(0, install)
      .filter((i) => i.op === 'USER')
      .at(-1);
    assert.equal(user?.args, 'node-red', 'the install runs as node-red');
    assert.equal(finalStage.filter((i) => i.op === 'USER').at(-1)?.args, 'node-red', 'and so does the container');
    for (const copy of finalStage.filter((i) => i.op === 'COPY' && !i.args.includes('--from'))) {
      const source = copy.args.split(/\s+/).filter((a) => !a.startsWith('--'))[0];
      assert.ok(fs.existsSync(path.join(REPO_ROOT, source)), `${source} exists`);
    }
  });

  it('starts Node-RED with the image settings beside the installed package, user dir /data', () => {
    const entry = JSON.parse(finalStage.find((i) => i.op === 'ENTRYPOINT')!.args) as string[];
    const settings = entry[entry.indexOf('--settings') + 1];
    assert.equal(entry[entry.indexOf('--userDir') + 1], '/data');
    const copied = finalStage.find((i) => i.op === 'COPY' && i.args.includes('deploy/helm/ragwire/files/settings.js'))!;
    assert.equal(copied.args.split(/\s+/).at(-1), settings);
    const install = finalStage.find((i) => i.op === 'RUN' && i.args.includes('install-ragwire.sh'))!;
    assert.ok(install.args.includes(` ${path.dirname(settings)} `), 'the package is installed where settings.js is');
  });

  it('sends the build only sources (no node_modules, no build output)', () => {
    const ignored = fs.readFileSync(path.join(DOCKER_DIR, 'Dockerfile.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', 'dist', '.git']) assert.ok(ignored.includes(entry), entry);
  });
});
