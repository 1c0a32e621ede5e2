import { execFile } from 'node:child_process';

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** An instant query against Prometheus's HTTP API; rejects on an error answer. */
export async function prometheusQuery(base: string, query: string): Promise<PromSample[]> {
  const r = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(query)}`);
  const body = (await r.json()) as { status: string; error?: string; data?: { result: PromSample[] } };
  if (body.status !== 'success') throw new Error(`${query}: ${body.error}`);
  return body.data?.result ?? [];
}

export function runPromtool(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) =>
    execFile('promtool', args, { timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    ),
  );
}

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'offset',
  'inf',
  'nan',
  // Aggregations: followed by `by (…)` rather than by their parenthesis.
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
]);

/** The metric names a PromQL expression selects: identifiers that are not functions, keywords, label names or numbers. */
export function metricNamesOf(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\[[^\]]*\]/g, '[]')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '$1');
  const names: string[] = [];
  for (const m of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const after = bare.slice((m.index ?? 0) + m[0].length).trimStart();
    if (after.startsWith('(') || KEYWORDS.has(m[0].toLowerCase())) continue;
    names.push(m[0]);
  }
  return [...new Set(names)];
}
