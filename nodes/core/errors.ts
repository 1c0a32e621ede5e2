/**
 * What kind of failure an error is, the one thing an adapter needs to answer it (an HTTP status, a
 * red node status, a message to retry or not):
 * - input: the request is wrong (a field missing or of the wrong type); the message names the field.
 * - missing: the request names something that does not exist (a collection, a backup).
 * - configuration: the step is not set up to work (no model picked, a key that does not fit).
 * - blocked: the privacy policy allows no configured model for this request.
 * - unavailable: a server (model, Qdrant, conversation store) could not be reached or did not answer in time.
 * - upstream: a server answered with an error.
 * - internal: anything else (a bug).
 */
export type ErrorKind = 'input' | 'missing' | 'configuration' | 'blocked' | 'unavailable' | 'upstream' | 'internal';

/** An error of Ragwire's core; every one says which kind of failure it is. */
export abstract class RagwireError extends Error {
  abstract readonly errorKind: ErrorKind;
}

/** The kind of any thrown value: a core error's own, `internal` for everything else. */
export function errorKindOf(err: unknown): ErrorKind {
  return err instanceof RagwireError ? err.errorKind : 'internal';
}

/** Bad input, naming the field and what was expected. */
export class InputError extends RagwireError {
  readonly errorKind: ErrorKind = 'input';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** A step that is not set up to work; the message says what to configure. */
export class ConfigurationError extends RagwireError {
  readonly errorKind: ErrorKind = 'configuration';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}
