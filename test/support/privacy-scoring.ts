import type { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import { PERSONAL_DATA_TYPES } from '../../nodes/core/privacy/entities.js';
import './pin-labelled-year.js';

/** A labelled or found span; types are strings so that sets may label types no detector has yet. */
export interface Span {
  type: string;
  start: number;
  end: number;
}
export interface Scored {
  text: string;
  entities: Span[];
}
export type Finder = (text: string) => Span[];

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f2: number;
}

/** F-beta with beta 2: recall counts twice as much as precision (a miss leaks data, a false alarm only keeps it local). */
const f2 = (p: number, r: number) => (p + r === 0 ? 0 : (5 * p * r) / (4 * p + r));

/**
 * Span-level scores per entity type: a finding is a true positive when it overlaps a labelled
 * span of the same type; a labelled span is found when some finding of its type overlaps it.
 */
export function scoreScanner(corpus: Scored[], scanner: PrivacyScanner): Scores {
  return scoreFinder(corpus, (text) => scanner.scan(text).filter((e) => PERSONAL_DATA.has(e.type)));
}

/**
 * Only personal data is scored: a document's confidentiality marking ("CONFIDENTIAL" on a form) and
 * users' own terms are findings no evaluation set labels; scored, they would count as false alarms.
 */
const PERSONAL_DATA = new Set<string>(PERSONAL_DATA_TYPES);

export interface Scores {
  perType: TypeScore[];
  overall: TypeScore;
  misses: { text: string; type: string; value: string }[];
}

/** The same scores for any finder (Ragwire's scanner or a peer library mapped onto Ragwire's types). */
export function scoreFinder(corpus: Scored[], find: Finder): Scores {
  const tally = new Map<string, { gold: number; found: number; predicted: number; correct: number }>();
  const t = (type: string) => {
    let v = tally.get(type);
    if (!v) tally.set(type, (v = { gold: 0, found: 0, predicted: 0, correct: 0 }));
    return v;
  };
  const misses: { text: string; type: string; value: string }[] = [];
  for (const item of corpus) {
    const found = find(item.text);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const g of item.entities) {
      t(g.type).gold++;
      if (found.some((e) => e.type === g.type && overlaps(e, g))) t(g.type).found++;
      else misses.push({ text: item.text, type: g.type, value: item.text.slice(g.start, g.end) });
    }
    for (const e of found) {
      t(e.type).predicted++;
      if (item.entities.some((g) => g.type === e.type && overlaps(e, g))) t(e.type).correct++;
      else misses.push({ text: item.text, type: `false ${e.type}`, value: item.text.slice(e.start, e.end) });
    }
  }
  const score = (type: string, v: { gold: number; found: number; predicted: number; correct: number }) => {
    const precision = v.predicted === 0 ? 1 : v.correct / v.predicted;
    const recall = v.gold === 0 ? 1 : v.found / v.gold;
    return {
      type,
      gold: v.gold,
      predicted: v.predicted,
      truePositives: v.correct,
      precision,
      recall,
      f2: f2(precision, recall),
    };
  };
  const perType = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, v]) => score(type, v));
  const sum = { gold: 0, found: 0, predicted: 0, correct: 0 };
  for (const v of tally.values()) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += v[k];
  return { perType, overall: score('all types', sum), misses };
}

/** The README table. */
export function scoreTable(scores: { perType: TypeScore[]; overall: TypeScore }): string {
  const row = (s: TypeScore) =>
    `| ${s.type} | ${s.gold} | ${s.predicted} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f2.toFixed(3)} |`;
  return [
    '| Entity type | Labelled | Found | Precision | Recall | F2 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...scores.perType.map(row),
    row({ ...scores.overall, type: '**all types**' }),
  ].join('\n');
}
