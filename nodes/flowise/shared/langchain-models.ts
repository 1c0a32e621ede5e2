import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { Embeddings } from '@langchain/core/embeddings';
import { ModelEmbedder, type Embedder } from '../../core/embedding/index.js';
import {
  kindOfStatus,
  ModelError,
  networkErrorKind,
  type ChatMessage,
  type ChatResult,
  type Locality,
  type ModelProvider,
} from '../../core/models/index.js';
import { langchain } from '../host.js';

type Messages = typeof import('@langchain/core/messages');

/** Flowise's chat messages as core's: system, user (human, tool and anything else), assistant. */
export function toChatMessages(messages: BaseMessage[]): ChatMessage[] {
  return messages.map((m) => {
    const type = m.getType();
    const role = type === 'system' ? 'system' : type === 'ai' ? 'assistant' : 'user';
    return { role, content: textOf(m.content) };
  });
}

/** The text of a message's content: a string, or the text parts of a multi-part content. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((part) => (typeof part === 'string' ? part : part?.type === 'text' ? String(part.text ?? '') : ''))
      .join('');
  return '';
}

function toLangchainMessages(messages: ChatMessage[]): BaseMessage[] {
  const { SystemMessage, HumanMessage, AIMessage } = langchain<Messages>('messages');
  return messages.map((m) =>
    m.role === 'system'
      ? new SystemMessage(m.content)
      : m.role === 'assistant'
        ? new AIMessage(m.content)
        : new HumanMessage(m.content),
  );
}

/** What a LangChain client's error says of the server's answer: OpenAI's `status`, Ollama's `status_code`. */
function statusOf(err: unknown): number | undefined {
  const e = err as { status?: unknown; status_code?: unknown; response?: { status?: unknown } };
  const status = e?.status ?? e?.status_code ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A failed call of a Flowise model as core's ModelError, so routing falls back and fails closed as for its own models. */
function modelErrorOf(err: unknown, label: string): ModelError {
  if (err instanceof ModelError) return err;
  const message = (err as Error)?.message ?? String(err);
  const network = networkErrorKind(err) ?? networkErrorKind((err as { cause?: unknown })?.cause);
  if (network) return new ModelError(network, label, `cannot get an answer (${message})`);
  const status = statusOf(err);
  if (status !== undefined) return new ModelError(kindOfStatus(status), label, message, status);
  return new ModelError('server', label, message);
}

/** The model name a LangChain chat model reports, for labels and metrics. */
function modelNameOf(model: BaseChatModel): string {
  const m = model as unknown as { model?: unknown; modelName?: unknown; azureOpenAIApiDeploymentName?: unknown };
  const name = m.model ?? m.modelName ?? m.azureOpenAIApiDeploymentName;
  return typeof name === 'string' && name ? name : 'unknown';
}

/**
 * A chat model Flowise built (ChatOllama, AzureChatOpenAI …) as a core ModelProvider, with the
 * locality of the router input it is wired to: the router's policy, pseudonymizer and cloud gate
 * then treat it exactly as they treat Ragwire's own models.
 */
export function chatModelProvider(model: BaseChatModel, locality: Locality): ModelProvider {
  const type = model._llmType();
  const name = modelNameOf(model);
  const label = `${type} ${name} (${locality})`;
  const kind = /ollama/i.test(type) ? 'ollama' : /azure/i.test(type) ? 'azure-openai' : 'openai-compatible';
  return {
    kind,
    locality,
    label,
    model: name,
    async chat(messages, options = {}): Promise<ChatResult> {
      try {
        const answer = await model.invoke(toLangchainMessages(messages), { signal: options.signal });
        return { content: textOf(answer.content), model: name };
      } catch (err) {
        throw modelErrorOf(err, label);
      }
    },
    async *chatStream(messages, options = {}) {
      let stream;
      try {
        stream = await model.stream(toLangchainMessages(messages), { signal: options.signal });
      } catch (err) {
        throw modelErrorOf(err, label);
      }
      try {
        for await (const chunk of stream) {
          const text = textOf(chunk.content);
          if (text) yield text;
        }
      } catch (err) {
        throw modelErrorOf(err, label);
      }
    },
    async embed() {
      throw new ModelError('bad_request', label, 'a chat model wired to the privacy router does not embed');
    },
    async listModels() {
      return [name];
    },
    async health() {},
  };
}

/** Where an embeddings node runs: `auto` takes Ollama's for local and every other one for the cloud (unsure means cloud). */
export type EmbeddingsLocation = 'auto' | Locality;

/**
 * An Embeddings object Flowise built (OllamaEmbeddings, AzureOpenAIEmbeddings …) as a core
 * ModelProvider that only embeds, with its locality: core's ModelEmbedder then gates a cloud one
 * exactly as it gates Ragwire's own cloud embedders (no confidential or personal text reaches it).
 */
function embeddingsProvider(embeddings: Embeddings, locality: Locality): ModelProvider {
  const e = embeddings as unknown as { model?: unknown; modelName?: unknown; constructor: { name: string } };
  const type = e.constructor.name;
  const name = typeof e.model === 'string' ? e.model : typeof e.modelName === 'string' ? e.modelName : type;
  const label = `${type} ${name} (${locality})`;
  const kind = /ollama/i.test(type) ? 'ollama' : /azure/i.test(type) ? 'azure-openai' : 'openai-compatible';
  const refuse = async (): Promise<never> => {
    throw new ModelError('bad_request', label, 'an embeddings node does not chat');
  };
  return {
    kind,
    locality,
    label,
    model: name,
    chat: refuse,
    // eslint-disable-next-line require-yield -- never streams: refuses
    async *chatStream() {
      await refuse();
    },
    async embed(texts) {
      try {
        return await embeddings.embedDocuments(texts);
      } catch (err) {
        throw modelErrorOf(err, label);
      }
    },
    async listModels() {
      return [name];
    },
    async health() {},
  };
}

/** An Embeddings object Flowise built, as core's Embedder (for Ragwire Qdrant's ingest and retrieval). */
export function embedderOf(embeddings: Embeddings, location: EmbeddingsLocation = 'auto'): Embedder {
  const inner = (embeddings as { ragwireEmbedder?: Embedder }).ragwireEmbedder;
  // Ragwire's own embeddings hand over their core embedder: same id, so collections match Node-RED's.
  if (inner) return inner;
  const locality = location === 'auto' ? (/ollama/i.test(embeddings.constructor.name) ? 'local' : 'cloud') : location;
  return new ModelEmbedder(embeddingsProvider(embeddings, locality));
}
