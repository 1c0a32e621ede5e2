import { DETECTORS } from '../nodes/core/privacy/detectors.js';
import { PrivacyScanner } from '../nodes/core/privacy/detect.js';
import { normalizeForDetection } from '../nodes/core/privacy/normalize.js';
import { documents } from './privacy-scan.js';
import { percentile, round } from './support.js';

/** CPU milliseconds of this process (user and system): other processes on the machine do not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median CPU milliseconds of `rounds` runs of `work`, after two warm-up runs. */
function medianCpuMs(work: () => void, rounds = 5): number {
  work();
  work();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs();
    work();
    times.push(cpuMs() - start);
  }
  return percentile(times, 50);
}

/**
 * Where the privacy scan spends its time, for whoever makes it faster (`node dist/bench/run.js
 * privacy-detectors`): CPU milliseconds per pass over the "mixed" documents of the privacy-scan bench,
 * for the whole scan, the normaliser, and each detector alone on the normalised text. A detector alone
 * runs without the others' effect on caches and the JIT, so the parts add up to less than the scan;
 * each number detector alone also finds the number runs the scan finds once (about 8 ms).
 */
export function benchPrivacyDetectors(): Record<string, unknown> {
  const docs = documents(8 * 1024 * 1024, 2);
  const views = docs.map((d) => normalizeForDetection(d).text);
  const scanner = new PrivacyScanner();
  const figures: Record<string, number> = {
    megabytes: round(docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6),
    scanCpuMs: round(
      medianCpuMs(() => docs.forEach((d) => scanner.scan(d))),
      1,
    ),
    normalizeCpuMs: round(
      medianCpuMs(() => docs.forEach((d) => normalizeForDetection(d))),
      1,
    ),
  };
  for (const detect of DETECTORS)
    figures[`${detect.name}CpuMs`] = round(
      medianCpuMs(() => views.forEach((v) => detect(v))),
      1,
    );
  return figures;
}
