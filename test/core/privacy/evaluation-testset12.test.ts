import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet12 } from '../../support/privacy-testset12/index.js';

describe('privacy test set 12 (held out in the twelfth round, development data since the thirteenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet12();
    assertTestSetBlock(join(__dirname, '../../../..'), 12, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
