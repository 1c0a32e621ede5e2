import { errorKindOf, InputError, RagwireError, type ErrorKind } from '../errors.js';

/**
 * A backup request that cannot be carried out as asked: a damaged or unknown backup file, a
 * missing confirmation, a bad option.
 */
export class BackupInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'BackupInputError';
  }
}

/**
 * Some collections of a run failed; the others were done. The message names each failure; the
 * run is the kind of failure its first one is.
 */
export class BackupRunError extends RagwireError {
  constructor(
    readonly operation: string,
    readonly failures: { collection: string; error: Error }[],
    total: number,
  ) {
    super(
      `${operation} failed for ${failures.length} of ${total} collection${total === 1 ? '' : 's'}: ` +
        failures.map((f) => `${f.collection}: ${f.error.message}`).join('; '),
    );
    this.name = 'BackupRunError';
  }

  get errorKind(): ErrorKind {
    return errorKindOf(this.failures[0]?.error);
  }
}
