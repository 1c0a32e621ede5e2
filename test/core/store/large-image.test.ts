import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCreateCollection } from '../../../nodes/core/store/config-codec.js';
import { writeImage } from '../../../nodes/core/store/image.js';
import type { EncodablePoint } from '../../../nodes/core/store/point-codec.js';
import { EmbeddedStore } from '../../../nodes/core/store/store.js';
import { tempDir } from '../../support/temp-dir.js';

/** Past 2 GiB, where a whole-file read (one Buffer) is no longer possible. */
const DIM = 4096;
const POINTS = 2 ** 31 / (DIM * 4) + 4096;

describe('embedded store: a checkpoint image larger than 2 GiB', () => {
  it('is loaded as a stream and every point comes back', async function () {
    this.timeout(180_000);
    const tmp = tempDir();
    try {
      let store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
      const config = parseCreateCollection({ vectors: { size: DIM, distance: 'Dot' } });
      store.createCollection('big', config);
      store.close();
      // The image is written from a generator, so the test never holds the points itself: the
      // vectors are zero but for component 0, which carries the id.
      const source = {
        config,
        size: POINTS,
        *all(): Generator<EncodablePoint> {
          for (let id = 0; id < POINTS; id++) {
            const vector = new Float32Array(DIM);
            vector[0] = id;
            yield { id, version: id + 1, payload: id % 10_000 === 0 ? { id } : null, vectors: new Map([['', vector]]) };
          }
        },
      };
      const image = path.join(tmp.dir, 'collections', 'big', 'image.bin');
      writeImage(image, 'big', source, { nextVersion: POINTS + 1, nextWalSegment: 1 });
      assert.ok(fs.statSync(image).size > 2 ** 31, 'the image is larger than 2 GiB');
      store = EmbeddedStore.open({ path: tmp.dir, fsync: false });
      try {
        const c = store.collection('big');
        assert.equal(c.size, POINTS);
        for (const id of [0, 1, 10_000, POINTS - 1]) {
          const v = c.get(id)?.vectors.get('');
          assert.equal(v?.[0], id, `point ${id}`);
          assert.equal(v?.[DIM - 1], 0);
        }
        assert.deepEqual(c.get(20_000)?.payload, { id: 20_000 });
        assert.equal(c.get(20_001)?.payload, null);
      } finally {
        store.close();
      }
    } finally {
      tmp.remove();
    }
  });
});
