import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet15 } from '../../support/privacy-testset15/index.js';

describe('privacy test set 15 (held out in the sixteenth round, development data since the seventeenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet15();
    assertTestSetBlock(join(__dirname, '../../../..'), 15, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
