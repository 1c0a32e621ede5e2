import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet16 } from '../../support/privacy-testset16/index.js';

describe('privacy test set 16 (held out in the seventeenth round, development data since the eighteenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet16();
    assertTestSetBlock(join(__dirname, '../../../..'), 16, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
