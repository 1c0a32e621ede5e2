import assert from 'node:assert/strict';
import { BackupInputError, BackupRunError } from '../../nodes/core/backup/errors.js';
import { ConfigurationError, errorKindOf, InputError } from '../../nodes/core/errors.js';
import { ModelSettingsError } from '../../nodes/core/models/create-provider.js';
import { ModelError } from '../../nodes/core/models/provider.js';
import { ConversationStoreError } from '../../nodes/core/privacy/shared-conversations.js';
import { PrivacyBlockedError } from '../../nodes/core/privacy/router.js';
import { QdrantGatewayError } from '../../nodes/core/qdrant/gateway-error.js';
import { DocumentInputError } from '../../nodes/core/rag/documents.js';
import { httpStatusOf } from '../../nodes/node-red/shared/http-status.js';

describe('error kinds and their HTTP status (Node-RED adapter)', () => {
  const blocked = new PrivacyBlockedError({ level: 'personal', route: 'blocked' } as never, 'blocked');
  const cases: [string, unknown, string, number][] = [
    ['bad input', new InputError('msg.x: expected a string'), 'input', 400],
    ['bad documents', new DocumentInputError('documents[0].text: expected text'), 'input', 400],
    ['a refused backup request', new BackupInputError('msg.confirm: set it'), 'input', 400],
    ['a missing collection', new QdrantGatewayError('query', 'kb', 404, 'no such collection'), 'missing', 404],
    ['a privacy block', blocked, 'blocked', 403],
    ['an unreachable model', new ModelError('unavailable', 'Ollama', 'cannot connect'), 'unavailable', 503],
    ['a model timeout', new ModelError('timeout', 'Ollama', 'no answer'), 'unavailable', 503],
    ['an unreachable Qdrant', new QdrantGatewayError('query', 'kb', undefined, 'ECONNREFUSED'), 'unavailable', 503],
    ['a model error answer', new ModelError('auth', 'Azure', 'wrong key', 401), 'upstream', 502],
    ['a Qdrant error answer', new QdrantGatewayError('upsert', 'kb', 400, 'bad request'), 'upstream', 502],
    ['an unusable step', new ConfigurationError('no model configured'), 'configuration', 500],
    ['an incomplete model setting', new ModelSettingsError('endpoint: missing'), 'configuration', 500],
    ['a mapping sealed with another key', new ConversationStoreError('x', 'unreadable'), 'configuration', 500],
    ['an unavailable conversation store', new ConversationStoreError('x', 'unavailable'), 'unavailable', 503],
    ['anything else', new Error('bug'), 'internal', 500],
    ['a RangeError from a library', new RangeError('out of range'), 'internal', 500],
  ];
  for (const [what, err, kind, status] of cases) {
    it(`answers ${what} with ${status} (${kind})`, () => {
      assert.equal(errorKindOf(err), kind);
      assert.equal(httpStatusOf(err), status);
    });
  }

  it('answers a backup run as its first failure', () => {
    const down = new QdrantGatewayError('snapshot', 'a', undefined, 'ECONNREFUSED');
    const run = new BackupRunError(
      'backup',
      [
        { collection: 'a', error: down },
        { collection: 'b', error: new Error('x') },
      ],
      2,
    );
    assert.equal(httpStatusOf(run), 503);
    assert.equal(httpStatusOf(new BackupRunError('backup', [{ collection: 'b', error: new Error('x') }], 1)), 500);
  });
});
