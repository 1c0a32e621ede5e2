/** The public surface of the privacy area: what adapters (Node-RED, Flowise, the command line) use. */
export { PrivacyScanner } from './detect.js';
export { LEVELS, isLevel, maxLevel } from './entities.js';
export type { SensitivityLevel } from './entities.js';
export { PrivacyGuard } from './guard.js';
export type { PrivacyStep, PromptParts, RequestContext } from './guard.js';
export { DEFAULT_POLICY, parsePolicy } from './policy.js';
export { policyFromChoices } from './policy-choices.js';
export { PrivacyBlockedError, auditRecordOf } from './router.js';
export type { AuditRecord, Decision } from './router.js';
export { scanRecord } from './scan-record.js';
export type { SecondOpinionSettings } from './second-opinion.js';
export {
  CONVERSATION_KEY_ENV,
  ConversationStoreError,
  SharedConversations,
  parseConversationKey,
} from './shared-conversations.js';
export { upstreamPrivacyOf } from './upstream.js';
export type { UpstreamPrivacy } from './upstream.js';
export {
  GUARD_FIELDS,
  guardSettingsFrom,
  type GuardInput,
  type GuardLabels,
  type GuardSettings,
} from './guard-settings.js';
