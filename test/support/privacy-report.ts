import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import { privacyCorpus } from './privacy-corpus.js';
import { privacyDevset } from './privacy-devset.js';
import { scoreScanner, scoreTable } from './privacy-scoring.js';

/**
 * `npm run eval:privacy`: the README's detector table, then the development set of business
 * document shapes; `--misses` also lists what was missed or wrongly found.
 */
const scanner = new PrivacyScanner();
for (const [title, corpus] of [
  ['Synthetic evaluation set', privacyCorpus()],
  ['Development set (business document shapes)', privacyDevset()],
] as const) {
  const scores = scoreScanner(corpus, scanner);
  console.log(
    `${title}: ${corpus.length} texts (${corpus.filter((t) => t.lang === 'de').length} German, ${corpus.filter((t) => t.lang === 'en').length} English)\n`,
  );
  console.log(scoreTable(scores));
  console.log();
  if (process.argv.includes('--misses'))
    for (const m of scores.misses) console.log(`${m.type}\t${JSON.stringify(m.value)}\t${JSON.stringify(m.text)}`);
}
