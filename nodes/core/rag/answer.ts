import { chatWith } from '../models/chat-with.js';
import { ModelSettingsError } from '../models/create-provider.js';
import type { ChatMessage, ModelProvider } from '../models/provider.js';
import type { PrivacyGuard } from '../privacy/guard.js';
import type { AuditRecord } from '../privacy/router.js';
import type { UpstreamPrivacy } from '../privacy/upstream.js';
import { buildPrompt, type PromptOptions, type Source } from './prompt.js';
import type { Passage } from './retrieve.js';
import { ConfigurationError, InputError } from '../errors.js';

/** How an answer is produced: the same for every call of one configured answering step. */
export interface AnswerSettings {
  prompt: PromptOptions;
  temperature?: number;
  /** Route by the privacy policy over a local and a cloud model; off, only the first model answers (through the cloud gate). */
  routing: boolean;
  guard: PrivacyGuard;
  /** Receives every audit record: the route taken (or refused) and the cloud gate's. */
  audit?: (record: AuditRecord) => void;
}

/** One question (or chat) to answer. */
export interface AnswerRequest {
  /** The question, put into the prompt with the passages; ignored when `messages` are given. */
  question?: string;
  /** Chat messages sent as they are. */
  messages?: ChatMessage[];
  passages?: Passage[];
  classification?: unknown;
  upstream?: UpstreamPrivacy;
  /** The conversation the caller asked for; used only if Ragwire issued it and it is live. */
  conversation?: string;
  /** Receives the answer as it arrives (pseudonymized answers arrive whole, once restored). */
  onDelta?: (delta: string) => void;
}

export interface Answer {
  content: string;
  /** The passages the prompt included, by their [n] marker. */
  sources: Source[];
  answeredBy: ModelProvider;
  /** The privacy record of the request; absent when routing is off. */
  privacy?: Record<string, unknown>;
  /** The conversation to continue with, when the caller asked for one. */
  conversation?: string;
}

/**
 * The second model, unless its configuration is incomplete (an Azure model without endpoint and
 * AZURE_OPENAI_ENDPOINT): then there is no second model and everything stays on the first, which
 * lets templates ship with a cloud model that works once configured.
 */
export function optionalModel(create: () => ModelProvider): ModelProvider | undefined {
  try {
    return create();
  } catch (err) {
    if (err instanceof ModelSettingsError) return undefined;
    throw err;
  }
}

/** The local and the cloud model of a routed answer, by the locality each model declares. */
export function modelsByLocality(
  primary: ModelProvider,
  second: ModelProvider | undefined,
): { local?: ModelProvider; cloud?: ModelProvider } {
  if (second && second.locality === primary.locality)
    throw new ConfigurationError(
      `llm: both models run ${primary.locality === 'local' ? 'locally' : 'in the cloud'}; pick one local and one cloud model`,
    );
  const all = [primary, ...(second ? [second] : [])];
  return { local: all.find((m) => m.locality === 'local'), cloud: all.find((m) => m.locality === 'cloud') };
}

/** The chat messages of a request: given, or the question with the passages in the prompt. */
function promptOf(request: AnswerRequest, options: PromptOptions): { messages: ChatMessage[]; sources: Source[] } {
  if (request.messages !== undefined) return { messages: request.messages, sources: [] };
  if (!request.question?.trim())
    throw new InputError('question: expected the question or prompt as a string (or chat messages)');
  return buildPrompt(request.question, request.passages ?? [], options);
}

/**
 * Answers a question (or chat) with the first model, or, when routing, with the local or the cloud
 * model the privacy policy allows (pseudonymized for the cloud, fail-closed). A conversation the
 * caller did not ask for serves this call only: its mapping is forgotten right after.
 */
export async function answer(
  request: AnswerRequest,
  models: { primary: ModelProvider; second?: ModelProvider },
  settings: AnswerSettings,
): Promise<Answer> {
  const { primary, second } = models;
  const { messages, sources } = promptOf(request, settings.prompt);
  const upstream = request.upstream ?? { pseudonymized: false };
  const options = { temperature: settings.temperature, onDelta: request.onDelta };
  const context = {
    classification: request.classification,
    contextClassifications: (request.passages ?? []).map((p) => p.classification),
    recorded: upstream.recorded,
  };
  if (!settings.routing) {
    // Routing off still passes the cloud gate: a cloud model gets nothing the policy keeps out of the cloud.
    const gate = settings.guard.cloudGate({ ...context, pseudonymized: upstream.pseudonymized }, settings.audit);
    const result = await chatWith(primary, messages, { ...options, gate });
    return { content: result.content, sources, answeredBy: primary };
  }
  const asked = request.conversation;
  const chat = await settings.guard.chat(
    {
      messages,
      classification: request.classification,
      context: (request.passages ?? []).map((p) => ({ classification: p.classification })),
    },
    { recorded: upstream.recorded, conversation: asked },
    modelsByLocality(primary, second),
    { ...options, audit: settings.audit },
  );
  // A conversation nobody asked for served this call only.
  if (chat.conversation && !asked) await settings.guard.forget(chat.conversation);
  // After upstream pseudonymization this step saw placeholders only: the upstream record (and its restore token) stands.
  const privacy: Record<string, unknown> =
    upstream.pseudonymized && upstream.record
      ? { ...chat.decision, ...upstream.record, route: chat.decision.route }
      : { ...chat.decision };
  return {
    content: chat.result.content,
    sources,
    answeredBy: chat.answeredBy === primary.locality ? primary : second!,
    privacy,
    conversation: asked ? chat.conversation : undefined,
  };
}
