import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet24 } from '../../support/privacy-testset24/index.js';

describe('held-out privacy test set 24 (held out in the twenty-fifth round, development data since the twenty-sixth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet24();
    assertTestSetBlock(join(__dirname, '../../../..'), 24, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
