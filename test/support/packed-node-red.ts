import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { closedPort } from './ports.js';
import { REPO_ROOT } from './store-process.js';
import { tempDir } from './temp-dir.js';

const run = promisify(execFile);

export const MODULE = '@ragwire/node-red-ragwire';
export const DOCKER_DIR = path.join(REPO_ROOT, 'deploy', 'docker');
/** The Node-RED settings of the image and the chart (one file; the chart can read files inside itself only). */
export const IMAGE_SETTINGS = path.join(REPO_ROOT, 'deploy', 'helm', 'ragwire', 'files', 'settings.js');
/** Node 22 first on the PATH: npm and the install script's `node` run on the engine the package asks for. */
const PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`;

export interface PackedInstall {
  /** The tarball `npm pack` wrote. */
  tarball: string;
  /** Paths inside the tarball (without the leading package/). */
  files: string[];
  /** A Node-RED user dir with the tarball installed by deploy/docker/install-ragwire.sh. */
  userDir: string;
  installOutput: string;
  /** A fresh user dir holding a copy of that installation and the image's settings.js. */
  newUserDir(): string;
}

let packed: Promise<PackedInstall> | undefined;
let scratch: ReturnType<typeof tempDir> | undefined;

/**
 * Packs the repository (its build must be current: `npm test` builds first) and installs the
 * tarball into a fresh user dir with the image's install script, once per test run.
 */
export function packedInstall(): Promise<PackedInstall> {
  return (packed ??= (async () => {
    scratch = tempDir('ragwire-packed-');
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch.dir], {
      cwd: REPO_ROOT,
      env: { ...process.env, PATH },
      timeout: 120_000,
    });
    const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    const tarball = path.join(scratch.dir, path.basename(info.filename));
    const userDir = path.join(scratch.dir, 'user');
    const env = { ...process.env, PATH, NODE_PATH: '' };
    const install = await run(path.join(DOCKER_DIR, 'install-ragwire.sh'), [tarball, userDir, '--prefer-offline'], {
      env,
      timeout: 240_000,
    });
    fs.copyFileSync(IMAGE_SETTINGS, path.join(userDir, 'settings.js'));
    let copies = 0;
    return {
      tarball,
      files: info.files.map((f) => f.path),
      userDir,
      installOutput: install.stdout + install.stderr,
      newUserDir: () => {
        const dir = path.join(scratch!.dir, `replica-${++copies}`);
        fs.mkdirSync(dir);
        for (const f of ['package.json', 'settings.js']) fs.copyFileSync(path.join(userDir, f), path.join(dir, f));
        fs.cpSync(path.join(userDir, 'node_modules'), path.join(dir, 'node_modules'), {
          recursive: true,
          verbatimSymlinks: true,
        });
        return dir;
      },
    };
  })());
}

/** Removes what packedInstall wrote (call once, after the last test that uses it). */
export function removePackedInstall(): void {
  scratch?.remove();
  scratch = undefined;
  packed = undefined;
}

export interface NodeRedProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Runs Node-RED as its own process the way the image does: the repository's node-red (the same
 * version as the image's base), the user dir given and the image's settings.js from that user dir,
 * configured by `env` only. Resolves once the flows have started and the server listens.
 */
export async function startNodeRed(userDir: string, env: Record<string, string | undefined>): Promise<NodeRedProcess> {
  const port = await closedPort();
  const red = path.join(path.dirname(require.resolve('node-red/package.json')), 'red.js');
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PATH, NODE_PATH: '', PORT: String(port) };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const child = spawn(process.execPath, [red, '--userDir', userDir, '--settings', path.join(userDir, 'settings.js')], {
    cwd: userDir,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Node-RED did not start the flows:\n${output}`)), 30_000);
    const seen = (d: Buffer) => {
      output += d.toString();
      // red.js starts the flows before its server listens: wait for both, or the first request is refused.
      if (/Started flows/.test(output) && /Server now running at/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Node-RED exited (${child.exitCode ?? child.signalCode}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts Node-RED and expects it to refuse: resolves with what it printed before exiting. */
export async function refusedStart(userDir: string, env: Record<string, string | undefined>): Promise<string> {
  try {
    const red = await startNodeRed(userDir, env);
    await red.stop();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('Node-RED started');
}
