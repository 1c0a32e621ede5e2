import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet11 } from '../../support/privacy-testset11/index.js';

describe('privacy test set 11 (held out in the eleventh round, development data since the twelfth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet11();
    assertTestSetBlock(join(__dirname, '../../../..'), 11, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
