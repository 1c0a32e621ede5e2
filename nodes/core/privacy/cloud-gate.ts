import type { ChatGate, ChatMessage } from '../models/provider.js';
import { PrivacyScanner } from './detect.js';
import { DEFAULT_POLICY, type PrivacyPolicy } from './policy.js';
import { auditRecordOf, decideRoute, PrivacyBlockedError, type AuditRecord } from './router.js';

/** What the gate knows of a request besides the messages it is about to send. */
export interface CloudGateContext {
  /** msg.classification. */
  classification?: unknown;
  /** The classifications of the retrieved passages in the prompt. */
  contextClassifications?: unknown[];
  /** The fixed level an upstream decision recorded (msg.privacy.fixedLevel). */
  recorded?: unknown;
  /** Whether the text was pseudonymized upstream (for the audit record only). */
  pseudonymized?: boolean;
}

/**
 * The last check before a cloud model: the exact messages it would receive (after any
 * pseudonymization), the request's classifications and what an upstream decision recorded must
 * all be allowed in the cloud by the policy as they are. Pseudonymization is no way out here: it
 * had to happen before. Every decision goes to `onDecision` as an audit record.
 */
export class CloudGate implements ChatGate {
  constructor(
    private readonly scanner: PrivacyScanner,
    private readonly policy: PrivacyPolicy,
    private readonly context: CloudGateContext = {},
    private readonly onDecision?: (record: AuditRecord) => void,
  ) {}

  check(messages: ChatMessage[], model: string): void {
    const decision = auditRecordOf(decideRoute({ messages, ...this.context }, this.scanner, this.policy));
    const allowed = this.policy.allow[decision.level].includes('cloud');
    const record: AuditRecord = {
      ...decision,
      route: allowed ? 'cloud' : 'blocked',
      pseudonymized: this.context.pseudonymized === true,
      rule: `cloud gate: ${decision.level} ${allowed ? 'allowed in the cloud' : 'not allowed in the cloud'}`,
    };
    this.onDecision?.(record);
    if (!allowed)
      throw new PrivacyBlockedError(
        record,
        `blocked at the cloud call: what would reach ${model} is ${decision.level}, ` +
          `which the privacy policy keeps out of the cloud (${HINTS[decision.level === 'personal' && decision.fixedLevel !== 'personal' ? 'entities' : 'whole']})`,
        true,
      );
  }
}

/** What to do instead: entities alone can be pseudonymized; a level of the whole text cannot. */
const HINTS = {
  entities: 'route it to a local model, or pseudonymize it first where the policy allows that',
  whole: 'route it to a local model: a classification or marking cannot be pseudonymized away',
};

let defaultGate: CloudGate | undefined;

/** The gate of a cloud call that brought none: the default policy, nothing known but the text. */
export function defaultCloudGate(): CloudGate {
  return (defaultGate ??= new CloudGate(new PrivacyScanner(), DEFAULT_POLICY));
}
