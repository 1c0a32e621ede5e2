import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SCAN_SLOTS } from './row-memory.js';
import type { ScanJob, ScanResult } from './scan-job.js';

interface PoolWorker {
  worker: Worker;
  /** Scratch slot of the row memories this worker writes its query and scores into. */
  slot: number;
  inFlight: number;
}

/**
 * A few worker threads (one per core, at most SCAN_SLOTS - 1) that run unfiltered scans, so
 * queries use every core and a long scan never holds up the event loop (writes, health checks).
 * Each job goes to the least busy worker. Workers are unref'd: an idle pool never keeps the
 * process alive; one that dies is replaced and its jobs fail (the caller then scans in-thread).
 */
export class ScanPool {
  private readonly workers: PoolWorker[] = [];
  private readonly pending = new Map<
    number,
    { resolve: (r: ScanResult) => void; reject: (e: Error) => void; w: PoolWorker }
  >();
  private nextId = 1;

  constructor(readonly size: number) {}

  /** Jobs sent and not answered yet (tests use it to see that a scan is running). */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Runs the job `build(queryAt, scoresAt slot)` makes on the least busy worker. */
  run(build: (slot: number) => Omit<ScanJob, 'id'>): Promise<ScanResult> {
    const w = this.pick();
    const id = this.nextId++;
    const job: ScanJob = { ...build(w.slot), id };
    return new Promise<ScanResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, w });
      w.inFlight++;
      w.worker.postMessage(job);
    });
  }

  private pick(): PoolWorker {
    if (this.workers.length < this.size) {
      const idle = this.workers.find((w) => w.inFlight === 0);
      if (!idle) {
        let slot = 1;
        while (this.workers.some((w) => w.slot === slot)) slot++;
        return this.spawn(slot);
      }
    }
    return this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  private spawn(slot: number): PoolWorker {
    const worker = new Worker(path.join(__dirname, 'scan-worker.js'));
    worker.unref();
    const w: PoolWorker = { worker, slot, inFlight: 0 };
    worker.on('message', (msg: { id: number; result?: ScanResult; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      w.inFlight--;
      if (msg.result) p.resolve(msg.result);
      else p.reject(new Error(msg.error ?? 'scan failed'));
    });
    const fail = (err: Error) => {
      const at = this.workers.indexOf(w);
      if (at >= 0) this.workers.splice(at, 1);
      for (const [id, p] of this.pending) {
        if (p.w !== w) continue;
        this.pending.delete(id);
        p.reject(err);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`scan worker exited with code ${code}`)));
    this.workers.push(w);
    return w;
  }
}

let shared: ScanPool | null | undefined;

/**
 * The process's scan pool, one worker per core (even one worker keeps the event loop free);
 * null where worker threads cannot start.
 */
export function scanPool(): ScanPool | null {
  if (shared === undefined) {
    try {
      shared = new ScanPool(Math.max(1, Math.min(availableParallelism(), SCAN_SLOTS - 1)));
    } catch {
      shared = null;
    }
  }
  return shared;
}
