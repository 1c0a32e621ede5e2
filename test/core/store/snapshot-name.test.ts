import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { publishUnique } from '../../../nodes/core/store/snapshot-name.js';
import { tempDir } from '../../support/temp-dir.js';

/** A link() that fails as on a file system without hard links. */
let linkCalls = 0;
const noLinks = (code: string) => () => {
  linkCalls++;
  throw Object.assign(new Error(`${code}: operation not permitted, link`), { code });
};

describe('embedded store: snapshot naming (publishUnique)', () => {
  for (const code of ['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS']) {
    it(`without hard links (${code}): named by an exclusive copy, never replacing a snapshot already there`, () => {
      const tmp = tempDir();
      linkCalls = 0;
      try {
        const taken = path.join(tmp.dir, 's-0.snapshot');
        fs.writeFileSync(taken, 'first');
        const unfinished = path.join(tmp.dir, '.s.tmp');
        fs.writeFileSync(unfinished, 'second');
        const name = publishUnique(unfinished, tmp.dir, (i) => `s-${i}.snapshot`, noLinks(code));
        assert.equal(linkCalls, 1, 'a link was tried once, then copies');
        assert.equal(name, 's-1.snapshot');
        assert.equal(fs.readFileSync(taken, 'utf8'), 'first');
        assert.equal(fs.readFileSync(path.join(tmp.dir, name), 'utf8'), 'second');
        assert.equal(fs.existsSync(unfinished), false, 'the temporary file is removed');
      } finally {
        tmp.remove();
      }
    });
  }

  it('another link error is not hidden', () => {
    const tmp = tempDir();
    try {
      const unfinished = path.join(tmp.dir, '.s.tmp');
      fs.writeFileSync(unfinished, 'x');
      assert.throws(() => publishUnique(unfinished, tmp.dir, (i) => `s-${i}.snapshot`, noLinks('EIO')), /EIO/);
      assert.deepEqual(fs.readdirSync(tmp.dir), ['.s.tmp']);
    } finally {
      tmp.remove();
    }
  });
});
