import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet25 } from '../../support/privacy-testset25/index.js';

describe('held-out privacy test set 25 (held out in the twenty-sixth round, development data since the twenty-seventh)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet25();
    assertTestSetBlock(join(__dirname, '../../../..'), 25, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
