import assert from 'node:assert/strict';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { DEFAULT_POLICY } from '../../../nodes/core/privacy/policy.js';
import { Pseudonymizer } from '../../../nodes/core/privacy/pseudonymizer.js';
import { decideRoute } from '../../../nodes/core/privacy/router.js';

const scanner = new PrivacyScanner();
const route = (text: string) =>
  decideRoute({ messages: [{ role: 'user', content: text }] }, scanner, DEFAULT_POLICY).route;
const found = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const pseudonymized = (text: string) => {
  const p = new Pseudonymizer();
  const out = p.pseudonymizeCall(p.conversation(), [text], [scanner.scan(text)]);
  assert.equal(p.restore(out.token, out.texts[0]), text);
  return out.texts[0];
};

describe('a name written into an e-mail address, and apostrophes in local parts', () => {
  it('keeps the given name a finding when the surname is the local part of an address right after it', () => {
    for (const [text, name] of [
      ['Kontakt: Jana Novak@web.de', 'Jana'],
      ['Reach me as Tom Okafor@example.com, thanks', 'Tom'],
    ]) {
      assert.ok(found(text, 'PERSON').includes(name), `${text}: ${JSON.stringify(found(text, 'PERSON'))}`);
      const out = pseudonymized(text);
      assert.ok(!out.includes(name) && !/Novak|Okafor/.test(out), out);
      assert.equal(route(text), 'local');
    }
  });

  it('adds no name for lower-case prose a name finding swept up before an address', () => {
    const text = 'Die Nummer ist 04431 8820-419, mail bleibt chiamaka.nwankwo@stadtwerke-nord.de';
    assert.ok(!found(text, 'PERSON').some((n) => n === 'bleibt'), JSON.stringify(found(text, 'PERSON')));
  });

  it("reads an apostrophe inside a local part as part of the address: o'brien@…", () => {
    for (const [text, value] of [
      ["Schreib an o'brien@example.com bitte", "o'brien@example.com"],
      ['Mail an d’angelo.rossi@example.it', 'd’angelo.rossi@example.it'],
      ["SQL: INSERT INTO c VALUES ('o''brien@example.com')", "o''brien@example.com"],
      ["Markdown: o\\'brien@example.com", "o\\'brien@example.com"],
    ]) {
      assert.deepEqual(found(text, 'EMAIL_ADDRESS'), [value], text);
      assert.ok(!/brien|angelo/.test(pseudonymized(text)), pseudonymized(text));
    }
  });

  it('leaves a quote that opens a quoted address outside it', () => {
    assert.deepEqual(found("Mail: 'max@example.de'", 'EMAIL_ADDRESS'), ['max@example.de']);
    assert.deepEqual(found('E-Mail „jana@example.de“', 'EMAIL_ADDRESS'), ['jana@example.de']);
  });
});
