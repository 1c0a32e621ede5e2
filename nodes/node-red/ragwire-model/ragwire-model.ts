import { createProvider, type Locality, type ModelProvider, type ProviderKind } from '../../core/models/index.js';
import type { ModelConfigNode } from '../shared/config-types.js';
import { serveMetrics } from '../shared/metrics.js';
import type { NodeAPI, NodeDef } from '../shared/types.js';

const PROVIDERS: ProviderKind[] = ['ollama', 'azure-openai', 'openai-compatible'];

export = (RED: NodeAPI) => {
  serveMetrics(RED);
  function RagwireModelNode(this: ModelConfigNode, config: NodeDef) {
    RED.nodes.createNode(this, config);
    const provider = (PROVIDERS.includes(config.provider as ProviderKind) ? config.provider : 'ollama') as ProviderKind;
    const timeoutSeconds = Number(config.timeout) > 0 ? Number(config.timeout) : 120;
    this.settings = {
      provider,
      url: String(config.url ?? ''),
      model: String(config.model ?? ''),
      apiVersion: String(config.apiVersion ?? ''),
      locality: (['local', 'cloud'].includes(String(config.locality)) ? config.locality : '') as Locality | '',
      apiKey: this.credentials?.apiKey,
      entraToken: this.credentials?.entraToken,
      timeoutMs: timeoutSeconds * 1000,
    };
    // Built on first use and kept, a misconfiguration too: flows see the same provider (or reason) on every message.
    let built: { provider: ModelProvider } | { error: unknown } | undefined;
    this.provider = () => {
      if (!built) {
        try {
          built = { provider: createProvider(this.settings) };
        } catch (error) {
          built = { error };
        }
      }
      if ('error' in built) throw built.error;
      return built.provider;
    };
  }
  RED.nodes.registerType('ragwire-model', RagwireModelNode, {
    credentials: { apiKey: { type: 'password' }, entraToken: { type: 'password' } },
  });
};
