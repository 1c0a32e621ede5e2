import type { ScoredPoint } from './collection.js';

/**
 * Score fusion of prefetch results, computed as Qdrant v1.19 computes it (segment/src/common/
 * reciprocal_rank_fusion.rs and score_fusion.rs), in float32 like Qdrant, so fused scores match.
 */

/** Qdrant's DEFAULT_RRF_K (`{fusion: "rrf"}`); `{rrf: {k}}` sets another. */
export const DEFAULT_RRF_K = 2;

const f32 = Math.fround;

/**
 * Reciprocal rank fusion: each list adds 1 / ((position + 1) / weight + k - 1) to a point, which
 * is 1 / (rank + k - 1) with rank counted from 1 and weight 1. Input scores are ignored.
 */
export function rrf(lists: readonly ScoredPoint[][], k = DEFAULT_RRF_K, weights?: readonly number[]): ScoredPoint[] {
  return sumById(
    lists.map((list, i) => {
      const weight = weights?.[i] ?? 1;
      return list.map((point, position) => ({
        point,
        score: weight <= 0 ? 0 : f32(1 / f32(f32(f32(position + 1) / f32(weight)) + f32(k) - 1)),
      }));
    }),
  );
}

/**
 * Distribution-based score fusion: each list's scores are mapped to [0, 1] between mean - 3σ and
 * mean + 3σ (sample variance, Welford's method; a single point scores 0.5, as do equal scores),
 * then summed per point.
 */
export function dbsf(lists: readonly ScoredPoint[][]): ScoredPoint[] {
  return sumById(lists.map(distributionNormalised));
}

function distributionNormalised(list: ScoredPoint[]): { point: ScoredPoint; score: number }[] {
  if (list.length < 2) return list.map((point) => ({ point, score: 0.5 }));
  let mean = 0;
  let aggregate = 0;
  list.forEach((p, i) => {
    const oldDelta = f32(p.score - mean);
    mean = f32(mean + f32(oldDelta / (i + 1)));
    aggregate = f32(aggregate + f32(oldDelta * f32(p.score - mean)));
  });
  const std = f32(Math.sqrt(f32(aggregate / (list.length - 1))));
  const min = f32(mean - f32(3 * std));
  const max = f32(mean + f32(3 * std));
  if (min === max) return list.map((point) => ({ point, score: 0.5 }));
  return list.map((point) => ({ point, score: f32(f32(point.score - min) / f32(max - min)) }));
}

/** Sums each point's scores over the lists; best first, ties in order of first appearance. */
function sumById(lists: { point: ScoredPoint; score: number }[][]): ScoredPoint[] {
  const byId = new Map<string, { point: ScoredPoint; score: number; first: number }>();
  let seen = 0;
  for (const list of lists) {
    for (const { point, score } of list) {
      const key = `${typeof point.record.id}:${String(point.record.id)}`;
      const entry = byId.get(key);
      if (entry) entry.score = f32(entry.score + score);
      else byId.set(key, { point, score, first: seen++ });
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ point, score }) => ({ record: point.record, score }));
}
