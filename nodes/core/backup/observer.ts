/** What a backup, restore, copy or prune did, for metrics (recorded by whoever observes). */
export interface BackupEvent {
  operation: 'backup' | 'restore' | 'copy' | 'prune';
  collection: string;
  outcome: 'success' | 'failure';
  durationSeconds: number;
  bytes: number;
  /** The error's class name (bounded: never a message, a path or a value). */
  errorType?: string;
}

/** Told about every finished operation, one event per collection. */
export interface BackupObserver {
  finished(e: BackupEvent): void;
}

/**
 * Runs `work` for one collection and tells the observer how it went. An observer that throws
 * never changes the outcome: metrics must not break a backup.
 */
export async function observed<T>(
  observer: BackupObserver | undefined,
  operation: BackupEvent['operation'],
  collection: string,
  work: () => Promise<T>,
  bytesOf: (result: T) => number,
): Promise<T> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const result = await work();
    tell(observer, { operation, collection, outcome: 'success', durationSeconds: seconds(), bytes: bytesOf(result) });
    return result;
  } catch (err) {
    tell(observer, {
      operation,
      collection,
      outcome: 'failure',
      durationSeconds: seconds(),
      bytes: 0,
      errorType: (err as Error)?.name ?? 'Error',
    });
    throw err;
  }
}

/** Tells the observer; one that throws never changes the outcome. */
export function tell(observer: BackupObserver | undefined, e: BackupEvent): void {
  try {
    observer?.finished(e);
  } catch {
    // A broken observer is its own problem.
  }
}
