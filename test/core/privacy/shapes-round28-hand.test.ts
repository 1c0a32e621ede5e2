import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 28: hand-written documents of set 26', () => {
  it('reads two years joined by a dash in a timeline as a period, not a phone number', () => {
    const text =
      'Lebenslauf Dr. Wibke Oltmanns · mobil +49 171 5530218\n1998–2004 Universitätsklinikum Kiel\n2004-2011 Praxis';
    const phones = found(text, 'PHONE_NUMBER');
    assert.deepEqual(phones, ['+49 171 5530218']);
  });

  it('reads twelve plain digits as a pension number only after a word naming one', () => {
    // 202610260915 passes the pension number's checksum with its letter read as a 0/1 look-alike.
    const stamp = 'Interface log: message created 202610260915 by the order entry, sent to the pharmacy.';
    assert.deepEqual(found(stamp, 'DE_SOCIAL_SECURITY'), []);
    assert.deepEqual(found('SV-Nummer 202610260915 laut Meldebogen', 'DE_SOCIAL_SECURITY'), ['202610260915']);
    assert.deepEqual(found('RV-Nr. 65 170839 J 003', 'DE_SOCIAL_SECURITY'), ['65 170839 J 003']);
  });
});
