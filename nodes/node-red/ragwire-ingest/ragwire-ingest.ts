import type { Embedder } from '../../core/embedding/index.js';
import { normaliseDocuments, ingestDocuments, hybridSearchFor, type HybridSearch } from '../../core/rag/index.js';
import { validateChunkOptions, type ChunkOptions, type ChunkUnit } from '../../core/text/index.js';
import { embedderFor, qdrantConnection } from '../shared/config-nodes.js';
import { handleInput, isObject, isString, override } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

export = (RED: NodeAPI) => {
  function RagwireIngestNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    let setup: { chunk: ChunkOptions; embedder: Embedder; hybrid: HybridSearch | undefined } | Error;
    try {
      const chunk: ChunkOptions = {
        size: Number(config.chunkSize || 1000),
        overlap: Number(config.chunkOverlap ?? 150),
        unit: (config.chunkUnit || 'characters') as ChunkUnit,
      };
      validateChunkOptions(chunk);
      setup = { chunk, embedder: embedderFor(RED, config, this), hybrid: hybridSearchFor(config.search) };
    } catch (err) {
      setup = err as Error;
      this.status({ fill: 'red', shape: 'ring', text: 'configuration' });
    }
    const defaultCollection = String(config.collection || 'ragwire');

    handleInput(this, 'ingesting', async (msg, send) => {
      if (setup instanceof Error) throw setup;
      const collection = override(msg, 'collection', defaultCollection, isString, 'a collection name');
      const metadata = override(msg, 'metadata', {}, isObject, 'an object');
      const documents = normaliseDocuments(msg.payload, metadata);
      const gateway = await qdrantConnection(RED, config).get();
      const result = await ingestDocuments(gateway, setup.embedder, documents, {
        collection,
        chunk: setup.chunk,
        hybrid: setup.hybrid,
      });
      msg.payload = result;
      send(msg);
      return `${result.ingested} docs, ${result.chunks} chunks`;
    });
  }
  RED.nodes.registerType('ragwire-ingest', RagwireIngestNode);
};
