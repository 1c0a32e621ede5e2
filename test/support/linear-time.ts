import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each measured call: garbage the suite's earlier tests left on the heap would
// otherwise be collected during the larger input's call and counted to it (process.cpuUsage counts the
// collector's threads too), which made a linear scan look quadratic late in a long run.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * CPU milliseconds of the best of `runs` calls. CPU time, not the clock, so that other processes on a
 * busy machine (CI runs Prometheus, Chromium and Node-RED beside the suite) do not count; the best
 * of several, because a first call pays for compiling and any call may meet a garbage collection.
 */
export function bestCpuMs(work: () => void, runs = 2): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    collectGarbage();
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export interface LinearTimeOptions {
  /** Calls per input; the best counts (2 unless given). */
  runs?: number;
  /** CPU milliseconds below which the smaller input's time counts as this (timer and cache noise; 50 unless given). */
  floorMs?: number;
}

/**
 * Asserts that `work` costs about as much more as its input grows, both inputs measured in the same
 * run, so that the check is a ratio and no machine is too slow for it. Linear work grows with the
 * input, quadratic work with its square; the assertion allows twice the linear growth (8x for four
 * times the input, where quadratic work takes 16x), which a cache- or collector-heavy linear scan
 * stays well inside. Make `large` about four times `small`: at twice, the margin between linear
 * work on a busy machine and quadratic work is too thin.
 */
export function assertLinearTime(
  label: string,
  work: (input: string) => unknown,
  small: string,
  large: string,
  options: LinearTimeOptions = {},
): void {
  const { runs = 2, floorMs = 50 } = options;
  const grew = large.length / small.length;
  const smallMs = bestCpuMs(() => work(small), runs);
  const largeMs = bestCpuMs(() => work(large), runs);
  assert.ok(
    largeMs <= 2 * grew * Math.max(smallMs, floorMs),
    `${label}: ${smallMs.toFixed(0)} ms of CPU, then ${largeMs.toFixed(0)} ms for ${grew.toFixed(1)} times the input ` +
      `(linear work takes about ${grew.toFixed(1)} times as long, quadratic work ${(grew * grew).toFixed(0)} times)`,
  );
}

/** `unit` repeated to at least `size` characters. */
export const repeated = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
