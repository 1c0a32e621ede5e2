/** The public surface of the models area: what adapters (Node-RED, Flowise, the command line) use. */
export { chatWith } from './chat-with.js';
export type { StreamingChatOptions } from './chat-with.js';
export { createProvider, ModelSettingsError } from './create-provider.js';
export type { ModelSettings } from './create-provider.js';
export { ModelError, kindOfStatus, networkErrorKind } from './provider.js';
export type { ChatMessage, ChatResult, Locality, ModelProvider, ProviderKind } from './provider.js';
