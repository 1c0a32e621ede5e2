import * as fs from 'node:fs';
import * as path from 'node:path';

/** Errors of a file system without hard links (SMB/CIFS, gcsfuse, s3fs, some FUSE volumes). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/**
 * Gives a finished snapshot file (`tmp`) its final name in `dir` without replacing a snapshot
 * already there: two snapshots taken in the same second (or millisecond) would get the same name,
 * and a rename onto it drops the first. A hard link fails when the name is taken, so the check and
 * the naming are one step; where the file system has no hard links, an exclusive copy
 * (COPYFILE_EXCL) is, at the cost of copying the file once. `nameFor(0)` is tried first, then
 * `nameFor(1)` and so on. Returns the name. `link` is fs.linkSync (tests give one that fails).
 */
export function publishUnique(
  tmp: string,
  dir: string,
  nameFor: (attempt: number) => string,
  link: (existing: string, name: string) => void = fs.linkSync,
): string {
  let copy = false;
  for (let attempt = 0; ; attempt++) {
    const name = nameFor(attempt);
    const dest = path.join(dir, name);
    try {
      if (copy) copyExclusive(tmp, dest);
      else link(tmp, dest);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') continue;
      if (!copy && NO_HARD_LINKS.has(code)) {
        copy = true;
        attempt--; // the same name again, by copy
        continue;
      }
      throw err;
    }
    fs.rmSync(tmp, { force: true });
    return name;
  }
}

/** Copies `tmp` to `dest`, failing with EEXIST when `dest` exists; a partial copy is removed. */
function copyExclusive(tmp: string, dest: string): void {
  try {
    fs.copyFileSync(tmp, dest, fs.constants.COPYFILE_EXCL);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(dest, { force: true });
    throw err;
  }
}
