import type { INodeCredential, INodeParams } from '../types.js';

/**
 * A Qdrant server for Ragwire's components: its URL (optional; the node's own field wins) and API
 * key. Flowise's qdrantApi credential holds the key only, and Ragwire Qdrant's embedded store needs
 * neither, hence a credential of its own. Flowise's AzureOpenAI credential fits its Azure chat model
 * as it is (its Base Path field reaches any endpoint): Ragwire adds none for it.
 */
class RagwireQdrantApi implements INodeCredential {
  label = 'Ragwire Qdrant API';
  name = 'ragwireQdrantApi';
  version = 1.0;
  description = 'The Qdrant server Ragwire’s components use instead of the embedded store.';
  inputs: INodeParams[] = [
    {
      label: 'Qdrant Server URL',
      name: 'qdrantUrl',
      type: 'string',
      placeholder: 'http://qdrant:6333',
      optional: true,
    },
    { label: 'Qdrant API Key', name: 'qdrantApiKey', type: 'password', optional: true },
  ];
}

export = { credClass: RagwireQdrantApi };
