import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document } from '@langchain/core/documents';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseRetriever } from '@langchain/core/retrievers';
import { COMPONENTS } from '../../nodes/flowise/components.js';
import { closeQdrantConnections } from '../../nodes/flowise/shared/qdrant.js';
import type { ICommonObject, INode } from '../../nodes/flowise/types.js';
import { startOllamaFake } from '../support/fakes/ollama-fake.js';
import { tempDir } from '../support/temp-dir.js';
import { flowiseFake, OllamaChatModel } from './support/flowise.js';

const REPO = path.resolve(__dirname, '..', '..', '..');
const TEMPLATES = ['privacy-rag-qa.json', 'document-ingestion.json', 'embedded-demo.json'];

interface FlowNode {
  id: string;
  data: {
    name: string;
    version: number;
    inputs: ICommonObject;
    outputs: ICommonObject;
    inputParams: { name: string; id: string }[];
    inputAnchors: { name: string; id: string; type: string }[];
    outputAnchors: { id: string; options?: { id: string; name: string }[] }[];
  };
}
interface Flow {
  nodes: FlowNode[];
  edges: { source: string; target: string; sourceHandle: string; targetHandle: string }[];
}

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, 'flows', 'flowise', file), 'utf8')) as Flow;

/** Ragwire's components by Flowise name, loaded from the build as Flowise would. */
const RAGWIRE = new Map(
  COMPONENTS.map((c) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- how Flowise loads components
    const { nodeClass } = require(path.join(REPO, 'dist', 'nodes', 'flowise', c.folder, `${c.module}.js`)) as {
      nodeClass: new () => INode;
    };
    const node = new nodeClass();
    return [node.name, node];
  }),
);

describe('Flowise chatflow templates (flows/flowise)', () => {
  for (const file of TEMPLATES)
    it(`${file}: every edge joins an output anchor to an input anchor, whose input names the source instance`, () => {
      const flow = read(file);
      const byId = new Map(flow.nodes.map((n) => [n.id, n]));
      assert.ok(flow.edges.length > 0);
      for (const e of flow.edges) {
        const source = byId.get(e.source)!;
        const target = byId.get(e.target)!;
        assert.ok(source && target, `${e.source} → ${e.target}`);
        const outputs = source.data.outputAnchors.flatMap((a): { id: string }[] => a.options ?? [a]);
        assert.ok(
          outputs.some((o) => o.id === e.sourceHandle),
          `${e.sourceHandle} is an output of ${e.source}`,
        );
        const anchor = target.data.inputAnchors.find((a) => a.id === e.targetHandle);
        assert.ok(anchor, `${e.targetHandle} is an input of ${e.target}`);
        const value = target.data.inputs[anchor.name];
        assert.ok(
          [value].flat().includes(`{{${e.source}.data.instance}}`),
          `${e.target}.${anchor.name} names ${e.source}`,
        );
      }
    });

  for (const file of TEMPLATES)
    it(`${file}: Ragwire nodes match the components as built (name, version, every input)`, () => {
      for (const n of read(file).nodes.filter((n) => n.data.name.startsWith('ragwire'))) {
        const component = RAGWIRE.get(n.data.name);
        assert.ok(component, `${n.data.name} is a Ragwire component`);
        assert.equal(n.data.version, component.version);
        assert.deepEqual(
          [...n.data.inputParams, ...n.data.inputAnchors].map((p) => p.name).sort(),
          [...(component.inputs ?? []).map((i) => i.name), ...(component.credential ? ['credential'] : [])].sort(),
        );
      }
    });

  it('privacy-rag-qa wires ChatOllama as local and AzureChatOpenAI as cloud model into a Conversational Retrieval QA chain', () => {
    const flow = read('privacy-rag-qa.json');
    const router = flow.nodes.find((n) => n.data.name === 'ragwirePrivacyRouter')!;
    const nameOf = (ref: string) => flow.nodes.find((n) => `{{${n.id}.data.instance}}` === ref)?.data.name;
    assert.equal(nameOf(router.data.inputs.localModel), 'chatOllama');
    assert.equal(nameOf(router.data.inputs.cloudModel), 'azureChatOpenAI');
    const chain = flow.nodes.find((n) => n.data.name === 'conversationalRetrievalQAChain')!;
    assert.equal(nameOf(chain.data.inputs.model), 'ragwirePrivacyRouter');
    assert.equal(nameOf(chain.data.inputs.vectorStoreRetriever), 'ragwireQdrant');
    assert.ok(!JSON.stringify(flow).match(/apiKey":\s*"[^"]/i), 'no secret in the template');
    // The router hands a cloud answer on whole (a pseudonymized one can only be restored whole); Flowise's
    // AzureChatOpenAI with streaming on never answered offline (Azure fake, no Ragwire in the call).
    const cloud = flow.nodes.find((n) => n.data.name === 'azureChatOpenAI')!;
    assert.equal(cloud.data.inputs.streaming, false);
  });

  describe('embedded-demo, built the way Flowise builds a flow', () => {
    const store = tempDir('ragwire-flowise-template-');
    after(async () => {
      await closeQdrantConnections();
      store.remove();
    });

    it('upserts the sample text and answers from it through the router with the local model', async () => {
      const ollama = await startOllamaFake({ answer: (m) => `Local: ${m[0].content.slice(0, 400)}` });
      try {
        const flowise = flowiseFake();
        const flow = read('embedded-demo.json');
        const built = new Map<string, unknown>();
        // Flowise's own nodes, as their components would build them.
        const text = flow.nodes.find((n) => n.data.name === 'plainText')!.data.inputs.text as string;
        built.set('plainText_0', [new Document({ pageContent: text, metadata: { source: 'handbook' } })]);
        built.set('chatOllama_0', new OllamaChatModel(ollama.url));
        const resolve = (inputs: ICommonObject): ICommonObject =>
          Object.fromEntries(
            Object.entries(inputs).map(([k, v]) => {
              const ref = (r: unknown) =>
                typeof r === 'string' && /^\{\{(.+)\.data\.instance\}\}$/.test(r) ? built.get(r.slice(2, -16)) : r;
              return [k, Array.isArray(v) ? v.map(ref) : ref(v)];
            }),
          );
        const order = ['ragwireHashingEmbeddings_0', 'ragwireQdrant_0', 'ragwirePrivacyRouter_0'];
        for (const id of order) {
          const n = flow.nodes.find((x) => x.id === id)!;
          const inputs = resolve(n.data.inputs);
          if (n.data.name === 'ragwireQdrant') inputs.storePath = store.dir;
          const nodeData = { id, inputs, outputs: n.data.outputs };
          const component = RAGWIRE.get(n.data.name)!;
          if (component.vectorStoreMethods) await component.vectorStoreMethods.upsert(nodeData, flowise.options);
          built.set(id, await component.init!(nodeData, '', flowise.options));
        }
        const docs = await (built.get('ragwireQdrant_0') as BaseRetriever).invoke(
          'When does the library open on Saturdays?',
        );
        assert.match(docs[0].pageContent, /Saturdays/);
        const answer = await (built.get('ragwirePrivacyRouter_0') as BaseChatModel).invoke([
          new SystemMessage(`Context:\n${docs.map((d) => d.pageContent).join('\n')}`),
          new HumanMessage('When does the library open on Saturdays?'),
        ]);
        assert.match(String(answer.content), /^Local: Context:/);
        assert.equal(ollama.chatRequests().length, 1);
      } finally {
        await ollama.close();
      }
    });
  });
});
