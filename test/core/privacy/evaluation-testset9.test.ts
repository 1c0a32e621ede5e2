import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet9 } from '../../support/privacy-testset9/index.js';

describe('privacy test set 9 (held out in the ninth round, development data since the tenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet9();
    assertTestSetBlock(join(__dirname, '../../../..'), 9, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
