import assert from 'node:assert/strict';
import { found } from '../../support/type-findings.js';
import { personalPhone } from '../../../nodes/core/privacy/organisation-contacts.js';

const ESC = '\x1b';

describe("the gambling trade's own contacts (round 45, set 42)", () => {
  it("drops a receipt header's phone under a firm line with a lower-case legal form, on the view", () => {
    const plc = `${ESC}@${ESC}a\x01${ESC}E\x01Valletta Crown Gaming plc${ESC}E\x00\n+356 2122 0000\n${ESC}a\x00Bet slip SL-26-4162617\nStake: €5.00\n`;
    assert.deepEqual(found(plc, 'PHONE_NUMBER'), []);
    const mbh = 'Spielhalle Glückshafen GmbH & Co. KG\nTel. 0234 588 1200\nBeleg 17\n';
    assert.deepEqual(found(mbh, 'PHONE_NUMBER'), []);
    const notation =
      '<ESC>E<1>PAYOUT RECEIPT<ESC>E<0><LF>Harbourline Bookmakers Ltd<LF>Helpline 0161 496 0500<LF>Winnings: $220.50<LF>';
    assert.deepEqual(found(notation, 'PHONE_NUMBER'), []);
  });

  it("keeps a person's mobile under a firm line and a number under a person", () => {
    assert.ok(found('Valletta Crown Gaming plc\n+44 7700 900123\nBet slip SL-1\n', 'PHONE_NUMBER').length > 0);
    assert.ok(found('Harbourline Bookmakers Ltd\n0171 4960500\nBet slip SL-1\n', 'PHONE_NUMBER').length > 0);
    assert.ok(found('Payee: Anna Berg, Harbourline Bookmakers Ltd\n0161 496 0500\n', 'PHONE_NUMBER').length > 0);
  });

  it("reads 0161 written 4-3-4 as Manchester's, a German 0160/0162 as a mobile", () => {
    assert.equal(personalPhone('0161 496 0500', 'Helpline 0161 496 0500'), false);
    assert.equal(personalPhone('0160 496 0500', 'Tel 0160 496 0500'), true);
    assert.equal(personalPhone('01611 2345678', 'Tel 01611 2345678'), true);
  });

  it("takes a label's parenthesis, a unit, a law's title and a US city for no person", () => {
    const form =
      'Name: Giuanneddu Oppo\nAusweis (Personalausweis): RJXKX6KVV8\nIBAN (Lastschrift): AT602011125789226124\n';
    assert.deepEqual(found(form, 'PERSON'), ['Giuanneddu Oppo']);
    assert.deepEqual(
      found('Gemeinsame Glücksspielbehörde der Länder · Referat Erlaubnisse\nAn die Wettbüro Zeche GmbH\n', 'PERSON'),
      [],
    );
    const csv = 'affiliate,contact,email\nStreakTips Ltd,Partners desk,partners@streaktips.example\n';
    assert.deepEqual(found(csv, 'PERSON'), []);
    assert.deepEqual(found(csv, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found('Prepared by cage cashier Ancheta Quenga, reviewed by Title 31 compliance', 'PERSON'), [
      'Ancheta Quenga',
    ]);
    assert.deepEqual(found('JACKPOT WORKSHEET – Silver Strike Casino, Reno NV\nMachine 14-077\n', 'PERSON'), []);
  });

  it('keeps the look-alikes that name people', () => {
    assert.ok(found('Winner: Reno Okafor\nPaid in cash.\n', 'PERSON').some((v) => v.includes('Reno')));
    assert.ok(found('Kontakt (Anna): 0234 588 1201\n', 'PERSON').some((v) => v.includes('Anna')));
    assert.ok(found('Guest: Anna Berg, Reno NV\n', 'PERSON').some((v) => v.includes('Anna Berg')));
    const note = 'Kind regards, Citra Wirawan\n\nInternal note (Tamizhselvi): if not resolved by 15/12 escalate.\n';
    assert.ok(found(note, 'PERSON').some((v) => v.includes('Tamizhselvi')));
  });

  it('drops role mailboxes and service lines, keeps a person’s mailbox and number', () => {
    const breach =
      'Affected customer: Badri Tserediani; 2 receipts had no\npersonal data. Customer informed by phone on 13 June. DPO: dpo@rockstraits.gi';
    assert.deepEqual(found(breach, 'EMAIL_ADDRESS'), []);
    assert.ok(found('DPO: dpo.anna.berg@rockstraits.gi\n', 'EMAIL_ADDRESS').length > 0);
    const hours =
      'Submit it via eServices; queries to licensing@gamblingcommission.example\nor call 0121 555 0400 (Mon–Fri).\n';
    assert.deepEqual(found(hours, 'PHONE_NUMBER'), []);
    assert.ok(found('Please call me on 0121 555 0400 (Mon–Fri).\n', 'PHONE_NUMBER').length > 0);
    assert.ok(found('or call 07700 900123 (Mon–Fri).\n', 'PHONE_NUMBER').length > 0);
    const contact =
      'Wettbüro Zechenblick GmbH\nName: Giuanneddu Oppo\nIBAN (Lastschrift): AT602011125789226124\nKontakt: kundenservice@zechenblick-wetten.de, 0234 588 120-0\n';
    assert.deepEqual(found(contact, 'PHONE_NUMBER'), []);
  });

  it("keeps a person's IBAN on a payout receipt with their name", () => {
    const receipt =
      'PAYOUT RECEIPT\nHarbourline Bookmakers Ltd\nHelpline 0161 496 0500\nPayee: Rasool Unar\nTransfer to: GB75 MIDL 9491 0378 7531 01\n';
    assert.equal(found(receipt, 'IBAN_CODE').length, 1);
    assert.deepEqual(found(receipt, 'PHONE_NUMBER'), []);
  });
});

describe("a till's shift report: the operator's account (round 45, set 42)", () => {
  const GS = '\x1d';
  const report = (firm: string, extra = '') =>
    `${ESC}@SHIFT TOTALS\n${firm}\nTRM-6555-A  2026-01-26\nSL-51-2269828  £216.00\nSL-30-6419214  61,02 EUR\n${extra}IBAN GB29 NWBK 6016 1331 9268 19\n${GS}V\x01`;
  it('drops the IBAN of a shift report that names no one', () => {
    assert.deepEqual(found(report('Harbourline Bookmakers Ltd'), 'IBAN_CODE'), []);
    assert.deepEqual(found(report('Spielhalle Glückshafen GmbH & Co. KG'), 'IBAN_CODE'), []);
  });
  it('keeps it under a person, a sole trader, or any other line', () => {
    assert.equal(found(report('Harbourline Bookmakers Ltd', 'Cashier: Anna Berg\n'), 'IBAN_CODE').length, 1);
    assert.equal(found(report('Anna Berg e.K.'), 'IBAN_CODE').length, 1);
    assert.equal(found(report('Harbourline Bookmakers Ltd', 'Refund to customer\n'), 'IBAN_CODE').length, 1);
    const payout =
      'PAYOUT RECEIPT\nHarbourline Bookmakers Ltd\nTRM-1-A  2026-01-26\nIBAN GB29 NWBK 6016 1331 9268 19\n';
    assert.equal(found(payout, 'IBAN_CODE').length, 1);
  });
});
