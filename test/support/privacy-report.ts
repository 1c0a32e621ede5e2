import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import { privacyCorpus } from './privacy-corpus.js';
import { scoreScanner, scoreTable } from './privacy-scoring.js';

/** `npm run eval:privacy`: the README's detector table; `--misses` also lists what was missed or wrongly found. */
const corpus = privacyCorpus();
const scores = scoreScanner(corpus, new PrivacyScanner());
console.log(
  `${corpus.length} texts (${corpus.filter((t) => t.lang === 'de').length} German, ${corpus.filter((t) => t.lang === 'en').length} English)\n`,
);
console.log(scoreTable(scores));
if (process.argv.includes('--misses'))
  for (const m of scores.misses) console.log(`${m.type}\t${JSON.stringify(m.value)}\t${JSON.stringify(m.text)}`);
