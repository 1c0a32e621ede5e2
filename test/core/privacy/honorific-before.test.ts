import assert from 'node:assert/strict';
import { HONORIFIC_BEFORE } from '../../../nodes/core/privacy/honorific-before.js';

describe('a title of address right before a finding', () => {
  it('reads German and English titles, with or without a full stop, right before the word', () => {
    for (const before of ['Frau ', 'Herrn ', 'Mr. ', 'an Dr ', 'Dear Ms\t'])
      assert.ok(HONORIFIC_BEFORE.test(before), before);
  });
  it('not a title inside a word, nor one followed by other words', () => {
    for (const before of ['Kundenherr ', 'Fraud ', 'Mr Okafor and ', 'Frau'])
      assert.ok(!HONORIFIC_BEFORE.test(before), before);
  });
});
