import { formatError, version as ECS_VERSION } from '@elastic/ecs-helpers';
import * as os from 'node:os';
import { types } from 'node:util';
import { privacyDecisionFields, privacyDecisionOf } from './privacy-audit.js';
import { redactText, redactValue } from './redact.js';

export { ECS_VERSION };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'audit', 'metric'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One thing logged, as the runtime hands it over. */
export interface LogEvent {
  level: LogLevel;
  /** A string, an Error, a privacy decision (PrivacyDecisionLog) or any other value. */
  message: unknown;
  /** Milliseconds since the epoch. */
  time: number;
  /** Who logged: a node's type, or the runtime's name. */
  logger?: string;
  /** The Node-RED node that logged, and the flow (tab or subflow instance path) it is in. */
  node?: { id?: string; type?: string; name?: string };
  flowId?: string;
  flowPath?: string;
  /** A runtime audit or metric event: what happened ('flows.set'), and for audit events who asked, from where. */
  action?: string;
  user?: string;
  clientIp?: string;
  urlPath?: string;
}

export interface EcsOptions {
  /** `service.name` (default "ragwire"). */
  serviceName?: string;
  serviceVersion?: string;
  /** `service.environment`, e.g. "production". */
  serviceEnvironment?: string;
}

/** Longest `message` made from a logged object (a whole msg with an HTTP request can be megabytes). */
const MAX_OBJECT_MESSAGE = 16_384;

type Fields = Record<string, unknown>;

/**
 * Error fields as @elastic/ecs-helpers' formatError writes them. Its `instanceof Error` misses
 * errors made in another realm (a function node's sandbox), which get the same fields here.
 */
function errorFields(fields: Fields, err: Error): void {
  if (!formatError(fields, err)) {
    delete fields.err;
    fields.error = { type: err.constructor?.name || err.name, message: err.message, stack_trace: err.stack };
  }
  const error = fields.error as { message?: string; stack_trace?: string };
  if (typeof error.message === 'string') error.message = redactText(error.message);
  if (typeof error.stack_trace === 'string') error.stack_trace = redactText(error.stack_trace);
}

/** The `message` of a logged value; error and privacy fields go into `fields`. */
function messageOf(value: unknown, fields: Fields): string {
  if (typeof value === 'string') return redactText(value);
  if (value === undefined || value === null) return '';
  if (types.isNativeError(value) || value instanceof Error) {
    errorFields(fields, value as Error);
    return redactText((value as Error).message || String(value));
  }
  const decision = privacyDecisionOf(value);
  if (decision) {
    Object.assign(fields, privacyDecisionFields(decision));
    return `privacy decision: ${decision.route} (${decision.rule})`;
  }
  if (typeof value !== 'object') return redactText(String(value));
  // Node-RED's console logger prints an object's own message when it has one; so does this.
  const own = (value as { message?: unknown }).message;
  if (typeof own === 'string') return redactText(own);
  const json = JSON.stringify(redactValue(value)) ?? '';
  return json.length > MAX_OBJECT_MESSAGE ? `${json.slice(0, MAX_OBJECT_MESSAGE)}… (truncated)` : json;
}

/** Node-RED's node and flow as `labels.node_red_*`: keyword fields every ECS index template maps. */
function labelsOf(event: LogEvent): Record<string, string> | undefined {
  const labels: Record<string, string | undefined> = {
    node_red_node_id: event.node?.id,
    node_red_node_type: event.node?.type,
    node_red_node_name: event.node?.name,
    node_red_flow_id: event.flowId,
    node_red_flow_path: event.flowPath && event.flowPath !== event.flowId ? event.flowPath : undefined,
  };
  const set = Object.entries(labels).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return set.length ? Object.fromEntries(set) : undefined;
}

/**
 * Maps log events to Elastic Common Schema documents, laid out as Elastic's own formatters
 * (@elastic/ecs-pino-format) write them: `@timestamp`, `log.level`, `message` and `ecs.version`
 * first, the fields every line has as dotted top-level keys, groups only some lines have
 * (`error`, `event`, `labels`, `ragwire`) as objects. Secrets are redacted from every text.
 */
export class EcsFormatter {
  private readonly service: Fields;

  constructor(options: EcsOptions = {}) {
    this.service = {
      'service.name': options.serviceName || 'ragwire',
      'service.version': options.serviceVersion || undefined,
      'service.environment': options.serviceEnvironment || undefined,
      'process.pid': process.pid,
      'host.hostname': os.hostname(),
    };
  }

  /** The ECS document of one event. */
  format(event: LogEvent): Fields {
    const extra: Fields = {};
    const message = messageOf(event.message, extra);
    const doc: Fields = {
      '@timestamp': new Date(event.time).toISOString(),
      'log.level': event.level,
      message: message || event.action || '',
      'ecs.version': ECS_VERSION,
      ...this.service,
      'log.logger': event.logger,
      labels: labelsOf(event),
      ...extra,
    };
    if (event.level === 'audit' || event.level === 'metric') {
      doc.event = { kind: event.level === 'audit' ? 'event' : 'metric', action: event.action };
      if (event.user) doc.user = { name: event.user };
      if (event.clientIp) doc.client = { ip: event.clientIp };
      if (event.urlPath) doc.url = { path: event.urlPath };
    }
    return doc;
  }

  /** One line of newline-delimited JSON. */
  line(event: LogEvent): string {
    return `${JSON.stringify(this.format(event))}\n`;
  }
}
