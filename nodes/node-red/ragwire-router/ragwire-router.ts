import { privacyGuard, runPrivacyStep } from '../shared/privacy.js';
import { handleInput } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

const OUTPUT = { local: 0, cloud: 1, blocked: 2 } as const;

/**
 * Sends each message to output 1 (local), 2 (cloud) or 3 (blocked) by the privacy policy, with the
 * decision on msg.privacy and a Ragwire-issued conversation id on msg.conversation. When the policy
 * lets a level reach the cloud only pseudonymized, the message leaves on the cloud output already
 * pseudonymized: wiring it straight to a cloud model cannot leak; a ragwire-restore node after the
 * model puts the values back into the answer.
 */
export = (RED: NodeAPI) => {
  function RagwireRouterNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    handleInput(this, 'checking', async (msg, send) => {
      const guard = privacyGuard(RED, config.privacy);
      const { audit: decision } = await runPrivacyStep(this, msg, (parts, request) => guard.route(parts, request));
      const outputs: (typeof msg | null)[] = [null, null, null];
      outputs[OUTPUT[decision.route]] = msg;
      send(outputs);
      return `${decision.route}: ${decision.level}${decision.pseudonymized ? ' (pseudonymized)' : ''}`;
    });
  }
  RED.nodes.registerType('ragwire-router', RagwireRouterNode);
};
