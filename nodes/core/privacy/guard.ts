import type { ChatMessage, ModelProvider } from '../models/provider.js';
import { PrivacyScanner, type CustomRule } from './detect.js';
import { DEFAULT_POLICY, type PrivacyPolicy } from './policy.js';
import { Pseudonymizer } from './pseudonymizer.js';
import { CloudGate, type CloudGateContext } from './cloud-gate.js';
import { chatRouted, type RoutedChat, type RoutedChatOptions } from './routed-chat.js';
import { auditRecordOf, decideRoute, type AuditRecord, type Decision, type RouteInput } from './router.js';
import { decideRouteWithSecondOpinion, SecondOpinion, type SecondOpinionSettings } from './second-opinion.js';
import type { SharedConversations } from './shared-conversations.js';
import { ConfigurationError } from '../errors.js';

/**
 * What reaches a model: the question or chat messages, and the retrieved passages put into the
 * prompt. A passage without `text` is already inside the messages (an assembled prompt): only its
 * classification counts then, and its text is scanned and pseudonymized where the messages are.
 */
export interface PromptParts {
  question?: string;
  messages?: ChatMessage[];
  context?: { text?: string; classification?: unknown }[];
  /** An explicit classification of the request. */
  classification?: unknown;
}

/** What is known of a request before a privacy step: an upstream decision's fixed level, the conversation asked for. */
export interface RequestContext {
  recorded?: unknown;
  /** Used only if Ragwire issued it and it is live; otherwise a new conversation is issued. */
  conversation?: string;
}

/** A privacy step's outcome, as core records it. */
export interface PrivacyStep {
  /** What goes to the audit log: levels, route, rule, entity counts; never values or tokens. */
  audit: AuditRecord;
  /** What travels with the request: the audit record plus, when pseudonymized, the restore token and the count. */
  privacy: AuditRecord & { restoreToken?: string; replaced?: number };
  /** The parts as they may leave (pseudonymized when the step did). */
  parts: PromptParts;
  conversation: string;
}

export interface PrivacySettings {
  policy?: PrivacyPolicy;
  custom?: CustomRule[];
  minScore?: number;
  /** How long a pseudonymization mapping lives without use (default 30 minutes). */
  mappingTtlMs?: number;
  /** Ask a local model about text the detectors would let into the cloud (off without). */
  secondOpinion?: SecondOpinionSettings;
  /** Share conversation mappings with other processes (runtime replicas); without, they stay in this one. */
  sharedConversations?: SharedConversations;
}

/** Every text of the parts, in a fixed order: question or messages, then passages. */
function textsOf(parts: PromptParts): string[] {
  return [
    ...(parts.messages ? parts.messages.map((m) => m.content) : parts.question !== undefined ? [parts.question] : []),
    ...(parts.context ?? []).flatMap((c) => (c.text === undefined ? [] : [c.text])),
  ];
}

/** What the router decides on: every text as a user message, with the classifications. */
function routeInputOf(parts: PromptParts, recorded: unknown): RouteInput {
  return {
    messages: textsOf(parts).map((content) => ({ role: 'user', content })),
    classification: parts.classification,
    contextClassifications: parts.context?.map((c) => c.classification),
    recorded,
  };
}

/** The parts with their texts replaced, in the order textsOf lists them. */
function withTexts(parts: PromptParts, texts: string[]): PromptParts {
  let i = 0;
  const next = () => texts[i++];
  const out: PromptParts = { ...parts };
  if (parts.messages) out.messages = parts.messages.map((m) => ({ ...m, content: next() }));
  else if (parts.question !== undefined) out.question = next();
  if (parts.context) out.context = parts.context.map((c) => (c.text === undefined ? c : { ...c, text: next() }));
  return out;
}

/**
 * One privacy configuration: detectors, policy and the pseudonymization mappings, which live in
 * this object (never in messages, logs or files) and, when configured, encrypted in the shared
 * conversation store (see SharedConversations). Node-RED and Flowise share it as is.
 */
export class PrivacyGuard {
  readonly scanner: PrivacyScanner;
  readonly policy: PrivacyPolicy;
  readonly pseudonymizer: Pseudonymizer;
  readonly secondOpinion?: SecondOpinion;

  constructor(settings: PrivacySettings = {}) {
    this.scanner = new PrivacyScanner({ custom: settings.custom, minScore: settings.minScore });
    this.policy = settings.policy ?? DEFAULT_POLICY;
    this.pseudonymizer = new Pseudonymizer(settings.mappingTtlMs, undefined, settings.sharedConversations);
    this.secondOpinion = settings.secondOpinion ? new SecondOpinion(settings.secondOpinion) : undefined;
  }

  /**
   * The decision for everything that would reach a model: question or messages and passages alike.
   * The detectors' and classifications' view only; before a cloud route use {@link decideWithSecondOpinion}.
   */
  decide(parts: PromptParts, recorded?: unknown): Decision {
    return decideRoute(routeInputOf(parts, recorded), this.scanner, this.policy);
  }

  /** The decision, reviewed by the local model when the configuration asks for a second opinion and it could matter. */
  decideWithSecondOpinion(parts: PromptParts, recorded?: unknown): Promise<Decision> {
    return decideRouteWithSecondOpinion(routeInputOf(parts, recorded), this.scanner, this.policy, this.secondOpinion);
  }

  /** The live conversation the caller asked for, or a new one: Ragwire issues the ids (see Pseudonymizer). */
  conversation(requested?: string): string {
    return this.pseudonymizer.conversation(requested);
  }

  /** {@link conversation} across processes, when conversations are shared (see Pseudonymizer.join). */
  join(requested?: string): Promise<string> {
    return this.pseudonymizer.join(requested);
  }

  /**
   * One pseudonymizing call: the conversation the caller asked for (or a new one, see join), every
   * detected entity in every text replaced by its placeholder there, the mapping shared before
   * anything leaves; `token` restores the answer to exactly these texts.
   */
  async pseudonymizeTurn(
    requested: string | undefined,
    parts: PromptParts,
    decision: Decision,
  ): Promise<{ conversation: string; parts: PromptParts; replaced: number; token: string }> {
    const out = await this.pseudonymizer.pseudonymizeTurn(requested, textsOf(parts), decision.findings);
    return {
      conversation: out.conversation,
      parts: withTexts(parts, out.texts),
      replaced: out.replaced,
      token: out.token,
    };
  }

  /**
   * Replaces every detected entity in every text with its placeholder in this (issued)
   * conversation of this process; `token` restores the answer to exactly these texts.
   */
  pseudonymize(
    conversation: string,
    parts: PromptParts,
    decision = this.decide(parts),
  ): { parts: PromptParts; replaced: number; token: string } {
    const out = this.pseudonymizer.pseudonymizeCall(conversation, textsOf(parts), decision.findings);
    return { parts: withTexts(parts, out.texts), replaced: out.replaced, token: out.token };
  }

  /**
   * Decides where a request may go and, when the cloud may see it only pseudonymized, pseudonymizes
   * it (in the conversation asked for, or a new one).
   */
  async route(parts: PromptParts, request: RequestContext = {}): Promise<PrivacyStep> {
    const conversation = await this.join(request.conversation);
    const decision = await this.decideWithSecondOpinion(parts, request.recorded);
    const audit = auditRecordOf(decision);
    if (audit.route !== 'cloud' || !audit.pseudonymized) return { audit, privacy: audit, parts, conversation };
    const out = await this.pseudonymizeTurn(conversation, parts, decision);
    const privacy = { ...audit, restoreToken: out.token, replaced: out.replaced };
    return { audit, privacy, parts: out.parts, conversation: out.conversation };
  }

  /** Pseudonymizes a request whatever its route (for a cloud call wired after it). */
  async pseudonymizeRequest(parts: PromptParts, request: RequestContext = {}): Promise<PrivacyStep> {
    const decision = await this.decideWithSecondOpinion(parts, request.recorded);
    const out = await this.pseudonymizeTurn(request.conversation, parts, decision);
    const audit = { ...auditRecordOf(decision), pseudonymized: true, rule: `${decision.level}: pseudonymized` };
    const privacy = { ...audit, restoreToken: out.token, replaced: out.replaced };
    return { audit, privacy, parts: out.parts, conversation: out.conversation };
  }

  /** The answer with the values back for the placeholders the call behind `token` sent out. */
  restore(token: string, text: string): string {
    return this.pseudonymizer.restore(token, text);
  }

  forget(conversation: string): Promise<void> {
    return this.pseudonymizer.forget(conversation);
  }

  /** The gate a cloud call passes with this policy (see CloudGate); `onDecision` gets every audit record. */
  cloudGate(context: CloudGateContext, onDecision?: (record: AuditRecord) => void): CloudGate {
    return new CloudGate(this.scanner, this.policy, context, onDecision, this.secondOpinion);
  }

  /**
   * A chat routed by the policy over a local and a cloud model (see chatRouted): the same parts as
   * decide and pseudonymize take, with `messages` as they are sent (passages may be inside them).
   */
  chat(
    parts: PromptParts & { messages: ChatMessage[] },
    request: RequestContext,
    models: { local?: ModelProvider; cloud?: ModelProvider },
    options?: RoutedChatOptions,
  ): Promise<RoutedChat> {
    // The messages are what is sent: a passage's text must be inside them, never beside them.
    if (parts.context?.some((c) => c.text !== undefined))
      throw new ConfigurationError('chat: passages travel inside the messages; give only their classification');
    return chatRouted(
      {
        messages: parts.messages,
        classification: parts.classification,
        contextClassifications: parts.context?.map((c) => c.classification),
        recorded: request.recorded,
      },
      models,
      {
        scanner: this.scanner,
        policy: this.policy,
        pseudonymizer: this.pseudonymizer,
        secondOpinion: this.secondOpinion,
        conversation: request.conversation,
      },
      options,
    );
  }
}
