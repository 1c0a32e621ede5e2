import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet22 } from '../../support/privacy-testset22/index.js';

describe('held-out privacy test set 22 (held out in the twenty-third round, development data since the twenty-fourth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet22();
    assertTestSetBlock(join(__dirname, '../../../..'), 22, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
