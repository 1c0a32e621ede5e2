import { PrivacyDecisionLog } from '../nodes/core/logging/privacy-audit.js';
import { PrivacyGuard } from '../nodes/core/privacy/guard.js';
import { auditRecordOf } from '../nodes/core/privacy/router.js';
import { ecsLogHandler, type NodeRedLogRecord } from '../nodes/node-red/logging/ecs-log-handler.js';
import { round } from './support.js';

/** Node-RED's log dispatcher (@node-red/util), which calls whichever handlers settings.logging names. */
interface NodeRedLog {
  init(settings: { logging: Record<string, unknown> }): void;
  log(record: NodeRedLogRecord): void;
}

const LINES = 50_000;

/** What a running flow logs: node warnings, runtime lines, node errors and privacy decisions. */
function records(): NodeRedLogRecord[] {
  const node = { id: '4f2a9c1d8e7b6a50', type: 'ragwire-retrieve', name: 'Search', z: '8c1d2e3f4a5b6c7d' };
  const decision = auditRecordOf(
    new PrivacyGuard().decide({ question: 'Rechnung an max.mustermann@example.de, IBAN DE89 3704 0044 0532 0130 00' }),
  );
  return [
    { level: 30, msg: 'msg.topK: expected a whole number from 1 to 100, using 5', ...node },
    { level: 40, msg: 'Started flows' },
    { level: 20, msg: new RangeError('the collection "docs" does not exist (any more)'), ...node },
    { level: 40, msg: new PrivacyDecisionLog(decision), ...node, type: 'ragwire-router' },
  ];
}

/** Milliseconds for LINES records through Node-RED's log with the handlers `logging` configures. */
function timeLines(log: NodeRedLog, logging: Record<string, unknown>, sample: NodeRedLogRecord[]): number {
  log.init({ logging });
  const t = process.hrtime.bigint();
  for (let i = 0; i < LINES; i++) log.log({ ...sample[i % sample.length] });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * ECS logging on vs off: the same records through Node-RED's real log dispatcher, once to its
 * console logger (the default, "off") and once to the ECS handler, both writing to a sink that
 * keeps only the byte count. Interleaved rounds after warm-up, medians, one run.
 */
export function benchLogging(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node-RED's own log module, as the runtime loads it
  const log = require('@node-red/util').log as NodeRedLog;
  const sample = records();
  let plainBytes = 0;
  let ecsBytes = 0;
  const consoleLog = console.log;
  // Node-RED's console logger ends in console.log; here it goes to the sink instead of the terminal.
  console.log = (line: string) => void (plainBytes += line.length + 1);
  const plainLogging = { console: { level: 'trace' } };
  const ecsLogging = {
    ecs: { level: 'trace', handler: ecsLogHandler, write: (line: string) => void (ecsBytes += line.length) },
  };
  const plain: number[] = [];
  const ecs: number[] = [];
  try {
    for (let r = 0; r < 2; r++) {
      timeLines(log, plainLogging, sample);
      timeLines(log, ecsLogging, sample);
    }
    plainBytes = ecsBytes = 0;
    for (let r = 0; r < 7; r++) {
      plain.push(timeLines(log, plainLogging, sample));
      ecs.push(timeLines(log, ecsLogging, sample));
    }
  } finally {
    console.log = consoleLog;
    log.init({ logging: { console: { level: 'info' } } });
  }
  const plainMs = median(plain);
  const ecsMs = median(ecs);
  return {
    'lines per round': LINES,
    'plain (Node-RED console format) lines/s': Math.round((LINES / plainMs) * 1000),
    'ECS lines/s': Math.round((LINES / ecsMs) * 1000),
    'ECS vs plain, throughput': round(plainMs / ecsMs),
    'ECS µs/line': round((ecsMs * 1000) / LINES, 2),
    'plain bytes/line': Math.round(plainBytes / (7 * LINES)),
    'ECS bytes/line': Math.round(ecsBytes / (7 * LINES)),
  };
}
