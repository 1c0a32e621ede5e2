import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet5 } from '../../support/privacy-testset5/index.js';

describe('privacy test set 5 (held out in the fifth round, development data since the sixth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet5();
    assertTestSetBlock(join(__dirname, '../../../..'), 5, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
