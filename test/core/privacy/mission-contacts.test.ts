import assert from 'node:assert/strict';
import { missionMailbox } from '../../../nodes/core/privacy/mission-contacts.js';
import { found as valuesOf } from '../../support/type-findings.js';

const MISSION_IBAN = 'DE66 5001 0517 0000 1447 01';
const PERSON_IBAN = 'DE89 3704 0044 0532 0130 00';

describe("a diplomatic mission's own mailboxes, lines, accounts and premises (round 50, set 47)", () => {
  it('reads a mission mailbox from its pieces: no name, no initial', () => {
    assert.equal(missionMailbox('rk-10@canberra-diplo.example'), true);
    assert.equal(missionMailbox('consular.berlin@berlin-ukvi.example'), true);
    assert.equal(missionMailbox('t.whaitirirua@t-online.de'), false);
    assert.equal(missionMailbox('jana.okafor@embassy-vienna.example'), false);
  });

  it("drops a mission object's address, mailbox and fee account; keeps a citizen's object beside it", () => {
    const mission =
      '{"mission":"Deutsche Botschaft Canberra","address":"119 Empire Circuit, Yarralumla ACT 2600",' +
      `"switchboard":"+61 2 6270 1911","email":"rk-10@canberra-diplo.example","feeAccount":"${MISSION_IBAN}"}`;
    assert.deepEqual(valuesOf(mission, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(valuesOf(mission, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(mission, 'POSTAL_ADDRESS'), []);
    // Privacy first: a citizen's own object (no mission named) keeps its address, mailbox and account.
    const citizen =
      '{"applicant":{"name":"Jana Okafor","address":"32 Bondi Road, Sydney NSW 2026",' +
      `"email":"jana.okafor@gmail.com","refundAccount":"${PERSON_IBAN}"}}`;
    assert.deepEqual(valuesOf(citizen, 'EMAIL_ADDRESS'), ['jana.okafor@gmail.com']);
    assert.deepEqual(valuesOf(citizen, 'IBAN_CODE'), [PERSON_IBAN]);
    // A consular officer's direct mailbox in a mission object stays.
    const officer =
      '{"mission":"British Embassy Vienna","email":"jana.okafor@vienna-fcdo.example","switchboard":"+43 1 716 13 0"}';
    assert.deepEqual(valuesOf(officer, 'EMAIL_ADDRESS'), ['jana.okafor@vienna-fcdo.example']);
  });

  it('drops the duty, emergency, helpdesk and merchant keys; keeps the next of kin and a mobile', () => {
    const crisis =
      '{"type":"ARREST","nextOfKin":{"name":"Frances Drew","phone":"+61 429 934 173","email":"frances.drew@posteo.de"},' +
      '"dutyOfficerLine":"+66 2 105 6710","opened":"2026-10-18T09:12:37.168Z"}';
    assert.deepEqual(valuesOf(crisis, 'PHONE_NUMBER'), ['+61 429 934 173']);
    assert.deepEqual(valuesOf(crisis, 'EMAIL_ADDRESS'), ['frances.drew@posteo.de']);
    const advice = '{"level":2,"emergencyLine":"+27 21 405 3000","consularMailbox":"pass@kapstadt-gk.example"}';
    assert.deepEqual(valuesOf(advice, 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf(advice, 'EMAIL_ADDRESS'), []);
    // A mobile under the duty key is someone's own phone.
    assert.deepEqual(valuesOf('{"dutyOfficerLine":"+49 1590 6627310"}', 'PHONE_NUMBER'), ['+49 1590 6627310']);
    const helpdesk =
      '{"applicant":{"surname":"Okafor","contact":{"email":"jana.okafor@aon.at"}},"helpdesk":"consular.berlin@berlin-ukvi.example"}';
    assert.deepEqual(valuesOf(helpdesk, 'EMAIL_ADDRESS'), ['jana.okafor@aon.at']);
    const payment = `"text": "{\\"status\\":\\"captured\\",\\"merchantAccount\\":\\"${MISSION_IBAN}\\"}"`;
    assert.deepEqual(valuesOf(payment, 'IBAN_CODE'), []);
    const payer = `"text": "{\\"status\\":\\"captured\\",\\"payerAccount\\":\\"${PERSON_IBAN}\\"}"`;
    assert.deepEqual(valuesOf(payer, 'IBAN_CODE'), [PERSON_IBAN]);
  });

  it("drops an appointment's place and desk; keeps the citizen's home address and mailbox", () => {
    const booking =
      '<h2>Deutsche Botschaft Canberra</h2><p>Buchungsnummer: APT-09575670, 2026-11-26 08:00, 119 Empire Circuit, Yarralumla ACT 2600. ' +
      'Gebühr: 81.50 EUR. Rückfragen: rk-10@canberra-diplo.example</p>';
    assert.deepEqual(valuesOf(booking, 'POSTAL_ADDRESS'), []);
    assert.deepEqual(valuesOf(booking, 'EMAIL_ADDRESS'), []);
    const home = 'Antragstellerin wohnt in 119 Empire Circuit, Yarralumla ACT 2600.\nRückfragen: jana.okafor@gmail.com';
    assert.equal(valuesOf(home, 'POSTAL_ADDRESS').length, 1);
    assert.deepEqual(valuesOf(home, 'EMAIL_ADDRESS'), ['jana.okafor@gmail.com']);
    // A line alone after "Für Rückfragen:", its writer signing below, is the writer's own.
    const notice = 'Ich kündige fristgerecht zum 30.06.2026.\nFür Rückfragen: 0251 9127704.\n\nJana Okafor';
    assert.deepEqual(valuesOf(notice, 'PHONE_NUMBER'), ['0251 9127704']);
    // A desk label in no mission's text: a person's mailbox.
    const offer =
      'Please return the signed contract by 9 July 2026. Questions: liibaan.caydiid@sales.emea.vantwerp.com.';
    assert.deepEqual(valuesOf(offer, 'EMAIL_ADDRESS'), ['liibaan.caydiid@sales.emea.vantwerp.com']);
  });

  it("drops a mission's letterhead and signature; keeps an officer's own signature", () => {
    const letterhead =
      'Deutsche Botschaft Canberra – Visastelle\n119 Empire Circuit, Yarralumla ACT 2600\n\nFrau\nJana Okafor\n32 Bondi Road, Sydney NSW 2026\n';
    assert.deepEqual(valuesOf(letterhead, 'POSTAL_ADDRESS'), ['32 Bondi Road, Sydney NSW 2026']);
    const signature =
      'Kind regards,\nConsular Section\nBritish Embassy Vienna | +43 1 716 13 0 | consular.vienna@vienna-fcdo.example\n';
    assert.deepEqual(valuesOf(signature, 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf(signature, 'EMAIL_ADDRESS'), []);
    const own =
      'Kind regards,\nJana Okafor\nBritish Embassy Vienna | +43 1 716 13 245 | jana.okafor@vienna-fcdo.example\n';
    assert.deepEqual(valuesOf(own, 'EMAIL_ADDRESS'), ['jana.okafor@vienna-fcdo.example']);
    const team = 'Mit freundlichen Grüßen\nIhr Konsularteam\nTel. +61 2 6270 1911 (Mo–Fr 09:00–12:00)';
    assert.deepEqual(valuesOf(team, 'PHONE_NUMBER'), []);
    const mine = 'Mit freundlichen Grüßen\nIhr Konsularteam\nmein Handy: +61 2 6270 1911';
    assert.deepEqual(valuesOf(mine, 'PHONE_NUMBER'), ['+61 2 6270 1911']);
  });

  it('drops the account an undertaking repays to; keeps the refund to my own account', () => {
    const text =
      `I undertake to repay this amount within 30 days to the account ${MISSION_IBAN},\nreference KA-30709/26.\n` +
      `Refund, if any, to my own account: ${PERSON_IBAN}\n`;
    assert.deepEqual(valuesOf(text, 'IBAN_CODE'), [PERSON_IBAN]);
  });
});
