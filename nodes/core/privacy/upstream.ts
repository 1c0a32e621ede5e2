/** What an earlier privacy step recorded about a request, as the request carries it on. */
export interface UpstreamPrivacy {
  /** The earlier decision's record. */
  record?: Record<string, unknown>;
  /** The level the earlier decision fixed, for the next decision to keep. */
  recorded?: unknown;
  /** The request was pseudonymized already: later steps see placeholders only. */
  pseudonymized: boolean;
}

/** The upstream privacy of a request from the record an earlier decision left on it (anything else: none). */
export function upstreamPrivacyOf(record: unknown): UpstreamPrivacy {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { pseudonymized: false };
  const r = record as Record<string, unknown>;
  return { record: r, recorded: r.fixedLevel, pseudonymized: r.pseudonymized === true };
}
