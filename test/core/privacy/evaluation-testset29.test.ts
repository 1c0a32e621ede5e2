import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet29 } from '../../support/privacy-testset29/index.js';

describe('held-out privacy test set 29 (written in the thirtieth round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet29();
    assertTestSetBlock(join(__dirname, '../../../..'), 29, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
