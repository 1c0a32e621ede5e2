import type { ChatGate, ChatMessage } from '../models/provider.js';
import { PrivacyScanner } from './detect.js';
import { DEFAULT_POLICY, type PrivacyPolicy } from './policy.js';
import { auditRecordOf, decideRoute, PrivacyBlockedError, type AuditRecord } from './router.js';
import type { SecondOpinion } from './second-opinion.js';

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
 * had to happen before. With a second opinion, text the policy lets through is shown to the local
 * model as well, which can only stop it. Every decision goes to `onDecision` as an audit record.
 */
export class CloudGate implements ChatGate {
  constructor(
    private readonly scanner: PrivacyScanner,
    private readonly policy: PrivacyPolicy,
    private readonly context: CloudGateContext = {},
    private readonly onDecision?: (record: AuditRecord) => void,
    private readonly secondOpinion?: SecondOpinion,
  ) {}

  async check(messages: ChatMessage[], model: string, use: 'chat' | 'embedding' = 'chat'): Promise<void> {
    const detected = decideRoute({ messages, ...this.context }, this.scanner, this.policy);
    // Pseudonymization is no way out here, so the second opinion reviews the plain cloud route.
    const reviewed =
      this.secondOpinion && this.policy.allow[detected.level].includes('cloud')
        ? await this.secondOpinion.review(
            { ...detected, route: 'cloud', pseudonymized: false },
            messages.map((m) => m.content),
            this.policy,
          )
        : detected;
    const decision = auditRecordOf(reviewed);
    const allowed = this.policy.allow[decision.level].includes('cloud');
    const opinion = decision.secondOpinion ? ` (second opinion: ${decision.secondOpinion.answer})` : '';
    const record: AuditRecord = {
      ...decision,
      route: allowed ? 'cloud' : 'blocked',
      pseudonymized: this.context.pseudonymized === true,
      rule: `cloud gate${use === 'embedding' ? ' (embedding)' : ''}: ${decision.level} ${allowed ? 'allowed in the cloud' : 'not allowed in the cloud'}${opinion}`,
    };
    this.onDecision?.(record);
    if (allowed) return;
    const hint = use === 'embedding' ? `; ${EMBEDDING_HINT}` : ` (${HINTS[hintFor(decision)]})`;
    throw new PrivacyBlockedError(
      record,
      `blocked at the cloud call: what would reach ${model} is ${decision.level}, ` +
        `which the privacy policy keeps out of the cloud${hint}`,
      true,
    );
  }
}

/** What to do instead: entities alone can be pseudonymized; a level of the whole text cannot. */
const HINTS = {
  entities: 'route it to a local model, or pseudonymize it first where the policy allows that',
  whole: 'route it to a local model: a classification or marking cannot be pseudonymized away',
};

function hintFor(decision: AuditRecord): keyof typeof HINTS {
  return decision.level === 'personal' && decision.fixedLevel !== 'personal' ? 'entities' : 'whole';
}

/** Embeddings have no way out but a local model: the vector of a pseudonymized text would encode the placeholders. */
const EMBEDDING_HINT =
  'a vector cannot be pseudonymized: for such documents and questions pick a local embedding model, ' +
  "the built-in hashing embedder (no embedding model selected) or Ollama's nomic-embed-text, or change the privacy policy";

let defaultScanner: PrivacyScanner | undefined;
let defaultGate: CloudGate | undefined;

/** The gate of a cloud call that brought no policy: the default one, with what the caller knows of the request. */
export function defaultCloudGate(context?: CloudGateContext): CloudGate {
  defaultScanner ??= new PrivacyScanner();
  if (context) return new CloudGate(defaultScanner, DEFAULT_POLICY, context);
  return (defaultGate ??= new CloudGate(defaultScanner, DEFAULT_POLICY));
}
