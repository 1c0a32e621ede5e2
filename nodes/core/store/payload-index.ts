import { validationError, wrongInput } from './errors.js';
import { isPlainObject, parseDatetime, splitKey, valuesAt, type Predicate } from './filter.js';

/** Qdrant's payload index types (PayloadSchemaType). */
const INDEX_TYPES = ['keyword', 'integer', 'float', 'geo', 'text', 'bool', 'datetime', 'uuid'] as const;
type IndexType = (typeof INDEX_TYPES)[number];

/**
 * Checks a `field_schema` (a type name or a params object) as Qdrant validates it, before the
 * collection is looked up. The embedded store records the index and reports it; search stays exact.
 */
export function checkIndexSchema(schema: unknown): void {
  const type = indexType(schema);
  if (!type) {
    throw wrongInput(
      `field_schema: expected one of ${INDEX_TYPES.join(', ')} or {type, ...}, got ${JSON.stringify(schema)}`,
    );
  }
  if (type === 'integer' && isPlainObject(schema) && schema.lookup === false && schema.range === false) {
    throw validationError(
      "field_schema: Validation error: the 'lookup' and 'range' capabilities can't be both disabled",
    );
  }
}

export function indexType(schema: unknown): IndexType | undefined {
  const name = typeof schema === 'string' ? schema : isPlainObject(schema) ? schema.type : undefined;
  return INDEX_TYPES.find((t) => t === name);
}

/** `payload_schema[field]` of collection info: the type, the params as given, and the points indexed. */
export function payloadSchemaEntry(schema: unknown, count: (p: Predicate) => number, field: string): unknown {
  const type = indexType(schema) ?? 'keyword';
  return {
    data_type: type,
    ...(isPlainObject(schema) ? { params: schema } : {}),
    points: count(indexedBy(field, type)),
  };
}

/**
 * Qdrant counts the points its index holds: those with at least one value of the index's type at
 * the field (arrays looked into). A point whose value is null, missing or of another type is not
 * in the index.
 */
function indexedBy(field: string, type: IndexType): Predicate {
  const key = splitKey(field);
  const fits = VALUE_FITS[type];
  return (p) => valuesAt(p.payload, key).some(fits);
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

const VALUE_FITS: Record<IndexType, (v: unknown) => boolean> = {
  keyword: (v) => typeof v === 'string',
  text: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  float: (v) => typeof v === 'number',
  bool: (v) => typeof v === 'boolean',
  datetime: (v) => typeof v === 'string' && !Number.isNaN(parseDatetime(v)),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  geo: (v) => isPlainObject(v) && typeof v.lat === 'number' && typeof v.lon === 'number',
};
