import { formatError, validationError, wrongInput } from './errors.js';
import { isPlainObject } from './filter.js';
import {
  DISTANCES,
  DISTRIBUTION_KEYS,
  type CollectionConfig,
  type CollectionSettings,
  type CollectionUpdate,
  type Distance,
  type Distribution,
  type QuantizationSearchParams,
  type ScalarQuantization,
  type SparseVectorParams,
  type VectorParams,
  type VectorParamsUpdate,
} from './types.js';
import { unsupported } from './unsupported.js';

/** JSON form of a collection config, as stored on disk and in snapshots. */
export interface StoredConfig {
  vectors: Record<string, VectorParams>;
  unnamed: boolean;
  payloadIndexes: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  distribution?: Distribution;
  quantization?: ScalarQuantization;
  settings?: CollectionSettings;
  sparseVectors?: Record<string, SparseVectorParams>;
}

export function configToJson(config: CollectionConfig): StoredConfig {
  return {
    vectors: Object.fromEntries(config.vectors),
    unnamed: config.unnamed,
    payloadIndexes: config.payloadIndexes,
    ...(config.metadata ? { metadata: config.metadata } : {}),
    ...(config.distribution ? { distribution: config.distribution } : {}),
    ...(config.quantization ? { quantization: config.quantization } : {}),
    ...(config.settings ? { settings: config.settings } : {}),
    ...(config.sparseVectors ? { sparseVectors: Object.fromEntries(config.sparseVectors) } : {}),
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
    ...(json.settings ? { settings: json.settings } : {}),
    ...(json.sparseVectors ? { sparseVectors: new Map(Object.entries(json.sparseVectors)) } : {}),
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
  const settings = parseSettings(body, body);
  const vectors = body.vectors;
  const config: CollectionConfig = { vectors: new Map(), unnamed: false, payloadIndexes: {} };
  if (Object.keys(settings).length > 0) config.settings = settings;
  if (isPlainObject(body.metadata)) config.metadata = body.metadata;
  const distribution = parseDistribution(body);
  if (distribution) config.distribution = distribution;
  const quantization = parseQuantizationConfig(body.quantization_config, 'quantization_config');
  if (quantization) config.quantization = quantization;
  const sparse = parseSparseVectorsConfig(body.sparse_vectors);
  if (sparse) config.sparseVectors = sparse;
  if (vectors === undefined || vectors === null) return config;
  const clash = () => [...config.vectors.keys()].find((name) => sparse?.has(name));
  if (!isPlainObject(vectors)) throw formatError('vectors: expected {size, distance} or a map of named vectors');
  if (Object.hasOwn(vectors, 'size') || Object.hasOwn(vectors, 'distance')) {
    config.vectors.set('', vectorParams(vectors, 'vectors'));
    config.unnamed = true;
  } else {
    for (const [name, params] of Object.entries(vectors))
      config.vectors.set(name, vectorParams(params, `vectors.${name}`));
  }
  const same = clash();
  if (same !== undefined)
    throw wrongInput(`Dense and sparse vector names must be unique - duplicate found with '${same}'`);
  return config;
}

/** `sparse_vectors`: a map of names to `{modifier?: "none" | "idf", index?: {...}}` (Qdrant's SparseVectorParams). */
function parseSparseVectorsConfig(value: unknown): Map<string, SparseVectorParams> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw formatError('sparse_vectors: expected a map of sparse vector names to params');
  const out = new Map<string, SparseVectorParams>();
  for (const [name, params] of Object.entries(value)) {
    const path = `sparse_vectors.${name}`;
    if (name === '') throw wrongInput('Sparse vector name cannot be empty');
    const p = params ?? {};
    if (!isPlainObject(p)) throw formatError(`${path}: expected {modifier?, index?}`);
    const entry: SparseVectorParams = {};
    if (p.modifier !== undefined && p.modifier !== null) {
      if (p.modifier !== 'none' && p.modifier !== 'idf')
        throw formatError(`${path}.modifier: unknown variant ${JSON.stringify(p.modifier)}, expected one of none, idf`);
      entry.modifier = p.modifier;
    }
    if (p.index !== undefined && p.index !== null) {
      if (!isPlainObject(p.index)) throw formatError(`${path}.index: expected an object`);
      checkSparseIndex(p.index, `${path}.index`);
      entry.index = p.index;
    }
    out.set(name, entry);
  }
  return out.size > 0 ? out : undefined;
}

/** Qdrant's SparseIndexParams: the datatype is float32, float16 or uint8 (turbo4 is dense-only). */
function checkSparseIndex(index: Record<string, unknown>, path: string): void {
  const datatype = index.datatype;
  if (datatype === undefined || datatype === null) return;
  if (datatype === 'turbo4')
    throw validationError(`${path}.datatype: sparse vectors do not support the \`turbo4\` datatype`);
  if (!['float32', 'float16', 'uint8'].includes(datatype as string))
    throw formatError(
      `${path}.datatype: unknown variant ${JSON.stringify(datatype)}, expected one of float32, float16, uint8`,
    );
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
    throw unsupported('multivectors');
  }
  return { size, distance: distance as Distance, ...vectorOptions(value, path) };
}

/**
 * Body of `PATCH /collections/{name}`, checked before the collection is looked up (Qdrant validates
 * first): returns the per-vector option changes by vector name ('' is the unnamed vector).
 */
export function parseUpdateCollection(body: unknown): CollectionUpdate {
  if (!isPlainObject(body)) throw formatError('expected a JSON object');
  const params = body.params ?? {};
  if (!isPlainObject(params)) throw formatError('params: expected an object');
  const update: CollectionUpdate = { vectors: new Map(), settings: parseSettings(body, params) };
  if (body.metadata !== undefined && body.metadata !== null) {
    if (!isPlainObject(body.metadata)) throw formatError('metadata: expected an object');
    update.metadata = body.metadata;
  }
  const sparse = parseSparseVectorsConfig(body.sparse_vectors);
  if (sparse) update.sparseVectors = sparse;
  const updates = update.vectors;
  if (body.vectors === undefined || body.vectors === null) return update;
  if (!isPlainObject(body.vectors)) throw formatError('vectors: expected a map of vector names to options');
  for (const [name, params] of Object.entries(body.vectors)) {
    if (!isPlainObject(params))
      throw formatError(`vectors.${name}: expected {hnsw_config, quantization_config, on_disk}`);
    updates.set(name, vectorOptions(params, `vectors.${name}`));
  }
  return update;
}

/** hnsw_config, optimizers_config, quantization_config and on_disk_payload (in `params` for PATCH). */
function parseSettings(body: Record<string, unknown>, params: Record<string, unknown>): CollectionSettings {
  const settings: CollectionSettings = {};
  checkHnswConfig(body.hnsw_config, 'hnsw_config');
  if (isPlainObject(body.hnsw_config)) settings.hnsw_config = body.hnsw_config;
  const optimizers = body.optimizers_config;
  if (optimizers !== undefined && optimizers !== null) {
    if (!isPlainObject(optimizers)) throw formatError('optimizers_config: expected an object');
    settings.optimizers_config = optimizers;
  }
  const quantization = body.quantization_config;
  if (quantization === 'Disabled') settings.quantization_config = null;
  else if (quantization !== undefined && quantization !== null) {
    if (!isPlainObject(quantization)) throw formatError('quantization_config: expected an object or "Disabled"');
    parseQuantizationConfig(quantization, 'quantization_config'); // validated before the collection is looked up
    settings.quantization_config = quantization;
  }
  const onDiskPayload = params.on_disk_payload;
  if (onDiskPayload !== undefined && onDiskPayload !== null) {
    if (typeof onDiskPayload !== 'boolean') throw formatError('on_disk_payload: expected a boolean');
    settings.on_disk_payload = onDiskPayload;
  }
  return settings;
}

/** Qdrant's answer to a vector name the collection does not have. */
export const unknownVectorName = (name: string) => wrongInput(`Not existing vector name error: ${name}`);

function vectorOptions(value: Record<string, unknown>, path: string): VectorParamsUpdate {
  const out: VectorParamsUpdate = {};
  if (value.on_disk !== undefined && value.on_disk !== null) {
    if (typeof value.on_disk !== 'boolean') throw formatError(`${path}.on_disk: expected a boolean`);
    out.on_disk = value.on_disk;
  }
  if (value.hnsw_config !== undefined && value.hnsw_config !== null) {
    checkHnswConfig(value.hnsw_config, `${path}.hnsw_config`);
    out.hnsw_config = value.hnsw_config as Record<string, unknown>;
  }
  if (value.quantization_config !== undefined && value.quantization_config !== null) {
    if (!isPlainObject(value.quantization_config)) throw formatError(`${path}.quantization_config: expected an object`);
    out.quantization_config = value.quantization_config;
  }
  return out;
}

/** Qdrant's HnswConfigDiff bounds: ef_construct at least 4, full_scan_threshold at least 10. */
function checkHnswConfig(value: unknown, path: string): void {
  if (value === undefined || value === null) return;
  if (!isPlainObject(value)) throw formatError(`${path}: expected an object`);
  const mins: Record<string, number> = {
    m: 0,
    ef_construct: 4,
    full_scan_threshold: 10,
    max_indexing_threads: 0,
    payload_m: 0,
  };
  for (const [key, min] of Object.entries(mins)) {
    const v = value[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw formatError(`${path}.${key}: expected an unsigned integer, got ${JSON.stringify(v)}`);
    if (v < min) throw validationError(`${path}.${key}: value ${v} invalid, must be ${min} or larger`);
  }
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

/** The int8 quantization a recorded `quantization_config` turns on (undefined: none or another kind). */
export function scalarQuantizationOf(
  recorded: Record<string, unknown> | null | undefined,
): ScalarQuantization | undefined {
  return recorded ? (parseQuantizationConfig(recorded, 'quantization_config') ?? undefined) : undefined;
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
