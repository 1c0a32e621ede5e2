/** The public surface of the logging area: what adapters (Node-RED, Flowise, the command line) use. */
export { EcsFormatter } from './ecs.js';
export type { EcsOptions, LogEvent, LogLevel } from './ecs.js';
export { PrivacyDecisionLog } from './privacy-audit.js';
