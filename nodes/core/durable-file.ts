import * as fs from 'node:fs';
import * as path from 'node:path';
import { OWNER_ONLY_FILE } from './store/owner-only.js';

/**
 * Writes a file atomically and durably: a temporary file (owner-only), fsync, rename over the
 * target, fsync of the folder. After a crash the target holds the old or the new content, never
 * a part; `tmp` names the temporary file (left over after a crash, for the caller to clear).
 */
export function writeFileAtomic(file: string, data: string | Buffer, tmp = `${file}.tmp`): void {
  const fd = fs.openSync(tmp, 'w', OWNER_ONLY_FILE);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(file));
}

/** Makes a folder's entries (a rename, a new file) durable. */
export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
