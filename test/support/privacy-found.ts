import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../nodes/core/privacy/entities.js';

const scanner = new PrivacyScanner();

/** The values of one type a default scanner finds in `text`, in order: what detector tests compare. */
export const valuesOf = (type: EntityType) => (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

/** The original text of the findings of `type` in `text`, joined by " | "; fails when there is none. */
export function foundOfType(text: string, type: EntityType): string {
  const all = scanner.scan(text);
  const hits = all.filter((e) => e.type === type);
  assert.ok(hits.length > 0, `${type} in ${JSON.stringify(text)}: ${JSON.stringify(all)}`);
  return hits.map((e) => text.slice(e.start, e.end)).join(' | ');
}
