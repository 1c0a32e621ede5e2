import type { ScoredPoint } from '../collection.js';
import { pointIdToJson } from '../point-id.js';
import type { CollectionConfig, Payload, PointRecord } from '../types.js';
import type { PayloadSelector, VectorSelector } from './parse.js';

/** Qdrant's Record / ScoredPoint JSON for a point, honouring with_payload and with_vector. */
export function presentRecord(
  config: CollectionConfig,
  point: PointRecord,
  withPayload: PayloadSelector,
  withVector: VectorSelector,
): Record<string, unknown> {
  return {
    id: pointIdToJson(point.id),
    payload: selectPayload(point.payload, withPayload),
    vector: selectVector(config, point.vectors, withVector),
  };
}

export function presentScored(
  config: CollectionConfig,
  hit: ScoredPoint,
  withPayload: PayloadSelector,
  withVector: VectorSelector,
): Record<string, unknown> {
  const { id, payload, vector } = presentRecord(config, hit.record, withPayload, withVector);
  return { id, version: hit.record.version, score: hit.score, payload, vector };
}

function selectPayload(payload: Payload | null, selector: PayloadSelector): Payload | null {
  if (selector === false) return null;
  const full = payload ?? {};
  if (selector === true) return full;
  if ('include' in selector) {
    const out: Payload = {};
    for (const key of selector.include) if (key in full) out[key] = full[key];
    return out;
  }
  const out: Payload = { ...full };
  for (const key of selector.exclude) delete out[key];
  return out;
}

function selectVector(
  config: CollectionConfig,
  vectors: Map<string, Float32Array>,
  selector: VectorSelector,
): number[] | Record<string, number[]> | null {
  if (selector === false) return null;
  if (config.unnamed) {
    const v = vectors.get('');
    return v ? Array.from(v) : null;
  }
  const out: Record<string, number[]> = {};
  for (const [name, v] of vectors) {
    if (selector === true || selector.includes(name)) out[name] = Array.from(v);
  }
  return out;
}
