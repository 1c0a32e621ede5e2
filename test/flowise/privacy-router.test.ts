import * as assert from 'node:assert/strict';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { Document } from '@langchain/core/documents';
import type { BaseRetriever } from '@langchain/core/retrievers';
import { errorKindOf } from '../../nodes/core/errors.js';
import { SECOND_OPINION_PROMPT } from '../../nodes/core/privacy/second-opinion.js';
import router from '../../nodes/flowise/chatmodels/RagwirePrivacyRouter/RagwirePrivacyRouter.js';
import hashing from '../../nodes/flowise/embeddings/RagwireHashingEmbeddings/RagwireHashingEmbeddings.js';
import qdrant from '../../nodes/flowise/vectorstores/RagwireQdrant/RagwireQdrant.js';
import { clearPassages } from '../../nodes/flowise/shared/passage-ledger.js';
import { closeQdrantConnections } from '../../nodes/flowise/shared/qdrant.js';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { startOpenAIFake, type OpenAIFake } from '../support/fakes/openai-fake.js';
import { tempDir } from '../support/temp-dir.js';
import { AzureChatModel, flowiseFake, OllamaChatModel, type FlowiseFake } from './support/flowise.js';

const IBAN = 'DE89 3704 0044 0532 0130 00';
const PERSONAL = `Please change the bank account of our customer to IBAN ${IBAN}.`;
const EMAIL = 'anna.schmidt@example.com';
const PUBLIC = 'What are the opening hours of the public library on Saturdays?';

const bodiesOf = (fake: { chatRequests(): { body: unknown }[] }) =>
  fake.chatRequests().map((r) => JSON.stringify(r.body));

describe('Ragwire Privacy Router (Flowise chat model) with ChatOllama and AzureChatOpenAI models', () => {
  let ollama: OllamaFake;
  let azure: OpenAIFake;
  let flowise: FlowiseFake;
  const store = tempDir('ragwire-flowise-router-');

  before(async () => {
    ollama = await startOllamaFake({ answer: (m) => `Local answer to: ${m[m.length - 1].content}` });
    azure = await startOpenAIFake({ answer: (m) => `Cloud answer to: ${m[m.length - 1].content}` });
  });
  beforeEach(() => {
    ollama.requests.length = 0;
    azure.requests.length = 0;
    clearPassages();
    flowise = flowiseFake();
  });
  after(async () => {
    await closeQdrantConnections();
    await ollama.close();
    await azure.close();
    store.remove();
  });

  async function routerWith(inputs: Record<string, unknown>): Promise<BaseChatModel> {
    const node = new router.nodeClass();
    return (await node.init(
      {
        id: 'ragwirePrivacyRouter_0',
        inputs: { localModel: new OllamaChatModel(ollama.url), cloudModel: new AzureChatModel(azure.url), ...inputs },
      },
      '',
      flowise.options,
    )) as BaseChatModel;
  }

  it('is a LangChain chat model of Flowise’s @langchain/core, with the base classes Flowise matches chains by', async () => {
    const model = await routerWith({});
    assert.ok(model instanceof BaseChatModel);
    assert.deepEqual(new router.nodeClass().baseClasses.slice(1, 3), ['BaseChatModel', 'BaseLanguageModel']);
    assert.equal(new router.nodeClass().name, 'ragwirePrivacyRouter');
    assert.equal((new router.nodeClass() as { author?: string }).author, undefined);
  });

  it('answers personal data with the local model only: the cloud model receives nothing', async () => {
    const answer = await (
      await routerWith({})
    ).invoke([new SystemMessage('You are a bank clerk.'), new HumanMessage(PERSONAL)]);
    assert.match(String(answer.content), /^Local answer to: Please change/);
    assert.equal(azure.chatRequests().length, 0);
    assert.equal(ollama.chatRequests().length, 1);
    assert.ok(bodiesOf(ollama)[0].includes(IBAN));
    assert.deepEqual(
      { ...(answer.response_metadata as { ragwire: object }).ragwire },
      { answeredBy: 'local', model: 'llama3.2', level: 'personal', route: 'local', pseudonymized: false },
    );
    // Flowise's log gets the decision, never the value.
    const decisions = flowise.logged.filter((l) => l.startsWith('privacy decision '));
    assert.equal(decisions.length, 1);
    assert.match(decisions[0], /"level":"personal"/);
    assert.ok(!flowise.logged.join('\n').includes('3704'));
  });

  it('with Second Opinion on, asks its local model about what the detectors let out, and keeps what it finds personal local', async () => {
    // Personal data no detector can see: a person described, not named.
    const described = 'The only forklift driver on the night shift in hall 3 was off sick for six weeks.';
    const span = 'The only forklift driver on the night shift in hall 3';
    const local = await startOllamaFake({
      answer: (m) => {
        if (m[0]?.content !== SECOND_OPINION_PROMPT) return `Local answer to: ${m[m.length - 1].content}`;
        const texts = (JSON.parse(m[1].content) as { texts: string[] }).texts;
        const found = texts.some((t) => t.includes(span));
        return JSON.stringify({ personal_data: found, spans: found ? [{ text: span, type: 'PERSON' }] : [] });
      },
    });
    const asked = () => local.chatRequests().filter((r) => JSON.stringify(r.body).includes('personal_data'));
    try {
      const withOpinion = await routerWith({ localModel: new OllamaChatModel(local.url), secondOpinion: true });
      const kept = await withOpinion.invoke([new HumanMessage(described)]);
      assert.match(String(kept.content), /^Local answer to: The only forklift/);
      assert.equal(asked().length, 1);
      assert.equal(azure.chatRequests().length, 0, 'the cloud model received nothing');
      const cleared = await withOpinion.invoke([new HumanMessage(PUBLIC)]);
      assert.match(String(cleared.content), /^Cloud answer to: What are the opening hours/);
      assert.equal(asked().length, 2, 'the public question was checked too before it left');
      // Without the setting the detectors decide alone: the described person goes to the cloud.
      const without = await routerWith({ localModel: new OllamaChatModel(local.url) });
      assert.match(String((await without.invoke([new HumanMessage(described)])).content), /^Cloud answer to/);
      assert.equal(asked().length, 2);
    } finally {
      await local.close();
    }
  });

  it('with Second Opinion, each run asks its own local model, however the runs interleave', async () => {
    // Two sessions of one chatflow: Flowise built each run's local model (other base URLs, the same
    // identifying parameters) before either asked; the guard is shared, the model asked must not be.
    const cleared = JSON.stringify({ personal_data: false, spans: [] });
    const fakes = await Promise.all(
      [0, 1].map(() =>
        startOllamaFake({
          answer: (m) =>
            m[0]?.content === SECOND_OPINION_PROMPT ? cleared : `Local answer to: ${m[m.length - 1].content}`,
        }),
      ),
    );
    const askedOf = (fake: OllamaFake) =>
      fake
        .chatRequests()
        .map((r) => JSON.stringify(r.body))
        .filter((b) => b.includes('personal_data'));
    try {
      const [first, second] = [
        await routerWith({ localModel: new OllamaChatModel(fakes[0].url), secondOpinion: true }),
        await routerWith({ localModel: new OllamaChatModel(fakes[1].url), secondOpinion: true }),
      ];
      const questions = ['Where is the nearest train station?', 'When does the town hall open on Mondays?'];
      const answers = await Promise.all([
        first.invoke([new HumanMessage(questions[0])]),
        second.invoke([new HumanMessage(questions[1])]),
      ]);
      assert.deepEqual(
        answers.map((a) => String(a.content).slice(0, 16)),
        ['Cloud answer to:', 'Cloud answer to:'],
      );
      const [askedFirst, askedSecond] = fakes.map(askedOf);
      assert.equal(askedFirst.length, 1, 'the first run asked its own model');
      assert.ok(askedFirst[0].includes('train station'), askedFirst[0]);
      assert.equal(askedSecond.length, 1, 'the second run asked its own model');
      assert.ok(askedSecond[0].includes('town hall'), askedSecond[0]);
      // The first run again, after the second was built: still its own model.
      await first.invoke([new HumanMessage('Is the museum open on holidays?')]);
      assert.ok(askedOf(fakes[0]).some((b) => b.includes('museum')));
      assert.ok(!askedOf(fakes[1]).some((b) => b.includes('museum')));
    } finally {
      await Promise.all(fakes.map((f) => f.close()));
    }
  });

  it('sends public questions to the cloud model', async () => {
    const answer = await (await routerWith({})).invoke([new HumanMessage(PUBLIC)]);
    assert.match(String(answer.content), /^Cloud answer to: What are the opening hours/);
    assert.equal(ollama.chatRequests().length, 0);
    assert.equal(azure.chatRequests().length, 1);
  });

  it('streams the answer to Flowise’s callbacks (handleLLMNewToken), as its chains stream to the chat', async () => {
    const tokens: string[] = [];
    const answer = await (
      await routerWith({})
    ).invoke([new HumanMessage(PUBLIC)], {
      callbacks: [{ handleLLMNewToken: (token: string) => void tokens.push(token) }],
    });
    assert.ok(tokens.length > 0);
    assert.equal(tokens.join(''), answer.content);
  });

  it('pseudonymizes for the cloud where the policy says so, and restores the answer', async () => {
    const answer = await (
      await routerWith({ personal: 'pseudonymize' })
    ).invoke([new HumanMessage(`Draft a friendly reminder to ${EMAIL} about the open invoice.`)]);
    assert.equal(ollama.chatRequests().length, 0);
    assert.equal(azure.chatRequests().length, 1);
    assert.ok(!bodiesOf(azure)[0].includes(EMAIL), 'the cloud saw a placeholder, not the address');
    assert.ok(String(answer.content).includes(EMAIL), 'the answer has the address back');
    assert.equal((answer.response_metadata as { ragwire: { pseudonymized: boolean } }).ragwire.pseudonymized, true);
  });

  it('keeps prompts with a confidential passage from Ragwire Qdrant local, though no detector flags its words', async () => {
    const embeddings = await new hashing.nodeClass().init({ id: 'e', inputs: {} });
    const inputs = { embeddings, storePath: store.dir, collection: 'handbook', classification: 'confidential' };
    await new qdrant.nodeClass().vectorStoreMethods.upsert(
      {
        id: 'q',
        inputs: {
          ...inputs,
          document: [[new Document({ pageContent: 'The Falcon budget is 4.2 million euros for next year.' })]],
        },
      },
      flowise.options,
    );
    const retriever = (await new qdrant.nodeClass().init(
      { id: 'q', inputs, outputs: { output: 'retriever' } },
      '',
      flowise.options,
    )) as BaseRetriever;
    const docs = await retriever.invoke('Falcon budget');
    assert.equal(docs[0].metadata.classification, 'confidential');
    const model = await routerWith({});
    // What a retrieval chain sends: the passages in the system prompt, the question as the user's.
    const prompt = (text: string) => [
      new SystemMessage(`Use this context:\n${text}`),
      new HumanMessage('How large is the budget?'),
    ];
    const retrieved = await model.invoke(prompt(docs.map((d) => d.pageContent).join('\n\n')));
    assert.equal((retrieved.response_metadata as { ragwire: { answeredBy: string } }).ragwire.answeredBy, 'local');
    assert.equal(azure.chatRequests().length, 0);
    // The same kind of text, never retrieved as confidential, may go to the cloud.
    await model.invoke(prompt('The Heron budget is 3.1 million euros for next year.'));
    assert.equal(azure.chatRequests().length, 1);
  });

  it('fails closed: personal data with the local model down is refused, never sent to the cloud', async () => {
    const down = await startOllamaFake();
    await down.close();
    const node = new router.nodeClass();
    const model = (await node.init(
      { id: 'r', inputs: { localModel: new OllamaChatModel(down.url), cloudModel: new AzureChatModel(azure.url) } },
      '',
      flowise.options,
    )) as BaseChatModel;
    await assert.rejects(model.invoke([new HumanMessage(PERSONAL)]), (err) => errorKindOf(err) === 'unavailable');
    assert.equal(azure.chatRequests().length, 0);
  });

  it('answers locally when the cloud model is unreachable, for what may go local', async () => {
    const gone = await startOpenAIFake();
    await gone.close();
    const model = await routerWith({ cloudModel: new AzureChatModel(gone.url) });
    const answer = await model.invoke([new HumanMessage(PUBLIC)]);
    assert.match(String(answer.content), /^Local answer to/);
    assert.match(flowise.logged.join('\n'), /cloud unavailable, answered locally/);
  });

  it('refuses what the policy allows nowhere, calling no model; without a cloud model everything stays local', async () => {
    await assert.rejects(
      (await routerWith({ personal: 'none' })).invoke([new HumanMessage(PERSONAL)]),
      (err) => errorKindOf(err) === 'blocked',
    );
    assert.equal(ollama.chatRequests().length + azure.chatRequests().length, 0);
    const localOnly = await routerWith({ cloudModel: undefined });
    await localOnly.invoke([new HumanMessage(PUBLIC)]);
    assert.equal(ollama.chatRequests().length, 1);
    assert.equal(azure.chatRequests().length, 0);
  });

  it('names the missing local model and a bad policy choice', async () => {
    await assert.rejects(
      new router.nodeClass().init({ id: 'r', inputs: {} }, '', flowise.options),
      /Local Chat Model: connect/,
    );
    await assert.rejects(routerWith({ personal: 'sometimes' }), /policy for personal: expected one of/);
    // A classification that is not a level is refused, not dropped (the text alone would decide).
    await assert.rejects(routerWith({ classification: 'secret' }), /Request Classification: expected one of/);
    await assert.rejects(routerWith({ termLevel: 'high' }), /Level of Terms and Patterns: expected one of/);
    // Every field is checked where the guard settings are built (guardSettingsFrom), named by its label.
    await assert.rejects(
      routerWith({ patterns: 'Projekt\\d+\n([unclosed' }),
      /Sensitive Patterns: Invalid regular expression/,
    );
    await assert.rejects(routerWith({ secondOpinion: 'yes' }), /Second Opinion: expected true or false, got "yes"/);
    await assert.rejects(
      routerWith({ minScore: '1.5' }),
      /Minimum Detector Score: expected a number above 0, at most 1/,
    );
    await assert.rejects(
      routerWith({ secondOpinion: 'true', secondOpinionTimeout: '-1' }),
      /Second Opinion Timeout: expected a positive number of seconds/,
    );
  });
});
