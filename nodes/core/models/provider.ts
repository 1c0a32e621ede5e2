import { RagwireError, type ErrorKind } from '../errors.js';
/** Where a model runs: on the company's own machines, or at a cloud provider. The privacy router relies on it. */
export type Locality = 'local' | 'cloud';

export type ProviderKind = 'ollama' | 'azure-openai' | 'openai-compatible';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  /**
   * The privacy check a cloud model applies to exactly what it is about to send (see
   * CloudGatedProvider); without one, a cloud model checks against the default policy.
   */
  gate?: ChatGate;
  /**
   * Asks for an answer in this JSON schema (Ollama's `format`, OpenAI's `response_format`
   * json_schema). Servers may still answer otherwise: callers validate what they get.
   */
  jsonSchema?: JsonSchemaFormat;
}

export interface JsonSchemaFormat {
  name: string;
  schema: Record<string, unknown>;
}

/**
 * Rejects (with a PrivacyBlockedError) unless these messages may reach the model described by
 * `model`; texts to embed are checked as user messages, with `use` saying so. Asynchronous: a
 * check may ask a local model for a second opinion.
 */
export interface ChatGate {
  check(messages: ChatMessage[], model: string, use?: 'chat' | 'embedding'): Promise<void>;
}

export interface EmbedOptions {
  /** The privacy check a cloud model applies to the texts before it embeds them, as for chat. */
  gate?: ChatGate;
}

export interface ChatResult {
  content: string;
  model: string;
  usage?: { promptTokens?: number; completionTokens?: number };
}

/** One interface over every model server Ragwire talks to, each through its official client. */
export interface ModelProvider {
  readonly kind: ProviderKind;
  readonly locality: Locality;
  /** What the provider is called in messages: kind, address and model, never a key. */
  readonly label: string;
  readonly model: string;
  chat(messages: ChatMessage[], options?: ChatOptions): Promise<ChatResult>;
  /** Streams the answer as text deltas. */
  chatStream(messages: ChatMessage[], options?: ChatOptions): AsyncIterable<string>;
  embed(texts: string[], options?: EmbedOptions): Promise<number[][]>;
  listModels(): Promise<string[]>;
  /** Resolves when the server answers; rejects with a ModelError otherwise. */
  health(): Promise<void>;
}

export type ModelErrorKind =
  'unavailable' | 'timeout' | 'auth' | 'not_found' | 'bad_request' | 'rate_limited' | 'server';

/** A failed model call, classified so flows can answer 503 for an unreachable model and 502 for the rest. */
export class ModelError extends RagwireError {
  constructor(
    readonly kind: ModelErrorKind,
    readonly provider: string,
    detail: string,
    readonly status?: number,
  ) {
    super(`${provider}: ${detail}`);
    this.name = 'ModelError';
  }

  /** The model server could not be reached or did not answer in time. */
  get unavailable(): boolean {
    return this.kind === 'unavailable' || this.kind === 'timeout';
  }

  get errorKind(): ErrorKind {
    return this.unavailable ? 'unavailable' : 'upstream';
  }
}

/** Classifies an HTTP status the way every provider's errors are reported. */
export function kindOfStatus(status: number): ModelErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not_found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503) return 'unavailable';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'server';
}

/** Network-level failures (no HTTP answer at all). */
export function networkErrorKind(err: unknown): ModelErrorKind | undefined {
  const e = err as {
    name?: string;
    code?: string;
    cause?: { code?: string; name?: string };
    constructor?: { name?: string };
  };
  // The openai client's errors keep the class name on the constructor, not on `name`.
  const name = e?.name && e.name !== 'Error' ? e.name : (e?.constructor?.name ?? '');
  if (
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    name === 'APIConnectionTimeoutError' ||
    e?.cause?.name === 'TimeoutError'
  ) {
    return 'timeout';
  }
  const code = e?.code ?? e?.cause?.code;
  if (
    code &&
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)$/.test(
      code,
    )
  ) {
    return 'unavailable';
  }
  if (name === 'APIConnectionError' || /fetch failed/i.test((err as Error)?.message ?? '')) return 'unavailable';
  return undefined;
}

/** What a client's error says when the server did answer: the HTTP status and the server's message. */
export interface ServerAnswer {
  status: number;
  detail: string;
}

export function causeText(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}

/**
 * Turns whatever a provider's client threw into a ModelError: unreachable and timed-out servers
 * with `unreachableHint` (how to fix it), answers with the server's status and message.
 */
export function toModelError(
  err: unknown,
  provider: string,
  timeoutMs: number,
  answered: (err: unknown) => ServerAnswer | undefined,
  unreachableHint: string,
): ModelError {
  if (err instanceof ModelError) return err;
  const network = networkErrorKind(err);
  if (network === 'timeout')
    return new ModelError('timeout', provider, `no answer within ${timeoutMs} ms; ${unreachableHint}`);
  if (network) return new ModelError(network, provider, `cannot connect (${causeText(err)}); ${unreachableHint}`);
  const answer = answered(err);
  if (answer) return new ModelError(kindOfStatus(answer.status), provider, answer.detail, answer.status);
  return new ModelError('server', provider, (err as Error)?.message ?? String(err));
}

/** Runs a client call, turning its failure into a ModelError with `describe`. */
export async function guarded<T>(fn: () => Promise<T>, describe: (err: unknown) => ModelError): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw describe(err);
  }
}
