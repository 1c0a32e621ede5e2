import { errorKindOf, type ErrorKind } from '../../core/errors.js';

/**
 * The HTTP status a flow exposed as an endpoint answers for each kind of failure: 400 for bad
 * input, 404 for something the request names that does not exist, 403 when the privacy policy
 * allows no configured model, 503 when a model server, Qdrant or the shared conversation store
 * cannot be reached, 502 when they answered with an error, 500 for a step that is not set up to
 * work (or a shared mapping sealed with another key) and for anything unexpected.
 */
const STATUS: Record<ErrorKind, number> = {
  input: 400,
  missing: 404,
  blocked: 403,
  unavailable: 503,
  upstream: 502,
  configuration: 500,
  internal: 500,
};

/** The HTTP status for an error, by its kind (see ErrorKind). */
export function httpStatusOf(err: unknown): number {
  return STATUS[errorKindOf(err)];
}
