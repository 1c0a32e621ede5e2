import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/store-process.js';

/**
 * What `git status` lists (tracked files changed, files not ignored), each with its modification
 * time, so a file changed again shows too; undefined outside a git work tree (an unpacked release).
 */
function workTreeChanges(): Map<string, number> | undefined {
  let status: string;
  try {
    status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '-z'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  const changes = new Map<string, number>();
  for (const entry of status.split('\0').filter(Boolean)) {
    const file = entry.slice(3);
    const stat = fs.statSync(path.join(REPO_ROOT, file), { throwIfNoEntry: false });
    changes.set(entry, stat?.mtimeMs ?? -1);
  }
  return changes;
}

// Root hooks: around the whole run, whichever files it includes.
let atStart: Map<string, number> | undefined;

before(() => {
  atStart = workTreeChanges();
});

after(function () {
  const atEnd = workTreeChanges();
  if (!atStart || !atEnd) return;
  const written = [...atEnd]
    .filter(([entry, time]) => atStart?.get(entry) !== time)
    .map(([entry]) => entry)
    // asked for: the browser test rewrites the README's screenshot with UPDATE_SCREENSHOT=1
    .filter((entry) => !(process.env.UPDATE_SCREENSHOT && entry.endsWith(' docs/editor.png')));
  assert.deepEqual(
    written,
    [],
    'the tests wrote into the work tree: write to a temporary folder (tempDir) or an ignored one instead',
  );
});
