import { DocumentInputError } from '../../core/rag/documents.js';
import { buildPrompt } from '../../core/rag/prompt.js';
import type { Passage } from '../../core/rag/retrieve.js';
import { chatWith, type StreamingChatOptions } from '../../core/models/chat-with.js';
import type { ChatMessage, ModelProvider } from '../../core/models/provider.js';
import type { RoutedChat } from '../../core/privacy/routed-chat.js';
import { ModelSettingsError } from '../../core/models/create-provider.js';
import type { ModelConfigNode } from '../shared/config-types.js';
import { modelConfig } from '../shared/config-nodes.js';
import { messagesOf } from '../shared/chat-messages.js';
import { auditLog, privacyGuard, requestedConversation, upstreamPrivacy } from '../shared/privacy.js';
import { handleInput, isObject } from '../shared/run-input.js';
import type { AuditRecord } from '../../core/privacy/router.js';
import type { Node, NodeAPI, NodeDef, NodeMessage } from '../shared/types.js';

interface HttpResponse {
  setHeader(k: string, v: string): void;
  write(s: string): void;
  end(): void;
  headersSent: boolean;
}

/** The HTTP response behind msg.res when the flow started at an `http in` node. */
function httpResponseOf(msg: NodeMessage): HttpResponse | undefined {
  const res = msg.res as { _res?: unknown } | undefined;
  return (res?._res as HttpResponse) ?? undefined;
}

/** Writes deltas to the HTTP caller, sending the header with the first one (an error before it can still become a 4xx/5xx). */
function streamTo(res: HttpResponse): { onDelta: (delta: string) => void; started: () => boolean } {
  let started = false;
  return {
    onDelta: (delta) => {
      if (!started) res.setHeader('content-type', 'text/plain; charset=utf-8');
      started = true;
      res.write(delta);
    },
    started: () => started,
  };
}

/**
 * The second model, unless its configuration is incomplete (an Azure model without endpoint and
 * AZURE_OPENAI_ENDPOINT): then there is no second model and everything stays on the first, which
 * lets templates ship with a cloud model that works once configured.
 */
function optionalProvider(config: ModelConfigNode): ModelProvider | undefined {
  try {
    return config.provider();
  } catch (err) {
    if (err instanceof ModelSettingsError) return undefined;
    throw err;
  }
}

/** The local and the cloud model of a routing llm node, by the locality each configuration declares. */
function routedModels(primary: ModelProvider, second: ModelProvider | undefined) {
  if (second && second.locality === primary.locality)
    throw new RangeError(
      `llm: both models run ${primary.locality === 'local' ? 'locally' : 'in the cloud'}; pick one local and one cloud model`,
    );
  const all = [primary, ...(second ? [second] : [])];
  return { local: all.find((m) => m.locality === 'local'), cloud: all.find((m) => m.locality === 'cloud') };
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
    // Routing is on unless switched off explicitly: a flow from before routing existed fails closed too.
    const routing = config.routing !== 'off';

    handleInput(this, 'thinking', async (msg, send) => {
      const primary = modelConfig(RED, config.model, true)?.provider();
      if (!primary) throw new Error('no model configured');
      const second = config.cloudModel ? optionalProvider(modelConfig(RED, config.cloudModel, true)!) : undefined;
      let messages: ChatMessage[];
      let sources: ReturnType<typeof buildPrompt>['sources'] = [];
      const context = Array.isArray(msg.context) ? (msg.context as Passage[]) : [];
      if (msg.messages !== undefined) {
        messages = messagesOf(msg.messages);
      } else {
        const question =
          typeof msg.payload === 'string' ? msg.payload : typeof msg.question === 'string' ? msg.question : undefined;
        if (!question?.trim())
          throw new DocumentInputError('msg.payload: expected the question or prompt as a string (or msg.messages)');
        ({ messages, sources } = buildPrompt(question, context, promptOptions));
      }
      const res = stream ? httpResponseOf(msg) : undefined;
      const streaming = res && !res.headersSent ? streamTo(res) : undefined;
      const options: StreamingChatOptions = { temperature, onDelta: streaming?.onDelta };
      let routed: Pick<RoutedChat, 'result' | 'answeredBy'>;
      const guard = privacyGuard(RED, config.privacy);
      const upstream = upstreamPrivacy(msg);
      const audit = (record: AuditRecord) => auditLog(this, record);
      const request = {
        classification: msg.classification,
        contextClassifications: context.map((c) => c.classification),
        recorded: upstream.recorded,
      };
      if (routing) {
        const asked = requestedConversation(msg);
        const chat = await guard.chat(messages, { ...request, conversation: asked }, routedModels(primary, second), {
          ...options,
          audit,
        });
        // A conversation nobody asked for served this call only.
        if (chat.conversation && !asked) await guard.forget(chat.conversation);
        else if (chat.conversation) msg.conversation = chat.conversation;
        // After upstream pseudonymization this node saw placeholders only: the upstream record (and its restore token) stands.
        msg.privacy =
          upstream.pseudonymized && isObject(msg.privacy)
            ? { ...chat.decision, ...msg.privacy, route: chat.decision.route }
            : chat.decision;
        routed = chat;
      } else {
        // Routing off still passes the cloud gate: a cloud model gets nothing the policy keeps out of the cloud.
        const gate = guard.cloudGate({ ...request, pseudonymized: upstream.pseudonymized }, audit);
        routed = { result: await chatWith(primary, messages, { ...options, gate }), answeredBy: primary.locality };
      }
      if (streaming?.started()) {
        res!.end();
        // The answer went out already: no http response node must send it again.
        delete msg.res;
        msg.streamed = true;
      }
      const answeredBy = routed.answeredBy === primary.locality ? primary : second!;
      msg.payload = routed.result.content;
      msg.sources = sources;
      msg.llm = { provider: answeredBy.kind, model: answeredBy.model, locality: answeredBy.locality };
      send(msg);
      return `answered (${answeredBy.kind}${routing ? `, ${(msg.privacy as { level: string }).level}` : ''})`;
    });
  }
  RED.nodes.registerType('ragwire-llm', RagwireLlmNode);
};
