import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiskRows } from '../../../nodes/core/store/disk-rows.js';
import { tempDir } from '../../support/temp-dir.js';

describe('embedded store: DiskRows closed during a flush, its path attached again at once', () => {
  it("the old instance's late emptying never touches the file the new one opened", async () => {
    const tmp = tempDir();
    const file = path.join(tmp.dir, 'vectors-x.f32');
    const rows = 1000;
    const a = new DiskRows(16);
    const b = new DiskRows(16);
    try {
      a.attach(file);
      for (let i = 0; i < rows; i++) a.set(i, new Float32Array([i, 1, 2, 3]));
      const inflight = a.flush();
      a.close(); // a redeploy closes the collection while its checkpoint writes
      b.attach(file);
      const src = new Float32Array(rows * 4);
      for (let i = 0; i < rows; i++) src.set([i, 1, 2, 3], i * 4);
      b.writeLoaded(0, rows, new Uint8Array(src.buffer), 16);
      await inflight.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50)); // the old close's last step, once its write is done
      assert.equal(fs.statSync(file).size, rows * 16);
      assert.deepEqual(Array.from(b.row(7, 4)), [7, 1, 2, 3]);
    } finally {
      a.close();
      b.close();
      tmp.remove();
    }
  });
});
