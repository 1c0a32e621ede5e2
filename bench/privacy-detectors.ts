import { DETECTORS, person } from '../nodes/core/privacy/detectors.js';
import { PrivacyScanner } from '../nodes/core/privacy/detect.js';
import { forgetKeywordMatches, matchesIn } from '../nodes/core/privacy/keyword-pass.js';
import { namesInContext } from '../nodes/core/privacy/names.js';
import { partnerColumnsOf, tableColumns } from '../nodes/core/privacy/tables.js';
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
 *
 * What a faster name code can win at most: the rules without the name detectors (person,
 * namesInContext, tableColumns), each text's shared passes found once as in the scan, is what the
 * scan costs however fast the name detectors and the scorer become. And what a shared word index
 * costs: the scorer's capitalised words found by its native pattern, and the same words by a
 * JavaScript loop over every character (the loop is the price of an index the detectors would share).
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
  // The partner columns the table detector found in each view (the scan hands them on from the same text).
  const partners = views.map((v) => (tableColumns(v), partnerColumnsOf(v)));
  figures.nameModelCpuMs = round(
    medianCpuMs(() => views.forEach((v, i) => namesByModel(v, ruleFindings[i], partners[i]))),
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
  const rules = DETECTORS.filter((detect) => !NAME_DETECTORS.includes(detect));
  figures.rulesWithoutNameCodeCpuMs = round(
    medianCpuMs(() =>
      views.forEach((v) => {
        for (const detect of rules) detect(v);
        forgetKeywordMatches();
      }),
    ),
    1,
  );
  let byPattern = 0;
  let byLoop = 0;
  for (const v of views) {
    byPattern += capitalisedWordsByPattern(v);
    byLoop += capitalisedWordsByLoop(v);
  }
  // The two must find the same words, or the comparison says nothing.
  if (byPattern !== byLoop) throw new Error(`capitalised words: ${byPattern} by the pattern, ${byLoop} by the loop`);
  figures.capitalisedWords = byPattern;
  figures.capitalisedWordsByPatternCpuMs = round(
    medianCpuMs(() => views.forEach(capitalisedWordsByPattern)),
    1,
  );
  figures.capitalisedWordsByLoopCpuMs = round(
    medianCpuMs(() => views.forEach(capitalisedWordsByLoop)),
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

/** The detectors of names; the scan's other rules are what it costs without them. */
const NAME_DETECTORS: readonly unknown[] = [person, namesInContext, tableColumns];

/** The name scorer's candidate pattern (name-model.ts): a capitalised word not inside a word. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}])\p{Lu}(?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;
function capitalisedWordsByPattern(text: string): number {
  let words = 0;
  CAPITALISED_WORD.lastIndex = 0;
  while (CAPITALISED_WORD.test(text)) words++;
  return words;
}

/** Code units by kind (0 not asked yet, 1 capital, 2 other letter or mark, 3 neither), as the pattern reads them. */
const KIND = new Uint8Array(0x10000);
function kindOf(code: number): number {
  if (KIND[code] === 0) {
    const c = String.fromCharCode(code);
    KIND[code] = /\p{Lu}/u.test(c) ? 1 : /[\p{L}\p{M}]/u.test(c) ? 2 : 3;
  }
  return KIND[code];
}

/**
 * The same words by a JavaScript loop over every character: what a shared word index costs at the
 * least (the bench's documents hold no characters outside the Basic Multilingual Plane, so code
 * units are code points here).
 */
function capitalisedWordsByLoop(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === 3) {
      inWord = false;
      continue;
    }
    if (!inWord && kind === 1) {
      words++;
      // On to the word's end: letters and marks, and an apostrophe or hyphen before one.
      let end = i + 1;
      for (;;) {
        const c = text.charCodeAt(end);
        if (end >= text.length) break;
        if (kindOf(c) !== 3) end++;
        else if (
          (c === 39 || c === 0x2019 || c === 45) &&
          end + 1 < text.length &&
          kindOf(text.charCodeAt(end + 1)) !== 3
        )
          end++;
        else break;
      }
      i = end - 1;
    }
    inWord = true;
  }
  return words;
}
