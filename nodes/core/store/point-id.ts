import { formatError } from './errors.js';
import { checkExact, isRawJson, rawJsonInteger } from './json.js';
import type { PointId } from './types.js';

const UUID_FORMS = [
  /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i,
  /^([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/i,
  /^urn:uuid:([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i,
  /^\{([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}$/i,
];

const U64_MAX = 2n ** 64n - 1n;

/**
 * Parses a Qdrant point id: an unsigned 64-bit integer or a UUID in any of the forms Qdrant
 * accepts, returned as the number (a bigint above 2^53, kept exact) or the lowercase hyphenated
 * UUID Qdrant answers with. Big integers arrive as exact raw JSON values (see json.ts).
 */
export function parsePointId(value: unknown, field = 'id'): PointId {
  const invalid = () =>
    formatError(
      `value ${isRawJson(value) ? value.rawJSON : typeof value === 'string' ? value : JSON.stringify(value)} is not a valid point ID (${field}): expected an unsigned 64-bit integer or a UUID`,
    );
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value;
    if (value > 0) checkExact(value, field);
    throw invalid();
  }
  if (isRawJson(value) || typeof value === 'bigint') {
    const n = typeof value === 'bigint' ? value : BigInt(value.rawJSON);
    if (n < 0n || n > U64_MAX) throw invalid();
    return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }
  if (typeof value === 'string') {
    for (const form of UUID_FORMS) {
      const m = form.exec(value);
      if (m) return m.slice(1, 6).join('-').toLowerCase();
    }
  }
  throw invalid();
}

/** A point id given as path text (`GET /points/{id}`): digits are an integer id, anything else a UUID. */
export function parsePointIdText(text: string, field = 'id'): PointId {
  return parsePointId(/^\d+$/.test(text) ? BigInt(text) : text, field);
}

/** Qdrant's order: integers by value, then UUIDs by their 128-bit value. */
export function comparePointIds(a: PointId, b: PointId): number {
  if (typeof a !== 'string') return typeof b !== 'string' ? (a < b ? -1 : a > b ? 1 : 0) : -1;
  if (typeof b !== 'string') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The id as JSON.stringify must see it: big integers as their exact digits. */
export function pointIdToJson(id: PointId): unknown {
  return typeof id === 'bigint' ? rawJsonInteger(id) : id;
}

/** Inverse of pointIdToJson, for ids read back with parseJson (WAL, images). */
export function pointIdFromJson(value: unknown): PointId {
  return isRawJson(value) ? BigInt(value.rawJSON) : (value as PointId);
}
