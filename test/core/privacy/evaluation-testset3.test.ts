import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import {
  PEER_FIGURES_FILE,
  documentFigures,
  documentLine,
  normaliseMarkdown,
  readmeSection,
  testSetBlock,
  testSetFingerprint,
  type PeerFigures,
} from '../../support/privacy-eval-tables.js';
import { PEERS } from '../../support/privacy-peers.js';
import { scoreScanner, scoreTable } from '../../support/privacy-scoring.js';
import { privacyTestSet3 } from '../../support/privacy-testset3/index.js';

const ROOT = join(__dirname, '../../../..');

describe('held-out privacy test set 3 (written in the third round apart from the detector work, scored once)', () => {
  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    const docs = privacyTestSet3();
    const scores = scoreScanner(docs, new PrivacyScanner());
    const cached = JSON.parse(readFileSync(join(ROOT, PEER_FIGURES_FILE), 'utf8')) as PeerFigures;
    assert.ok(cached.testSet3, 'peer figures for test set 3 cached');
    assert.equal(cached.testSet3.testSet, testSetFingerprint(docs), 'peer figures measured on this set');
    assert.deepEqual(
      cached.testSet3.peers.map((p) => p.name),
      PEERS.map((p) => p.name),
    );
    const block = readmeSection(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'privacy-testset3');
    assert.ok(block !== undefined, 'README has the privacy-testset3 section');
    assert.equal(
      normaliseMarkdown(block),
      normaliseMarkdown(
        testSetBlock(
          'test set 3',
          scoreTable(scores),
          documentLine(documentFigures(docs)),
          scores,
          cached.testSet3.peers,
        ),
      ),
    );
  });
});
