import assert from 'node:assert/strict';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { parsePolicy } from '../../../nodes/core/privacy/policy.js';
import { ADVERSARIAL_CASES, ADVERSARIAL_LOOKALIKES, leakedValues } from '../../support/adversarial-corpus.js';

describe('privacy detectors against evasively written personal data (adversarial corpus)', () => {
  it('has at least 120 German and English cases, every value written into its text', () => {
    assert.ok(ADVERSARIAL_CASES.length >= 120, `${ADVERSARIAL_CASES.length} cases`);
    assert.ok(ADVERSARIAL_CASES.some((c) => c.lang === 'de') && ADVERSARIAL_CASES.some((c) => c.lang === 'en'));
    assert.equal(new Set(ADVERSARIAL_CASES.map((c) => c.id)).size, ADVERSARIAL_CASES.length, 'ids are unique');
    // The leak check must see each value in its own text, or it could not see it reach the cloud either.
    for (const c of ADVERSARIAL_CASES) assert.deepEqual(leakedValues(c.text, c), c.values, c.id);
  });

  it('leakedValues counts partial numbers, spelled-out addresses and name words, not placeholders', () => {
    const phone = { values: ['0171 2345678'] };
    assert.deepEqual(leakedValues('Ruf an: 0171\u200b<PHONE_NUMBER_1>', phone), ['0171 2345678']);
    assert.deepEqual(leakedValues('Ruf an: <PHONE_NUMBER_1>', phone), []);
    const mail = { values: ['max.mustermann@example.de'] };
    assert.deepEqual(leakedValues('max dot mustermann at <EMAIL_ADDRESS_1>', mail), mail.values);
    assert.deepEqual(leakedValues('Mail an <EMAIL_ADDRESS_1>', mail), []);
    assert.deepEqual(leakedValues('<PERSON_1> Oka\u00adfor called', { values: ['Jana Okafor'] }), ['Jana Okafor']);
  });

  it('routes every case away from the cloud under the default policy', () => {
    const guard = new PrivacyGuard();
    const toCloud = ADVERSARIAL_CASES.filter((c) => guard.decide({ question: c.text }).route === 'cloud');
    assert.deepEqual(
      toCloud.map((c) => c.id),
      [],
    );
  });

  it('reads retrieved passages through the same normalisation: an evasive passage keeps a clean question local', () => {
    const guard = new PrivacyGuard();
    const toCloud = ADVERSARIAL_CASES.filter(
      (c) =>
        guard.decide({ question: 'Fasse die Unterlagen zusammen.', context: [{ text: c.text }] }).route === 'cloud',
    );
    assert.deepEqual(
      toCloud.map((c) => c.id),
      [],
    );
  });

  it('pseudonymized for the cloud, no case leaves any of its values (question and retrieved passage alike)', () => {
    const guard = new PrivacyGuard({ policy: parsePolicy({ pseudonymize: ['personal'] }) });
    const leaks: string[] = [];
    let values = 0;
    for (const c of ADVERSARIAL_CASES) {
      const parts = { question: c.text, context: [{ text: `Auszug: ${c.text}` }] };
      const decision = guard.decide(parts);
      const sent = guard.pseudonymize(guard.conversation(), parts, decision).parts;
      for (const received of [sent.question!, sent.context![0].text!])
        for (const value of leakedValues(received, c)) leaks.push(`${c.id}: ${value} in ${JSON.stringify(received)}`);
      values += c.values.length;
    }
    console.log(
      `      adversarial corpus: ${ADVERSARIAL_CASES.length} cases, ${values} values, ${leaks.length} leaked`,
    );
    assert.deepEqual(leaks, []);
  });

  it('leaves look-alikes public, evasively written or not', () => {
    const guard = new PrivacyGuard();
    const flagged = ADVERSARIAL_LOOKALIKES.filter((c) => guard.decide({ question: c.text }).level !== 'public').map(
      (c) => `${c.id} (${c.evasion}): ${JSON.stringify(guard.scanner.scan(c.text))}`,
    );
    assert.deepEqual(flagged, []);
  });
});
