import { loadOnUse } from '../load-on-use.js';
import type { CloudGate, CloudGateContext } from '../privacy/cloud-gate.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (see loadOnUse)
const cloudGate = loadOnUse(() => require('../privacy/cloud-gate.js') as typeof import('../privacy/cloud-gate.js'));

/**
 * The cloud gate of the default policy, as privacy/cloud-gate.ts gives it, with the privacy
 * detectors (name lists, phone number metadata) loaded at the first gated call instead of when
 * the models or embedding area is loaded.
 */
export function defaultCloudGate(context?: CloudGateContext): CloudGate {
  return cloudGate().defaultCloudGate(context);
}
