import { PERSONAL_DATA_TYPES } from '../../nodes/core/privacy/entities.js';
import type { LabelledDocument } from './labelled-sets.js';

/** A held-out set's document: its labels, who wrote it, its language and generated kind. */
type CountedDocument = Pick<LabelledDocument, 'entities'> & { origin: string; lang?: string; kind?: string };

/**
 * Label counts of a held-out set for its README paragraph and the writer's report: documents by origin and
 * language, documents without personal data, labels per type (hand-written / generated) and the generated
 * kinds. Counts only — never a detection result.
 */
export function printLabelCounts(set: number, docs: readonly CountedDocument[]): void {
  const byOrigin = (origin: string, lang?: string) =>
    docs.filter((d) => d.origin === origin && (!lang || d.lang === lang));
  const count = (type: string, origin?: string) =>
    docs
      .filter((d) => !origin || d.origin === origin)
      .reduce((n, d) => n + d.entities.filter((e) => e.type === type).length, 0);
  const described = (origin: string) =>
    `${byOrigin(origin).length} (de ${byOrigin(origin, 'de').length}, en ${byOrigin(origin, 'en').length})`;
  console.log(`set ${set}: ${docs.length} documents; hand ${described('hand')}, generated ${described('generated')}`);
  const empty = (origin: string) => byOrigin(origin).filter((d) => d.entities.length === 0).length;
  console.log(`without personal data: hand ${empty('hand')}, generated ${empty('generated')}`);
  console.log(`${docs.reduce((n, d) => n + d.entities.length, 0)} labelled values`);
  for (const type of [...PERSONAL_DATA_TYPES].sort((a, b) => count(b) - count(a)))
    if (count(type))
      console.log(
        `${type.padEnd(20)} ${String(count(type)).padStart(5)}  hand ${count(type, 'hand')}  generated ${count(type, 'generated')}`,
      );
  const kinds = new Map<string, number>();
  for (const d of byOrigin('generated')) kinds.set(d.kind ?? '?', (kinds.get(d.kind ?? '?') ?? 0) + 1);
  console.log(`generated kinds: ${kinds.size}`);
  for (const [kind, n] of kinds) console.log(`  ${n} × ${kind}`);
}
