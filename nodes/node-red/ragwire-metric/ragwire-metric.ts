import {
  DEFAULT_MAX_SERIES,
  defineUserMetric,
  parseBuckets,
  UserMetricError,
  type GaugeOperation,
  type UserMetric,
  type UserMetricType,
} from '../../core/metrics/index.js';
import { serveMetrics } from '../shared/metrics.js';
import { FlowError, isObject } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef, NodeMessage } from '../shared/types.js';

/** Node-RED's evaluateNodeProperty: msg, flow, global, env, str, num … typed inputs. */
interface NodeUtil {
  evaluateNodeProperty(
    value: string,
    type: string,
    node: object,
    msg: NodeMessage,
    callback: (err: Error | null, result: unknown) => void,
  ): void;
}

interface LabelSource {
  name: string;
  value: string;
  valueType: string;
}

function evaluate(util: NodeUtil, node: Node, msg: NodeMessage, value: string, type: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    util.evaluateNodeProperty(value, type, node, msg, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

/** A number, a numeric string or a boolean (1/0, for gauges of states); anything else is refused. */
function numberOf(v: unknown, where: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new UserMetricError(`value: ${where} is not a number (got ${v === undefined ? 'nothing' : JSON.stringify(v)})`);
}

function labelValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export = (RED: NodeAPI) => {
  serveMetrics(RED);
  const util = (RED as NodeAPI & { util: NodeUtil }).util;

  function RagwireMetricNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const labels: LabelSource[] = (Array.isArray(config.labels) ? config.labels : []).filter(isObject).map((l) => ({
      name: String(l.name ?? '').trim(),
      value: String(l.value ?? ''),
      valueType: String(l.valueType ?? 'msg'),
    }));
    const gaugeOperation = (
      ['set', 'inc', 'dec'].includes(String(config.operation)) ? config.operation : 'set'
    ) as GaugeOperation;
    const value = { value: String(config.value ?? 'payload'), type: String(config.valueType ?? 'msg') };
    let metric: UserMetric | Error;
    try {
      metric = defineUserMetric(
        {
          type: String(config.metricType ?? 'counter') as UserMetricType,
          name: String(config.metricName ?? '').trim(),
          help: String(config.help ?? ''),
          labelNames: labels.map((l) => l.name),
          buckets: parseBuckets(String(config.buckets ?? '')),
          maxSeries:
            config.maxSeries === undefined || config.maxSeries === '' ? DEFAULT_MAX_SERIES : Number(config.maxSeries),
        },
        this.id,
      );
      this.status({});
    } catch (err) {
      metric = new Error(`configuration: ${(err as Error).message}`);
      this.error(metric.message);
      this.status({ fill: 'red', shape: 'ring', text: 'configuration' });
    }
    let dropped = 0;

    this.on('input', (msg, send, done) => {
      const record = async () => {
        if (metric instanceof Error) throw metric;
        const labelValues: Record<string, string> = {};
        for (const l of labels) labelValues[l.name] = labelValue(await evaluate(util, this, msg, l.value, l.valueType));
        const where = value.type === 'msg' ? `msg.${value.value}` : `the ${value.type} value`;
        const amount = numberOf(await evaluate(util, this, msg, value.value, value.type), where);
        const result = metric.record(labelValues, amount, gaugeOperation);
        if (!result.recorded) {
          // New label combinations beyond the cap are dropped: unbounded series would swamp Prometheus.
          if (dropped++ === 0)
            this.warn(
              `${metric.spec.name}: more than ${result.limit} label combinations; new ones are dropped. ` +
                'Use labels with few values (a status, a route), or raise Max. series.',
            );
          this.status({ fill: 'yellow', shape: 'ring', text: `series limit ${result.limit}: ${dropped} dropped` });
        } else if (dropped === 0) this.status({ fill: 'green', shape: 'dot', text: `${metric.seriesCount()} series` });
      };
      record().then(
        () => {
          send(msg);
          done();
        },
        (err: unknown) => {
          this.status({ fill: 'red', shape: 'ring', text: 'not recorded' });
          done(new FlowError((err as Error)?.message ?? String(err)));
        },
      );
    });
    this.on('close', (_removed, done) => {
      if (!(metric instanceof Error)) metric.release();
      done();
    });
  }
  RED.nodes.registerType('ragwire-metric', RagwireMetricNode);
};
