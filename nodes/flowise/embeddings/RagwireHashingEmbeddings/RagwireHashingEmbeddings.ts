import type { Embeddings } from '@langchain/core/embeddings';
import { HashingEmbedder } from '../../../core/embedding/index.js';
import { madeWith } from '../../host.js';
import { positiveIntegerInput } from '../../shared/inputs.js';
import { serveFlowiseMetrics } from '../../shared/metrics-server.js';
import type { INode, INodeData, INodeParams } from '../../types.js';

type EmbeddingsModule = typeof import('@langchain/core/embeddings');

/** The LangChain Embeddings class over core's hashing embedder, extending Flowise's @langchain/core. */
function hashingEmbeddingsClass(): new (embedder: HashingEmbedder) => Embeddings {
  return madeWith('embeddings', 'RagwireHashingEmbeddings', ({ Embeddings: Base }: EmbeddingsModule) => {
    class RagwireHashingEmbeddings extends Base {
      /** Ragwire Qdrant uses the core embedder itself (see embedderOf): the collection records its id. */
      readonly ragwireEmbedder: HashingEmbedder;
      constructor(embedder: HashingEmbedder) {
        super({});
        this.ragwireEmbedder = embedder;
      }
      embedDocuments(texts: string[]): Promise<number[][]> {
        return this.ragwireEmbedder.embed(texts);
      }
      async embedQuery(text: string): Promise<number[]> {
        return this.ragwireEmbedder.embedOne(text);
      }
    }
    return RagwireHashingEmbeddings;
  });
}

/** The zero-dependency default embedder: the same vectors as Node-RED's built-in one, no model server. */
class RagwireHashingEmbeddings_Embeddings implements INode {
  label = 'Ragwire Hashing Embeddings';
  name = 'ragwireHashingEmbeddings';
  version = 1.0;
  type = 'RagwireHashingEmbeddings';
  icon = 'ragwire-hashing.svg';
  category = 'Embeddings';
  description =
    'Embeddings without a model server: Ragwire’s built-in lexical embedder (finds passages sharing words with the question). Deterministic, local, nothing leaves the machine.';
  baseClasses = [this.type, 'Embeddings'];
  inputs: INodeParams[] = [
    {
      label: 'Dimensions',
      name: 'dimensions',
      type: 'number',
      default: 384,
      description:
        'Vector size; collections built with one size need the same size to search them (Node-RED uses 384).',
      optional: true,
      additionalParams: true,
    },
  ];

  constructor() {
    serveFlowiseMetrics();
  }

  async init(nodeData: INodeData): Promise<Embeddings> {
    const size = positiveIntegerInput(nodeData.inputs, 'dimensions', 'Dimensions', 384);
    return new (hashingEmbeddingsClass())(new HashingEmbedder(size));
  }
}

export = { nodeClass: RagwireHashingEmbeddings_Embeddings };
