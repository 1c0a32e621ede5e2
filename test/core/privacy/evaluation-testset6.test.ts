import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet6 } from '../../support/privacy-testset6/index.js';

describe('privacy test set 6 (held out in the sixth round, development data since the seventh)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet6();
    assertTestSetBlock(join(__dirname, '../../../..'), 6, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
