import { DETECTORS } from '../nodes/core/privacy/detectors.js';
import { PrivacyScanner } from '../nodes/core/privacy/detect.js';
import { matchesIn } from '../nodes/core/privacy/keyword-pass.js';
import { namesByModel, useNameModel } from '../nodes/core/privacy/name-model.js';
import { normalizeForDetection } from '../nodes/core/privacy/normalize.js';
import { documents } from './privacy-scan.js';
import { percentile, round } from './support.js';

/** CPU milliseconds of this process (user and system): other processes on the machine do not count. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median CPU milliseconds of `rounds` runs of `work`, after two warm-up runs. */
function medianCpuMs(work: () => void, rounds = 5): number {
  work();
  work();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = cpuMs();
    work();
    times.push(cpuMs() - start);
  }
  return percentile(times, 50);
}

/**
 * Where the privacy scan spends its time, for whoever makes it faster (`node dist/bench/run.js
 * privacy-detectors`): CPU milliseconds per pass over the "mixed" documents of the privacy-scan bench,
 * for the whole scan, the normaliser, and each detector alone on the normalised text. A detector alone
 * runs without the others' effect on caches and the JIT, so the parts add up to less than the scan;
 * each number detector alone also finds the number runs the scan finds once (about 8 ms), and birth
 * dates and labelled addresses alone each run the shared keyword pass (markings, address labels and
 * birth hints in one pass, keyword-pass.ts; printed on its own) the scan runs once. Two floors
 * for comparison: a JavaScript loop over every character (what a shared token pass costs at the
 * least) and one native pattern pass (a word boundary and a capital, 300,000 matches).
 */
export function benchPrivacyDetectors(): Record<string, unknown> {
  const docs = documents(8 * 1024 * 1024, 2);
  const views = docs.map((d) => normalizeForDetection(d).text);
  const scanner = new PrivacyScanner();
  const figures: Record<string, number> = {
    megabytes: round(docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6),
    scanCpuMs: round(
      medianCpuMs(() => docs.forEach((d) => scanner.scan(d))),
      1,
    ),
    // The scan without the trained name scorer, and the scorer alone on the rules' findings: what it costs.
    scanWithoutNameModelCpuMs: round(
      medianCpuMs(() => {
        useNameModel(undefined);
        docs.forEach((d) => scanner.scan(d));
        useNameModel('committed');
      }),
      1,
    ),
    normalizeCpuMs: round(
      medianCpuMs(() => docs.forEach((d) => normalizeForDetection(d))),
      1,
    ),
  };
  for (const detect of DETECTORS)
    figures[`${detect.name}CpuMs`] = round(
      medianCpuMs(() => views.forEach((v) => detect(v))),
      1,
    );
  const ruleFindings = views.map((v) => DETECTORS.flatMap((detect) => detect(v)).filter((e) => e.score >= 0.5));
  figures.nameModelCpuMs = round(
    medianCpuMs(() => views.forEach((v, i) => namesByModel(v, ruleFindings[i]))),
    1,
  );
  figures.keywordPassCpuMs = round(
    medianCpuMs(() => views.forEach(matchesIn)),
    1,
  );
  // What a pass over the whole text costs at the least, to weigh a shared pass against the patterns it would replace.
  figures.characterLoopCpuMs = round(
    medianCpuMs(() => views.forEach(wordStartsByLoop)),
    1,
  );
  figures.wordPatternPassCpuMs = round(
    medianCpuMs(() => views.forEach(wordStartsByPattern)),
    1,
  );
  return figures;
}

/** Letters by code unit (0 not asked yet, 1 a letter, 2 not): what a shared token pass in JavaScript reads per character. */
const LETTER_UNIT = new Uint8Array(0x10000);
/**
 * The starts of words found by a JavaScript loop over every character (a table lookup each): the
 * least a shared pass that finds the words once, for the detectors to read, costs.
 */
function wordStartsByLoop(text: string): number {
  let starts = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (LETTER_UNIT[code] === 0) LETTER_UNIT[code] = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
    const letter = LETTER_UNIT[code] === 1;
    if (letter && !inWord) starts++;
    inWord = letter;
  }
  return starts;
}

/** One native pattern pass of the shape most detectors' passes have: a word boundary and a capital. */
const CAPITAL_AT_WORD_START = /\b[A-Z]/g;
function wordStartsByPattern(text: string): number {
  let starts = 0;
  CAPITAL_AT_WORD_START.lastIndex = 0;
  while (CAPITAL_AT_WORD_START.test(text)) starts++;
  return starts;
}
