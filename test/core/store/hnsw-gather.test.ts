import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bindKernels, kernelModule, type KernelName, sharedMemory } from '../../../nodes/core/store/simd-kernel.js';

const ROWS = 64;
const QUERY_AT = 0;
const OFFSETS_AT = 1 << 14;
const OUT_AT = 1 << 15;
const REF_AT = (1 << 15) + 4096;
const BASE = 1 << 16;

describe('embedded store: the gather kernels of the HNSW graph walk', () => {
  const module = kernelModule();
  const memory = sharedMemory(64);
  assert.ok(module && memory);
  const kernels = bindKernels(module, memory);
  const floats = new Float32Array(memory.buffer);
  const ints = new Int32Array(memory.buffer);

  const pairs: [KernelName, KernelName][] = [
    ['dotAt', 'dot'],
    ['l2At', 'l2'],
    ['l1At', 'l1'],
  ];
  for (const [gather, consecutive] of pairs) {
    it(`${gather} gives bit for bit what ${consecutive} gives for each listed row, and writes n scores only`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 40 }),
          fc.array(fc.integer({ min: 0, max: ROWS - 1 }), { maxLength: 9 }),
          fc.integer({ min: 1, max: 1000 }),
          (sixteens, rows, seed) => {
            const dim = 16 * sixteens;
            const stride = dim * 4;
            let s = seed;
            const next = () => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1;
            for (let i = 0; i < dim; i++) floats[QUERY_AT / 4 + i] = next();
            for (let i = 0; i < ROWS * dim; i++) floats[BASE / 4 + i] = next();
            rows.forEach((row, i) => (ints[OFFSETS_AT / 4 + i] = BASE + row * stride));
            floats[OUT_AT / 4 + rows.length] = 12345;
            kernels[gather](QUERY_AT, OFFSETS_AT, stride, rows.length, OUT_AT);
            rows.forEach((row, i) => {
              kernels[consecutive](QUERY_AT, BASE + row * stride, stride, 1, REF_AT);
              assert.equal(floats[OUT_AT / 4 + i], floats[REF_AT / 4], `row ${i} of ${rows.length}`);
            });
            assert.equal(floats[OUT_AT / 4 + rows.length], 12345, 'nothing written past the n scores');
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
