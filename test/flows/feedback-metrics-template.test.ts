import assert from 'node:assert/strict';
import { sample } from '../support/metrics.js';
import { postJson } from '../support/node-red.js';
import { shippedTemplate } from '../support/templates.js';

describe('flow template "8 Answer feedback metrics API", as shipped, over real HTTP', () => {
  const flow = shippedTemplate('8 Answer feedback metrics API');

  it('counts votes by helpful, refuses other bodies with 400 without counting them, and serves them at /metrics', async () => {
    const count = (helpful: string) => sample('rag_answer_feedback_total', { helpful });
    const before = { yes: await count('true'), no: await count('false') };
    for (const helpful of [true, true, false]) {
      const r = await postJson(`${flow().url}/ragwire/feedback`, { helpful });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual(r.body, { recorded: true });
    }
    for (const body of [{ helpful: 'maybe' }, {}, { helpful: 'user-4711' }]) {
      const r = await postJson(`${flow().url}/ragwire/feedback`, body);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.match(String(r.body.error), /helpful/);
    }
    assert.deepEqual(
      { yes: await count('true'), no: await count('false') },
      { yes: before.yes + 2, no: before.no + 1 },
    );
    assert.equal(await count('maybe'), 0);
    const text = await (await fetch(`${flow().url}/metrics`)).text();
    assert.match(text, /^# HELP rag_answer_feedback_total Votes on whether an answer helped$/m);
    assert.match(text, /^rag_answer_feedback_total\{helpful="true"\} [1-9]/m);
    assert.doesNotMatch(text, /user-4711/);
  });
});
