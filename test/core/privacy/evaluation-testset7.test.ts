import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet7 } from '../../support/privacy-testset7/index.js';

describe('privacy test set 7 (held out in the seventh round, development data since the eighth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet7();
    assertTestSetBlock(join(__dirname, '../../../..'), 7, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
