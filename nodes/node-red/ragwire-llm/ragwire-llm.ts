import { DocumentInputError } from '../../core/rag/documents.js';
import { buildPrompt } from '../../core/rag/prompt.js';
import type { Passage } from '../../core/rag/retrieve.js';
import type { ChatMessage } from '../../core/models/provider.js';
import { modelConfig } from '../shared/config-nodes.js';
import { handleInput, isObject } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef, NodeMessage } from '../shared/types.js';

const ROLES = ['system', 'user', 'assistant'];

/** msg.messages as chat messages, checked. */
function messagesOf(value: unknown): ChatMessage[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new DocumentInputError('msg.messages: expected a non-empty list of {role, content}');
  return value.map((m, i) => {
    if (!isObject(m) || !ROLES.includes(String(m.role)) || typeof m.content !== 'string') {
      throw new DocumentInputError(
        `msg.messages[${i}]: expected {role: "system" | "user" | "assistant", content: "..."}`,
      );
    }
    return { role: m.role as ChatMessage['role'], content: m.content };
  });
}

/** The HTTP response behind msg.res when the flow started at an `http in` node. */
function httpResponseOf(
  msg: NodeMessage,
): { setHeader(k: string, v: string): void; write(s: string): void; end(): void; headersSent: boolean } | undefined {
  const res = msg.res as { _res?: unknown } | undefined;
  return (res?._res as ReturnType<typeof httpResponseOf>) ?? undefined;
}

export = (RED: NodeAPI) => {
  function RagwireLlmNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const promptOptions = {
      systemPrompt: String(config.systemPrompt ?? ''),
      template: String(config.template ?? ''),
      contextBudget: Number(config.contextBudget) > 0 ? Number(config.contextBudget) : 6000,
    };
    const temperature =
      config.temperature === '' || config.temperature === undefined ? undefined : Number(config.temperature);
    const stream = config.stream === true;

    handleInput(this, 'thinking', async (msg, send) => {
      const provider = modelConfig(RED, config.model, true)?.provider();
      if (!provider) throw new Error('no model configured');
      let messages: ChatMessage[];
      let sources: ReturnType<typeof buildPrompt>['sources'] = [];
      if (msg.messages !== undefined) {
        messages = messagesOf(msg.messages);
      } else {
        const question =
          typeof msg.payload === 'string' ? msg.payload : typeof msg.question === 'string' ? msg.question : undefined;
        if (!question?.trim())
          throw new DocumentInputError('msg.payload: expected the question or prompt as a string (or msg.messages)');
        const context = Array.isArray(msg.context) ? (msg.context as Passage[]) : [];
        ({ messages, sources } = buildPrompt(question, context, promptOptions));
      }
      const res = stream ? httpResponseOf(msg) : undefined;
      let answer = '';
      if (res && !res.headersSent) {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        for await (const delta of provider.chatStream(messages, { temperature })) {
          answer += delta;
          res.write(delta);
        }
        res.end();
        // The answer went out already: no http response node must send it again.
        delete msg.res;
        msg.streamed = true;
      } else {
        answer = (await provider.chat(messages, { temperature })).content;
      }
      msg.payload = answer;
      msg.sources = sources;
      msg.llm = { provider: provider.kind, model: provider.model, locality: provider.locality };
      send(msg);
      return `answered (${provider.kind})`;
    });
  }
  RED.nodes.registerType('ragwire-llm', RagwireLlmNode);
};
