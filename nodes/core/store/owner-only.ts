import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The store holds personal data (payload text): its folders and files are readable by the owner
 * only, whatever the umask. Every mkdir and file creation of the store passes these modes.
 */
export const OWNER_ONLY_DIR = 0o700;
export const OWNER_ONLY_FILE = 0o600;

/** Tightens what an older version created with the umask's modes (regular files and folders only). */
export function restrictTree(dir: string): void {
  fs.chmodSync(dir, OWNER_ONLY_DIR);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictTree(full);
    else if (entry.isFile()) fs.chmodSync(full, OWNER_ONLY_FILE);
  }
}
