import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Round 48 (set 45: cleaning, caretaking, chimney sweeps, window cleaners): the trades' desks as role mailboxes (role-mailboxes.ts).
 * All names, numbers and mailboxes here are made up.
 */

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("role-mailboxes: the trades' desks", () => {
  it('reads quotes, sweep dates, rounds and a fire prevention desk as role mailboxes', () => {
    assert.deepEqual(found('Von: angebote@glanzwerk.example\nBetreff: Angebot', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found('Nachweis per E-Mail an kehrtermine@kehrbezirk-graz.example.', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found('To: rounds@brightside-windows.example\nSubject: Missed clean', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(
      found('Please send the inspection report to fire.prevention@halifax.example.', 'EMAIL_ADDRESS'),
      [],
    );
  });
  it("keeps a person's mailbox beside them", () => {
    assert.deepEqual(found('Nachweis per E-Mail an jana.okafor@kehrbezirk-graz.example.', 'EMAIL_ADDRESS'), [
      'jana.okafor@kehrbezirk-graz.example',
    ]);
    assert.deepEqual(found('To: t.moyo@brightside-windows.example', 'EMAIL_ADDRESS'), [
      't.moyo@brightside-windows.example',
    ]);
  });
});

describe("role-mailboxes: a language school's subject in its domain (set 46)", () => {
  it('reads registrar@ at an English centre as its desk, and keeps a person beside it', () => {
    assert.deepEqual(found('Thank you! Questions: registrar@redriver-english.example', 'EMAIL_ADDRESS'), []);
    // A person's mailbox at the same domain, and a person named English, stay.
    assert.deepEqual(found('Questions: jana.okafor@redriver-english.example', 'EMAIL_ADDRESS'), [
      'jana.okafor@redriver-english.example',
    ]);
    assert.deepEqual(found('Mark English wrote from mark@english-family.example today', 'EMAIL_ADDRESS'), [
      'mark@english-family.example',
    ]);
    assert.deepEqual(found('my mail: registrar@redriver-english.example', 'EMAIL_ADDRESS'), [
      'registrar@redriver-english.example',
    ]);
  });
});
