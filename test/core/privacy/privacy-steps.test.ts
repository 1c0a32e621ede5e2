import assert from 'node:assert/strict';
import { createProvider } from '../../../nodes/core/models/create-provider.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { DEFAULT_POLICY, parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { localTarget, routeTarget } from '../../../nodes/core/privacy/routed-chat.js';
import { PrivacyBlockedError, type AuditRecord } from '../../../nodes/core/privacy/router.js';

const PERSONAL = 'Please check the salary of Anna Schmidt, IBAN DE89370400440532013000.';
const local = createProvider({ provider: 'ollama', url: 'http://127.0.0.1:9', model: 'llama3.2' });
const cloud = createProvider({ provider: 'azure-openai', url: 'http://127.0.0.1:9', model: 'gpt', apiKey: 'k' });

describe('privacy steps as core records them', () => {
  it('routes a public request to the cloud unchanged, in an issued conversation', async () => {
    const guard = new PrivacyGuard();
    const parts = { question: 'How many vacation days are there?' };
    const step = await guard.route(parts);
    assert.equal(step.audit.route, 'cloud');
    assert.equal(step.parts, parts, 'nothing to pseudonymize');
    assert.equal(step.privacy, step.audit);
    assert.equal(guard.conversation(step.conversation), step.conversation, 'the conversation is live');
  });

  it('pseudonymizes what may reach the cloud only pseudonymized; the audit record carries no token', async () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const step = await guard.route({ question: PERSONAL, context: [{ text: 'Anna Schmidt earns more.' }] });
    assert.equal(step.audit.route, 'cloud');
    assert.equal(step.audit.pseudonymized, true);
    assert.doesNotMatch(JSON.stringify(step.parts), /Anna Schmidt|DE89/);
    assert.equal(step.audit.entities.PERSON, 2);
    assert.ok(step.privacy.restoreToken, 'the request carries its restore token');
    assert.equal('restoreToken' in step.audit, false, 'never in the audit log');
    const answer = `Yes, ${/<PERSON_\d+>/.exec(step.parts.question!)![0]} is paid.`;
    assert.equal(guard.restore(step.privacy.restoreToken!, answer), 'Yes, Anna Schmidt is paid.');
  });

  it('pseudonymizes on request whatever the route, and says so in the audit record', async () => {
    const guard = new PrivacyGuard();
    const step = await guard.pseudonymizeRequest({ messages: [{ role: 'user', content: PERSONAL }] });
    assert.deepEqual([step.audit.pseudonymized, step.audit.rule], [true, 'personal: pseudonymized']);
    assert.doesNotMatch(step.parts.messages![0].content, /Anna Schmidt/);
    assert.ok((step.privacy.replaced ?? 0) >= 2);
  });

  describe('the route target (decided before any model is called)', () => {
    const decided = (route: AuditRecord['route'], level: AuditRecord['level'] = 'public') =>
      ({ route, level, rule: `${level}: rule` }) as AuditRecord;

    it('sends what the cloud may see to the cloud model, and locally when there is none', () => {
      assert.deepEqual(routeTarget(decided('cloud'), { local, cloud }, DEFAULT_POLICY), {
        answeredBy: 'cloud',
        rule: 'public: rule',
      });
      assert.deepEqual(routeTarget(decided('cloud'), { local }, DEFAULT_POLICY), {
        answeredBy: 'local',
        rule: 'public: rule; no cloud model, answered locally',
      });
    });

    it('refuses blocked requests, and local-only ones without a local model', () => {
      assert.throws(() => routeTarget(decided('blocked'), { local, cloud }, DEFAULT_POLICY), PrivacyBlockedError);
      assert.throws(
        () => routeTarget(decided('local', 'personal'), { cloud }, DEFAULT_POLICY),
        /personal and may only go to a local model, but no local model is configured/,
      );
      const cloudOnly = parsePolicy({ allow: { public: ['cloud'] } });
      assert.throws(() => localTarget(decided('cloud'), { local }, cloudOnly, 'fallback'), PrivacyBlockedError);
    });
  });
});
