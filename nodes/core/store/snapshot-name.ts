import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Gives a finished snapshot file (`tmp`) its final name in `dir` without replacing a snapshot
 * already there: two snapshots taken in the same second (or millisecond) would get the same name,
 * and a rename onto it drops the first. A hard link fails when the name is taken, so the check and
 * the naming are one step. `nameFor(0)` is tried first, then `nameFor(1)` and so on. Returns the name.
 */
export function publishUnique(tmp: string, dir: string, nameFor: (attempt: number) => string): string {
  for (let attempt = 0; ; attempt++) {
    const name = nameFor(attempt);
    try {
      fs.linkSync(tmp, path.join(dir, name));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    fs.rmSync(tmp, { force: true });
    return name;
  }
}
