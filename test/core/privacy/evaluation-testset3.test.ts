import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet3 } from '../../support/privacy-testset3/index.js';

describe('privacy test set 3 (held out in the third round, development data since the fourth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet3();
    assertTestSetBlock(join(__dirname, '../../../..'), 3, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
