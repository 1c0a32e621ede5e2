import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): a signature's register line under the firm's line (organisation-contacts.ts).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("organisation-contacts: a register line under the firm's line", () => {
  it("reads the firm's phone on the register line as the firm's", () => {
    const text =
      'Mit freundlichen Grüßen\nTeam Angebote · Glanzwerk Gebäudereinigung Leipzig GmbH\nTel. 0341 2290 410 · Handelsregister HRB 30118';
    assert.deepEqual(found(text, 'PHONE_NUMBER'), []);
  });
  it("keeps a person's line above and a mobile", () => {
    const named =
      'Mit freundlichen Grüßen\nJana Okafor · Glanzwerk Gebäudereinigung Leipzig GmbH\nTel. 0341 2290 410 · Handelsregister HRB 30118';
    assert.deepEqual(found(named, 'PHONE_NUMBER'), ['0341 2290 410']);
    const mobile =
      'Mit freundlichen Grüßen\nGlanzwerk Gebäudereinigung Leipzig GmbH\nMobil 0171 2290410 · Handelsregister HRB 30118';
    assert.deepEqual(found(mobile, 'PHONE_NUMBER'), ['0171 2290410']);
  });
});
