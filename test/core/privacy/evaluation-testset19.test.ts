import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet19 } from '../../support/privacy-testset19/index.js';

describe('held-out privacy test set 19 (held out in the twentieth round, development data since the twenty-first)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet19();
    assertTestSetBlock(join(__dirname, '../../../..'), 19, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
