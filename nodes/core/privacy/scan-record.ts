import type { PrivacyScanner } from './detect.js';
import type { PrivacyPolicy } from './policy.js';
import { decideRoute } from './router.js';

/**
 * One JSON Lines record of `ragwire scan`: the input's fields, plus `entities` (type, start, end as
 * JavaScript string offsets, score), `level` and `route` under the policy. A record that is not
 * an object with a string `text` gets an `error` instead, so output lines stay aligned with input.
 */
export function scanRecord(
  line: string,
  lineNo: number,
  scanner: PrivacyScanner,
  policy: PrivacyPolicy,
): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return { error: `line ${lineNo}: not JSON (${(err as Error).message})` };
  }
  if (
    typeof record !== 'object' ||
    record === null ||
    Array.isArray(record) ||
    typeof (record as { text?: unknown }).text !== 'string'
  ) {
    return { error: `line ${lineNo}: expected an object with a string field "text"` };
  }
  const input = record as Record<string, unknown> & { text: string; classification?: unknown };
  // One scan: the decision's findings are the entities reported.
  const decision = decideRoute(
    { messages: [{ role: 'user', content: input.text }], classification: input.classification },
    scanner,
    policy,
  );
  return {
    ...input,
    entities: decision.findings[0].map((e) => ({ type: e.type, start: e.start, end: e.end, score: e.score })),
    level: decision.level,
    route: decision.route,
  };
}
