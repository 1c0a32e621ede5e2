import { formatError, validationError, wrongInput } from './errors.js';
import { isPlainObject } from './filter.js';
import { DISTANCES, type CollectionConfig, type Distance, type VectorParams } from './types.js';

/** JSON form of a collection config, as stored on disk and in snapshots. */
export interface StoredConfig {
  vectors: Record<string, VectorParams>;
  unnamed: boolean;
  payloadIndexes: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export function configToJson(config: CollectionConfig): StoredConfig {
  return {
    vectors: Object.fromEntries(config.vectors),
    unnamed: config.unnamed,
    payloadIndexes: config.payloadIndexes,
    ...(config.metadata ? { metadata: config.metadata } : {}),
  };
}

export function configFromJson(json: StoredConfig): CollectionConfig {
  return {
    vectors: new Map(Object.entries(json.vectors)),
    unnamed: json.unnamed,
    payloadIndexes: json.payloadIndexes ?? {},
    ...(json.metadata ? { metadata: json.metadata } : {}),
  };
}

/**
 * Reads the body of `PUT /collections/{name}`: `vectors` as one `{size, distance}` or a map of
 * named ones. Options that only matter to a server's index (hnsw, quantization, shards...) are
 * accepted and have no effect: search here is always exact.
 */
export function parseCreateCollection(body: unknown): CollectionConfig {
  if (!isPlainObject(body)) throw formatError('expected a JSON object');
  const vectors = body.vectors;
  const config: CollectionConfig = { vectors: new Map(), unnamed: false, payloadIndexes: {} };
  if (isPlainObject(body.metadata)) config.metadata = body.metadata;
  if (
    body.sparse_vectors !== undefined &&
    body.sparse_vectors !== null &&
    Object.keys(body.sparse_vectors).length > 0
  ) {
    throw wrongInput('sparse vectors are not supported by the embedded store; use a Qdrant server');
  }
  if (vectors === undefined || vectors === null) return config;
  if (!isPlainObject(vectors)) throw formatError('vectors: expected {size, distance} or a map of named vectors');
  if (Object.hasOwn(vectors, 'size') || Object.hasOwn(vectors, 'distance')) {
    config.vectors.set('', vectorParams(vectors, 'vectors'));
    config.unnamed = true;
  } else {
    for (const [name, params] of Object.entries(vectors))
      config.vectors.set(name, vectorParams(params, `vectors.${name}`));
  }
  return config;
}

function vectorParams(value: unknown, path: string): VectorParams {
  if (!isPlainObject(value)) throw formatError(`${path}: expected {size, distance}`);
  const { size, distance } = value;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) {
    throw formatError(`${path}.size: expected an unsigned integer, got ${JSON.stringify(size)}`);
  }
  if (size < 1 || size > 65536) throw validationError(`${path}.size: value ${size} invalid, must be from 1 to 65536`);
  if (!DISTANCES.includes(distance as Distance)) {
    throw formatError(
      `${path}.distance: unknown variant ${JSON.stringify(distance)}, expected one of ${DISTANCES.join(', ')}`,
    );
  }
  if (value.multivector_config !== undefined && value.multivector_config !== null) {
    throw wrongInput('multivectors are not supported by the embedded store; use a Qdrant server');
  }
  return { size, distance: distance as Distance };
}
