import assert from 'node:assert/strict';
import { found } from '../../support/type-findings.js';
import { namesByOneWordRoles } from '../../../nodes/core/privacy/names-one-word-roles.js';

const names = (text: string) => found(text, 'PERSON');

describe('privacy: one-word names by their place (names-one-word-roles.ts)', () => {
  it('reads one word after a staff role or service label', () => {
    assert.ok(names('Prize receipt 00417\nCaller: Ibakordor · Checker: Wanphai').includes('Wanphai'));
    assert.ok(names('Datum: 09.07.2026\nGast: Kurkchi (Stammgast, Spielerkarte 300418)').includes('Kurkchi'));
  });

  it('leaves a label with a thing, a state or a sentence after it', () => {
    assert.deepEqual(names('Served by: Counter 3'), []);
    assert.deepEqual(names('Checker: passed'), []);
    assert.deepEqual(names('Agent: Hi, is that the booking line?'), []);
    // The trade's words, also listed surnames ("Casino"), are no names here (the rule's own output).
    assert.deepEqual(namesByOneWordRoles('Host: Casino\nDealer: Jackpot (Tronc)\nGast: Wettschein', []), []);
  });

  it('reads a name before its role in brackets', () => {
    const text = 'Staff on duty: Joney Quayle (manager), Orree (cashier). CCTV ref cam 2.';
    assert.ok(names(text).includes('Orree'));
    assert.ok(
      names('probate letter dated 02/2026 from Gonario Pintore (solicitor, Malta)').includes('Gonario Pintore'),
    );
    assert.deepEqual(names('Paid from the Tronc (manager) and the Wettschein (cashier).'), []);
  });

  it('reads one-word speakers of a chat whose other speakers are names, and the word again', () => {
    const text =
      'Big Odds Club\nLikan: 3-fold tonight, in for £50\nNelli Shamba: I am on too. Likan did you get paid yet\nLikan: nope';
    assert.equal(names(text).filter((n) => n === 'Likan').length, 3);
  });

  it('leaves a form of labels without a named speaker', () => {
    assert.deepEqual(names('Funds: inheritance claimed\nDecision: no SAR\nOutcome: closed\nOutcome: reopened'), []);
  });

  it('reads one-word items of a numbered list of names', () => {
    const text = 'WAITLIST\n1. Anna Schmidt\n2. Jana Novak\n3. Inukpuk – called twice, no answer';
    assert.ok(names(text).includes('Inukpuk'));
    const deposit = names('WAITLIST\n1. Anna Schmidt\n2. Jana Novak\n3. Deposit – called twice');
    assert.ok(!deposit.includes('Deposit'));
  });
});
