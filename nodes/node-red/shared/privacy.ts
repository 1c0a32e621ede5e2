import { DocumentInputError } from '../../core/rag/documents.js';
import { PrivacyGuard, type PromptParts } from '../../core/privacy/guard.js';
import type { Decision } from '../../core/privacy/router.js';
import { messagesOf } from './chat-messages.js';
import type { PrivacyConfigNode } from './config-types.js';
import { isObject } from './run-input.js';
import type { AuditRecord } from '../../core/privacy/router.js';
import type { Node, NodeAPI, NodeMessage } from './types.js';

/** Without a ragwire-privacy configuration: the default policy, one mapping store for the whole runtime. */
let defaultGuard: PrivacyGuard | undefined;

/** The guard of the selected ragwire-privacy configuration, or the default one. */
export function privacyGuard(RED: NodeAPI, id: unknown): PrivacyGuard {
  if (!id) return (defaultGuard ??= new PrivacyGuard());
  const node = RED.nodes.getNode(String(id)) as PrivacyConfigNode | null;
  if (!node) throw new Error('the selected ragwire-privacy configuration does not exist (any more): pick another');
  if (!node.guard) throw new RangeError(`the privacy configuration is unusable: ${node.problem ?? 'unknown problem'}`);
  return node.guard;
}

/** What of a message would reach a model: msg.messages or msg.payload, and the passages in msg.context. */
export function promptPartsOf(msg: NodeMessage): PromptParts {
  const parts: PromptParts = { classification: msg.classification };
  if (msg.messages !== undefined) parts.messages = messagesOf(msg.messages);
  else if (typeof msg.payload === 'string') parts.question = msg.payload;
  else throw new DocumentInputError('msg.payload: expected the text as a string (or chat messages in msg.messages)');
  if (msg.context !== undefined) {
    if (!Array.isArray(msg.context) || !msg.context.every((c) => isObject(c) && typeof c.text === 'string'))
      throw new DocumentInputError('msg.context: expected the passages from ragwire-retrieve ({text, classification})');
    parts.context = msg.context as { text: string; classification?: unknown }[];
  }
  return parts;
}

/** Writes pseudonymized parts back where they came from. */
function applyPromptParts(msg: NodeMessage, parts: PromptParts): void {
  if (parts.messages) msg.messages = parts.messages;
  else if (parts.question !== undefined) msg.payload = parts.question;
  if (parts.context) msg.context = parts.context;
}

/**
 * The conversation a pseudonymization mapping belongs to: msg.conversation when the flow keeps
 * one (the same value gets the same placeholder across turns), otherwise this message alone.
 */
export function conversationOf(msg: NodeMessage): { key: string; perMessage: boolean } {
  if (typeof msg.conversation === 'string' && msg.conversation !== '')
    return { key: msg.conversation, perMessage: false };
  if (msg.conversation !== undefined && msg.conversation !== '')
    throw new DocumentInputError('msg.conversation: expected a string that identifies the conversation');
  return { key: `msg:${msg._msgid ?? ''}`, perMessage: true };
}

/** Every decision goes to the Node-RED log as one JSON line: levels, route, rule, entity counts, never values. */
export function auditLog(node: Node, record: AuditRecord): void {
  node.log(`privacy decision ${JSON.stringify(record)}`);
}

/**
 * Pseudonymizes, in place, what of msg reaches a model, and returns what msg.privacy records of it:
 * which mapping restore must use, and how many values were replaced.
 */
export function pseudonymizeMessage(
  guard: PrivacyGuard,
  msg: NodeMessage,
  parts: PromptParts,
  decision: Decision,
): { conversation: string; perMessage: boolean; replaced: number } {
  const conversation = conversationOf(msg);
  const out = guard.pseudonymize(conversation.key, parts, decision);
  applyPromptParts(msg, out.parts);
  return { conversation: conversation.key, perMessage: conversation.perMessage, replaced: out.replaced };
}
