import { EcsFormatter, type EcsOptions, type LogEvent, type LogLevel } from '../../core/logging/index.js';

/** Node-RED's numeric log levels (@node-red/util's log.js) and their names. */
const LEVELS: Record<number, LogLevel> = {
  10: 'fatal',
  20: 'error',
  30: 'warn',
  40: 'info',
  50: 'debug',
  60: 'trace',
  98: 'audit',
  99: 'metric',
};

/** A record as Node-RED's log hands it to a logging handler. */
export interface NodeRedLogRecord {
  level: number;
  msg?: unknown;
  timestamp?: number;
  /** The node that logged: id, type, name and flow (z); path is the flow path (tab or subflow instances). */
  id?: string;
  type?: string;
  name?: string;
  z?: string;
  /** On audit records the request path instead. */
  path?: string;
  /** Audit and metric records: the event name, and (audit) who asked from where. */
  event?: string;
  user?: { username?: string };
  ip?: string;
  nodeid?: string;
}

/** One entry of settings.js `logging`, as Node-RED passes it to the handler. */
export interface EcsLogSettings extends EcsOptions {
  level?: string;
  /** Where each line goes (default: standard output). */
  write?: (line: string) => void;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Node-RED's log record as a log event of the ECS formatter. */
export function logEventOf(record: NodeRedLogRecord): LogEvent {
  const level = LEVELS[record.level] ?? 'info';
  const runtimeEvent = level === 'audit' || level === 'metric';
  return {
    level,
    message: record.msg,
    time: typeof record.timestamp === 'number' ? record.timestamp : Date.now(),
    logger: text(record.type) ?? 'node-red',
    node:
      record.id || record.nodeid
        ? { id: text(record.id) ?? text(record.nodeid), type: text(record.type), name: text(record.name) }
        : undefined,
    flowId: text(record.z),
    flowPath: runtimeEvent ? undefined : text(record.path),
    action: runtimeEvent ? text(record.event) : undefined,
    user: level === 'audit' ? text(record.user?.username) : undefined,
    clientIp: level === 'audit' ? text(record.ip) : undefined,
    urlPath: level === 'audit' ? text(record.path) : undefined,
  };
}

/**
 * A Node-RED logging handler writing one Elastic Common Schema JSON line per record. In settings.js:
 *
 *   logging: { ecs: { level: 'info', handler: require('@ragwire/node-red-ragwire/logging').ecsLogHandler } }
 *
 * Node-RED calls it with that entry (level, audit, metrics and the options of EcsLogSettings) and
 * sends each record at or above the level to the function it returns. A record that cannot be
 * formatted still gives a line: a logging handler must never throw into the node that logged.
 */
export function ecsLogHandler(settings: EcsLogSettings = {}): (record: NodeRedLogRecord) => void {
  const formatter = new EcsFormatter(settings);
  const write = settings.write ?? ((line: string) => void process.stdout.write(line));
  return (record) => {
    let line: string;
    try {
      line = formatter.line(logEventOf(record));
    } catch (err) {
      line = formatter.line({
        level: LEVELS[record?.level] ?? 'error',
        message: `a log record could not be formatted (${(err as Error)?.name ?? typeof err})`,
        time: Date.now(),
        logger: 'ragwire',
      });
    }
    write(line);
  };
}
