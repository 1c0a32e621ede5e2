import assert from 'node:assert/strict';
import { found } from '../../support/type-findings.js';
import { functionWordMailbox } from '../../../nodes/core/privacy/role-mailboxes.js';

const ESC = '\x1b';

describe("the gambling trade's own things (round 45, set 42)", () => {
  it("takes an operator's or a venue's name for no person", () => {
    const letter =
      'Silver Fern Gaming Trust – Weekly Charity Lottery\n\nDear Ony Andriambelo,\nyour grant is approved.\n\nSilver Fern Gaming Trust';
    assert.deepEqual(found(letter, 'PERSON'), ['Ony Andriambelo']);
    assert.deepEqual(found('Golden Mile Amusements – Membership (18+ only)\nMember: Anna Berg\n', 'PERSON'), [
      'Anna Berg',
    ]);
    assert.deepEqual(found('Casino Donaublick – Jackpot-Protokoll JP-26-091\nGewinner: Anna Berg\n', 'PERSON'), [
      'Anna Berg',
    ]);
    assert.deepEqual(found('CASH ADVANCE – Valletta Crown Casino Cage\nGuest: Hagåt Charfauros\n', 'PERSON'), [
      'Hagåt Charfauros',
    ]);
  });

  it("keeps a person before a venue's word and a given name after it", () => {
    assert.ok(found('Kontoinhaber: Anna Berg Casino-Bar\n', 'PERSON').some((v) => v.includes('Anna Berg')));
    assert.ok(found('Winner: Casino Annabel\n', 'PERSON').some((v) => v.includes('Annabel')));
  });

  it("takes a bet slip's fixtures over their odds for no people", () => {
    const slip =
      'Bet slip SL-1\n------\nRovers v Albion\n  1 @ 3.57\nFC Tal 04 - SV Kamp\n  X @ 5.34\nHurling: Galway v Cork\n  Win @ 11.37\nStake: €20\n';
    assert.deepEqual(found(slip, 'PERSON'), []);
  });

  it('keeps two people either side of "v" without odds under them, and a club named after a person', () => {
    assert.ok(found('Case listing\nJana Berg v Tom Okafor\nHearing 10:00\n', 'PERSON').length > 0);
    assert.ok(found('Rovers v Albion\nReferee: Tom Okafor\n', 'PERSON').includes('Tom Okafor'));
    assert.ok(found('Match: Jana Berg v Tom Okafor\nNotes: Jana served well\n', 'PERSON').length > 0);
  });

  it("reads the trade's role mailboxes, dotted ones too, and a unit's abbreviation in a compound", () => {
    for (const address of [
      'aufsicht@glueckshafen-spiel.de',
      'it-betrieb@glueckshafen-spiel.de',
      'cage@casino-donaublick.at',
      'compliance@casino-donaublick.at',
      'responsible.gambling@rockstraits.gi',
      'possupport@harbourline-bet.co.uk',
    ])
      assert.ok(functionWordMailbox(address), address);
    assert.deepEqual(found('Rückfragen: aufsicht@glueckshafen-spiel.de\n', 'EMAIL_ADDRESS'), []);
  });

  it("keeps a person's own mailbox at a casino's domain and a named domain", () => {
    assert.ok(!functionWordMailbox('anna.berg@casino-donaublick.at'));
    assert.ok(!functionWordMailbox('cage@anna-berg.de'));
    assert.ok(!functionWordMailbox('kbauer@casino-donaublick.at'));
    assert.deepEqual(found('Kontakt: anna.berg@casino-donaublick.at\n', 'EMAIL_ADDRESS'), [
      'anna.berg@casino-donaublick.at',
    ]);
  });

  it("takes the operator's phone under its name at a receipt's head for the firm's", () => {
    const receipt = `${ESC}@${ESC}a\x01${ESC}E\x01Casino Donaublick AG${ESC}E\x00\n+43 1 532 44 0\n${ESC}a\x00Wettschein SL-20-1119264\n`;
    assert.deepEqual(found(receipt, 'PHONE_NUMBER'), []);
    const written =
      '<ESC>E<1>PAYOUT RECEIPT<ESC>E<0><LF>Harbourline Bookmakers Ltd<LF>Helpline 0161 496 0500<LF>Stake: £5.00<LF>';
    assert.deepEqual(found(written, 'PHONE_NUMBER'), []);
  });

  it("keeps a person's mobile after their name, and a number under a person's line", () => {
    assert.ok(found('Harbourline Bookmakers Ltd\n07836 204119\n', 'PHONE_NUMBER').length > 0);
    assert.ok(found('Payee: Anna Berg, Harbourline Bookmakers Ltd\n0161 496 0500\n', 'PHONE_NUMBER').length > 0);
    assert.ok(found('Anna Berg\n+43 1 532 44 0\n', 'PHONE_NUMBER').length > 0);
  });

  it('reads a Maltese address written with its house number first', () => {
    const form = 'Name: Ony Andriambelo\nAddress: 15 Triq il-Kbira, Birkirkara BKR 1402\nBorn 1999-01-16\n';
    assert.deepEqual(found(form, 'POSTAL_ADDRESS'), ['15 Triq il-Kbira, Birkirkara BKR 1402']);
    assert.deepEqual(found(form, 'PERSON'), ['Ony Andriambelo']);
    assert.deepEqual(found('Address: Triq il-Kbira 64, Birkirkara BKR 1402\n', 'POSTAL_ADDRESS'), [
      'Triq il-Kbira 64, Birkirkara BKR 1402',
    ]);
  });

  it("takes a tournament's seat for no square, and keeps a named square", () => {
    const seats =
      'Startliste (Auszug)\nPlatz 1  Kirsan Burulov        Spielerkarte 411902\nPlatz 2  Maguette Kébé        Spielerkarte 411377\nPreisgeld Platz 1: 9.850 EUR\n';
    assert.deepEqual(found(seats, 'POSTAL_ADDRESS'), []);
    assert.deepEqual(found(seats, 'PERSON'), ['Kirsan Burulov', 'Maguette Kébé']);
    assert.ok(found('Anschrift: Wiener Platz 2, 81667 München\n', 'POSTAL_ADDRESS').length > 0);
    assert.ok(found('Sie wohnt am Platz 3, 24105 Kiel\n', 'POSTAL_ADDRESS').length > 0);
  });
});
