import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet13 } from '../../support/privacy-testset13/index.js';

describe('privacy test set 13 (held out in the thirteenth round, development data since the fourteenth)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet13();
    assertTestSetBlock(join(__dirname, '../../../..'), 13, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
