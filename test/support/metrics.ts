import { execFile } from 'node:child_process';
import { ragwireRegistry } from '../../nodes/core/metrics/registry.js';

/**
 * The value of one sample of the Ragwire registry: `name` as exposed (for a histogram, name_count
 * or name_sum), the sample whose labels include `labels`; 0 when there is none yet.
 */
export async function sample(name: string, labels: Record<string, string> = {}): Promise<number> {
  const family = name.replace(/_(count|sum|bucket)$/, '');
  const metric = ragwireRegistry().getSingleMetric(family) ?? ragwireRegistry().getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  return values
    .filter((v) => ((v as { metricName?: string }).metricName ?? family) === name)
    .filter((v) =>
      Object.entries(labels).every(([k, want]) => String((v.labels as Record<string, unknown>)[k]) === want),
    )
    .reduce((sum, v) => sum + v.value, 0);
}

/** The labels of every sample of `name` (as exposed). */
export async function sampleLabels(name: string): Promise<Record<string, string>[]> {
  const family = name.replace(/_(count|sum|bucket)$/, '');
  const metric = ragwireRegistry().getSingleMetric(family) ?? ragwireRegistry().getSingleMetric(name);
  if (!metric) return [];
  const { values } = await metric.get();
  return values
    .filter((v) => ((v as { metricName?: string }).metricName ?? family) === name)
    .map((v) => Object.fromEntries(Object.entries(v.labels).map(([k, x]) => [k, String(x)])));
}

/** `promtool check metrics` on an exposition: its exit code and what it printed (lint warnings, errors). */
export function promtoolCheckMetrics(exposition: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile('promtool', ['check', 'metrics'], { timeout: 30_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
    child.stdin?.end(exposition);
  });
}
