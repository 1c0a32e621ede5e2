import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet40 } from '../../support/privacy-testset40/index.js';

describe('held-out privacy test set 40 (written in the forty-second round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet40();
    assertTestSetBlock(join(__dirname, '../../../..'), 40, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
