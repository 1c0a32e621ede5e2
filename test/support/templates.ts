import { endpointGuard, type EndpointGuardOptions } from '../../nodes/node-red/editor/endpoint-guard.js';
import { startOllamaFake, type OllamaFake } from './fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from './fakes/openai-fake.js';
import { exampleFlow, helper, loadFlow, type LoadedFlow } from './node-red.js';
import { tempDir } from './temp-dir.js';

export const TEMPLATES = [
  '1 Document ingestion API',
  '2 Semantic search API',
  '3 RAG question answering API',
  '4 Privacy routing and pseudonymization API',
];
export const NO_AZURE = {
  AZURE_OPENAI_ENDPOINT: undefined,
  AZURE_OPENAI_DEPLOYMENT: undefined,
  AZURE_OPENAI_API_KEY: undefined,
};

/** Node-RED settings as the templates are served: `ragwire start` and the README's settings.js put the endpoint guard in front. */
export function templateSettings(userDir: string, guard: EndpointGuardOptions = {}): Record<string, unknown> {
  return { userDir, httpNodeMiddleware: endpointGuard(guard) };
}

/** Templates as one flow, as a user importing them one after the other gets them (shared config nodes once). */
export function templatesFlow(names: string[]): Record<string, unknown>[] {
  const byId = new Map<string, Record<string, unknown>>();
  for (const name of names) for (const node of exampleFlow(name)) byId.set(String(node.id), node);
  return [{ id: 'ragwire.tab', type: 'tab', label: 'Ragwire' }, ...byId.values()];
}

/** All four API templates as one flow. */
export function allTemplates(): Record<string, unknown>[] {
  return templatesFlow(TEMPLATES);
}

/**
 * A template deployed as shipped for the tests of one describe block (mocha before/after), served
 * over real HTTP with the endpoint guard; returns the loaded flow.
 */
export function shippedTemplate(name: string): () => LoadedFlow {
  let tmp: ReturnType<typeof tempDir>;
  let flow: LoadedFlow;
  before(async () => {
    tmp = tempDir();
    helper.settings(templateSettings(tmp.dir));
    flow = await loadFlow(templatesFlow([name]));
  });
  after(async () => {
    await flow.close();
    tmp.remove();
  });
  return () => flow;
}

export function withEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/** All templates loaded over an Ollama fake (local) and an Azure OpenAI fake (cloud, key "azure-secret"). */
export interface TemplatesWithModels {
  azure: OpenAIFake;
  ollama: OllamaFake;
  flow: LoadedFlow;
  close(): Promise<void>;
}

export async function templatesWithModels(options: {
  azureAnswer: (messages: { role: string; content: string }[]) => string;
  ollamaAnswer: () => string;
  /** Environment for the flow (Azure settings, when it takes them from there). */
  env: (azure: OpenAIFake) => Record<string, string | undefined>;
  /** Changes to template nodes, and credentials, when the flow takes settings from the configuration. */
  configure?: (node: Record<string, unknown>, azure: OpenAIFake) => Record<string, unknown>;
  credentials?: Record<string, unknown>;
}): Promise<TemplatesWithModels> {
  const azure = await startOpenAIFake({ apiKey: 'azure-secret', answer: options.azureAnswer });
  const ollama = await startOllamaFake({ answer: options.ollamaAnswer });
  const tmp = tempDir();
  const restore = withEnv({ QDRANT_URL: undefined, ...NO_AZURE, OLLAMA_HOST: ollama.url, ...options.env(azure) });
  helper.settings(templateSettings(tmp.dir));
  const nodes = allTemplates().map((n) => options.configure?.(n, azure) ?? n);
  const flow = await loadFlow(nodes, options.credentials);
  return {
    azure,
    ollama,
    flow,
    close: async () => {
      await flow.close();
      restore();
      await azure.close();
      await ollama.close();
      tmp.remove();
    },
  };
}
