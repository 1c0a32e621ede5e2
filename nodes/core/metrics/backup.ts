import { boundedErrorType, boundedLabel, counter, gauge, histogram, metricsEnabled } from './registry.js';
import type { BackupEvent } from '../backup/observer.js';
import { MAX_COLLECTIONS } from './rag.js';
import { InputError } from '../errors.js';

export type BackupOperation = BackupEvent['operation'];
const OPERATIONS: BackupOperation[] = ['backup', 'restore', 'copy', 'prune'];

const lastSuccess = gauge({
  name: 'ragwire_backup_last_success_timestamp_seconds',
  help: 'Unix time of the last successful backup operation, per operation and collection',
  labelNames: ['operation', 'collection'] as const,
});
const duration = histogram({
  name: 'ragwire_backup_duration_seconds',
  help: 'Duration of backup operations (backup, restore, copy, prune)',
  labelNames: ['operation', 'collection', 'outcome'] as const,
  buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200],
});
const lastSize = gauge({
  name: 'ragwire_backup_last_size_bytes',
  help: 'Bytes of the last successful backup operation (the snapshot file for a backup)',
  labelNames: ['operation', 'collection'] as const,
});
const transferred = counter({
  name: 'ragwire_backup_bytes_total',
  help: 'Bytes written or read by successful backup operations',
  labelNames: ['operation', 'collection'] as const,
});
const failures = counter({
  name: 'ragwire_backup_failures_total',
  help: 'Backup operations that failed, by error type',
  labelNames: ['operation', 'collection', 'error_type'] as const,
});

/** Records one backup, restore, copy or prune: the backup code calls it once per operation and collection. */
export function recordBackup(e: BackupEvent): void {
  if (!metricsEnabled()) return;
  if (!OPERATIONS.includes(e.operation)) throw new InputError(`operation: expected one of ${OPERATIONS.join(', ')}`);
  const labels = {
    operation: e.operation,
    collection: boundedLabel('backup_collection', MAX_COLLECTIONS).value(e.collection || 'all'),
  };
  const seconds = Number.isFinite(e.durationSeconds) && e.durationSeconds >= 0 ? e.durationSeconds : 0;
  duration.observe({ ...labels, outcome: e.outcome }, seconds);
  if (e.outcome === 'failure') {
    failures.inc({ ...labels, error_type: boundedErrorType(e.errorType ?? '') });
    return;
  }
  const bytes = Number.isFinite(e.bytes) && e.bytes > 0 ? e.bytes : 0;
  lastSuccess.set(labels, Date.now() / 1000);
  lastSize.set(labels, bytes);
  transferred.inc(labels, bytes);
}
