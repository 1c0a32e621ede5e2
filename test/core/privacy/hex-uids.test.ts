import assert from 'node:assert/strict';
import { flagged, unflagged } from '../../support/type-findings.js';
import { opensHexToken } from '../../../nodes/core/privacy/hex-uids.js';

describe('hex uids are no phone numbers', () => {
  it('reads no phone in the digits opening a hex token', () => {
    unflagged('B-33916;04363462601C79;Uhsay Tenkeri;2026-05-18', 'PHONE_NUMBER', '04363462601');
    unflagged('Odometer: 108609\nTracker: 0455366162D7A4\n', 'PHONE_NUMBER', '0455366162');
    unflagged('ausweis = B-89700\nuid = 0431222807BFB6\n', 'PHONE_NUMBER', '0431222807');
    unflagged('2026-08-24T19:45:51;Door 29;049774337765E8;Feivel Shlaifer', 'PHONE_NUMBER', '049774337765');
    unflagged('B-55924;041204017e28ed;Kamaash', 'PHONE_NUMBER', '041204017');
  });

  it('keeps phones that end a token or run into a word or an extension', () => {
    flagged('Tel.01711234567', 'PHONE_NUMBER', '01711234567');
    flagged('Tel.0171 1234567', 'PHONE_NUMBER', '0171 1234567');
    flagged('Mobil: +49 171 1234567x', 'PHONE_NUMBER', '+49 171 1234567');
    flagged('Handy 01711234567;Anna Berg', 'PHONE_NUMBER', '01711234567');
  });

  it('decides by the token, not the run alone', () => {
    const at = (text: string, run: string) => {
      const start = text.indexOf(run);
      return opensHexToken(text, start, start + run.length, run.length);
    };
    assert.equal(at('uid 0431222807BFB6', '0431222807'), true);
    // A word after the digits is no hex tail; mixed case is no uid as printed.
    assert.equal(at('01711234567xt', '01711234567'), false);
    assert.equal(at('01711234567Ab', '01711234567'), false);
    // Letters before the digits: another token's tail.
    assert.equal(at('Tel01711234567AB', '01711234567'), false);
  });
});
