'use strict';
// A real Flowise for the end-to-end tier (test/flowise-e2e): the `flowise` npm package installed into a
// cache folder OUTSIDE the repository (about 3 GB), only when it is missing or incomplete. The marker
// file is written last, so an interrupted install is resumed by the next run.
//
// Usage: node scripts/ensure-flowise.cjs [--print-dir]
//   RAGWIRE_FLOWISE_DIR  the cache folder (default ~/.cache/ragwire/flowise-<version>)
//
// Install scripts are skipped (`--ignore-scripts`: they download prebuilt binaries from GitHub and
// browsers for puppeteer/playwright, neither allowed nor needed); the one native module Flowise needs to
// boot, sqlite3 (its default database), is then built from source with node-gyp against the headers
// of the running Node (the `node` npm package's, never a user-level `nodedir` that may name another Node).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const FLOWISE_VERSION = '3.1.4';
const dir =
  process.env.RAGWIRE_FLOWISE_DIR || path.join(os.homedir(), '.cache', 'ragwire', `flowise-${FLOWISE_VERSION}`);
const marker = path.join(dir, '.ragwire-flowise-complete');
const repo = path.resolve(__dirname, '..');

/** Native modules built from source after the install: [package, file the build produces]. */
const nativeModules = [['sqlite3', 'build/Release/node_sqlite3.node']];

function complete() {
  if (!fs.existsSync(marker)) return false;
  if (fs.readFileSync(marker, 'utf8').trim() !== `flowise@${FLOWISE_VERSION} node-abi ${process.versions.modules}`)
    return false;
  return nativeModules.every(([pkg, file]) => fs.existsSync(path.join(dir, 'node_modules', pkg, file)));
}

function run(command, args, cwd, env = {}) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** A folder whose include/node holds the running Node's headers, installed from npm when none is at hand. */
function nodeHeaders() {
  const platformPackage = `node-${process.platform}-${process.arch}`;
  const candidates = [
    path.join(repo, 'node_modules', 'node', 'node_modules', platformPackage),
    path.join(repo, 'node_modules', platformPackage),
    path.resolve(path.dirname(process.execPath), '..'),
    path.join(dir, 'node-headers', 'node_modules', platformPackage),
  ];
  const matches = (candidate) => {
    const versionFile = path.join(candidate, 'include', 'node', 'node_version.h');
    if (!fs.existsSync(path.join(candidate, 'include', 'node', 'common.gypi')) || !fs.existsSync(versionFile))
      return false;
    const text = fs.readFileSync(versionFile, 'utf8');
    const part = (name) => Number(new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(text)?.[1]);
    return [part('MAJOR'), part('MINOR'), part('PATCH')].join('.') === process.versions.node;
  };
  const found = candidates.find(matches);
  if (found) return found;
  // The same package the `node` npm package installs, at the running version (npm registry only).
  const target = path.join(dir, 'node-headers');
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, 'package.json'), '{ "name": "node-headers", "private": true }\n');
  run(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', `${platformPackage}@${process.versions.node}`],
    target,
  );
  const installed = path.join(target, 'node_modules', platformPackage);
  if (!matches(installed)) throw new Error(`No Node ${process.versions.node} headers in ${installed}`);
  return installed;
}

function nodeGyp() {
  const candidates = [
    path.join(repo, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    process.env.npm_execpath &&
      path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ].filter(Boolean);
  // npm bundles node-gyp: the one of the npm on PATH.
  try {
    const npmCli = fs.realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
    candidates.push(path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  } catch {
    // no npm on PATH: the candidates above only
  }
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error(`node-gyp not found (looked in ${candidates.join(', ')})`);
  return found;
}

function install() {
  const started = Date.now();
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(marker, { force: true });
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "name": "ragwire-flowise-cache", "private": true }\n');
  process.stdout.write(`Installing flowise@${FLOWISE_VERSION} into ${dir} (about 3 GB, 5-10 minutes; once)\n`);
  // Flowise declares Node ^24 but runs on Node 22: engine-strict stays off.
  run(
    'npm',
    ['install', `flowise@${FLOWISE_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--engine-strict=false'],
    dir,
  );
  const headers = nodeHeaders();
  for (const [pkg, file] of nativeModules) {
    if (fs.existsSync(path.join(dir, 'node_modules', pkg, file))) continue;
    process.stdout.write(`Building ${pkg} from source against ${headers}\n`);
    run(
      process.execPath,
      [nodeGyp(), 'rebuild', '--release', `--nodedir=${headers}`],
      path.join(dir, 'node_modules', pkg),
      {
        // The running Node first on PATH: node-gyp and the build's helper scripts use it.
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
        npm_config_nodedir: headers,
        JOBS: String(Math.max(1, os.cpus().length)),
      },
    );
  }
  fs.writeFileSync(marker, `flowise@${FLOWISE_VERSION} node-abi ${process.versions.modules}\n`);
  process.stdout.write(`Flowise ready in ${dir} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}

module.exports = { FLOWISE_VERSION, dir, complete };

if (require.main === module) {
  if (!complete()) install();
  if (process.argv.includes('--print-dir')) process.stdout.write(`${dir}\n`);
}
