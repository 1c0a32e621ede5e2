import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet39 } from '../../support/privacy-testset39/index.js';

describe('held-out privacy test set 39 (written in the forty-first round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet39();
    assertTestSetBlock(join(__dirname, '../../../..'), 39, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
