import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { privacyCorpus } from '../../support/privacy-corpus.js';
import { scoreScanner, scoreTable } from '../../support/privacy-scoring.js';

/** Cells without the padding Prettier adds to Markdown tables. */
const normaliseTable = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^:?-+(:?)$/, '---$1'))
        .join('|'),
    )
    .join('\n');

const CHECKSUM_TYPES = ['IBAN_CODE', 'CREDIT_CARD', 'DE_TAX_ID', 'DE_SOCIAL_SECURITY', 'DE_ID_CARD', 'DE_PASSPORT'];

describe('privacy detectors on the labelled synthetic evaluation set', () => {
  const corpus = privacyCorpus();
  const scores = scoreScanner(corpus, new PrivacyScanner());
  const byType = new Map(scores.perType.map((s) => [s.type, s]));

  it('has at least 1,000 German and English texts, the same on every run, labels on the values', () => {
    assert.ok(corpus.length >= 1000);
    assert.equal(corpus.filter((t) => t.lang === 'de').length, corpus.filter((t) => t.lang === 'en').length);
    assert.deepEqual(privacyCorpus(), corpus, 'generated reproducibly');
    assert.notDeepEqual(privacyCorpus(600, 1), corpus, 'the seed matters');
    for (const t of corpus)
      for (const e of t.entities) {
        const value = t.text.slice(e.start, e.end);
        assert.equal(value, value.trim(), `label with spaces around it in ${JSON.stringify(t.text)}`);
        assert.ok(value.length > 1);
      }
    for (const type of [...CHECKSUM_TYPES, 'PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IP_ADDRESS', 'DATE_OF_BIRTH'])
      assert.ok((byType.get(type)?.gold ?? 0) >= 40, `${type} labelled at least 40 times`);
  });

  it('meets the goals: recall ≥ 0.99 for checksum-validated types, precision ≥ 0.95 overall, PERSON recall ≥ 0.8', () => {
    for (const type of CHECKSUM_TYPES)
      assert.ok(byType.get(type)!.recall >= 0.99, `${type} recall ${byType.get(type)!.recall}`);
    assert.ok(scores.overall.precision >= 0.95, `overall precision ${scores.overall.precision}`);
    assert.ok(byType.get('PERSON')!.recall >= 0.8, `PERSON recall ${byType.get('PERSON')!.recall}`);
  });

  it('the README reports exactly these figures (npm run eval:privacy prints them)', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const section = /<!-- privacy-eval:start -->\n([\s\S]*?)\n<!-- privacy-eval:end -->/.exec(readme);
    assert.ok(section, 'README has the privacy-eval section');
    assert.equal(normaliseTable(section[1]), normaliseTable(scoreTable(scores)));
  });
});
