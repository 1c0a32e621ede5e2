import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OWNER_ONLY_FILE } from './owner-only.js';

export class StoreLockedError extends Error {
  constructor(
    dir: string,
    /** Who holds the lock: process id and host. */
    readonly holder: string,
  ) {
    super(
      `The store at ${dir} is already open in ${holder}. Only one process can use a store directory: ` +
        'stop the other one, or give this one another --path.',
    );
    this.name = 'StoreLockedError';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/** The holder touches the lock this often; a lock from another host untouched for 3x is stale. */
const HEARTBEAT_MS = 10_000;

/**
 * An exclusive lock on a store directory: a `.lock` file created with O_EXCL holding the owner's
 * pid. A lock left by a process that no longer runs (killed) is taken over; so is one from another
 * host (a volume moved to a new pod) once its heartbeat has stopped.
 */
export class DirLock {
  private static readonly held = new Set<string>();
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(private readonly file: string) {
    this.heartbeat = setInterval(() => {
      const now = new Date();
      fs.utimes(file, now, now, () => undefined);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  static acquire(dir: string): DirLock {
    const file = path.join(dir, '.lock');
    const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
    const key = path.resolve(file);
    if (DirLock.held.has(key)) throw new StoreLockedError(dir, `this process (pid ${process.pid})`);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx', mode: OWNER_ONLY_FILE });
        DirLock.held.add(key);
        return new DirLock(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = readLock(file);
        if (holder && isAlive(holder, file)) {
          throw new StoreLockedError(dir, `process ${holder.pid} on ${holder.host} (since ${holder.since})`);
        }
        fs.rmSync(file, { force: true });
      }
    }
    throw new StoreLockedError(dir, 'another process (the lock could not be taken over)');
  }

  release(): void {
    clearInterval(this.heartbeat);
    DirLock.held.delete(path.resolve(this.file));
    fs.rmSync(this.file, { force: true });
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return undefined; // an unreadable or half-written lock is stale
  }
}

function isAlive(info: LockInfo, file: string): boolean {
  if (info.host !== os.hostname()) {
    const age = Date.now() - fs.statSync(file).mtimeMs;
    return age < 3 * HEARTBEAT_MS;
  }
  if (info.pid === process.pid) return false;
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
