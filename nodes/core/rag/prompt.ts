import type { ChatMessage } from '../models/provider.js';
import type { Passage } from './retrieve.js';

export const DEFAULT_SYSTEM_PROMPT =
  'You answer questions using only the numbered context passages. Cite the passages you use as [1], [2]. ' +
  'If the context does not contain the answer, say that you do not know.';

export const DEFAULT_TEMPLATE = 'Context:\n{{context}}\n\nQuestion: {{question}}';

export interface PromptOptions {
  systemPrompt?: string;
  /** User message template with {{context}} and {{question}}. */
  template?: string;
  /** Most characters of context; passages that do not fit whole are left out. */
  contextBudget?: number;
}

export interface Source {
  marker: number;
  id: string | number;
  sourceId: string;
  chunkIndex: number;
  score: number;
  metadata: Record<string, unknown>;
}

/**
 * Builds the chat messages for a question and retrieved passages: best passages first, each
 * marked [n] with its source, within the context budget. Returns the sources actually included.
 */
export function buildPrompt(
  question: string,
  passages: Passage[],
  options: PromptOptions = {},
): { messages: ChatMessage[]; sources: Source[] } {
  const budget = options.contextBudget ?? 6000;
  const blocks: string[] = [];
  const sources: Source[] = [];
  let used = 0;
  for (const p of passages) {
    const block = `[${sources.length + 1}] (source: ${p.sourceId}) ${p.text}`;
    if (used + block.length > budget) continue;
    used += block.length + 2;
    blocks.push(block);
    sources.push({
      marker: sources.length + 1,
      id: p.id,
      sourceId: p.sourceId,
      chunkIndex: p.chunkIndex,
      score: p.score,
      metadata: p.metadata,
    });
  }
  const template = options.template?.trim() ? options.template : DEFAULT_TEMPLATE;
  const context = blocks.length > 0 ? blocks.join('\n\n') : '(no context passages)';
  // One pass, so a {{question}} inside the context (or the reverse) is never substituted again.
  const user = template.replace(/\{\{\s*(context|question)\s*\}\}/g, (_m, name: string) =>
    name === 'context' ? context : question,
  );
  const messages: ChatMessage[] = [];
  const system = options.systemPrompt?.trim() ? options.systemPrompt : DEFAULT_SYSTEM_PROMPT;
  messages.push({ role: 'system', content: system });
  messages.push({ role: 'user', content: user });
  return { messages, sources };
}
