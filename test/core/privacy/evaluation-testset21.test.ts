import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet21 } from '../../support/privacy-testset21/index.js';

describe('held-out privacy test set 21 (held out in the twenty-second round, development data since the twenty-third)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet21();
    assertTestSetBlock(join(__dirname, '../../../..'), 21, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
