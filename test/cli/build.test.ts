import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../support/store-process.js';

const run = promisify(execFile);

/** Modification times of every file under the build's outputs. */
function outputTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const dir of ['dist', 'examples']) {
    const base = path.join(REPO_ROOT, dir);
    for (const entry of fs.readdirSync(base, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) {
        const file = path.join(entry.parentPath, entry.name);
        times.set(file, fs.statSync(file).mtimeMs);
      }
  }
  return times;
}

describe('npm run build (what npm start runs first)', function () {
  this.timeout(120_000);

  it('writes nothing when nothing changed since the last build', async () => {
    await run('npm', ['run', 'build'], { cwd: REPO_ROOT });
    const before = outputTimes();
    await run('npm', ['run', 'build'], { cwd: REPO_ROOT });
    const rewritten = [...outputTimes()].filter(([file, time]) => before.get(file) !== time).map(([file]) => file);
    assert.deepEqual(rewritten, []);
  });
});
