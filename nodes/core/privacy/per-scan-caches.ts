/**
 * The caches the detectors of one scan share about its text (the last text's number runs, keyword places,
 * partner columns, lower-case words …): each module registers how to let go of its own, and the scanner lets go
 * of all of them when a scan is done, even when a detector throws. A cache keyed by a whole text would otherwise
 * keep the last caller's personal data reachable from a module until the next scan.
 */
const forgetters: (() => void)[] = [];

/** Registers `forget`, which lets go of a module's per-text cache, to run after every scan. */
export function forgetAfterEachScan(forget: () => void): void {
  forgetters.push(forget);
}

/** Lets go of every registered per-text cache (the scanner calls it when a scan is done). */
export function forgetScanCaches(): void {
  for (const forget of forgetters) forget();
}
