import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet17 } from '../../support/privacy-testset17/index.js';

describe('privacy test set 17 (held out in the eighteenth round, development data since the nineteenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet17();
    assertTestSetBlock(join(__dirname, '../../../..'), 17, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
