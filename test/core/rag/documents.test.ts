import assert from 'node:assert/strict';
import { DocumentInputError, normaliseDocuments } from '../../../nodes/core/rag/documents.js';
import { InputError } from '../../../nodes/core/errors.js';
import { toQdrantFilter } from '../../../nodes/core/rag/search-filter.js';
import { buildPrompt } from '../../../nodes/core/rag/prompt.js';

describe('documents, filters and prompts', () => {
  it('accepts a string, a document, a list and {documents}, merging extra metadata under their own', () => {
    assert.equal(normaliseDocuments('hello')[0].text, 'hello');
    const [d] = normaliseDocuments({ id: 7, text: 't', metadata: { a: 1 } }, { a: 0, b: 2 });
    assert.deepEqual(d, { id: '7', text: 't', metadata: { a: 1, b: 2 } });
    assert.equal(normaliseDocuments([{ text: 'x' }, 'y']).length, 2);
    assert.equal(normaliseDocuments({ documents: [{ id: 'a', text: 'x' }] })[0].id, 'a');
  });

  it('reads the classification from the top level or the metadata (msg.metadata too), one decision for both', () => {
    assert.equal(
      normaliseDocuments({ text: 'x', metadata: { classification: 'personal' } })[0].classification,
      'personal',
    );
    assert.equal(normaliseDocuments({ text: 'x', classification: 'internal' })[0].classification, 'internal');
    assert.equal(normaliseDocuments('x', { classification: 'confidential' })[0].classification, 'confidential');
    const both = normaliseDocuments({
      text: 'x',
      classification: 'personal',
      metadata: { classification: 'personal' },
    });
    assert.equal(both[0].classification, 'personal');
    assert.equal(normaliseDocuments('x')[0].classification, undefined);
  });

  it('names the document and field that is wrong', () => {
    const cases: [unknown, RegExp][] = [
      [
        { documents: [{ id: 'a', text: 'ok' }, { id: 'b' }] },
        /documents\[1\]\.text: expected a non-empty string, got nothing/,
      ],
      [{ documents: [{ text: 'x', metadata: 'no' }] }, /documents\[0\]\.metadata: expected an object/],
      [{ documents: [{ text: 'x', id: {} }] }, /documents\[0\]\.id: expected a string or a number/],
      [{ documents: 'nope' }, /documents: expected a list/],
      [[], /the list is empty/],
      [42, /document: expected a string or an object/],
      ['   ', /text is empty/],
      [
        { documents: [{ text: 'x', metadata: { classification: 'secret' } }] },
        /documents\[0\]\.metadata\.classification: expected one of public, internal, confidential, personal, got "secret"/,
      ],
      [
        { text: 'x', classification: 'public', metadata: { classification: 'personal' } },
        /document: classification "public" and metadata\.classification "personal" disagree/,
      ],
    ];
    for (const [input, message] of cases)
      assert.throws(
        () => normaliseDocuments(input),
        (e: unknown) => e instanceof DocumentInputError && message.test(e.message),
        JSON.stringify(input),
      );
  });

  it('turns a plain filter object into metadata matches and passes Qdrant filters through', () => {
    assert.deepEqual(toQdrantFilter({ lang: 'de', year: [2023, 2024] }), {
      must: [
        { key: 'metadata.lang', match: { value: 'de' } },
        { key: 'metadata.year', match: { any: [2023, 2024] } },
      ],
    });
    const qdrant = { must: [{ key: 'source_id', match: { value: 'x' } }] };
    assert.equal(toQdrantFilter(qdrant), qdrant);
    assert.equal(toQdrantFilter({}), undefined);
    assert.throws(() => toQdrantFilter('lang=de'), InputError);
    assert.throws(() => toQdrantFilter({ lang: { nested: true } }), /filter\.lang/);
  });

  it('builds a prompt with numbered passages, best first, within the context budget', () => {
    const passages = [
      {
        id: 1,
        score: 0.9,
        text: 'A'.repeat(100),
        sourceId: 'doc-a',
        chunkIndex: 0,
        metadata: {},
        classification: 'public',
      },
      {
        id: 2,
        score: 0.8,
        text: 'B'.repeat(5000),
        sourceId: 'doc-b',
        chunkIndex: 1,
        metadata: {},
        classification: 'public',
      },
      {
        id: 3,
        score: 0.7,
        text: 'C'.repeat(100),
        sourceId: 'doc-c',
        chunkIndex: 2,
        metadata: {},
        classification: 'public',
      },
    ];
    const { messages, sources } = buildPrompt('What is {{context}}?', passages, { contextBudget: 400 });
    assert.equal(messages[0].role, 'system');
    assert.deepEqual(
      sources.map((s) => [s.marker, s.sourceId]),
      [
        [1, 'doc-a'],
        [2, 'doc-c'],
      ],
      'the passage that does not fit is left out',
    );
    assert.match(messages[1].content, /\[1\] \(source: doc-a\) A+\n\n\[2\] \(source: doc-c\) C+/);
    assert.match(
      messages[1].content,
      /Question: What is \{\{context\}\}\?$/,
      'a placeholder inside the question is not expanded',
    );
    const custom = buildPrompt('Q', [], { template: 'Q={{question}} C={{ context }}', systemPrompt: 'Be brief.' });
    assert.deepEqual(custom.messages, [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Q=Q C=(no context passages)' },
    ]);
  });
});
