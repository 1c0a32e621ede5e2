import type { ChatMessage, ChatOptions, ChatResult, ModelProvider } from './provider.js';

export interface StreamingChatOptions extends ChatOptions {
  /** Receives the answer as it arrives; without it the answer comes whole. */
  onDelta?: (delta: string) => void;
}

/** One model call, streamed to `onDelta` when there is one. */
export async function chatWith(
  model: ModelProvider,
  messages: ChatMessage[],
  options: StreamingChatOptions = {},
): Promise<ChatResult> {
  const { onDelta, ...chatOptions } = options;
  if (!onDelta) return model.chat(messages, chatOptions);
  let content = '';
  for await (const delta of model.chatStream(messages, chatOptions)) {
    content += delta;
    onDelta(delta);
  }
  return { content, model: model.model };
}
