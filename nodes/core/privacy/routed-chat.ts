import { chatWith, type StreamingChatOptions } from '../models/chat-with.js';
import { gatedIfCloud } from '../models/cloud-gated-provider.js';
import type { ChatResult, ModelProvider } from '../models/provider.js';
import { ModelError } from '../models/provider.js';
import { CloudGate, defaultCloudGate } from './cloud-gate.js';
import type { PrivacyScanner } from './detect.js';
import type { PrivacyPolicy } from './policy.js';
import type { Pseudonymizer } from './pseudonymizer.js';
import { auditRecordOf, PrivacyBlockedError, type AuditRecord, type RouteInput } from './router.js';
import { decideRouteWithSecondOpinion, type SecondOpinion } from './second-opinion.js';
import { ConfigurationError } from '../errors.js';

export interface RoutedChat {
  result: ChatResult;
  decision: AuditRecord;
  /** Which model answered in the end. */
  answeredBy: 'local' | 'cloud';
  /** The (Ragwire-issued) conversation whose placeholders the cloud saw, when it saw placeholders. */
  conversation?: string;
}

/**
 * Pseudonymized answers are not streamed in pieces: a placeholder split across deltas could not be
 * restored, so they reach `onDelta` whole, once restored. `audit` receives every decision: the
 * route taken (or refused) and the cloud gate's.
 */
export type RoutedChatOptions = StreamingChatOptions & { audit?: (record: AuditRecord) => void };

/**
 * Sends messages where the decision allows, and fails closed: a message that must stay local is
 * never sent to the cloud, whatever happens to the local model. A message allowed in the cloud
 * falls back to the local model when the cloud one is unavailable (before any of its answer arrived).
 * The cloud call passes the cloud gate with exactly what it sends.
 */
export async function chatRouted(
  input: RouteInput,
  models: { local?: ModelProvider; cloud?: ModelProvider },
  deps: RouteDeps,
  options: RoutedChatOptions = {},
): Promise<RoutedChat> {
  try {
    const routed = await route(input, models, deps, options);
    options.audit?.(routed.decision);
    return routed;
  } catch (err) {
    if (err instanceof PrivacyBlockedError && !err.atGate) options.audit?.(err.decision);
    throw err;
  }
}

/** Which model answers a decided request, given the models there are: decided before any model is called. */
export interface RouteTarget {
  answeredBy: 'local' | 'cloud';
  /** The rule the audit record names. */
  rule: string;
}

/**
 * Where a decided request goes (pure: no model is called). Blocked requests, and requests that may
 * only go local when there is no local model, throw PrivacyBlockedError; without a cloud model what
 * the cloud may see goes local.
 */
export function routeTarget(
  decision: AuditRecord,
  models: { local?: ModelProvider; cloud?: ModelProvider },
  policy: PrivacyPolicy,
): RouteTarget {
  if (decision.route === 'blocked')
    throw new PrivacyBlockedError(decision, `blocked by the privacy policy (${decision.rule})`);
  if (decision.route === 'cloud' && models.cloud) return { answeredBy: 'cloud', rule: decision.rule };
  return localTarget(
    decision,
    models,
    policy,
    decision.route === 'local' ? decision.rule : `${decision.rule}; no cloud model, answered locally`,
  );
}

/** Answering locally, under `rule`: allowed when the policy lets the level go local and there is a local model. */
export function localTarget(
  decision: AuditRecord,
  models: { local?: ModelProvider },
  policy: PrivacyPolicy,
  rule: string,
): RouteTarget {
  if (!models.local || !policy.allow[decision.level].includes('local'))
    throw new PrivacyBlockedError(
      decision,
      `the message is ${decision.level} and may only go to a local model, but no local model is configured`,
    );
  return { answeredBy: 'local', rule };
}

interface RouteDeps {
  scanner: PrivacyScanner;
  policy: PrivacyPolicy;
  pseudonymizer: Pseudonymizer;
  /** Asked before anything goes to the cloud, when configured (see SecondOpinion). */
  secondOpinion?: SecondOpinion;
  /** The conversation the caller asked for; used only if Ragwire issued it and it is live. */
  conversation?: string;
}

async function route(
  input: RouteInput,
  models: { local?: ModelProvider; cloud?: ModelProvider },
  deps: RouteDeps,
  options: RoutedChatOptions,
): Promise<RoutedChat> {
  const { audit, ...chatOptions } = options;
  if (models.local && models.local.locality !== 'local')
    throw new ConfigurationError(`the local model (${models.local.label}) is configured as running in the cloud`);
  if (models.cloud && models.cloud.locality !== 'cloud')
    throw new ConfigurationError(`the cloud model (${models.cloud.label}) is configured as running locally`);
  // Without a cloud model nothing can leave: the second opinion would change nothing.
  const full = await decideRouteWithSecondOpinion(
    input,
    deps.scanner,
    deps.policy,
    models.cloud ? deps.secondOpinion : undefined,
  );
  const decision = auditRecordOf(full);
  const target = routeTarget(decision, models, deps.policy);
  const answerLocally = async (rule: string): Promise<RoutedChat> => ({
    result: await chatWith(models.local!, input.messages, chatOptions),
    decision: { ...decision, route: 'local', pseudonymized: false, rule },
    answeredBy: 'local',
  });
  if (target.answeredBy === 'local' || !models.cloud) return answerLocally(target.rule);
  let messages = input.messages;
  let call: { conversation: string; token: string } | undefined;
  if (decision.pseudonymized) {
    const out = await deps.pseudonymizer.pseudonymizeTurn(
      deps.conversation,
      messages.map((m) => m.content),
      full.findings,
    );
    messages = messages.map((m, i) => ({ ...m, content: out.texts[i] }));
    call = { conversation: out.conversation, token: out.token };
  }
  let streamed = false;
  const onDelta = chatOptions.onDelta;
  const gate = new CloudGate(
    deps.scanner,
    deps.policy,
    {
      classification: input.classification,
      contextClassifications: input.contextClassifications,
      recorded: input.recorded,
      pseudonymized: decision.pseudonymized,
    },
    audit,
    deps.secondOpinion,
  );
  const cloudOptions: StreamingChatOptions = {
    ...chatOptions,
    gate,
    onDelta:
      call || !onDelta
        ? undefined
        : (d) => {
            streamed = true;
            onDelta(d);
          },
  };
  try {
    const result = await chatWith(gatedIfCloud(models.cloud, defaultCloudGate), messages, cloudOptions);
    if (!call) return { result, decision, answeredBy: 'cloud' };
    const content = deps.pseudonymizer.restore(call.token, result.content);
    onDelta?.(content);
    return { result: { ...result, content }, decision, answeredBy: 'cloud', conversation: call.conversation };
  } catch (err) {
    // Falling back is safe only for what may go local anyway, and only before any answer reached the caller.
    if (err instanceof ModelError && err.unavailable && !streamed && models.local)
      return answerLocally(
        localTarget(decision, models, deps.policy, `${decision.rule}; cloud unavailable, answered locally`).rule,
      );
    throw err;
  }
}
