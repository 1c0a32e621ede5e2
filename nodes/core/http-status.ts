import { BackupRunError } from './backup/errors.js';
import { ModelError } from './models/provider.js';
import { ModelSettingsError } from './models/create-provider.js';
import { PrivacyBlockedError } from './privacy/router.js';
import { ConversationStoreError } from './privacy/shared-conversations.js';
import { QdrantGatewayError } from './qdrant/gateway-error.js';
import { DocumentInputError } from './rag/documents.js';

/**
 * The HTTP status a flow exposed as an endpoint should answer for an error: 400 for bad input,
 * 403 when the privacy policy allows no configured model, 503 when the model server or Qdrant
 * cannot be reached, 502 when they answered with an error. A shared conversation mapping that cannot
 * be read or stored refuses the request: 503 when the store is unavailable, 500 when a mapping fails
 * authentication (altered, or another key).
 */
export function httpStatusOf(err: unknown): number {
  if (err instanceof DocumentInputError || err instanceof RangeError) return 400;
  // A backup run over several collections answers as its first failure does.
  if (err instanceof BackupRunError) return httpStatusOf(err.failures[0]?.error);
  if (err instanceof PrivacyBlockedError) return 403;
  if (err instanceof ConversationStoreError) return err.reason === 'unavailable' ? 503 : 500;
  if (err instanceof ModelError) return err.unavailable ? 503 : 502;
  if (err instanceof ModelSettingsError) return 503;
  if (err instanceof QdrantGatewayError) {
    if (err.status === undefined || err.status === 503 || err.status === 502) return 503;
    if (err.status === 404) return 404;
    return 502;
  }
  return 500;
}
