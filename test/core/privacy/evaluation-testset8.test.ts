import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet8 } from '../../support/privacy-testset8/index.js';

describe('privacy test set 8 (held out in the eighth round, development data since the ninth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet8();
    assertTestSetBlock(join(__dirname, '../../../..'), 8, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
