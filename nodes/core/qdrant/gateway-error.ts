import { RagwireError, type ErrorKind } from '../errors.js';

/** A failed call to Qdrant, naming the operation, the collection and the cause. */
export class QdrantGatewayError extends RagwireError {
  constructor(
    readonly operation: string,
    readonly collection: string | undefined,
    readonly status: number | undefined,
    readonly cause_: string,
  ) {
    super(`Qdrant ${operation}${collection ? ` on collection "${collection}"` : ''} failed: ${cause_}`);
    this.name = 'QdrantGatewayError';
  }

  /** No answer (or a proxy's 502/503): unavailable; 404: what the call names does not exist; else Qdrant's error. */
  get errorKind(): ErrorKind {
    if (this.status === undefined || this.status === 503 || this.status === 502) return 'unavailable';
    if (this.status === 404) return 'missing';
    return 'upstream';
  }
}

/**
 * Turns whatever the client threw into a QdrantGatewayError: Qdrant's own error text when the
 * server answered, or the network cause (refused, timed out) when it did not.
 */
export function describeFailure(operation: string, collection: string | undefined, err: unknown): QdrantGatewayError {
  if (err instanceof QdrantGatewayError) return err;
  const e = err as {
    status?: number;
    data?: { status?: { error?: string } };
    message?: string;
    name?: string;
    cause?: { code?: string; message?: string };
  };
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const serverText = e?.data?.status?.error;
  let cause: string;
  if (serverText) cause = `${serverText} (HTTP ${status})`;
  else if (e?.name === 'QdrantClientTimeoutError' || e?.name === 'TimeoutError' || e?.name === 'AbortError')
    cause = 'timed out';
  else if (e?.cause?.code) cause = `${e.cause.code}: ${e.cause.message ?? ''}`.trim();
  else cause = e?.message ?? String(err);
  return new QdrantGatewayError(operation, collection, status, cause);
}

/** Network failures and overload are worth another try, for idempotent calls only. */
export function isTransient(err: QdrantGatewayError): boolean {
  return err.status === undefined
    ? err.cause_ !== 'timed out'
    : err.status === 429 || err.status === 502 || err.status === 503;
}
