import { counter, metricsEnabled } from './registry.js';

const LEVELS = ['public', 'internal', 'confidential', 'personal'];
const ROUTES = ['local', 'cloud', 'blocked'];

/** The parts of a privacy audit record the metric uses (see AuditRecord in core/privacy/router.ts). */
export interface PrivacyDecisionRecord {
  level: string;
  route: string;
  rule: string;
}

/**
 * The kind of rule behind a decision, from the audit record's free-text rule ("personal: local
 * only", "cloud gate (embedding): …"): a fixed set of values, never the text itself.
 */
export function ruleKind(rule: string): string {
  if (rule.startsWith('cloud gate (embedding)')) return 'cloud_gate_embedding';
  if (rule.startsWith('cloud gate')) return 'cloud_gate';
  if (/: cloud after pseudonymization$/.test(rule)) return 'cloud_after_pseudonymization';
  if (/: cloud allowed$/.test(rule)) return 'cloud_allowed';
  if (/: local only$/.test(rule)) return 'local_only';
  if (/: no model allowed$/.test(rule)) return 'no_model_allowed';
  return 'other';
}

const decisions = counter({
  name: 'ragwire_privacy_decisions_total',
  help: 'Privacy decisions by sensitivity level, route, kind of rule and whether the text was blocked',
  labelNames: ['level', 'route', 'rule', 'blocked'] as const,
});

/** Counts one privacy decision (the router's, or the cloud gate's at a cloud call). */
export function recordPrivacyDecision(record: PrivacyDecisionRecord): void {
  if (!metricsEnabled()) return;
  decisions.inc({
    level: LEVELS.includes(record.level) ? record.level : 'other',
    route: ROUTES.includes(record.route) ? record.route : 'other',
    rule: ruleKind(String(record.rule ?? '')),
    blocked: String(record.route === 'blocked'),
  });
}
