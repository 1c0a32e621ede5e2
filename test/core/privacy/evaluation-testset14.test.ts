import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet14 } from '../../support/privacy-testset14/index.js';

describe('privacy test set 14 (held out in the fifteenth round, development data since the sixteenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet14();
    assertTestSetBlock(join(__dirname, '../../../..'), 14, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
