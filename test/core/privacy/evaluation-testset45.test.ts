import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet45 } from '../../support/privacy-testset45/index.js';

describe('held-out privacy test set 45 (written in the forty-seventh round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet45();
    assertTestSetBlock(join(__dirname, '../../../..'), 45, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
