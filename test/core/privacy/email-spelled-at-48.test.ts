import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): the e-mail detector span after a "·" and a bare " at " before a web page (detectors.ts email).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('email: span after a bullet, " at " before a page', () => {
  it('starts the address after a "·" that follows a word, not at the word', () => {
    const text = 'Total (ex GST): $2,314.90 · Payment terms 14 days · jana.okafor@sxlinen.example';
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['jana.okafor@sxlinen.example']);
  });
  it('starts the address after a "·" that follows a capitalised word of a firm\'s name (round 49, set 46)', () => {
    const text = 'Red River Newcomer English Centre · jana.okafor@gmail.example';
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['jana.okafor@gmail.example']);
    assert.deepEqual(found('Kontakt: Max . Muster@web.de', 'EMAIL_ADDRESS'), ['Max . Muster@web.de']);
    assert.deepEqual(found('Kontakt: Jana . Okafor@web.de', 'EMAIL_ADDRESS'), ['Jana . Okafor@web.de']);
  });
  it('keeps an obfuscated address with spaced dots between names', () => {
    assert.deepEqual(found('Kontakt: jana . okafor@web.de', 'EMAIL_ADDRESS'), ['jana . okafor@web.de']);
  });
  it('reads "password at firm.example/reset" as prose, "jana at web.de" as an address', () => {
    assert.deepEqual(found('If not, reset your password at brightside-windows.example/reset.', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found('Write to jana at web.de please.', 'EMAIL_ADDRESS'), ['jana at web.de']);
    assert.deepEqual(found('Write to max at web.de please.', 'EMAIL_ADDRESS'), ['max at web.de']);
    assert.deepEqual(found('Write to jana.okafor at web.de please.', 'EMAIL_ADDRESS'), ['jana.okafor at web.de']);
  });
});
