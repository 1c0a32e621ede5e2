import * as fs from 'node:fs';
import * as path from 'node:path';
import { DirLock, StoreLockedError } from '../core/store/index.js';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

function notWritable(dir: string, err: NodeJS.ErrnoException): Error {
  return new Error(
    `The user dir ${dir} is not writable for this user (${err.code}). Node-RED keeps the flows, ` +
      'their credentials and the vector store there. Give this user write access to it ' +
      `(for example: sudo chown -R "$(id -u)" "${dir}"), or choose another directory with --user-dir.`,
    { cause: err },
  );
}

/** Fails with what to do when the user dir, or the files Node-RED and the store write in it, cannot be written. */
function checkWritable(dir: string): void {
  const probe = path.join(dir, `.ragwire-write-check-${process.pid}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
    for (const name of fs.readdirSync(dir)) fs.accessSync(path.join(dir, name), fs.constants.W_OK);
  } catch (err) {
    if (NOT_WRITABLE.has((err as NodeJS.ErrnoException).code ?? ''))
      throw notWritable(dir, err as NodeJS.ErrnoException);
    throw err;
  }
}

/**
 * Prepares the user dir of `ragwire start`: writable, and used by this process only (two editors
 * on one user dir would overwrite each other's flows and fight over the embedded store).
 */
export function claimUserDir(dir: string): DirLock {
  checkWritable(dir);
  try {
    return DirLock.acquire(dir);
  } catch (err) {
    if (!(err instanceof StoreLockedError)) throw err;
    throw new Error(
      `The user dir ${dir} is already in use by another \`ragwire start\` (${err.holder}). ` +
        'Stop that one, or start this one with its own --user-dir.',
      { cause: err },
    );
  }
}
