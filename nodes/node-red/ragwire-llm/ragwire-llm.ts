import { ConfigurationError, InputError } from '../../core/errors.js';
import { answer, optionalModel, type Passage } from '../../core/rag/index.js';
import { modelConfig } from '../shared/config-nodes.js';
import { messagesOf } from '../shared/chat-messages.js';
import { auditLog, privacyGuard, requestedConversation, upstreamPrivacy } from '../shared/privacy.js';
import { handleInput } from '../shared/run-input.js';
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

/** The question in msg.payload (or msg.question). */
function questionOf(msg: NodeMessage): string {
  const question =
    typeof msg.payload === 'string' ? msg.payload : typeof msg.question === 'string' ? msg.question : undefined;
  if (!question?.trim())
    throw new InputError('msg.payload: expected the question or prompt as a string (or msg.messages)');
  return question;
}

export = (RED: NodeAPI) => {
  function RagwireLlmNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const prompt = {
      systemPrompt: String(config.systemPrompt ?? ''),
      template: String(config.template ?? ''),
      contextBudget: Number(config.contextBudget) > 0 ? Number(config.contextBudget) : 6000,
    };
    const temperature =
      config.temperature === '' || config.temperature === undefined ? undefined : Number(config.temperature);
    const stream = config.stream === true;
    // Routing is on unless switched off explicitly: a flow from before routing existed fails closed too.
    const routing = config.routing !== 'off';
    const settings = { prompt, temperature, routing };

    handleInput(this, 'thinking', async (msg, send) => {
      const primary = modelConfig(RED, config.model, true)?.provider();
      if (!primary) throw new ConfigurationError('no model configured');
      const secondConfig = config.cloudModel ? modelConfig(RED, config.cloudModel, true)! : undefined;
      const second = secondConfig ? optionalModel(() => secondConfig.provider()) : undefined;
      const res = stream ? httpResponseOf(msg) : undefined;
      const streaming = res && !res.headersSent ? streamTo(res) : undefined;
      const messages = msg.messages !== undefined ? messagesOf(msg.messages) : undefined;
      const answered = await answer(
        {
          question: messages ? undefined : questionOf(msg),
          messages,
          passages: Array.isArray(msg.context) ? (msg.context as Passage[]) : [],
          classification: msg.classification,
          upstream: upstreamPrivacy(msg),
          conversation: routing ? requestedConversation(msg) : undefined,
          onDelta: streaming?.onDelta,
        },
        { primary, second },
        { ...settings, guard: privacyGuard(RED, config.privacy), audit: (record) => auditLog(this, record) },
      );
      if (streaming?.started()) {
        res!.end();
        // The answer went out already: no http response node must send it again.
        delete msg.res;
        msg.streamed = true;
      }
      if (answered.conversation) msg.conversation = answered.conversation;
      if (answered.privacy) msg.privacy = answered.privacy;
      const { answeredBy } = answered;
      msg.payload = answered.content;
      msg.sources = answered.sources;
      msg.llm = { provider: answeredBy.kind, model: answeredBy.model, locality: answeredBy.locality };
      send(msg);
      return `answered (${answeredBy.kind}${routing ? `, ${(msg.privacy as { level: string }).level}` : ''})`;
    });
  }
  RED.nodes.registerType('ragwire-llm', RagwireLlmNode);
};
