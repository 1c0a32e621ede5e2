import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet20 } from '../../support/privacy-testset20/index.js';

describe('held-out privacy test set 20 (held out in the twenty-first round, development data since the twenty-second)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet20();
    assertTestSetBlock(join(__dirname, '../../../..'), 20, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
