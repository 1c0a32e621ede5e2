import type { Embedder } from '../../core/embedding/index.js';
import { ConfigurationError, InputError } from '../../core/errors.js';
import { hybridSearchFor, retrievePassages, toQdrantFilter, type HybridSearch } from '../../core/rag/index.js';
import { embedderFor, qdrantConnection } from '../shared/config-nodes.js';
import { upstreamPrivacy } from '../shared/privacy.js';
import { handleInput, isNumber, isObject, isPositiveInteger, isString, override } from '../shared/run-input.js';
import type { Node, NodeAPI, NodeDef } from '../shared/types.js';

/** The editor's default for Min. score (ragwire-retrieve.html), also for nodes configured without it. */
const DEFAULT_MIN_SCORE = 0;

export = (RED: NodeAPI) => {
  function RagwireRetrieveNode(this: Node, config: NodeDef) {
    RED.nodes.createNode(this, config);
    let setup:
      { embedder: Embedder; filter: Record<string, unknown> | undefined; hybrid: HybridSearch | undefined } | Error;
    try {
      const filterText = String(config.filter ?? '').trim();
      setup = {
        embedder: embedderFor(RED, config, this),
        filter: filterText ? toQdrantFilter(JSON.parse(filterText)) : undefined,
        hybrid: hybridSearchFor(config.search, config.fusion),
      };
    } catch (err) {
      setup = new ConfigurationError(`configuration: ${(err as Error).message}`);
      this.status({ fill: 'red', shape: 'ring', text: 'configuration' });
    }
    const defaultCollection = String(config.collection || 'ragwire');
    const defaultTopK = Number(config.topK) > 0 ? Math.floor(Number(config.topK)) : 5;
    // Min. score: 0 unless set, so passages pointing away from the question never become sources;
    // an emptied field asks for no minimum.
    const defaultThreshold =
      config.scoreThreshold === undefined
        ? DEFAULT_MIN_SCORE
        : config.scoreThreshold === ''
          ? undefined
          : Number(config.scoreThreshold);

    handleInput(this, 'searching', async (msg, send) => {
      if (setup instanceof Error) throw setup;
      const input = msg.payload;
      const question =
        typeof input === 'string' ? input : isObject(input) ? (input.query ?? input.question) : undefined;
      if (typeof question !== 'string' || !question.trim()) {
        throw new InputError('msg.payload: expected the question as a string, or {query: "..."}');
      }
      const fromPayload = isObject(input) ? input : {};
      const limit = override(
        { topK: fromPayload.limit ?? msg.topK },
        'topK',
        defaultTopK,
        isPositiveInteger,
        'a whole number above 0',
      );
      const scoreThreshold = override(msg, 'scoreThreshold', defaultThreshold as number, isNumber, 'a number');
      const filterInput = fromPayload.filter ?? msg.filter;
      const filter = filterInput === undefined ? setup.filter : toQdrantFilter(filterInput);
      const collection = override(msg, 'collection', defaultCollection, isString, 'a collection name');
      const gateway = await qdrantConnection(RED, config).get();
      const passages = await retrievePassages(gateway, setup.embedder, question, {
        collection,
        limit,
        scoreThreshold,
        filter,
        hybrid: setup.hybrid,
        question: { classification: msg.classification, recorded: upstreamPrivacy(msg).recorded },
      });
      msg.question = question;
      msg.payload = passages;
      msg.context = passages;
      send(msg);
      return `${passages.length} passages`;
    });
  }
  RED.nodes.registerType('ragwire-retrieve', RagwireRetrieveNode);
};
