/** Shapes shared by the embedded store's modules, named after Qdrant's own. */
/** Integer ids above 2^53 are bigints, so they stay exact (Qdrant ids are unsigned 64-bit). */
export type PointId = number | bigint | string;
export type Payload = Record<string, unknown>;
export type Distance = 'Cosine' | 'Dot' | 'Euclid' | 'Manhattan';
export const DISTANCES: readonly Distance[] = ['Cosine', 'Dot', 'Euclid', 'Manhattan'];

export interface VectorParams {
  size: number;
  distance: Distance;
  /** Storage and index options a client set: recorded and reported as Qdrant does (search here is exact). */
  on_disk?: boolean;
  hnsw_config?: Record<string, unknown>;
  quantization_config?: Record<string, unknown>;
}

/** The per-vector options PATCH /collections/{name} may change. */
export type VectorParamsUpdate = Pick<VectorParams, 'on_disk' | 'hnsw_config' | 'quantization_config'>;

/** Name '' is Qdrant's single unnamed vector; any other name is a named vector. */
export type VectorsConfig = Map<string, VectorParams>;

export interface CollectionConfig {
  vectors: VectorsConfig;
  /** The vectors config was given as one unnamed vector (affects how points and info are shown). */
  unnamed: boolean;
  /** Payload indexes are accepted and recorded (search is exact either way). */
  payloadIndexes: Record<string, unknown>;
  metadata?: Payload;
  /** Sharding and replication asked for at creation: accepted and recorded (one process holds every shard). */
  distribution?: Distribution;
  /** Qdrant's scalar quantization, as given: an int8 copy of the vectors is scanned, candidates rescored. */
  quantization?: ScalarQuantization;
  /** Index, optimizer and storage settings a client set (at creation or by PATCH): recorded and reported. */
  settings?: CollectionSettings;
  /** Named sparse vectors (`sparse_vectors` at creation), searched by dot product over an inverted index. */
  sparseVectors?: Map<string, SparseVectorParams>;
}

/** Qdrant's SparseVectorParams: `modifier: "idf"` weighs query terms by their IDF at search time. */
export interface SparseVectorParams {
  modifier?: 'none' | 'idf';
  /** Index options a client set: recorded and reported (the inverted index here is always in memory). */
  index?: Record<string, unknown>;
}

/** A sparse vector, indices sorted ascending and unique. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** Collection-wide settings Qdrant reports in collection info; exact search here does not use them. */
export interface CollectionSettings {
  hnsw_config?: Record<string, unknown>;
  optimizers_config?: Record<string, unknown>;
  quantization_config?: Record<string, unknown> | null;
  on_disk_payload?: boolean;
}

/** What PATCH /collections/{name} changes. */
export interface CollectionUpdate {
  vectors: Map<string, VectorParamsUpdate>;
  settings: CollectionSettings;
  /** Keys to set; a null value removes the key (Qdrant merges metadata). */
  metadata?: Payload;
  /** Sparse vector params to merge (modifier, index options), by name. */
  sparseVectors?: Map<string, SparseVectorParams>;
}

export interface ScalarQuantization {
  scalar: { type: 'int8'; quantile?: number; always_ram?: boolean };
}

/** A search's `params.quantization` (Qdrant's QuantizationSearchParams). */
export interface QuantizationSearchParams {
  ignore?: boolean;
  rescore?: boolean;
  oversampling?: number;
}

/** Qdrant's cluster parameters of a collection, as `config.params` reports them. */
export interface Distribution {
  shard_number: number;
  replication_factor: number;
  write_consistency_factor: number;
}

export const DISTRIBUTION_KEYS = ['shard_number', 'replication_factor', 'write_consistency_factor'] as const;

/** One point as the in-memory model takes it: vectors already checked against the config. */
export interface PointInput {
  id: PointId;
  vectors: Map<string, Float32Array>;
  payload: Payload | null;
  sparse?: Map<string, SparseVector>;
}

export interface PointRecord {
  id: PointId;
  version: number;
  payload: Payload | null;
  vectors: Map<string, Float32Array>;
  sparse?: Map<string, SparseVector>;
}

export interface ScoredRow {
  row: number;
  score: number;
}
