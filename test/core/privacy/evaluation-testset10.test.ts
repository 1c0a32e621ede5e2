import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet10 } from '../../support/privacy-testset10/index.js';

describe('privacy test set 10 (held out in the tenth round, development data since the eleventh)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet10();
    assertTestSetBlock(join(__dirname, '../../../..'), 10, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
