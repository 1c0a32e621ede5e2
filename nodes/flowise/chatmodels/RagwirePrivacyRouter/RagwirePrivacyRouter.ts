import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { ConfigurationError } from '../../../core/errors.js';
import type { ModelProvider } from '../../../core/models/index.js';
import {
  DEFAULT_POLICY,
  GUARD_FIELDS,
  guardSettingsFrom,
  PrivacyGuard,
  type AuditRecord,
  type GuardInput,
  type GuardLabels,
} from '../../../core/privacy/index.js';
import { answer } from '../../../core/rag/index.js';
import { RecentlyUsed } from '../../../core/recently-used.js';
import { langchain, madeWith } from '../../host.js';
import { auditTo } from '../../shared/audit.js';
import { levelInput } from '../../shared/inputs.js';
import { chatModelProvider, toChatMessages } from '../../shared/langchain-models.js';
import { serveFlowiseMetrics } from '../../shared/metrics-server.js';
import { passagesIn } from '../../shared/passage-ledger.js';
import type { ICommonObject, INode, INodeData, INodeParams } from '../../types.js';

type ChatModelsModule = typeof import('@langchain/core/language_models/chat_models');
type MessagesModule = typeof import('@langchain/core/messages');

/** What one router answers with: its guard and models, fixed when the chatflow is built. */
interface RouterSetup {
  guard: PrivacyGuard;
  local: ModelProvider;
  cloud?: ModelProvider;
  /** The classification of every request through this router (empty: decided from the text alone). */
  classification?: string;
  audit: (record: AuditRecord) => void;
}

/** The chat model class, extending Flowise's @langchain/core (chains check instanceof BaseChatModel). */
function privacyRouterClass(): new (setup: RouterSetup) => BaseChatModel {
  return madeWith(
    'language_models/chat_models',
    'RagwirePrivacyRouter',
    ({ BaseChatModel: Base }: ChatModelsModule) => {
      const { AIMessage } = langchain<MessagesModule>('messages');
      /**
       * Every call goes through core's answer use case with routing on: the policy decides on the
       * messages and on the classifications of the retrieved passages they contain; the cloud model
       * gets only what the policy lets out (pseudonymized where it says so, restored in the answer),
       * the cloud gate checks exactly what it sends, and anything else stays local or is refused.
       */
      class RagwirePrivacyRouter extends Base {
        constructor(private readonly setup: RouterSetup) {
          super({});
        }
        _llmType(): string {
          return 'ragwire-privacy-router';
        }
        async _generate(
          messages: BaseMessage[],
          _options: this['ParsedCallOptions'],
          runManager?: CallbackManagerForLLMRun,
        ): Promise<ChatResult> {
          const chat = toChatMessages(messages);
          const { guard, local, cloud, classification, audit } = this.setup;
          // The second opinion (if any) asks this run's local model: see runLocal.
          const answered = await runLocal.run(local, () =>
            answer(
              {
                messages: chat,
                passages: passagesIn(chat.map((m) => m.content)),
                classification,
                onDelta: runManager ? (delta) => void runManager.handleLLMNewToken(delta) : undefined,
              },
              { primary: local, second: cloud },
              { prompt: {}, routing: true, guard, audit },
            ),
          );
          const privacy = answered.privacy as { level?: string; route?: string; pseudonymized?: boolean } | undefined;
          const ragwire = {
            answeredBy: answered.answeredBy.locality,
            model: answered.answeredBy.model,
            level: privacy?.level,
            route: privacy?.route,
            pseudonymized: privacy?.pseudonymized === true,
          };
          const message = new AIMessage({ content: answered.content, response_metadata: { ragwire } });
          return { generations: [{ text: answered.content, message }], llmOutput: { ragwire } };
        }
      }
      return RagwirePrivacyRouter;
    },
  );
}

const CHOICES = [
  { label: 'Cloud or local', name: 'cloud' },
  { label: 'Cloud after pseudonymization', name: 'pseudonymize' },
  { label: 'Local only', name: 'local' },
  { label: 'No model (refuse)', name: 'none' },
];

function choiceOf(level: keyof typeof DEFAULT_POLICY.allow): string {
  const allow = DEFAULT_POLICY.allow[level];
  if (DEFAULT_POLICY.pseudonymize.includes(level)) return 'pseudonymize';
  return allow.includes('cloud') ? 'cloud' : allow.length ? 'local' : 'none';
}

const policyInput = (level: keyof typeof DEFAULT_POLICY.allow, label: string): INodeParams => ({
  label,
  name: level,
  type: 'options',
  options: CHOICES,
  default: choiceOf(level),
  optional: true,
});

/**
 * One guard per privacy configuration for the whole process: Flowise rebuilds nodes on every run, a
 * guard holds the mappings. Bounded: each edit of a router's settings makes a new configuration, and
 * the guards of configurations no run has used for a long while are let go.
 */
const guards = new RecentlyUsed<string, PrivacyGuard>(256);

/**
 * The local model of the run being answered. Guards are shared between runs (and chatflows with
 * the same settings), while Flowise builds the models anew for each run, possibly with other
 * credentials or base URLs than the one before: the second opinion asks the model of the run
 * that asked, whatever runs interleave with it.
 */
const runLocal = new AsyncLocalStorage<ModelProvider>();

function localOfRun(): ModelProvider {
  const local = runLocal.getStore();
  if (!local) throw new ConfigurationError('Second Opinion: asked outside a run of the Ragwire Privacy Router');
  return local;
}

/** The canvas labels, so a refused setting names the field the person sees. */
const LABELS: GuardLabels = {
  terms: 'Sensitive Terms',
  patterns: 'Sensitive Patterns',
  termLevel: 'Level of Terms and Patterns',
  minScore: 'Minimum Detector Score',
  secondOpinion: 'Second Opinion',
  secondOpinionTimeout: 'Second Opinion Timeout',
};

/** The canvas inputs the guard is built from (see guardSettingsFrom): every field but the mapping's lifetime, which Flowise's router does not offer. */
const GUARD_INPUTS = GUARD_FIELDS.filter((name) => name !== 'mappingTtl');

/**
 * The guard of a router: its policy and detectors, and with "Second Opinion" on, the local chat
 * model of the run asked about what the detectors would let into the cloud (as Node-RED's privacy
 * configuration does). Guards are shared per configuration and, with a second opinion, per router
 * node of a chatflow and local model type, so what one model cleared is not taken for another's word.
 */
function guardOf(nodeData: INodeData, options: ICommonObject, local: BaseChatModel): PrivacyGuard {
  const inputs = nodeData.inputs ?? {};
  const typed: GuardInput = Object.fromEntries(GUARD_INPUTS.map((name) => [name, inputs[name]]));
  const settings = guardSettingsFrom(typed, LABELS);
  const localIdentity = settings.secondOpinion
    ? `${String(options.chatflowid ?? '')}/${nodeData.id} ${local._llmType()} ${JSON.stringify(local._identifyingParams?.() ?? {})}`
    : '';
  const key = JSON.stringify({ settings, localIdentity });
  return guards.getOrMake(
    key,
    () =>
      new PrivacyGuard({
        ...settings,
        secondOpinion: settings.secondOpinion && { model: localOfRun, ...settings.secondOpinion },
      }),
  );
}

function chatModelInput(nodeData: INodeData, name: string): BaseChatModel | undefined {
  const model = nodeData.inputs?.[name] as BaseChatModel | undefined;
  if (model === undefined || model === null || (model as unknown) === '') return undefined;
  if (typeof model.invoke !== 'function' || typeof model._llmType !== 'function')
    throw new ConfigurationError(`${name === 'localModel' ? 'Local' : 'Cloud'} Chat Model: connect a chat model node`);
  return model;
}

/**
 * A chat model that routes every call by sensitivity between a local and a cloud chat model, with
 * the same policy, pseudonymization and cloud gate as Ragwire's Node-RED nodes. Plugs into any
 * chain that takes a chat model; with Ragwire Qdrant as the retriever, the classification of every
 * passage in the prompt counts too.
 */
class RagwirePrivacyRouter_ChatModels implements INode {
  label = 'Ragwire Privacy Router';
  name = 'ragwirePrivacyRouter';
  version = 1.0;
  type = 'RagwirePrivacyRouter';
  icon = 'ragwire-privacy.svg';
  category = 'Chat Models';
  description =
    'Routes every chat call by how sensitive the question and the retrieved passages are: personal or confidential content stays with the local model, the rest may go to the cloud model (pseudonymized where the policy says). Fails closed.';
  baseClasses = [this.type, 'BaseChatModel', 'BaseLanguageModel', 'Runnable'];
  inputs: INodeParams[] = [
    {
      label: 'Local Chat Model',
      name: 'localModel',
      type: 'BaseChatModel',
      description: 'Runs on your own machines (e.g. Ollama); answers everything the cloud may not see',
    },
    {
      label: 'Cloud Chat Model',
      name: 'cloudModel',
      type: 'BaseChatModel',
      description: 'A cloud model (e.g. Azure OpenAI); gets only what the policy lets out',
      optional: true,
    },
    policyInput('public', 'Public'),
    policyInput('internal', 'Internal'),
    policyInput('confidential', 'Confidential'),
    policyInput('personal', 'Personal'),
    {
      label: 'Request Classification',
      name: 'classification',
      type: 'options',
      options: [
        { label: 'Public', name: 'public' },
        { label: 'Internal', name: 'internal' },
        { label: 'Confidential', name: 'confidential' },
        { label: 'Personal', name: 'personal' },
      ],
      description: 'A level every request through this router has at least (empty: decided from the text)',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Sensitive Terms',
      name: 'terms',
      type: 'string',
      rows: 4,
      description:
        'One term per line (project code names, customer names): a prompt containing one gets the level below',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Sensitive Patterns',
      name: 'patterns',
      type: 'string',
      rows: 4,
      description: 'One regular expression per line, matched case-insensitively',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Level of Terms and Patterns',
      name: 'termLevel',
      type: 'options',
      options: [
        { label: 'Internal', name: 'internal' },
        { label: 'Confidential', name: 'confidential' },
        { label: 'Personal', name: 'personal' },
      ],
      default: 'confidential',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Second Opinion',
      name: 'secondOpinion',
      type: 'boolean',
      description:
        'Also ask the local chat model whether a prompt the detectors would let into the cloud holds personal data (people described rather than named); if it says yes, or does not answer in time, the prompt stays local',
      default: false,
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Second Opinion Timeout',
      name: 'secondOpinionTimeout',
      type: 'number',
      description: 'Seconds to wait for the local model’s second opinion (default 5)',
      optional: true,
      additionalParams: true,
    },
    {
      label: 'Minimum Detector Score',
      name: 'minScore',
      type: 'number',
      step: 0.05,
      description: 'Findings of the personal-data detectors scoring lower are ignored (empty: the detectors’ default)',
      optional: true,
      additionalParams: true,
    },
  ];

  constructor() {
    serveFlowiseMetrics();
  }

  async init(nodeData: INodeData, _input: string, options: ICommonObject): Promise<BaseChatModel> {
    const local = chatModelInput(nodeData, 'localModel');
    if (!local) throw new ConfigurationError('Local Chat Model: connect the local chat model (e.g. ChatOllama)');
    const cloud = chatModelInput(nodeData, 'cloudModel');
    const localProvider = chatModelProvider(local, 'local');
    return new (privacyRouterClass())({
      guard: guardOf(nodeData, options ?? {}, local),
      local: localProvider,
      cloud: cloud ? chatModelProvider(cloud, 'cloud') : undefined,
      classification: levelInput(nodeData.inputs, 'classification', 'Request Classification'),
      audit: auditTo(options ?? {}),
    });
  }
}

export = { nodeClass: RagwirePrivacyRouter_ChatModels };
