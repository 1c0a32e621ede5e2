import type { ChatMessage, ModelProvider } from '../models/provider.js';
import { PrivacyScanner, type CustomRule } from './detect.js';
import { DEFAULT_POLICY, type PrivacyPolicy } from './policy.js';
import { Pseudonymizer } from './pseudonymizer.js';
import { chatRouted, decideRoute, type Decision, type RoutedChat, type RoutedChatOptions } from './router.js';

/** What reaches a model: the question or chat messages, and the retrieved passages put into the prompt. */
export interface PromptParts {
  question?: string;
  messages?: ChatMessage[];
  context?: { text: string; classification?: unknown }[];
  /** An explicit classification of the request. */
  classification?: unknown;
}

export interface PrivacySettings {
  policy?: PrivacyPolicy;
  custom?: CustomRule[];
  minScore?: number;
  /** How long a pseudonymization mapping lives without use (default 30 minutes). */
  mappingTtlMs?: number;
}

/** Every text of the parts, in a fixed order: question or messages, then passages. */
function textsOf(parts: PromptParts): string[] {
  return [
    ...(parts.messages ? parts.messages.map((m) => m.content) : parts.question !== undefined ? [parts.question] : []),
    ...(parts.context ?? []).map((c) => c.text),
  ];
}

/** The parts with their texts replaced, in the order textsOf lists them. */
function withTexts(parts: PromptParts, texts: string[]): PromptParts {
  let i = 0;
  const next = () => texts[i++];
  const out: PromptParts = { ...parts };
  if (parts.messages) out.messages = parts.messages.map((m) => ({ ...m, content: next() }));
  else if (parts.question !== undefined) out.question = next();
  if (parts.context) out.context = parts.context.map((c) => ({ ...c, text: next() }));
  return out;
}

/**
 * One privacy configuration: detectors, policy and the pseudonymization mappings, which live in
 * this object only (never in messages, logs or files). Node-RED and Flowise share it as is.
 */
export class PrivacyGuard {
  readonly scanner: PrivacyScanner;
  readonly policy: PrivacyPolicy;
  readonly pseudonymizer: Pseudonymizer;

  constructor(settings: PrivacySettings = {}) {
    this.scanner = new PrivacyScanner({ custom: settings.custom, minScore: settings.minScore });
    this.policy = settings.policy ?? DEFAULT_POLICY;
    this.pseudonymizer = new Pseudonymizer(settings.mappingTtlMs);
  }

  /** The decision for everything that would reach a model: question or messages and passages alike. */
  decide(parts: PromptParts): Decision {
    return decideRoute(
      {
        messages: textsOf(parts).map((content) => ({ role: 'user', content })),
        classification: parts.classification,
        contextClassifications: parts.context?.map((c) => c.classification),
      },
      this.scanner,
      this.policy,
    );
  }

  /** Replaces every detected entity in every text with its placeholder for this conversation. */
  pseudonymize(
    conversation: string,
    parts: PromptParts,
    decision = this.decide(parts),
  ): { parts: PromptParts; replaced: number } {
    let replaced = 0;
    const texts = textsOf(parts).map((text, i) => {
      const out = this.pseudonymizer.pseudonymize(conversation, text, decision.findings[i]);
      replaced += out.replaced;
      return out.text;
    });
    return { parts: withTexts(parts, texts), replaced };
  }

  restore(conversation: string, text: string): string {
    return this.pseudonymizer.restore(conversation, text);
  }

  forget(conversation: string): void {
    this.pseudonymizer.forget(conversation);
  }

  /** A chat routed by the policy over a local and a cloud model (see chatRouted). */
  chat(
    messages: ChatMessage[],
    request: { classification?: unknown; contextClassifications?: unknown[]; conversation: string },
    models: { local?: ModelProvider; cloud?: ModelProvider },
    options?: RoutedChatOptions,
  ): Promise<RoutedChat> {
    return chatRouted(
      { messages, classification: request.classification, contextClassifications: request.contextClassifications },
      models,
      {
        scanner: this.scanner,
        policy: this.policy,
        pseudonymizer: this.pseudonymizer,
        conversation: request.conversation,
      },
      options,
    );
  }
}
