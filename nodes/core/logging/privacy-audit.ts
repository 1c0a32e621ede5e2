import { LEVELS } from '../privacy/entities.js';
import type { AuditRecord } from '../privacy/router.js';

/** Marks a logged privacy decision; a registry symbol, so copies of this module loaded twice agree. */
const PRIVACY_DECISION = Symbol.for('ragwire.privacy-decision');

/**
 * A privacy decision as it goes to a log: structured for the ECS handler, and, for any other
 * logger (Node-RED's console prints `String(message)`), the readable line
 * `privacy decision {"level":…}`. It holds only the audit record: levels, route, rule, entity
 * counts and timings, never values.
 */
export class PrivacyDecisionLog {
  constructor(readonly privacyDecision: AuditRecord) {
    Object.defineProperty(this, PRIVACY_DECISION, { value: true });
  }

  toString(): string {
    return `privacy decision ${JSON.stringify(this.privacyDecision)}`;
  }
}

/** The audit record of a logged privacy decision, or undefined for any other message. */
export function privacyDecisionOf(message: unknown): AuditRecord | undefined {
  if (typeof message !== 'object' || message === null || !(PRIVACY_DECISION in message)) return undefined;
  const record = (message as { privacyDecision?: AuditRecord }).privacyDecision;
  return typeof record === 'object' && record !== null ? record : undefined;
}

const ROUTES = ['local', 'cloud', 'blocked'];
const SECOND_OPINION_ANSWERS = ['yes', 'no', 'error', 'timeout'];
const ENTITY_TYPE = /^[A-Z][A-Z0-9_]*$/;

const level = (v: unknown) => ((LEVELS as readonly unknown[]).includes(v) ? (v as string) : undefined);
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

function entityCounts(entities: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof entities !== 'object' || entities === null) return out;
  for (const [type, n] of Object.entries(entities))
    if (ENTITY_TYPE.test(type) && count(n) !== undefined) out[type] = n as number;
  return out;
}

function sources(record: AuditRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record.sources ?? {})) {
    const l = level(value);
    if (l) out[snake(key)] = l;
  }
  return out;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Only the fields defined below, each checked for its type: a field added to the record later stays out until listed. */
function secondOpinion(record: AuditRecord): Record<string, unknown> | undefined {
  const o = record.secondOpinion;
  if (!o) return undefined;
  return {
    answer: SECOND_OPINION_ANSWERS.includes(o.answer) ? o.answer : undefined,
    duration_ms: count(o.durationMs),
    spans: count(o.spans),
    located: flag(o.located),
    problem: text(o.problem),
    cached: flag(o.cached),
  };
}

/**
 * The ECS fields of a privacy decision: `event.*` (an allowed or denied API event, failure when
 * blocked, the rule as the reason, the duration in nanoseconds) and the decision itself under the
 * custom `ragwire.privacy` object. Built field by field from what the record is known to hold, so
 * nothing else (no text, no value) can reach the line.
 */
export function privacyDecisionFields(record: AuditRecord): Record<string, unknown> {
  const route = ROUTES.includes(record.route) ? record.route : undefined;
  const blocked = route === 'blocked';
  const entities = entityCounts(record.entities);
  const durationMs = count(record.durationMs);
  return {
    event: {
      kind: 'event',
      category: ['api'],
      type: [blocked ? 'denied' : 'allowed'],
      action: 'privacy-decision',
      outcome: blocked ? 'failure' : 'success',
      reason: text(record.rule),
      duration: durationMs === undefined ? undefined : Math.round(durationMs * 1e6),
    },
    ragwire: {
      privacy: {
        level: level(record.level),
        fixed_level: level(record.fixedLevel),
        route,
        rule: text(record.rule),
        pseudonymized: flag(record.pseudonymized),
        entities,
        entity_count: Object.values(entities).reduce((a, b) => a + b, 0),
        sources: sources(record),
        second_opinion: secondOpinion(record),
      },
    },
  };
}
