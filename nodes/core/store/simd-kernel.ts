/**
 * The store's scan kernels: a small WebAssembly module using 128-bit SIMD (f32x4, i8x16), written
 * here as bytes so nothing is compiled or downloaded at install time. Every kernel scores `rows`
 * consecutive rows of `stride` bytes against one query and writes one f32 per row:
 *
 *   dot(q, data, stride, rows, out)   sum q[i] * v[i]            (Cosine, Dot)
 *   l2(q, data, stride, rows, out)    sum (q[i] - v[i])^2        (Euclid, squared)
 *   l1(q, data, stride, rows, out)    sum |q[i] - v[i]|          (Manhattan)
 *   dot8(q, data, stride, rows, out)  scale(v) * sum q8[i] * v8[i]  (int8 rows, see QuantizedSpace)
 *
 * dotAt, l2At and l1At score float rows that are not consecutive: `data` points at `rows` i32 byte
 * offsets of the rows (the HNSW graph's neighbour lists), scored two at a time so that the misses
 * of both rows overlap (a graph walk reads rows scattered over the memory). Their sums are taken in
 * the order of dot, l2 and l1, so each gives the same f32 as its consecutive counterpart.
 *
 * Float rows are padded with zeros to a multiple of FLOAT_STRIDE_ALIGN floats, int8 rows to a
 * multiple of INT8_STRIDE_ALIGN bytes followed by a 16-byte tail whose first f32 is the row's
 * scale: the kernels need no remainder loop, and zeros add nothing to any of the sums.
 *
 * The memory is imported and shared, so worker threads can run the same kernels over the same rows.
 */

/** Float rows are a multiple of 16 floats (four f32x4 per step, four independent sums). */
export const FLOAT_STRIDE_ALIGN = 16;
/** Int8 rows are a multiple of 32 bytes (two i8x16 per step), then a 16-byte tail (scale, norm). */
export const INT8_STRIDE_ALIGN = 32;
export const INT8_TAIL = 16;
/** 4 GiB: the most a 32-bit WebAssembly memory can address. */
export const MAX_PAGES = 65536;
export const PAGE_BYTES = 65536;

export type KernelName = 'dot' | 'l2' | 'l1' | 'dot8' | 'dotAt' | 'l2At' | 'l1At';
export type KernelFn = (q: number, data: number, stride: number, rows: number, out: number) => void;
export type Kernels = Record<KernelName, KernelFn>;

// Locals: 0 q, 1 data, 2 stride, 3 rows, 4 out | 5 end, 6 qi (i32) | 7 acc, 8 acc2, 9 tmp, 10 acc3, 11 acc4 (v128).
const Q = 0;
const DATA = 1;
const STRIDE = 2;
const ROWS = 3;
const OUT = 4;
const END = 5;
const QI = 6;
const ACC = 7;
const ACC2 = 8;
const ACC3 = 10;
const ACC4 = 11;

const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (d: number) => [0x0c, d],
  brIf: (d: number) => [0x0d, d],
  get: (l: number) => [0x20, l],
  set: (l: number) => [0x21, l],
  i32const: (v: number) => [0x41, ...sleb(v)],
  tee: (l: number) => [0x22, l],
  select: [0x1b],
  i32load: (offset: number) => [0x28, 2, ...uleb(offset)],
  i32eq: [0x46],
  i32gtu: [0x4b],
  i32add: [0x6a],
  i32sub: [0x6b],
  i32eqz: [0x45],
  i32ltu: [0x49],
  f32add: [0x92],
  f32mul: [0x94],
  f32convertI32s: [0xb2],
  f32load: (offset: number) => [0x2a, 2, ...uleb(offset)],
  f32store: [0x38, 2, 0],
  v128load: (offset: number) => [0xfd, 0x00, 4, ...uleb(offset)],
  v128zero: [0xfd, 0x0c, ...new Array<number>(16).fill(0)],
  f32x4extract: (lane: number) => [0xfd, 0x1f, lane],
  i32x4extract: (lane: number) => [0xfd, 0x1b, lane],
  f32x4abs: [0xfd, ...uleb(0xe0)],
  f32x4add: [0xfd, ...uleb(0xe4)],
  f32x4sub: [0xfd, ...uleb(0xe5)],
  f32x4mul: [0xfd, ...uleb(0xe6)],
  i16x8extmulLowS: [0xfd, ...uleb(0x9c)],
  i16x8extmulHighS: [0xfd, ...uleb(0x9d)],
  i16x8add: [0xfd, ...uleb(0x8e)],
  i32x4extaddPairwiseS: [0xfd, ...uleb(0x7e)],
  i32x4add: [0xfd, ...uleb(0xae)],
};

function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

/** Horizontal sum of an f32x4 local. */
const hsumF32 = (l: number) => [
  ...op.get(l),
  ...op.f32x4extract(0),
  ...op.get(l),
  ...op.f32x4extract(1),
  ...op.f32add,
  ...op.get(l),
  ...op.f32x4extract(2),
  ...op.get(l),
  ...op.f32x4extract(3),
  ...op.f32add,
  ...op.f32add,
];

/**
 * The loop shared by all kernels: for each row, zero two accumulators, run `step` over the row
 * `advance` bytes at a time (data and qi point at the current bytes), then `finish` leaves
 * the row's f32 score on the stack (with data at the row's end, the tail for int8 rows).
 */
function rowLoop(step: number[], finish: number[], tail: number, advance: number): number[] {
  return [
    ...op.block,
    ...op.loop,
    ...op.get(ROWS),
    ...op.i32eqz,
    ...op.brIf(1),
    ...op.v128zero,
    ...op.set(ACC),
    ...op.v128zero,
    ...op.set(ACC2),
    ...op.v128zero,
    ...op.set(ACC3),
    ...op.v128zero,
    ...op.set(ACC4),
    ...op.get(DATA),
    ...op.get(STRIDE),
    ...op.i32add,
    ...op.i32const(-tail),
    ...op.i32add,
    ...op.set(END),
    ...op.get(Q),
    ...op.set(QI),
    ...op.loop,
    ...step,
    ...op.get(DATA),
    ...op.i32const(advance),
    ...op.i32add,
    ...op.set(DATA),
    ...op.get(QI),
    ...op.i32const(advance),
    ...op.i32add,
    ...op.set(QI),
    ...op.get(DATA),
    ...op.get(END),
    ...op.i32ltu,
    ...op.brIf(0),
    ...op.end,
    // out[r] = score
    ...op.get(OUT),
    ...finish,
    ...op.f32store,
    ...op.get(OUT),
    ...op.i32const(4),
    ...op.i32add,
    ...op.set(OUT),
    ...op.get(DATA),
    ...op.i32const(tail),
    ...op.i32add,
    ...op.set(DATA),
    ...op.get(ROWS),
    ...op.i32const(1),
    ...op.i32sub,
    ...op.set(ROWS),
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
}

/** acc_n += combine(load(data + off), load(qi + off)) for off = 0 (ACC) and 16 (ACC2). */
function floatStep(combine: number[]): number[] {
  const half = (acc: number, off: number) => [
    ...op.get(acc),
    ...op.get(DATA),
    ...op.v128load(off),
    ...op.get(QI),
    ...op.v128load(off),
    ...combine,
    ...op.f32x4add,
    ...op.set(acc),
  ];
  return [...half(ACC, 0), ...half(ACC2, 16), ...half(ACC3, 32), ...half(ACC4, 48)];
}

/** (a - b)^2 with a, b on the stack, using local 9 as scratch. */
const squaredDiff = [...op.f32x4sub, 0x22, 9, ...op.get(9), ...op.f32x4mul];

function int8Step(): number[] {
  const half = (acc: number, off: number) => [
    ...op.get(acc),
    ...op.get(DATA),
    ...op.v128load(off),
    0x22,
    9, // tee tmp = row bytes
    ...op.get(QI),
    ...op.v128load(off),
    ...op.i16x8extmulLowS,
    ...op.get(9),
    ...op.get(QI),
    ...op.v128load(off),
    ...op.i16x8extmulHighS,
    // Both products are at most 127 * 127 (values are clamped to ±127), so their sum fits in i16.
    ...op.i16x8add,
    ...op.i32x4extaddPairwiseS,
    ...op.i32x4add,
    ...op.set(acc),
  ];
  return [...half(ACC, 0), ...half(ACC2, 16)];
}

const floatFinish = [
  ...op.get(ACC),
  ...op.get(ACC2),
  ...op.f32x4add,
  ...op.get(ACC3),
  ...op.get(ACC4),
  ...op.f32x4add,
  ...op.f32x4add,
  ...op.set(ACC),
  ...hsumF32(ACC),
];

const int8Finish = [
  ...op.get(ACC),
  ...op.get(ACC2),
  ...op.i32x4add,
  ...op.set(ACC),
  ...op.get(ACC),
  ...op.i32x4extract(0),
  ...op.get(ACC),
  ...op.i32x4extract(1),
  ...op.i32add,
  ...op.get(ACC),
  ...op.i32x4extract(2),
  ...op.get(ACC),
  ...op.i32x4extract(3),
  ...op.i32add,
  ...op.i32add,
  ...op.f32convertI32s,
  // data points at the row's tail: its first f32 is the row's scale.
  ...op.get(DATA),
  ...op.f32load(0),
  ...op.f32mul,
];

// Locals of the gather kernels: 0 q, 1 offsets, 2 stride, 3 rows, 4 out | 5 a, 6 b, 7 qi, 8 end (i32) |
// 9-12 a's sums, 13-16 b's sums, 17 query chunk, 18 scratch (v128).
const GA = 5;
const GB = 6;
const GQI = 7;
const GEND = 8;
const GACC_A = 9;
const GACC_B = 13;
const GQ = 17;
const GSCRATCH = 18;
const GATHER_LOCALS = [2, 4, 0x7f, 10, 0x7b];

/** The float kernels' sum of four accumulators then of the lanes, for sums at `acc`..`acc + 3`. */
const gatherFinish = (acc: number) => [
  ...op.get(acc),
  ...op.get(acc + 1),
  ...op.f32x4add,
  ...op.get(acc + 2),
  ...op.get(acc + 3),
  ...op.f32x4add,
  ...op.f32x4add,
  ...op.set(acc),
  ...hsumF32(acc),
];

/**
 * A gather kernel: rows at the i32 offsets listed at `data`, two per pass (b = a for an odd last
 * row), `combine` applied to (row chunk, query chunk) as floatStep does.
 */
function gatherLoop(combine: number[]): number[] {
  const step = (off: number) => {
    const k = off / 16;
    return [
      ...op.get(GQI),
      ...op.v128load(off),
      ...op.set(GQ),
      ...op.get(GACC_A + k),
      ...op.get(GA),
      ...op.v128load(off),
      ...op.get(GQ),
      ...combine,
      ...op.f32x4add,
      ...op.set(GACC_A + k),
      ...op.get(GACC_B + k),
      ...op.get(GB),
      ...op.v128load(off),
      ...op.get(GQ),
      ...combine,
      ...op.f32x4add,
      ...op.set(GACC_B + k),
    ];
  };
  const zero = [GACC_A, GACC_A + 1, GACC_A + 2, GACC_A + 3, GACC_B, GACC_B + 1, GACC_B + 2, GACC_B + 3].flatMap((l) => [
    ...op.v128zero,
    ...op.set(l),
  ]);
  const advance = (l: number) => [...op.get(l), ...op.i32const(64), ...op.i32add, ...op.set(l)];
  // Touch pass: one load from the start and from the end of every row before any row is scored,
  // so the rows' cache and TLB misses overlap (their results are folded into out[0], which the
  // first score then overwrites, so the loads are not dropped as unused).
  const touch = [
    ...op.get(DATA),
    ...op.set(GA),
    ...op.get(DATA),
    ...op.get(ROWS),
    ...op.i32const(4),
    0x6c, // i32.mul
    ...op.i32add,
    ...op.set(GEND),
    ...op.i32const(0),
    ...op.set(GB),
    ...op.block,
    ...op.loop,
    ...op.get(GA),
    ...op.get(GEND),
    ...op.i32ltu,
    ...op.i32eqz,
    ...op.brIf(1),
    ...op.get(GB),
    ...op.get(GA),
    ...op.i32load(0),
    ...op.i32load(0),
    0x73, // i32.xor
    ...op.get(GA),
    ...op.i32load(0),
    ...op.get(STRIDE),
    ...op.i32add,
    ...op.i32const(-4),
    ...op.i32add,
    ...op.i32load(0),
    0x73,
    ...op.set(GB),
    ...op.get(GA),
    ...op.i32const(4),
    ...op.i32add,
    ...op.set(GA),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.get(OUT),
    ...op.get(GB),
    0x36,
    2,
    0, // i32.store
  ];
  return [
    ...op.block,
    ...op.get(ROWS),
    ...op.i32eqz,
    ...op.brIf(0),
    ...touch,
    ...op.end,
    ...op.block,
    ...op.loop,
    ...op.get(ROWS),
    ...op.i32eqz,
    ...op.brIf(1),
    // a = offsets[0]; b = rows > 1 ? offsets[1] : a
    ...op.get(DATA),
    ...op.i32load(0),
    ...op.set(GA),
    ...op.get(DATA),
    ...op.i32load(4),
    ...op.get(GA),
    ...op.get(ROWS),
    ...op.i32const(1),
    ...op.i32gtu,
    ...op.select,
    ...op.set(GB),
    ...zero,
    ...op.get(GA),
    ...op.get(STRIDE),
    ...op.i32add,
    ...op.set(GEND),
    ...op.get(Q),
    ...op.set(GQI),
    ...op.loop,
    ...step(0),
    ...step(16),
    ...step(32),
    ...step(48),
    ...advance(GA),
    ...advance(GB),
    ...advance(GQI),
    ...op.get(GA),
    ...op.get(GEND),
    ...op.i32ltu,
    ...op.brIf(0),
    ...op.end,
    ...op.get(OUT),
    ...gatherFinish(GACC_A),
    ...op.f32store,
    ...op.get(ROWS),
    ...op.i32const(1),
    ...op.i32eq,
    ...op.brIf(1),
    ...op.get(OUT),
    ...gatherFinish(GACC_B),
    0x38,
    2,
    4, // f32.store offset 4
    ...op.get(OUT),
    ...op.i32const(8),
    ...op.i32add,
    ...op.set(OUT),
    ...op.get(DATA),
    ...op.i32const(8),
    ...op.i32add,
    ...op.set(DATA),
    ...op.get(ROWS),
    ...op.i32const(2),
    ...op.i32sub,
    ...op.set(ROWS),
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
}

/** (a - b)^2 with a, b on the stack, using the gather kernels' scratch local. */
const gatherSquaredDiff = [...op.f32x4sub, ...op.tee(GSCRATCH), ...op.get(GSCRATCH), ...op.f32x4mul];

const BODIES: Record<KernelName, number[]> = {
  dot: rowLoop(floatStep(op.f32x4mul), floatFinish, 0, 64),
  l2: rowLoop(floatStep(squaredDiff), floatFinish, 0, 64),
  l1: rowLoop(floatStep([...op.f32x4sub, ...op.f32x4abs]), floatFinish, 0, 64),
  dot8: rowLoop(int8Step(), int8Finish, INT8_TAIL, 32),
  dotAt: gatherLoop(op.f32x4mul),
  l2At: gatherLoop(gatherSquaredDiff),
  l1At: gatherLoop([...op.f32x4sub, ...op.f32x4abs]),
};

/** Local declarations of each kernel (the scan kernels share one layout). */
const LOCALS: Partial<Record<KernelName, number[]>> = {
  dotAt: GATHER_LOCALS,
  l2At: GATHER_LOCALS,
  l1At: GATHER_LOCALS,
};

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'utf8')];

function moduleBytes(): Uint8Array {
  const names = Object.keys(BODIES) as KernelName[];
  const type = section(1, [1, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]);
  // Shared memory (flags 3: has maximum, shared) so workers can scan the same rows.
  const imports = section(2, [1, ...name('env'), ...name('memory'), 0x02, 0x03, ...uleb(1), ...uleb(MAX_PAGES)]);
  const funcs = section(3, [names.length, ...names.map(() => 0)]);
  const exportSection = section(7, [names.length, ...names.flatMap((n, i) => [...name(n), 0x00, i])]);
  const bodies = names.map((n) => {
    const body = [...(LOCALS[n] ?? [2, 2, 0x7f, 5, 0x7b]), ...BODIES[n], ...op.end];
    return [...uleb(body.length), ...body];
  });
  const code = section(10, [names.length, ...bodies.flat()]);
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    1,
    0,
    0,
    0,
    ...type,
    ...imports,
    ...funcs,
    ...exportSection,
    ...code,
  ]);
}

/**
 * The part of the WebAssembly JavaScript API the kernels use, typed here: the project's `lib` has
 * no DOM typings (where TypeScript declares it), and a global declaration could clash with
 * typings that bring their own.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}
/** A compiled module (opaque; structured-clonable to workers). */
export type WasmModule = object;
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => { exports: unknown };
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: WasmModule | null | undefined;

/** The compiled module, or null where WebAssembly SIMD or shared memory is unavailable. */
export function kernelModule(): WasmModule | null {
  if (compiled === undefined) {
    try {
      compiled = new wasm.Module(moduleBytes());
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** A shared memory for rows, able to grow to 4 GiB without moving (null if unavailable). */
export function sharedMemory(pages: number): WasmMemory | null {
  try {
    return new wasm.Memory({ initial: pages, maximum: MAX_PAGES, shared: true });
  } catch {
    return null;
  }
}

/** The kernels bound to `memory`. */
export function bindKernels(module: WasmModule, memory: WasmMemory): Kernels {
  const instance = new wasm.Instance(module, { env: { memory } });
  return instance.exports as unknown as Kernels;
}
