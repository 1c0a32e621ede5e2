import type { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { loadOnUse } from '../load-on-use.js';

/**
 * prom-client (with its default collectors, ~50 ms) is loaded when metrics are first recorded or
 * served, not when Node-RED loads the pack (see loadOnUse).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see loadOnUse)
export const promClient = loadOnUse(() => require('prom-client') as typeof import('prom-client'));

/**
 * Ragwire's metrics state, one per process. It lives on a global Symbol.for key, not in this
 * module: Node-RED redeploys recreate nodes, and a second copy of this module (a re-require, a
 * second installed copy of the pack) must find the same registry, so nothing is registered twice
 * (prom-client throws on that) and every series continues.
 */
interface MetricsState {
  registry: Registry;
  enabled: boolean;
  tokenUsage: boolean;
  /** The registry if made already (reading `registry` makes it). */
  made?: () => Registry | undefined;
}

const STATE_KEY = Symbol.for('ragwire.metrics.state');

function state(): MetricsState {
  const holder = globalThis as unknown as Record<symbol, MetricsState | undefined>;
  let s = holder[STATE_KEY];
  if (!s) {
    let registry: Registry | undefined;
    const created: MetricsState = {
      // Made on first use (prom-client loads then), with the process defaults if enabled by then.
      get registry(): Registry {
        if (!registry) {
          registry = new (promClient().Registry)();
          if (created.enabled) collectProcessMetrics(registry);
        }
        return registry;
      },
      enabled: !/^(0|off|false|no)$/i.test(process.env.RAGWIRE_METRICS ?? ''),
      tokenUsage: /^(1|on|true|yes)$/i.test(process.env.RAGWIRE_METRICS_TOKEN_USAGE ?? ''),
      made: () => registry,
    };
    s = holder[STATE_KEY] = created;
  }
  return s;
}

/**
 * Process defaults (CPU, memory, event loop lag, GC), once per process, on Ragwire's registry
 * only. prom-client's gauges named *_total (nodejs_active_handles_total …) are left out:
 * `promtool check metrics` warns that only counters end in _total, and the same counts are
 * there per type (nodejs_active_handles).
 */
function collectProcessMetrics(registry: Registry): void {
  if (registry.getSingleMetric('process_cpu_seconds_total')) return;
  promClient().collectDefaultMetrics({ register: registry });
  for (const m of registry.getMetricsAsArray())
    if (String(m.type) === 'gauge' && m.name.endsWith('_total')) registry.removeSingleMetric(m.name);
}

/** The process-wide Ragwire registry (never prom-client's global one), with every instrument defined so far. */
export function ragwireRegistry(): Registry {
  for (const create of undefinedInstruments) create();
  undefinedInstruments.clear();
  return state().registry;
}

/** False when RAGWIRE_METRICS=off (or configureMetrics said so): nothing is recorded or served. */
export function metricsEnabled(): boolean {
  return state().enabled;
}

/** Whether gen_ai_client_token_usage is recorded (RAGWIRE_METRICS_TOKEN_USAGE=true or the Node-RED setting). */
export function tokenUsageEnabled(): boolean {
  return state().tokenUsage;
}

export interface MetricsSettings {
  enabled?: boolean;
  /** Record gen_ai_client_token_usage, the histogram the GenAI conventions are replacing with counters. */
  tokenUsage?: boolean;
}

/** Applies settings that were given (a Node-RED settings.js block); the environment decides the rest. */
export function configureMetrics(settings: MetricsSettings): void {
  const s = state();
  if (settings.enabled !== undefined) s.enabled = settings.enabled;
  if (settings.tokenUsage !== undefined) s.tokenUsage = settings.tokenUsage;
  // A registry not made yet collects them when it is made.
  const made = s.made?.();
  if (s.enabled && made) collectProcessMetrics(made);
}

type Kind = 'counter' | 'gauge' | 'histogram';
const classes = () => {
  const { Counter, Gauge, Histogram } = promClient();
  return { counter: Counter, gauge: Gauge, histogram: Histogram } as const;
};
type Classes = ReturnType<typeof classes>;

/** Instruments declared (at module load) but not yet made: made on first use or when metrics are served. */
const undefinedInstruments = new Set<() => unknown>();

export interface InstrumentSpec<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  buckets?: number[];
}

/**
 * The metric `name` on the Ragwire registry: the one registered already (by this or an earlier
 * copy of the module), or a new one. Declared now, made on first use (a stand-in forwards to it).
 */
function instrument<K extends Kind, L extends string>(kind: K, spec: InstrumentSpec<L>): InstanceType<Classes[K]> {
  let made: object | undefined;
  const make = (): object => {
    if (made) return made;
    const registry = state().registry;
    const existing = registry.getSingleMetric(spec.name);
    if (existing) return (made = existing);
    const Class = classes()[kind] as unknown as new (c: object) => object;
    return (made = new Class({ ...spec, labelNames: [...spec.labelNames], registers: [registry] }));
  };
  undefinedInstruments.add(make);
  return new Proxy(
    {},
    {
      get(_, property) {
        const target = make() as Record<PropertyKey, unknown>;
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    },
  ) as InstanceType<Classes[K]>;
}

export function counter<L extends string>(spec: InstrumentSpec<L>): Counter<L> {
  return instrument('counter', spec) as unknown as Counter<L>;
}

export function gauge<L extends string>(spec: InstrumentSpec<L>): Gauge<L> {
  return instrument('gauge', spec) as unknown as Gauge<L>;
}

export function histogram<L extends string>(spec: InstrumentSpec<L>): Histogram<L> {
  return instrument('histogram', spec) as unknown as Histogram<L>;
}

/**
 * Keeps a label's distinct values bounded: the first `cap` values pass as they are, later new
 * ones become `_other`. For values bounded by configuration (collection and model names) that a
 * flow could still vary without limit (msg.collection).
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly cap: number) {}

  value(v: string): string {
    if (this.seen.has(v)) return v;
    if (this.seen.size >= this.cap) return OTHER;
    this.seen.add(v);
    return v;
  }
}

export const OTHER = '_other';

/** Label values kept across module copies, like the registry: keyed by the label's purpose. */
export function boundedLabel(key: string, cap: number): BoundedLabel {
  const holder = globalThis as unknown as Record<symbol, Map<string, BoundedLabel> | undefined>;
  const k = Symbol.for('ragwire.metrics.bounded');
  const map = (holder[k] ??= new Map());
  let label = map.get(key);
  if (!label) map.set(key, (label = new BoundedLabel(cap)));
  return label;
}

/** Seconds since `started` (process.hrtime.bigint()). */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * A low-cardinality error.type, as the OpenTelemetry conventions ask: the error's kind (a
 * ModelError's `kind`), else its class name, else `_OTHER`; at most 20 distinct values.
 */
export function errorType(err: unknown): string {
  const e = err as { kind?: unknown; name?: unknown; constructor?: { name?: unknown } } | undefined;
  const raw =
    typeof e?.kind === 'string'
      ? e.kind
      : typeof e?.name === 'string' && e.name !== 'Error'
        ? e.name
        : typeof e?.constructor?.name === 'string'
          ? e.constructor.name
          : '';
  return boundedErrorType(raw);
}

/** An error type given as text (a class name or short code), bounded like errorType's. */
export function boundedErrorType(raw: string): string {
  const clean = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/.test(raw) ? raw : '_OTHER';
  const v = boundedLabel('error_type', 20).value(clean);
  return v === OTHER ? '_OTHER' : v;
}
