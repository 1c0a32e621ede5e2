import assert from 'node:assert/strict';
import { LOOPBACK, MIN_TOKEN_LENGTH, tooShortTokenProblem } from '../../nodes/core/exposure.js';

describe('exposure rules (shared by the CLI editor and the Flowise metrics port)', () => {
  it('refuses a token shorter than the minimum, naming the setting and how to make a good one', () => {
    const problem = tooShortTokenProblem('RAGWIRE_METRICS_TOKEN', 'x'.repeat(MIN_TOKEN_LENGTH - 1));
    assert.match(problem ?? '', /^RAGWIRE_METRICS_TOKEN is too short: use at least 16 characters/);
    assert.match(problem ?? '', /openssl rand/);
    assert.equal(tooShortTokenProblem('RAGWIRE_METRICS_TOKEN', 'x'.repeat(MIN_TOKEN_LENGTH)), undefined);
  });

  it('does not count blanks toward the length (a padded short token is still short)', () => {
    assert.ok(tooShortTokenProblem('The endpoint token', ` ${'a b '.repeat(7)} `));
  });

  it('treats only addresses of this machine as loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) assert.ok(LOOPBACK.test(host), host);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'localhost.example.com', '127.0.0.1.nip.io'])
      assert.ok(!LOOPBACK.test(host), host);
  });
});
