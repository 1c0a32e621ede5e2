/**
 * A backup request that cannot be carried out as asked: a damaged or unknown backup file, a
 * missing confirmation, a bad option. A RangeError, so flows answer it with 400.
 */
export class BackupInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'BackupInputError';
  }
}

/** Some collections of a run failed; the others were done. The message names each failure. */
export class BackupRunError extends Error {
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
}
