import { formatError } from './errors.js';
import type { PointId } from './types.js';

const UUID_FORMS = [
  /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i,
  /^([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/i,
  /^urn:uuid:([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i,
  /^\{([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}$/i,
];

/**
 * Parses a Qdrant point id: an unsigned integer or a UUID in any of the forms Qdrant accepts,
 * returned as the number or the lowercase hyphenated UUID Qdrant answers with.
 * Integers above 2^53 cannot be represented exactly in JSON numbers here and are refused.
 */
export function parsePointId(value: unknown, field = 'id'): PointId {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value;
    throw formatError(
      `value ${JSON.stringify(value)} is not a valid point ID (${field}): expected an unsigned integer or a UUID`,
    );
  }
  if (typeof value === 'string') {
    for (const form of UUID_FORMS) {
      const m = form.exec(value);
      if (m) return m.slice(1, 6).join('-').toLowerCase();
    }
    throw formatError(`value ${value} is not a valid point ID (${field}): expected an unsigned integer or a UUID`);
  }
  throw formatError(
    `value ${JSON.stringify(value)} is not a valid point ID (${field}): expected an unsigned integer or a UUID`,
  );
}

/** Qdrant's order: integers by value, then UUIDs by their 128-bit value. */
export function comparePointIds(a: PointId, b: PointId): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
