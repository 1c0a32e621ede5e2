import { createRequire } from 'node:module';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { attachFlowise, type GetCredentialData } from '../../../nodes/flowise/host.js';
import type { ICommonObject } from '../../../nodes/flowise/types.js';

/**
 * Flowise's side of a component call, as its server makes it: the options object (database
 * handles, chatflow and chat ids, its logger) and the credential lookup behind getCredentialData,
 * which resolves a credential id to its decrypted data.
 */
export interface FlowiseFake {
  options: ICommonObject;
  /** The credential ids looked up, in order. */
  lookups: string[];
  /** Log lines the components wrote to Flowise's logger. */
  logged: string[];
}

export function flowiseFake(credentials: Record<string, ICommonObject> = {}): FlowiseFake {
  const lookups: string[] = [];
  const logged: string[] = [];
  const appDataSource = { name: 'flowise-database' };
  const options: ICommonObject = {
    appDataSource,
    databaseEntities: { Credential: 'Credential' },
    chatflowid: 'chatflow-1',
    chatId: 'chat-1',
    logger: { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: () => undefined },
  };
  // Flowise's contract: (credential id, options) → the decrypted data, {} for none; it reads the database from options.
  const getCredentialData: GetCredentialData = async (id, opts) => {
    if (opts.appDataSource !== appDataSource) throw new Error('getCredentialData needs Flowise’s options');
    lookups.push(id);
    return credentials[id] ?? {};
  };
  attachFlowise({ require: createRequire(__filename), getCredentialData });
  return { options, lookups, logged };
}

/** The text of a LangChain message list as the chat APIs get it. */
function wire(messages: BaseMessage[]): { role: string; content: string }[] {
  return messages.map((m) => ({
    role: m.getType() === 'ai' ? 'assistant' : m.getType() === 'human' ? 'user' : 'system',
    content: String(m.content),
  }));
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  const data = (await res.json()) as Record<string, unknown>;
  if (!res.ok)
    throw Object.assign(new Error(`HTTP ${res.status}: ${JSON.stringify(data.error)}`), { status: res.status });
  return data;
}

/** A chat model as Flowise's ChatOllama node builds it: Ollama's /api/chat at `baseUrl`. */
export class OllamaChatModel extends BaseChatModel {
  constructor(
    readonly baseUrl: string,
    readonly model = 'llama3.2',
  ) {
    super({});
  }
  _llmType(): string {
    return 'ollama';
  }
  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const data = (await post(`${this.baseUrl}/api/chat`, {
      model: this.model,
      messages: wire(messages),
      stream: false,
    })) as {
      message: { content: string };
    };
    return { generations: [{ text: data.message.content, message: new AIMessage(data.message.content) }] };
  }
}

/** A chat model as Flowise's AzureChatOpenAI node builds it (with its Base Path): a deployment's chat completions. */
export class AzureChatModel extends BaseChatModel {
  constructor(
    readonly basePath: string,
    readonly azureOpenAIApiDeploymentName = 'gpt-4o-mini',
  ) {
    super({});
  }
  _llmType(): string {
    return 'azure_openai';
  }
  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const data = (await post(
      `${this.basePath}/openai/deployments/${this.azureOpenAIApiDeploymentName}/chat/completions?api-version=2024-10-21`,
      { messages: wire(messages) },
      { 'api-key': 'k' },
    )) as { choices: { message: { content: string } }[] };
    const text = data.choices[0].message.content;
    return { generations: [{ text, message: new AIMessage(text) }] };
  }
}
