import { loadOnUse } from '../../core/load-on-use.js';

/**
 * The privacy area (detectors, name lists, phone number metadata), loaded when a flow first uses
 * it rather than when Node-RED loads the pack (see loadOnUse).
 */
export const privacyArea = loadOnUse(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
  () => require('../../core/privacy/index.js') as typeof import('../../core/privacy/index.js'),
);
