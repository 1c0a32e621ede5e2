import type { ProviderKind } from '../models/provider.js';
import { boundedLabel, errorType, histogram, metricsEnabled, secondsSince, tokenUsageEnabled } from './registry.js';

/** Buckets the OpenTelemetry GenAI conventions recommend for gen_ai.client.operation.duration (seconds). */
export const OPERATION_DURATION_BUCKETS = [
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
];
/** Buckets the conventions recommend for gen_ai.client.token.usage: 1, 4, 16 … 67108864 (×4). */
export const TOKEN_USAGE_BUCKETS = Array.from({ length: 14 }, (_, i) => 4 ** i);

/** gen_ai.provider.name: the registered values for Azure OpenAI and OpenAI; Ollama has none, so `ollama`. */
export const PROVIDER_NAMES: Record<ProviderKind, string> = {
  'azure-openai': 'azure.ai.openai',
  'openai-compatible': 'openai',
  ollama: 'ollama',
};

export type GenAiOperation = 'chat' | 'embeddings';

const operationDuration = histogram({
  name: 'gen_ai_client_operation_duration_seconds',
  help: 'GenAI operation duration (OpenTelemetry gen_ai.client.operation.duration), per model call Ragwire makes',
  labelNames: ['gen_ai_operation_name', 'gen_ai_provider_name', 'gen_ai_request_model', 'error_type'] as const,
  buckets: OPERATION_DURATION_BUCKETS,
});

const tokenUsage = histogram({
  name: 'gen_ai_client_token_usage',
  help: 'Tokens used per GenAI operation (OpenTelemetry gen_ai.client.token.usage); recorded when token usage metrics are on',
  labelNames: ['gen_ai_operation_name', 'gen_ai_provider_name', 'gen_ai_request_model', 'gen_ai_token_type'] as const,
  buckets: TOKEN_USAGE_BUCKETS,
});

export interface GenAiCall {
  operation: GenAiOperation;
  provider: ProviderKind;
  model: string;
}

function labelsOf(call: GenAiCall) {
  return {
    gen_ai_operation_name: call.operation,
    gen_ai_provider_name: PROVIDER_NAMES[call.provider] ?? call.provider,
    // Models come from configuration; a flow choosing them per message still cannot grow the series without bound.
    gen_ai_request_model: boundedLabel('gen_ai_request_model', 50).value(call.model || '_unknown'),
  };
}

/** Records one model call: its duration since `started`, with error_type when it failed. */
export function recordGenAiOperation(call: GenAiCall, started: bigint, error?: unknown): void {
  if (!metricsEnabled()) return;
  const labels = labelsOf(call);
  operationDuration.observe(
    error === undefined ? labels : { ...labels, error_type: errorType(error) },
    secondsSince(started),
  );
}

/** Records the tokens a call reported, when token usage metrics are on. */
export function recordTokenUsage(call: GenAiCall, usage: { input?: number; output?: number } | undefined): void {
  if (!usage || !metricsEnabled() || !tokenUsageEnabled()) return;
  const labels = labelsOf(call);
  if (Number.isFinite(usage.input))
    tokenUsage.observe({ ...labels, gen_ai_token_type: 'input' }, usage.input as number);
  if (Number.isFinite(usage.output))
    tokenUsage.observe({ ...labels, gen_ai_token_type: 'output' }, usage.output as number);
}
