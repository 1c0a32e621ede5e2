import * as assert from 'node:assert/strict';
import { ConfigurationError } from '../../../nodes/core/errors.js';
import { DEFAULT_POLICY, guardSettingsFrom, PrivacyGuard } from '../../../nodes/core/privacy/index.js';

describe('guardSettingsFrom (the privacy settings both adapters build their guard from)', () => {
  it('without input: the default policy, no own terms (at level confidential), the detectors’ minimum score, no second opinion', () => {
    const settings = guardSettingsFrom({});
    assert.deepEqual(settings, {
      policy: DEFAULT_POLICY,
      custom: [{ terms: [], patterns: [], level: 'confidential' }],
    });
    assert.deepEqual(guardSettingsFrom({ terms: '', minScore: '', mappingTtl: null, secondOpinion: '' }), settings);
  });

  it('builds a guard that follows the choices, terms and patterns as typed (lines trimmed, numbers as text)', async () => {
    const settings = guardSettingsFrom({
      internal: 'local',
      personal: 'pseudonymize',
      terms: ' Projekt Falke \n\n',
      patterns: 'KD-\\d{6}\n',
      termLevel: 'internal',
      minScore: '0.7',
      mappingTtl: '10',
    });
    assert.deepEqual(settings.custom, [{ terms: ['Projekt Falke'], patterns: ['KD-\\d{6}'], level: 'internal' }]);
    assert.equal(settings.minScore, 0.7);
    assert.equal(settings.mappingTtlMs, 600_000);
    const guard = new PrivacyGuard({ ...settings, secondOpinion: undefined });
    const byTerm = await guard.route({ question: 'Wie steht es um Projekt Falke?' });
    assert.deepEqual([byTerm.audit.level, byTerm.audit.route], ['internal', 'local']);
    const byPattern = await guard.route({ question: 'Status of order kd-123456?' });
    assert.deepEqual([byPattern.audit.level, byPattern.audit.route], ['internal', 'local']);
    const open = await guard.route({ question: 'What are the opening hours of the library?' });
    assert.equal(open.audit.route, 'cloud');
  });

  it('switches the second opinion on with its time box in milliseconds (5 s unless set)', () => {
    assert.deepEqual(guardSettingsFrom({ secondOpinion: true }).secondOpinion, { timeoutMs: 5000 });
    assert.deepEqual(guardSettingsFrom({ secondOpinion: 'true', secondOpinionTimeout: '2.5' }).secondOpinion, {
      timeoutMs: 2500,
    });
    assert.equal(guardSettingsFrom({ secondOpinion: 'false', secondOpinionTimeout: 9 }).secondOpinion, undefined);
  });

  it('refuses what does not fit with the field’s label (the field’s name without one), never a silent default', () => {
    const labels = { termLevel: 'Their level', minScore: 'Min. score', patterns: 'Own patterns' };
    const refused = (input: Record<string, unknown>, message: RegExp) =>
      assert.throws(
        () => guardSettingsFrom(input, labels),
        (err: Error) => err instanceof ConfigurationError && message.test(err.message),
      );
    refused(
      { termLevel: 'secret' },
      /^Their level: expected one of public, internal, confidential, personal, got "secret"$/,
    );
    refused({ minScore: '5' }, /^Min\. score: expected a number above 0, at most 1, got "5"$/);
    refused({ minScore: 0 }, /^Min\. score: expected a number above 0/);
    refused({ minScore: 'high' }, /^Min\. score: expected a number/);
    refused({ patterns: 'ok\n([unclosed' }, /^Own patterns: Invalid regular expression/);
    refused({ mappingTtl: -1 }, /^mappingTtl: expected a positive number of minutes, got -1$/);
    refused({ secondOpinion: 'yes' }, /^secondOpinion: expected true or false, got "yes"$/);
    refused(
      { secondOpinion: true, secondOpinionTimeout: '0' },
      /^secondOpinionTimeout: expected a positive number of seconds/,
    );
    refused({ terms: 42 }, /^terms: expected one entry per line, got 42$/);
    refused({ personal: 'sometimes' }, /^policy for personal: expected one of cloud, pseudonymize, local, none/);
  });

  it('takes lists of terms and patterns as well as lines', () => {
    assert.deepEqual(guardSettingsFrom({ terms: ['Falke', ' '], patterns: ['A\\d'] }).custom[0], {
      terms: ['Falke'],
      patterns: ['A\\d'],
      level: 'confidential',
    });
  });
});
