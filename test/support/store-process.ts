import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const RAGWIRE_BIN = path.join(REPO_ROOT, 'bin', 'ragwire.js');

export interface StoreProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `ragwire store` as a separate process on a free port and waits until it listens. */
export function startStoreProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<StoreProcess> {
  return startRagwireProcess(['store', '--port', '0', ...args], /listening on (http:\/\/\S+?),/, env);
}

/** Starts `ragwire <args>` and waits for the line that `ready` matches; its first group is the URL. */
export async function startRagwireProcess(
  args: string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 15_000,
): Promise<StoreProcess> {
  const child = spawn(process.execPath, [RAGWIRE_BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ragwire ${args[0]} did not start: ${output}`)), timeoutMs);
    const check = () => {
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`ragwire ${args[0]} exited with ${code}: ${output}`));
    });
  });
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
