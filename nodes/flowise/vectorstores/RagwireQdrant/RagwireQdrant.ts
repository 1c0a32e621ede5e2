import type { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import type { BaseRetriever } from '@langchain/core/retrievers';
import type { Embedder } from '../../../core/embedding/index.js';
import { ConfigurationError, InputError } from '../../../core/errors.js';
import { isLevel, maxLevel } from '../../../core/privacy/index.js';
import {
  ingestDocuments,
  normaliseDocuments,
  retrievePassages,
  toQdrantFilter,
  type Passage,
  type RetrieveOptions,
} from '../../../core/rag/index.js';
import { validateChunkOptions, type ChunkOptions } from '../../../core/text/index.js';
import { langchain, madeWith } from '../../host.js';
import { jsonObjectInput, levelInput, numberInput, positiveIntegerInput, textInput } from '../../shared/inputs.js';
import { embedderOf } from '../../shared/langchain-models.js';
import { serveFlowiseMetrics } from '../../shared/metrics-server.js';
import { notePassages } from '../../shared/passage-ledger.js';
import { QDRANT_CREDENTIAL, QDRANT_INPUTS, qdrantConnectionOf } from '../../shared/qdrant.js';
import type { ICommonObject, IndexingResult, INode, INodeData, INodeOutputsValue, INodeParams } from '../../types.js';

type DocumentsModule = typeof import('@langchain/core/documents');
type RetrieversModule = typeof import('@langchain/core/retrievers');

const LEVEL_OPTIONS = [
  { label: 'Public', name: 'public', description: 'May go to any model' },
  { label: 'Internal', name: 'internal' },
  { label: 'Confidential', name: 'confidential' },
  { label: 'Personal', name: 'personal', description: 'Stays with local models' },
];

/** Everything a search needs, fixed when the chatflow is built. */
interface Search {
  connection: Awaited<ReturnType<typeof qdrantConnectionOf>>;
  embedder: Embedder;
  options: Omit<RetrieveOptions, 'question'>;
}

/** The retriever class, extending Flowise's @langchain/core (chains check instanceof BaseRetriever). */
function ragwireRetrieverClass(): new (search: Search) => BaseRetriever {
  return madeWith('retrievers', 'RagwireRetriever', ({ BaseRetriever: Base }: RetrieversModule) => {
    const { Document: Doc } = langchain<DocumentsModule>('documents');
    class RagwireRetriever extends Base {
      override lc_namespace = ['ragwire', 'retrievers'];
      constructor(private readonly search: Search) {
        super({});
      }
      override async _getRelevantDocuments(query: string): Promise<Document[]> {
        const gateway = await this.search.connection.get();
        const passages = await retrievePassages(gateway, this.search.embedder, query, this.search.options);
        // The privacy router finds these passages in its prompt by their text (see passage-ledger).
        notePassages(passages);
        return passages.map((p) => new Doc({ pageContent: p.text, metadata: documentMetadata(p) }));
      }
    }
    return RagwireRetriever;
  });
}

/** What a retrieved document carries: its stored metadata and where it came from, with its classification and score. */
function documentMetadata(p: Passage): Record<string, unknown> {
  return {
    ...p.metadata,
    source_id: p.sourceId,
    chunk_index: p.chunkIndex,
    classification: p.classification,
    score: p.score,
  };
}

/** Flowise's document inputs (one list per connected loader) as Ragwire's documents to ingest. */
function documentsOf(input: unknown, classification: string | undefined): ReturnType<typeof normaliseDocuments> {
  const docs = (Array.isArray(input) ? input.flat(2) : input ? [input] : []) as Partial<Document>[];
  const items = docs
    .filter((d) => typeof d?.pageContent === 'string' && d.pageContent.trim())
    .map((d) => {
      let metadata = (d.metadata ?? {}) as Record<string, unknown>;
      const own = metadata.classification !== undefined && metadata.classification !== '';
      // A loader may copy a document's own fields into its metadata: the node's level is a floor
      // they can raise, never lower (an unknown value is left for the ingest to refuse by name).
      if (classification && own && isLevel(metadata.classification))
        metadata = { ...metadata, classification: maxLevel([classification, metadata.classification].filter(isLevel)) };
      return {
        ...(typeof d.id === 'string' && d.id ? { id: d.id } : {}),
        text: d.pageContent!,
        metadata,
        ...(classification && !own ? { classification } : {}),
      };
    });
  if (items.length === 0)
    throw new InputError('Document: nothing to store; connect a document loader (or text splitter) with text');
  return normaliseDocuments(items);
}

const LOCATIONS = ['auto', 'local', 'cloud'] as const;

function embeddingsOf(nodeData: INodeData): Embedder {
  const embeddings = nodeData.inputs?.embeddings as Embeddings | undefined;
  if (!embeddings || typeof embeddings.embedDocuments !== 'function')
    throw new ConfigurationError('Embeddings: connect an embeddings node (Ragwire Hashing Embeddings needs no server)');
  const location = textInput(nodeData.inputs, 'embeddingsLocation', 'auto');
  if (!(LOCATIONS as readonly string[]).includes(location))
    throw new InputError(`Embeddings Run: expected auto, local or cloud, got ${JSON.stringify(location)}`);
  return embedderOf(embeddings, location as (typeof LOCATIONS)[number]);
}

/**
 * A vector store over Ragwire's engine: the embedded store (no server) or a Qdrant server. Upserts
 * with Ragwire's ingest (stable chunk ids: re-upserting the same documents replaces them, no
 * duplicates; the classification stored with every chunk) and retrieves with its retrieval.
 */
class RagwireQdrant_VectorStores implements INode {
  label = 'Ragwire Qdrant';
  name = 'ragwireQdrant';
  version = 1.0;
  type = 'RagwireQdrant';
  icon = 'ragwire-qdrant.svg';
  category = 'Vector Stores';
  description =
    'Store and search documents with Ragwire: the embedded store (nothing to run) or a Qdrant server. Re-upserting a document replaces it; every chunk keeps its classification for the privacy router.';
  baseClasses = [this.type, 'VectorStoreRetriever', 'BaseRetriever'];
  credential: INodeParams = QDRANT_CREDENTIAL;
  inputs: INodeParams[] = [
    { label: 'Document', name: 'document', type: 'Document', list: true, optional: true },
    { label: 'Embeddings', name: 'embeddings', type: 'Embeddings' },
    ...QDRANT_INPUTS,
    { label: 'Collection Name', name: 'collection', type: 'string', default: 'ragwire', acceptVariable: true },
    {
      label: 'Document Classification',
      name: 'classification',
      type: 'options',
      options: LEVEL_OPTIONS,
      default: 'public',
      description:
        'How sensitive the upserted documents are (a document’s own metadata.classification wins). Stored with every chunk: the privacy router keeps prompts with confidential or personal passages away from the cloud.',
      optional: true,
    },
    {
      label: 'Embeddings Run',
      name: 'embeddingsLocation',
      type: 'options',
      options: [
        { label: 'Auto (Ollama locally, others in the cloud)', name: 'auto' },
        { label: 'Locally', name: 'local' },
        { label: 'In the cloud', name: 'cloud' },
      ],
      default: 'auto',
      description:
        'Where the connected embeddings model runs. Texts for a cloud model pass the privacy policy first: confidential and personal documents (and questions) are refused, since a vector cannot be pseudonymized. Ragwire Hashing Embeddings always run locally.',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Top K',
      name: 'topK',
      type: 'number',
      default: 5,
      description: 'How many passages a search returns',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Minimum Score',
      name: 'scoreThreshold',
      type: 'number',
      default: 0,
      step: 0.05,
      description: 'Passages scoring lower are left out (cosine similarity, -1 to 1; default 0)',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Search Filter',
      name: 'filter',
      type: 'json',
      description: 'Only passages whose metadata match: {"department": "hr"} or a Qdrant filter {"must": [...]}',
      optional: true,
      additionalParams: true,
      acceptVariable: true,
    },
    {
      label: 'Chunk Size',
      name: 'chunkSize',
      type: 'number',
      default: 1000,
      description: 'Characters per stored chunk (documents longer than this are split)',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Chunk Overlap',
      name: 'chunkOverlap',
      type: 'number',
      default: 150,
      optional: true,
      additionalParams: true,
    },
  ];
  outputs: INodeOutputsValue[] = [{ label: 'Ragwire Retriever', name: 'retriever', baseClasses: this.baseClasses }];

  constructor() {
    serveFlowiseMetrics();
  }

  vectorStoreMethods = {
    async upsert(nodeData: INodeData, options: ICommonObject): Promise<Partial<IndexingResult>> {
      const documents = documentsOf(
        nodeData.inputs?.document,
        levelInput(nodeData.inputs, 'classification', 'Document Classification'),
      );
      const chunk: ChunkOptions = {
        size: positiveIntegerInput(nodeData.inputs, 'chunkSize', 'Chunk Size', 1000),
        overlap: numberInput(nodeData.inputs, 'chunkOverlap', 'Chunk Overlap', 150, (n) => n >= 0, 'a number ≥ 0')!,
        unit: 'characters',
      };
      validateChunkOptions(chunk);
      const embedder = embeddingsOf(nodeData);
      const collection = textInput(nodeData.inputs, 'collection', 'ragwire');
      const gateway = await (await qdrantConnectionOf(nodeData, options)).get();
      const result = await ingestDocuments(gateway, embedder, documents, { collection, chunk });
      return {
        numAdded: result.chunks,
        numUpdated: 0,
        numSkipped: 0,
        numDeleted: 0,
        addedDocs: documents.map((d) => ({ pageContent: d.text, metadata: { ...d.metadata, source_id: d.id } })),
      };
    },
  };

  async init(nodeData: INodeData, _input: string, options: ICommonObject): Promise<BaseRetriever> {
    const output = nodeData.outputs?.output ?? 'retriever';
    if (output !== 'retriever') throw new ConfigurationError(`Output: Ragwire Qdrant offers the retriever only`);
    const search: Search = {
      connection: await qdrantConnectionOf(nodeData, options),
      embedder: embeddingsOf(nodeData),
      options: {
        collection: textInput(nodeData.inputs, 'collection', 'ragwire'),
        limit: positiveIntegerInput(nodeData.inputs, 'topK', 'Top K', 5),
        scoreThreshold: numberInput(nodeData.inputs, 'scoreThreshold', 'Minimum Score', 0),
        filter: toQdrantFilter(jsonObjectInput(nodeData.inputs, 'filter', 'Search Filter')),
      },
    };
    return new (ragwireRetrieverClass())(search);
  }
}

export = { nodeClass: RagwireQdrant_VectorStores };
