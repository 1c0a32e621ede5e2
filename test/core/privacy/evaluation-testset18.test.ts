import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet18 } from '../../support/privacy-testset18/index.js';

describe('held-out privacy test set 18 (held out in the nineteenth round, development data since the twentieth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet18();
    assertTestSetBlock(join(__dirname, '../../../..'), 18, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
