import { DETECTORS } from './detectors.js';
import type { Entity, SensitivityLevel } from './entities.js';

export interface CustomRule {
  /** Exact terms (project code names), matched as whole words, case-insensitive. */
  terms?: string[];
  /** Regular expressions (source text), matched case-insensitively. */
  patterns?: string[];
  level: SensitivityLevel;
}

export interface DetectOptions {
  /** Candidates scoring below this are dropped (default 0.5). */
  minScore?: number;
  custom?: CustomRule[];
}

/** Markings that classify a whole document, in one pass: the first group is a confidential marking, the second an internal one. */
const MARKINGS =
  /\b(?:((?:streng\s+|strictly\s+)?(?:vertraulich|confidential)|geheim|secret)|(nur\s+für\s+den\s+internen\s+gebrauch|internal\s+use\s+only|intern))\b/gi;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compiled detector set: built once per configuration, run per message. */
export class PrivacyScanner {
  private readonly minScore: number;
  private readonly custom: { pattern: RegExp; level: SensitivityLevel }[];

  constructor(options: DetectOptions = {}) {
    this.minScore = options.minScore ?? 0.5;
    this.custom = (options.custom ?? []).flatMap((rule) => [
      ...(rule.terms ?? []).filter(Boolean).map((t) => ({
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`, 'giu'),
        level: rule.level,
      })),
      ...(rule.patterns ?? []).filter(Boolean).map((p) => ({ pattern: new RegExp(p, 'gi'), level: rule.level })),
    ]);
  }

  /** Entities in the text, by position; overlapping findings keep the higher-scoring one. */
  scan(text: string): Entity[] {
    const found: Entity[] = [];
    for (const detect of DETECTORS) for (const e of detect(text)) if (e.score >= this.minScore) found.push(e);
    for (const m of text.matchAll(MARKINGS))
      found.push({
        type: 'CONFIDENTIALITY_MARKING',
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        score: 1,
        level: m[1] ? 'confidential' : 'internal',
      });
    for (const { pattern, level } of this.custom) {
      for (const m of text.matchAll(pattern))
        if (m[0])
          found.push({ type: 'CUSTOM_TERM', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, score: 1, level });
    }
    return resolveOverlaps(found);
  }
}

/**
 * Where findings overlap, the higher score (then the longer span) wins. Findings are grouped into
 * runs of transitively overlapping spans, so the greedy choice only compares within a run.
 */
function resolveOverlaps(entities: Entity[]): Entity[] {
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const kept: Entity[] = [];
  let run: Entity[] = [];
  let runEnd = -1;
  const settle = () => {
    if (run.length === 1) kept.push(run[0]);
    else if (run.length > 1) kept.push(...greedy(run));
    run = [];
  };
  for (const e of byStart) {
    if (e.start >= runEnd) settle();
    run.push(e);
    runEnd = Math.max(runEnd, e.end);
  }
  settle();
  return kept;
}

function greedy(run: Entity[]): Entity[] {
  const sorted = [...run].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Entity[] = [];
  for (const e of sorted) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}
