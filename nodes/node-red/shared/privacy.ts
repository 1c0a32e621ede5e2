import { PrivacyDecisionLog } from '../../core/logging/index.js';
import { recordPrivacyDecision } from '../../core/metrics/index.js';
import { ConfigurationError, InputError } from '../../core/errors.js';
import type {
  PrivacyGuard,
  PromptParts,
  PrivacyStep,
  RequestContext,
  UpstreamPrivacy,
  AuditRecord,
} from '../../core/privacy/index.js';
import { privacyArea } from './privacy-area.js';
import { messagesOf } from './chat-messages.js';
import type { PrivacyConfigNode } from './config-types.js';
import { isObject } from './run-input.js';
import type { Node, NodeAPI, NodeMessage } from './types.js';

/** Without a ragwire-privacy configuration: the default policy, one mapping store for the whole runtime. */
let defaultGuard: PrivacyGuard | undefined;

/** The guard of the selected ragwire-privacy configuration, or the default one. */
export function privacyGuard(RED: NodeAPI, id: unknown): PrivacyGuard {
  if (!id) return (defaultGuard ??= new (privacyArea().PrivacyGuard)());
  const node = RED.nodes.getNode(String(id)) as PrivacyConfigNode | null;
  if (!node)
    throw new ConfigurationError('the selected ragwire-privacy configuration does not exist (any more): pick another');
  if (!node.guard)
    throw new ConfigurationError(`the privacy configuration is unusable: ${node.problem ?? 'unknown problem'}`);
  return node.guard;
}

/** What of a message would reach a model: msg.messages or msg.payload, and the passages in msg.context. */
export function promptPartsOf(msg: NodeMessage): PromptParts {
  const parts: PromptParts = { classification: msg.classification };
  if (msg.messages !== undefined) parts.messages = messagesOf(msg.messages);
  else if (typeof msg.payload === 'string') parts.question = msg.payload;
  else throw new InputError('msg.payload: expected the text as a string (or chat messages in msg.messages)');
  if (msg.context !== undefined) {
    if (!Array.isArray(msg.context) || !msg.context.every((c) => isObject(c) && typeof c.text === 'string'))
      throw new InputError('msg.context: expected the passages from ragwire-retrieve ({text, classification})');
    parts.context = msg.context as { text: string; classification?: unknown }[];
  }
  return parts;
}

/** Writes (pseudonymized) parts back where they came from. */
function applyPromptParts(msg: NodeMessage, parts: PromptParts): void {
  if (parts.messages) msg.messages = parts.messages;
  else if (parts.question !== undefined) msg.payload = parts.question;
  if (parts.context) msg.context = parts.context;
}

/**
 * The conversation msg.conversation asks for, if any. It is only a request: Ragwire uses it when
 * it issued that id and the conversation is live, and issues a new one otherwise.
 */
export function requestedConversation(msg: NodeMessage): string | undefined {
  if (msg.conversation === undefined || msg.conversation === null || msg.conversation === '') return undefined;
  if (typeof msg.conversation !== 'string')
    throw new InputError('msg.conversation: expected the conversation id Ragwire returned earlier (a string)');
  return msg.conversation;
}

/** What an upstream privacy decision recorded on msg.privacy, for the next decision or the cloud gate. */
export function upstreamPrivacy(msg: NodeMessage): UpstreamPrivacy {
  return privacyArea().upstreamPrivacyOf(msg.privacy);
}

/**
 * Every decision goes to the Node-RED log: levels, route, rule, entity counts, never values. The
 * console shows `privacy decision {json}`; the ECS handler writes it as an event (see PrivacyDecisionLog).
 * It is also counted in ragwire_privacy_decisions_total.
 */
export function auditLog(node: Node, record: AuditRecord): void {
  node.log(new PrivacyDecisionLog(record));
  recordPrivacyDecision(record);
}

/**
 * Runs a privacy step of the guard (route, pseudonymize) on what of msg reaches a model and writes
 * its outcome back: the parts when the step changed them (the rest of msg stays as it came), the
 * conversation, the audit log and msg.privacy.
 */
export async function runPrivacyStep(
  node: Node,
  msg: NodeMessage,
  step: (parts: PromptParts, request: RequestContext) => Promise<PrivacyStep>,
): Promise<PrivacyStep> {
  const parts = promptPartsOf(msg);
  const out = await step(parts, { recorded: upstreamPrivacy(msg).recorded, conversation: requestedConversation(msg) });
  if (out.parts !== parts) applyPromptParts(msg, out.parts);
  msg.conversation = out.conversation;
  auditLog(node, out.audit);
  msg.privacy = out.privacy;
  return out;
}
