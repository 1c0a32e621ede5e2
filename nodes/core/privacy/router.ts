import type { ChatMessage } from '../models/provider.js';
import type { PrivacyScanner } from './detect.js';
import { isLevel, levelOf, maxLevel, type Entity, type SensitivityLevel } from './entities.js';
import { scanHistory } from './history-scan.js';
import type { PrivacyPolicy } from './policy.js';
import { RagwireError, type ErrorKind } from '../errors.js';

export type Route = 'local' | 'cloud' | 'blocked';

/** What was decided and why: levels, counts and timing, never the values themselves. */
export interface AuditRecord {
  at: string;
  level: SensitivityLevel;
  route: Route;
  rule: string;
  entities: Record<string, number>;
  pseudonymized: boolean;
  /**
   * The level pseudonymization cannot lower: classifications, passage classifications, markings
   * and user terms speak of the whole text. A node downstream (the cloud gate) honours it.
   */
  fixedLevel: SensitivityLevel;
  sources: {
    detected: SensitivityLevel;
    classification?: SensitivityLevel;
    context?: SensitivityLevel;
    /** What an upstream decision recorded as its fixed level. */
    recorded?: SensitivityLevel;
    /** What the local model's second opinion made of the text (personal on yes and on any failure). */
    secondOpinion?: SensitivityLevel;
  };
  /** Whether the local model was asked, what it answered and how long it took (see SecondOpinion); never values. */
  secondOpinion?: SecondOpinionRecord;
  durationMs: number;
}

export interface SecondOpinionRecord {
  asked: true;
  answer: 'yes' | 'no' | 'error' | 'timeout';
  durationMs: number;
  /** On yes: how many distinct spans the model quoted, and whether all were found in the text. */
  spans?: number;
  located?: boolean;
  /** On error: what kind (malformed answer, the model error's kind); never the text or the answer. */
  problem?: string;
  /** A no given to the same texts shortly before (the cloud gate after the route decision), not asked again. */
  cached?: boolean;
}

export interface Decision extends AuditRecord {
  /** Positions of what was found in each message (for pseudonymization), kept out of the audit. */
  findings: Entity[][];
}

export interface RouteInput {
  messages: ChatMessage[];
  /** An explicit classification (msg.classification). */
  classification?: unknown;
  /** Classifications stored with retrieved passages. */
  contextClassifications?: unknown[];
  /** The fixed level an upstream decision recorded (msg.privacy.fixedLevel). */
  recorded?: unknown;
}

/** A stated level; an unknown one counts as the highest: unsure means local. */
function statedLevel(v: unknown): SensitivityLevel | undefined {
  return v === undefined || v === null || v === '' ? undefined : isLevel(v) ? v : 'personal';
}

/**
 * Decides where messages may go. The level is the highest of what the detectors find (in each
 * message and across the history), an explicit classification, the stored classification of every
 * retrieved passage and what an upstream decision recorded. Pseudonymization may take text to the
 * cloud only when what it cannot hide (the fixed level) is allowed there.
 */
export function decideRoute(input: RouteInput, scanner: PrivacyScanner, policy: PrivacyPolicy): Decision {
  const started = process.hrtime.bigint();
  const findings = scanHistory(input.messages, scanner);
  const detected = maxLevel(findings.flat().map(levelOf));
  const classification = statedLevel(input.classification);
  const contextLevels = (input.contextClassifications ?? []).map((c) => statedLevel(c) ?? 'public');
  const context = contextLevels.length > 0 ? maxLevel(contextLevels) : undefined;
  const recorded = statedLevel(input.recorded);
  const wholeText = findings.flat().filter((e) => e.type === 'CONFIDENTIALITY_MARKING' || e.type === 'CUSTOM_TERM');
  const fixedLevel = maxLevel([
    ...wholeText.map(levelOf),
    ...[classification, context, recorded].filter((l): l is SensitivityLevel => l !== undefined),
  ]);
  const level = maxLevel([detected, fixedLevel]);
  const { route, rule, pseudonymized } = routeFor(level, fixedLevel, policy);
  return {
    at: new Date().toISOString(),
    level,
    route,
    rule,
    entities: entityCounts(findings),
    pseudonymized,
    fixedLevel,
    sources: {
      detected,
      ...(classification ? { classification } : {}),
      ...(context ? { context } : {}),
      ...(recorded ? { recorded } : {}),
    },
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    findings,
  };
}

/**
 * Where text of `level` may go when `fixedLevel` is what pseudonymization cannot lower: the cloud
 * if allowed, else the cloud pseudonymized if the policy allows that, else local, else nowhere.
 */
export function routeFor(
  level: SensitivityLevel,
  fixedLevel: SensitivityLevel,
  policy: PrivacyPolicy,
): { route: Route; rule: string; pseudonymized: boolean } {
  const allowed = policy.allow[level];
  if (allowed.includes('cloud')) return { route: 'cloud', rule: `${level}: cloud allowed`, pseudonymized: false };
  if (policy.pseudonymize.includes(level) && policy.allow[fixedLevel].includes('cloud'))
    return { route: 'cloud', rule: `${level}: cloud after pseudonymization`, pseudonymized: true };
  if (allowed.includes('local')) return { route: 'local', rule: `${level}: local only`, pseudonymized: false };
  return { route: 'blocked', rule: `${level}: no model allowed`, pseudonymized: false };
}

/** How many findings of each type (the audit's view of them: counts, never values). */
export function entityCounts(findings: Entity[][]): Record<string, number> {
  const entities: Record<string, number> = {};
  for (const e of findings.flat()) entities[e.type] = (entities[e.type] ?? 0) + 1;
  return entities;
}

/** The decision without the positions of what was found: what may be logged and put on messages. */
export function auditRecordOf(decision: Decision): AuditRecord {
  const { findings, ...record } = decision;
  void findings;
  return record;
}

/** The privacy policy allows no configured model for the request. */
export class PrivacyBlockedError extends RagwireError {
  readonly errorKind: ErrorKind = 'blocked';

  constructor(
    readonly decision: AuditRecord,
    reason: string,
    /** Blocked by the cloud gate at the model call (which audited it already), not by the routing decision. */
    readonly atGate = false,
  ) {
    super(reason);
    this.name = 'PrivacyBlockedError';
  }
}
