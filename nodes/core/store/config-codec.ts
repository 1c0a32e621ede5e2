import { formatError, validationError, wrongInput } from './errors.js';
import { isPlainObject } from './filter.js';
import {
  DISTANCES,
  DISTRIBUTION_KEYS,
  type CollectionConfig,
  type Distance,
  type Distribution,
  type QuantizationSearchParams,
  type ScalarQuantization,
  type VectorParams,
} from './types.js';

/** JSON form of a collection config, as stored on disk and in snapshots. */
export interface StoredConfig {
  vectors: Record<string, VectorParams>;
  unnamed: boolean;
  payloadIndexes: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  distribution?: Distribution;
  quantization?: ScalarQuantization;
}

export function configToJson(config: CollectionConfig): StoredConfig {
  return {
    vectors: Object.fromEntries(config.vectors),
    unnamed: config.unnamed,
    payloadIndexes: config.payloadIndexes,
    ...(config.metadata ? { metadata: config.metadata } : {}),
    ...(config.distribution ? { distribution: config.distribution } : {}),
    ...(config.quantization ? { quantization: config.quantization } : {}),
  };
}

export function configFromJson(json: StoredConfig): CollectionConfig {
  return {
    vectors: new Map(Object.entries(json.vectors)),
    unnamed: json.unnamed,
    payloadIndexes: json.payloadIndexes ?? {},
    ...(json.metadata ? { metadata: json.metadata } : {}),
    ...(json.distribution ? { distribution: json.distribution } : {}),
    ...(json.quantization ? { quantization: json.quantization } : {}),
  };
}

/**
 * Reads the body of `PUT /collections/{name}`: `vectors` as one `{size, distance}` or a map of
 * named ones. Scalar (int8) quantization is honoured (see QuantizedRows); other options that only
 * matter to a server's index (hnsw, product/binary quantization) are accepted and have no effect.
 * Sharding and replication are checked as Qdrant checks them and recorded, so the collection
 * reports what it was created with (one process holds every shard here; a Qdrant cluster
 * distributes them for real).
 */
export function parseCreateCollection(body: unknown): CollectionConfig {
  if (!isPlainObject(body)) throw formatError('expected a JSON object');
  const vectors = body.vectors;
  const config: CollectionConfig = { vectors: new Map(), unnamed: false, payloadIndexes: {} };
  if (isPlainObject(body.metadata)) config.metadata = body.metadata;
  const distribution = parseDistribution(body);
  if (distribution) config.distribution = distribution;
  const quantization = parseQuantizationConfig(body.quantization_config, 'quantization_config');
  if (quantization) config.quantization = quantization;
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

/** shard_number, replication_factor, write_consistency_factor: unsigned integers of at least 1, each optional. */
function parseDistribution(body: Record<string, unknown>): Distribution | undefined {
  if (DISTRIBUTION_KEYS.every((key) => body[key] === undefined || body[key] === null)) return undefined;
  const distribution: Distribution = { shard_number: 1, replication_factor: 1, write_consistency_factor: 1 };
  for (const key of DISTRIBUTION_KEYS) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff)
      throw formatError(`${key}: expected an unsigned 32-bit integer, got ${JSON.stringify(value)}`);
    if (value < 1) throw validationError(`${key}: value ${value} invalid, must be 1 or more`);
    distribution[key] = value;
  }
  return distribution;
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

/**
 * `quantization_config` of a create or update request: Qdrant's scalar int8 form is recorded (as
 * Qdrant returns it) and used; `"Disabled"` (update only) gives null; product, binary and other
 * kinds are accepted with no effect, as before (undefined: unchanged).
 */
export function parseQuantizationConfig(value: unknown, path: string): ScalarQuantization | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'Disabled') return null;
  if (!isPlainObject(value)) throw formatError(`${path}: expected {scalar: {type: "int8"}} or another quantization`);
  if (!Object.hasOwn(value, 'scalar')) return undefined;
  const scalar = value.scalar;
  if (!isPlainObject(scalar)) throw formatError(`${path}.scalar: expected {type: "int8", quantile?, always_ram?}`);
  if (scalar.type !== 'int8') {
    throw formatError(`${path}.scalar.type: unknown variant ${JSON.stringify(scalar.type)}, expected int8`);
  }
  const out: ScalarQuantization = { scalar: { type: 'int8' } };
  if (scalar.quantile !== undefined && scalar.quantile !== null) {
    if (typeof scalar.quantile !== 'number' || !(scalar.quantile >= 0.5 && scalar.quantile <= 1)) {
      throw validationError(
        `${path}.scalar.quantile: value ${JSON.stringify(scalar.quantile)} invalid, must be from 0.5 to 1`,
      );
    }
    out.scalar.quantile = scalar.quantile;
  }
  if (scalar.always_ram !== undefined && scalar.always_ram !== null) {
    if (typeof scalar.always_ram !== 'boolean') throw formatError(`${path}.scalar.always_ram: expected a boolean`);
    out.scalar.always_ram = scalar.always_ram;
  }
  return out;
}

/** A search's `params.quantization` (`params` itself may carry hnsw_ef/exact, which exact search ignores). */
export function parseQuantizationSearchParams(params: unknown, path: string): QuantizationSearchParams | undefined {
  if (params === undefined || params === null) return undefined;
  if (!isPlainObject(params)) throw formatError(`${path}: expected an object`);
  const q = params.quantization;
  if (q === undefined || q === null) return undefined;
  if (!isPlainObject(q)) throw formatError(`${path}.quantization: expected {ignore?, rescore?, oversampling?}`);
  const out: QuantizationSearchParams = {};
  for (const flag of ['ignore', 'rescore'] as const) {
    const v = q[flag];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') throw formatError(`${path}.quantization.${flag}: expected a boolean`);
    out[flag] = v;
  }
  if (q.oversampling !== undefined && q.oversampling !== null) {
    if (typeof q.oversampling !== 'number' || !(q.oversampling >= 1)) {
      throw validationError(
        `${path}.quantization.oversampling: value ${JSON.stringify(q.oversampling)} invalid, must be 1 or more`,
      );
    }
    out.oversampling = q.oversampling;
  }
  return out;
}
