import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet4 } from '../../support/privacy-testset4/index.js';

describe('privacy test set 4 (held out in the fourth round, development data since the fifth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet4();
    assertTestSetBlock(join(__dirname, '../../../..'), 4, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
