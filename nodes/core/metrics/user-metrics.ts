import type { Counter, Gauge, Histogram } from 'prom-client';
import { promClient, ragwireRegistry } from './registry.js';
import { InputError } from '../errors.js';

export type UserMetricType = 'counter' | 'gauge' | 'histogram';
const TYPES: UserMetricType[] = ['counter', 'gauge', 'histogram'];

export interface UserMetricSpec {
  type: UserMetricType;
  name: string;
  help: string;
  labelNames: string[];
  /** Histogram bucket upper bounds (ascending); prom-client's defaults when empty. */
  buckets?: number[];
  /** Distinct label-value combinations kept; new ones beyond are dropped. */
  maxSeries: number;
}

/** A metric definition or value that does not fit Prometheus's rules, naming the field. */
export class UserMetricError extends InputError {
  override name = 'UserMetricError';
}

export const DEFAULT_MAX_SERIES = 100;
export const MAX_LABEL_VALUE_LENGTH = 128;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Names Ragwire and the process metrics use: a user metric there would collide with the built-in ones. */
const RESERVED_PREFIXES = ['ragwire_', 'gen_ai_', 'process_', 'nodejs_'];

/** Checks a definition against Prometheus's naming rules, naming the field at fault. */
export function validateSpec(spec: UserMetricSpec): void {
  if (!TYPES.includes(spec.type))
    throw new UserMetricError(`type: expected counter, gauge or histogram, got ${JSON.stringify(spec.type)}`);
  if (!METRIC_NAME.test(spec.name))
    throw new UserMetricError(
      `name: "${spec.name}" is not a Prometheus metric name (letters, digits, _ and :, not starting with a digit), e.g. orders_processed_total`,
    );
  if (spec.name.startsWith('__')) throw new UserMetricError(`name: names starting with __ are reserved by Prometheus`);
  const reserved = RESERVED_PREFIXES.find((p) => spec.name.startsWith(p));
  if (reserved)
    throw new UserMetricError(
      `name: the prefix ${reserved} belongs to Ragwire's built-in metrics; choose another name`,
    );
  if (spec.type === 'counter' && !spec.name.endsWith('_total'))
    throw new UserMetricError(`name: a counter's name ends in _total (Prometheus convention), e.g. ${spec.name}_total`);
  if (spec.type !== 'counter' && spec.name.endsWith('_total'))
    throw new UserMetricError(`name: only counters end in _total; rename this ${spec.type}`);
  if (spec.type === 'histogram' && /_(bucket|count|sum)$/.test(spec.name))
    throw new UserMetricError(`name: a histogram's name cannot end in _bucket, _count or _sum (Prometheus adds them)`);
  if (!spec.help.trim())
    throw new UserMetricError('help: describe what the metric counts (Prometheus shows it as HELP)');
  const seen = new Set<string>();
  for (const label of spec.labelNames) {
    if (!LABEL_NAME.test(label))
      throw new UserMetricError(
        `labels: "${label}" is not a Prometheus label name (letters, digits and _, not starting with a digit)`,
      );
    if (label.startsWith('__')) throw new UserMetricError(`labels: "${label}": names starting with __ are reserved`);
    if (spec.type === 'histogram' && label === 'le')
      throw new UserMetricError('labels: "le" is reserved for histogram buckets');
    if (seen.has(label)) throw new UserMetricError(`labels: "${label}" appears twice`);
    seen.add(label);
  }
  if (!Number.isInteger(spec.maxSeries) || spec.maxSeries < 1)
    throw new UserMetricError(`max series: expected a whole number above 0, got ${spec.maxSeries}`);
  const b = spec.buckets ?? [];
  if (b.some((x) => !Number.isFinite(x)) || b.some((x, i) => i > 0 && x <= b[i - 1]))
    throw new UserMetricError('buckets: expected ascending numbers such as 0.1, 0.5, 1, 5');
}

/** Parses "0.1, 0.5, 1" (the editor's field); empty means the defaults. */
export function parseBuckets(text: string): number[] | undefined {
  if (!text.trim()) return undefined;
  return text.split(',').map((t) => {
    const n = Number(t.trim());
    if (!t.trim() || !Number.isFinite(n)) throw new UserMetricError(`buckets: "${t.trim()}" is not a number`);
    return n;
  });
}

type Instrument = Counter<string> | Gauge<string> | Histogram<string>;

interface Definition {
  spec: UserMetricSpec;
  /** What must match for a node to reuse the metric: type, labels and buckets. */
  shape: string;
  metric: Instrument;
  series: Set<string>;
  owners: Set<string>;
}

/** User metrics by name, kept per process like the registry so redeploys find them. */
function definitions(): Map<string, Definition> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Definition> | undefined>;
  return (holder[Symbol.for('ragwire.metrics.user')] ??= new Map());
}

function shapeOf(spec: UserMetricSpec): string {
  return JSON.stringify([spec.type, spec.labelNames, spec.type === 'histogram' ? (spec.buckets ?? null) : null]);
}

function describe(spec: UserMetricSpec): string {
  return `a ${spec.type} with labels [${spec.labelNames.join(', ')}]${spec.buckets ? ` and buckets [${spec.buckets.join(', ')}]` : ''}`;
}

export type GaugeOperation = 'set' | 'inc' | 'dec';

/** What happened to one recording. */
export type RecordResult = { recorded: true } | { recorded: false; reason: 'series-limit'; limit: number };

/** A user-defined metric as one node holds it; release() when the node closes. */
export interface UserMetric {
  readonly spec: UserMetricSpec;
  record(labels: Record<string, string>, value: number, gaugeOperation?: GaugeOperation): RecordResult;
  /** Distinct label-value combinations recorded so far (across redeploys). */
  seriesCount(): number;
  release(): void;
}

/**
 * The metric `spec` describes, for node `owner`: the one already registered when a node (this one
 * before a redeploy, or another) defined the same name with the same type, labels and buckets, so
 * its series continue; a new one otherwise. A name still held by another node with another shape
 * is refused with a clear error; one no node holds any more is replaced.
 */
export function defineUserMetric(spec: UserMetricSpec, owner: string): UserMetric {
  validateSpec(spec);
  const registry = ragwireRegistry();
  const defs = definitions();
  const shape = shapeOf(spec);
  let def = defs.get(spec.name);
  if (def && def.shape !== shape) {
    const others = [...def.owners].filter((o) => o !== owner);
    if (others.length > 0)
      throw new UserMetricError(
        `name: the metric ${spec.name} is already defined as ${describe(def.spec)} by another ragwire-metric node; ` +
          `use the same type and labels there, or another name`,
      );
    registry.removeSingleMetric(spec.name);
    defs.delete(spec.name);
    def = undefined;
  }
  if (!def) {
    if (registry.getSingleMetric(spec.name))
      throw new UserMetricError(`name: ${spec.name} is already a Ragwire metric; choose another name`);
    const config = {
      name: spec.name,
      help: spec.help,
      labelNames: spec.labelNames,
      registers: [registry],
      ...(spec.type === 'histogram' && spec.buckets ? { buckets: spec.buckets } : {}),
    };
    const { Counter, Gauge, Histogram } = promClient();
    const metric =
      spec.type === 'counter' ? new Counter(config) : spec.type === 'gauge' ? new Gauge(config) : new Histogram(config);
    def = { spec, shape, metric, series: new Set(), owners: new Set() };
    defs.set(spec.name, def);
  }
  const d = def;
  d.owners.add(owner);
  return {
    spec,
    seriesCount: () => d.series.size,
    release: () => void d.owners.delete(owner),
    record(labels, value, gaugeOperation = 'set') {
      if (!Number.isFinite(value)) throw new UserMetricError(`value: expected a finite number, got ${value}`);
      if (d.spec.type === 'counter' && value < 0)
        throw new UserMetricError(`value: a counter only goes up; got ${value}`);
      const values: Record<string, string> = {};
      for (const name of spec.labelNames) values[name] = String(labels[name] ?? '').slice(0, MAX_LABEL_VALUE_LENGTH);
      const key = JSON.stringify(spec.labelNames.map((n) => values[n]));
      if (!d.series.has(key)) {
        // The limit of the node recording, over every series of the metric (also those other nodes added).
        if (d.series.size >= spec.maxSeries) return { recorded: false, reason: 'series-limit', limit: spec.maxSeries };
        d.series.add(key);
      }
      // By the definition's type, not instanceof: another copy of prom-client may have made the metric.
      if (d.spec.type === 'counter') (d.metric as Counter<string>).inc(values, value);
      else if (d.spec.type === 'histogram') (d.metric as Histogram<string>).observe(values, value);
      else {
        const g = d.metric as Gauge<string>;
        if (gaugeOperation === 'inc') g.inc(values, value);
        else if (gaugeOperation === 'dec') g.dec(values, value);
        else g.set(values, value);
      }
      return { recorded: true };
    },
  };
}
