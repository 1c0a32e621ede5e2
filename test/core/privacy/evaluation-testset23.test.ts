import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet23 } from '../../support/privacy-testset23/index.js';

describe('held-out privacy test set 23 (held out in the twenty-fourth round, development data since the twenty-fifth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet23();
    assertTestSetBlock(join(__dirname, '../../../..'), 23, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
