import { QDRANT_VERSION } from './identity.js';
import type { EmbeddedStore } from './store.js';

/** Qdrant's duration buckets (DEFAULT_BUCKET_BOUNDARIES_MICROS), in seconds. */
const BUCKETS = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1, 5, 10, 50];

interface Timings {
  count: number;
  sum: number;
  min: number;
  max: number;
  /** Non-cumulative counts per bucket of BUCKETS. */
  buckets: number[];
}

/**
 * The store's own `/metrics`, in Prometheus text format with Qdrant's metric names, so dashboards
 * and alerts written for Qdrant work unchanged: app_info, collections_total,
 * collections_vector_total, collection_points, collection_vectors, and per REST endpoint
 * rest_responses_total (every status) and, for 200 answers as Qdrant does, the average, minimum
 * and maximum duration and the duration histogram. Endpoints are labelled with their route
 * template (`/collections/{collection_name}/points/query`), never a concrete name or id.
 */
export class StoreMetrics {
  private readonly responses = new Map<
    string,
    { labels: [string, string, string]; count: number; timings?: Timings }
  >();

  /** Counts one answered request; `endpoint` is the route template, `seconds` its duration. */
  record(method: string, endpoint: string, status: number, seconds: number): void {
    const labels: [string, string, string] = [method, endpoint, String(status)];
    const slot = labels.join(' ');
    let entry = this.responses.get(slot);
    if (!entry) this.responses.set(slot, (entry = { labels, count: 0 }));
    entry.count++;
    if (status !== 200) return;
    const t = (entry.timings ??= { count: 0, sum: 0, min: Infinity, max: 0, buckets: BUCKETS.map(() => 0) });
    t.count++;
    t.sum += seconds;
    t.min = Math.min(t.min, seconds);
    t.max = Math.max(t.max, seconds);
    const bucket = BUCKETS.findIndex((b) => seconds <= b);
    if (bucket >= 0) t.buckets[bucket]++;
  }

  /** The exposition: families with no sample are left out, as Qdrant leaves them out. */
  render(store: EmbeddedStore): string {
    const out: string[] = [];
    const family = (name: string, help: string, type: string, samples: string[]) => {
      if (samples.length === 0) return;
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples);
    };
    family('app_info', 'information about qdrant server', 'gauge', [
      `app_info${labels({ name: 'qdrant', version: QDRANT_VERSION })} 1`,
    ]);
    const names = store.collectionNames().sort();
    family('collections_total', 'number of collections', 'gauge', [`collections_total ${names.length}`]);
    const points: string[] = [];
    const vectors: string[] = [];
    let vectorTotal = 0;
    for (const name of names) {
      const c = store.collection(name);
      points.push(`collection_points${labels({ id: name })} ${c.size}`);
      for (const vector of c.config.vectors.keys()) {
        const count = c.count((p) => p.hasVector(vector));
        vectorTotal += count;
        vectors.push(`collection_vectors${labels({ collection: name, vector })} ${count}`);
      }
    }
    family('collections_vector_total', 'total number of vectors in all collections', 'gauge', [
      `collections_vector_total ${vectorTotal}`,
    ]);
    family('collection_vectors', 'amount of vectors grouped by vector name', 'gauge', vectors);
    family('collection_points', 'approximate amount of points per collection', 'gauge', points);

    const entries = [...this.responses.values()].sort((a, b) => a.labels.join(' ').localeCompare(b.labels.join(' ')));
    const rest = (e: (typeof entries)[number]) =>
      labels({ method: e.labels[0], endpoint: e.labels[1], status: e.labels[2] });
    const timed = entries.filter((e) => e.timings);
    family(
      'rest_responses_total',
      'total number of responses',
      'counter',
      entries.map((e) => `rest_responses_total${rest(e)} ${e.count}`),
    );
    const gauge = (name: string, help: string, value: (t: Timings) => number) =>
      family(
        name,
        help,
        'gauge',
        timed.map((e) => `${name}${rest(e)} ${value(e.timings as Timings)}`),
      );
    gauge('rest_responses_avg_duration_seconds', 'average response duration', (t) => t.sum / t.count);
    gauge('rest_responses_min_duration_seconds', 'minimum response duration', (t) => t.min);
    gauge('rest_responses_max_duration_seconds', 'maximum response duration', (t) => t.max);
    const histogram: string[] = [];
    for (const e of timed) {
      const t = e.timings as Timings;
      const base = { method: e.labels[0], endpoint: e.labels[1], status: e.labels[2] };
      let cumulative = 0;
      BUCKETS.forEach((le, i) => {
        cumulative += t.buckets[i];
        histogram.push(`rest_responses_duration_seconds_bucket${labels({ ...base, le: String(le) })} ${cumulative}`);
      });
      histogram.push(`rest_responses_duration_seconds_bucket${labels({ ...base, le: '+Inf' })} ${t.count}`);
      histogram.push(`rest_responses_duration_seconds_sum${labels(base)} ${t.sum}`);
      histogram.push(`rest_responses_duration_seconds_count${labels(base)} ${t.count}`);
    }
    family('rest_responses_duration_seconds', 'response duration histogram', 'histogram', histogram);
    return out.join('\n') + '\n';
  }
}

function labels(values: Record<string, string>): string {
  const parts = Object.entries(values).map(
    ([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`,
  );
  return `{${parts.join(',')}}`;
}
