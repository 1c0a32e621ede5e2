import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet50 } from '../../support/privacy-testset50/index.js';

describe('held-out privacy test set 50 (written in the fifty-second round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet50();
    assertTestSetBlock(join(__dirname, '../../../..'), 50, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
