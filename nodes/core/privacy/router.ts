import { chatWith, type StreamingChatOptions } from '../models/chat-with.js';
import type { ChatMessage, ChatResult, ModelProvider } from '../models/provider.js';
import { ModelError } from '../models/provider.js';
import type { PrivacyScanner } from './detect.js';
import { isLevel, levelOf, maxLevel, type Entity, type SensitivityLevel } from './entities.js';
import type { PrivacyPolicy } from './policy.js';
import type { Pseudonymizer } from './pseudonymizer.js';

export type Route = 'local' | 'cloud' | 'blocked';

/** What was decided and why: levels, counts and timing, never the values themselves. */
export interface AuditRecord {
  at: string;
  level: SensitivityLevel;
  route: Route;
  rule: string;
  entities: Record<string, number>;
  pseudonymized: boolean;
  sources: { detected: SensitivityLevel; classification?: SensitivityLevel; context?: SensitivityLevel };
  durationMs: number;
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
}

/**
 * Decides per message where it may go. The level is the highest of what the detectors find, an
 * explicit classification and the stored classification of every retrieved passage. An unknown
 * classification counts as the highest level: unsure means local.
 */
export function decideRoute(input: RouteInput, scanner: PrivacyScanner, policy: PrivacyPolicy): Decision {
  const started = process.hrtime.bigint();
  const findings = input.messages.map((m) => scanner.scan(m.content));
  const detected = maxLevel(findings.flat().map(levelOf));
  const asLevel = (v: unknown): SensitivityLevel | undefined =>
    v === undefined || v === null || v === '' ? undefined : isLevel(v) ? v : 'personal';
  const classification = asLevel(input.classification);
  const contextLevels = (input.contextClassifications ?? []).map((c) => asLevel(c) ?? 'public');
  const context = contextLevels.length > 0 ? maxLevel(contextLevels) : undefined;
  const level = maxLevel([detected, ...(classification ? [classification] : []), ...(context ? [context] : [])]);
  const allowed = policy.allow[level];
  let route: Route;
  let rule: string;
  let pseudonymized = false;
  // Pseudonymization can hide detected entities, not what a classification or marking says of the whole text.
  const onlyEntities =
    level === detected &&
    !findings.flat().some((e) => e.type === 'CONFIDENTIALITY_MARKING' || e.type === 'CUSTOM_TERM');
  if (allowed.includes('cloud')) {
    route = 'cloud';
    rule = `${level}: cloud allowed`;
  } else if (policy.pseudonymize.includes(level) && onlyEntities) {
    route = 'cloud';
    pseudonymized = true;
    rule = `${level}: cloud after pseudonymization`;
  } else if (allowed.includes('local')) {
    route = 'local';
    rule = `${level}: local only`;
  } else {
    route = 'blocked';
    rule = `${level}: no model allowed`;
  }
  const entities: Record<string, number> = {};
  for (const e of findings.flat()) entities[e.type] = (entities[e.type] ?? 0) + 1;
  return {
    at: new Date().toISOString(),
    level,
    route,
    rule,
    entities,
    pseudonymized,
    sources: { detected, ...(classification ? { classification } : {}), ...(context ? { context } : {}) },
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    findings,
  };
}

/** The decision without the positions of what was found: what may be logged and put on messages. */
export function auditRecordOf(decision: Decision): AuditRecord {
  const { findings, ...record } = decision;
  void findings;
  return record;
}

export class PrivacyBlockedError extends Error {
  constructor(
    readonly decision: AuditRecord,
    reason: string,
  ) {
    super(reason);
    this.name = 'PrivacyBlockedError';
  }
}

export interface RoutedChat {
  result: ChatResult;
  decision: AuditRecord;
  /** Which model answered in the end. */
  answeredBy: 'local' | 'cloud';
}

/**
 * Pseudonymized answers are not streamed in pieces: a placeholder split across deltas could not be
 * restored, so they reach `onDelta` whole, once restored.
 */
export type RoutedChatOptions = StreamingChatOptions;

/**
 * Sends messages where the decision allows, and fails closed: a message that must stay local is
 * never sent to the cloud, whatever happens to the local model. A message allowed in the cloud
 * falls back to the local model when the cloud one is unavailable (before any of its answer arrived).
 */
export async function chatRouted(
  input: RouteInput,
  models: { local?: ModelProvider; cloud?: ModelProvider },
  deps: { scanner: PrivacyScanner; policy: PrivacyPolicy; pseudonymizer: Pseudonymizer; conversation: string },
  options: RoutedChatOptions = {},
): Promise<RoutedChat> {
  const full = decideRoute(input, deps.scanner, deps.policy);
  const findings = full.findings;
  const decision = auditRecordOf(full);
  if (models.local && models.local.locality !== 'local')
    throw new RangeError(`the local model (${models.local.label}) is configured as running in the cloud`);
  if (models.cloud && models.cloud.locality !== 'cloud')
    throw new RangeError(`the cloud model (${models.cloud.label}) is configured as running locally`);
  if (decision.route === 'blocked')
    throw new PrivacyBlockedError(decision, `blocked by the privacy policy (${decision.rule})`);
  const local = models.local;
  const answerLocally = async (rule: string): Promise<RoutedChat> => {
    if (!local || !deps.policy.allow[decision.level].includes('local'))
      throw new PrivacyBlockedError(
        decision,
        `the message is ${decision.level} and may only go to a local model, but no local model is configured`,
      );
    return {
      result: await chatWith(local, input.messages, options),
      decision: { ...decision, route: 'local', pseudonymized: false, rule },
      answeredBy: 'local',
    };
  };
  if (decision.route === 'local' || !models.cloud)
    return answerLocally(
      decision.route === 'local' ? decision.rule : `${decision.rule}; no cloud model, answered locally`,
    );
  const messages = decision.pseudonymized
    ? input.messages.map((m, i) => ({
        ...m,
        content: deps.pseudonymizer.pseudonymize(deps.conversation, m.content, findings[i]).text,
      }))
    : input.messages;
  let streamed = false;
  const onDelta = options.onDelta;
  const cloudOptions: RoutedChatOptions =
    decision.pseudonymized || !onDelta
      ? { ...options, onDelta: undefined }
      : {
          ...options,
          onDelta: (d) => {
            streamed = true;
            onDelta(d);
          },
        };
  try {
    const result = await chatWith(models.cloud, messages, cloudOptions);
    if (!decision.pseudonymized) return { result, decision, answeredBy: 'cloud' };
    const content = deps.pseudonymizer.restore(deps.conversation, result.content);
    onDelta?.(content);
    return { result: { ...result, content }, decision, answeredBy: 'cloud' };
  } catch (err) {
    // Falling back is safe only for what may go local anyway, and only before any answer reached the caller.
    if (err instanceof ModelError && err.unavailable && !streamed && local)
      return answerLocally(`${decision.rule}; cloud unavailable, answered locally`);
    throw err;
  }
}
