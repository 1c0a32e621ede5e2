import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_SCAN_WORKERS, SCAN_BATCH } from './row-memory.js';
import type { ScanJob, ScanResult } from './scan-job.js';

type Job = Omit<ScanJob, 'id' | 'slot'>;

interface Waiting {
  job: Job;
  resolve: (r: ScanResult) => void;
  reject: (e: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Its first scratch slot; a batch uses slots first .. first + SCAN_BATCH - 1. */
  firstSlot: number;
  /** The batch being scanned, by job id. */
  running: Map<number, Waiting>;
}

/**
 * A few worker threads (one per core, at most MAX_SCAN_WORKERS) that run unfiltered scans, so
 * queries use every core and a long scan never holds up the event loop (writes, health checks).
 * Jobs wait in one queue; an idle worker takes the oldest with up to SCAN_BATCH - 1 more over the
 * same memory and scans them together, so under load each row is read once for several queries.
 * Workers are unref'd: an idle pool never keeps the process alive; one that dies is replaced and
 * its jobs fail (the caller then scans in-thread).
 */
export class ScanPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  /** Workers that died in a row without answering: after 3 the pool gives up (scans run in-thread). */
  private failures = 0;

  constructor(readonly size: number) {}

  /** Jobs queued or being scanned (tests use it to see that a scan is running). */
  get inFlight(): number {
    return this.queue.length + this.workers.reduce((n, w) => n + w.running.size, 0);
  }

  run(job: Job): Promise<ScanResult> {
    return new Promise<ScanResult>((resolve, reject) => {
      if (this.failures >= 3) return reject(new Error('the scan workers keep failing'));
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const w = this.workers.find((x) => x.running.size === 0) ?? this.spawn();
      if (!w) return;
      const first = this.queue.shift() as Waiting;
      const batch = [first];
      for (let i = 0; i < this.queue.length && batch.length < SCAN_BATCH;) {
        if (this.queue[i].job.memoryId === first.job.memoryId) batch.push(...this.queue.splice(i, 1));
        else i++;
      }
      const jobs: ScanJob[] = batch.map((waiting, i) => {
        const id = this.nextId++;
        w.running.set(id, waiting);
        return { ...waiting.job, id, slot: w.firstSlot + i };
      });
      w.worker.postMessage(jobs);
    }
  }

  private spawn(): PoolWorker | undefined {
    if (this.workers.length >= this.size) return undefined;
    let index = 0;
    while (this.workers.some((w) => w.firstSlot === 1 + index * SCAN_BATCH)) index++;
    const worker = new Worker(path.join(__dirname, 'scan-worker.js'));
    worker.unref();
    const w: PoolWorker = { worker, firstSlot: 1 + index * SCAN_BATCH, running: new Map() };
    worker.on('message', (replies: { id: number; result?: ScanResult; error?: string }[]) => {
      this.failures = 0;
      for (const msg of replies) {
        const p = w.running.get(msg.id);
        if (!p) continue;
        w.running.delete(msg.id);
        if (msg.result) p.resolve(msg.result);
        else p.reject(new Error(msg.error ?? 'scan failed'));
      }
      this.pump();
    });
    const fail = (err: Error) => {
      const at = this.workers.indexOf(w);
      if (at < 0) return;
      this.workers.splice(at, 1);
      if (++this.failures >= 3) for (const p of this.queue.splice(0)) p.reject(err);
      for (const p of w.running.values()) p.reject(err);
      w.running.clear();
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`scan worker exited with code ${code}`)));
    this.workers.push(w);
    return w;
  }
}

let shared: ScanPool | null | undefined;

/**
 * The process's scan pool: one worker per core (even one worker keeps the event loop free), or
 * RAGWIRE_STORE_SCAN_WORKERS of them; 0 there scans on the event loop (null: no pool).
 */
export function scanPool(): ScanPool | null {
  if (shared === undefined) {
    const asked = process.env.RAGWIRE_STORE_SCAN_WORKERS;
    const size = asked !== undefined && /^\d+$/.test(asked) ? Number(asked) : availableParallelism();
    shared = size > 0 ? new ScanPool(Math.min(size, MAX_SCAN_WORKERS)) : null;
  }
  return shared;
}
