import * as fs from 'node:fs';
import type { StoreProcess } from '../test/support/store-process.js';

/** Resident memory of a store process, read from outside it (VmRSS in /proc). */
export function rss(proc: StoreProcess): number {
  const status = fs.readFileSync(`/proc/${proc.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
}

/** RSS once it stops falling (the store's collector has run after the last request). */
export async function settledRss(proc: StoreProcess): Promise<number> {
  let last = rss(proc);
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = rss(proc);
    if (now >= last) return Math.min(now, last);
    last = now;
  }
  return last;
}
