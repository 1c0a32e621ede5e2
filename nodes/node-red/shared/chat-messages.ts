import type { ChatMessage } from '../../core/models/index.js';
import { InputError } from '../../core/errors.js';
import { isObject } from './run-input.js';

const ROLES = ['system', 'user', 'assistant'];

/** msg.messages as chat messages, checked. */
export function messagesOf(value: unknown): ChatMessage[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new InputError('msg.messages: expected a non-empty list of {role, content}');
  return value.map((m, i) => {
    if (!isObject(m) || !ROLES.includes(String(m.role)) || typeof m.content !== 'string') {
      throw new InputError(`msg.messages[${i}]: expected {role: "system" | "user" | "assistant", content: "..."}`);
    }
    return { role: m.role as ChatMessage['role'], content: m.content };
  });
}
