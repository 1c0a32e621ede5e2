import {
  DEFAULT_AZURE_API_VERSION,
  DEFAULT_OLLAMA_MODEL,
  DEFAULT_OLLAMA_URL,
  resolveSetting,
  withScheme,
} from '../settings/resolve.js';
import { defaultCloudGate } from './default-cloud-gate.js';
import { gatedIfCloud } from './cloud-gated-provider.js';
import { instrumented } from './instrumented-provider.js';
import { OllamaProvider } from './ollama-provider.js';
import { OpenAIProvider } from './openai-provider.js';
import type { Locality, ModelProvider, ProviderKind } from './provider.js';
import { ConfigurationError } from '../errors.js';

/** A model as configured in an editor (Node-RED config node, Flowise credential + inputs). */
export interface ModelSettings {
  provider: ProviderKind;
  /** Ollama or OpenAI-compatible base URL; Azure endpoint. */
  url?: string;
  /** Model name; for Azure, the deployment. */
  model?: string;
  apiVersion?: string;
  apiKey?: string;
  entraToken?: string;
  /** Overrides the provider's usual locality (an Ollama in a cloud VM is `cloud`). */
  locality?: Locality | '';
  timeoutMs?: number;
}

export class ModelSettingsError extends ConfigurationError {
  override name = 'ModelSettingsError';
}

/**
 * Builds the provider, filling empty settings from the environment and documented defaults. A
 * model that runs in the cloud comes gated: no chat reaches it without a privacy check (the
 * caller's gate in the chat options, or the default policy). Every chat and embedding call is
 * timed for the metrics (inside the gate: the model's time, not the check's).
 */
export function createProvider(s: ModelSettings, env: NodeJS.ProcessEnv = process.env): ModelProvider {
  return gatedIfCloud(instrumented(buildProvider(s, env)), defaultCloudGate);
}

function buildProvider(s: ModelSettings, env: NodeJS.ProcessEnv): ModelProvider {
  const locality = s.locality || undefined;
  switch (s.provider) {
    case 'ollama':
      return new OllamaProvider({
        url: withScheme(resolveSetting(s.url, ['OLLAMA_HOST'], DEFAULT_OLLAMA_URL, env)),
        model: resolveSetting(s.model, ['RAGWIRE_OLLAMA_MODEL'], DEFAULT_OLLAMA_MODEL, env),
        apiKey: s.apiKey || undefined,
        locality,
        timeoutMs: s.timeoutMs,
      });
    case 'azure-openai': {
      const endpoint = resolveSetting(s.url, ['AZURE_OPENAI_ENDPOINT'], '', env);
      const deployment = resolveSetting(s.model, ['AZURE_OPENAI_DEPLOYMENT'], '', env);
      const apiKey = resolveSetting(s.apiKey, ['AZURE_OPENAI_API_KEY'], '', env);
      if (!endpoint)
        throw new ModelSettingsError(
          'Azure OpenAI needs an endpoint (https://<resource>.openai.azure.com) or AZURE_OPENAI_ENDPOINT',
        );
      if (!deployment) throw new ModelSettingsError('Azure OpenAI needs a deployment name or AZURE_OPENAI_DEPLOYMENT');
      if (!apiKey && !s.entraToken)
        throw new ModelSettingsError(
          'Azure OpenAI needs an API key (credential or AZURE_OPENAI_API_KEY) or an Entra ID token',
        );
      return OpenAIProvider.azure({
        endpoint,
        deployment,
        apiVersion: resolveSetting(s.apiVersion, ['OPENAI_API_VERSION'], DEFAULT_AZURE_API_VERSION, env),
        apiKey: apiKey || undefined,
        entraToken: s.entraToken || undefined,
        locality,
        timeoutMs: s.timeoutMs,
      });
    }
    case 'openai-compatible': {
      const url = resolveSetting(s.url, ['OPENAI_BASE_URL'], '', env);
      const model = resolveSetting(s.model, [], '', env);
      if (!url) throw new ModelSettingsError('an OpenAI-compatible server needs a base URL, e.g. http://vllm:8000/v1');
      if (!model) throw new ModelSettingsError('an OpenAI-compatible server needs a model name');
      return OpenAIProvider.compatible({ url, model, apiKey: s.apiKey || undefined, locality, timeoutMs: s.timeoutMs });
    }
    default:
      throw new ModelSettingsError(
        `unknown model provider ${JSON.stringify(s.provider)}: expected ollama, azure-openai or openai-compatible`,
      );
  }
}
