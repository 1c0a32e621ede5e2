import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet48 } from '../../support/privacy-testset48/index.js';

describe('held-out privacy test set 48 (written in the fiftieth round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet48();
    assertTestSetBlock(join(__dirname, '../../../..'), 48, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
