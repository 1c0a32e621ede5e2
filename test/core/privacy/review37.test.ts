import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { databaseDumpPieces } from '../../../nodes/core/privacy/database-dump.js';
import { assertLinearTime } from '../../support/linear-time.js';

// Hostile review of round 37: a person's value that the scanner flagged before the dump reader, the livestock
// numbers and the unit lines came in must stay flagged; the organisation's own values beside it stay dropped.
const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const holds = (list: string[], value: string) =>
  assert.ok(
    list.some((f) => f.includes(value)),
    `${value} in ${JSON.stringify(list)}`,
  );
const lacks = (list: string[], value: string) =>
  assert.ok(!list.some((f) => f.includes(value)), `no ${value} in ${JSON.stringify(list)}`);

describe('review 37: dump settings, headers and Extended JSON numbers', () => {
  it('reads a settings row whose organisation key names a person (owner, contact, mobile)', () => {
    const dump =
      "INSERT INTO settings (key, value) VALUES ('org_iban', 'DE89 3704 0044 0532 0130 00'),('org_contact', 'jolanda.terveen@gmx.de')," +
      "('org_owner_phone', '+49 176 38820417'),('praxis_inhaber_mobil', '0152 77310498'),('smtp_host', '10.4.7.22');";
    holds(found(dump, 'EMAIL_ADDRESS'), 'jolanda.terveen@gmx.de');
    const phones = found(dump, 'PHONE_NUMBER');
    holds(phones, '176 38820417');
    holds(phones, '0152 77310498');
    lacks(found(dump, 'IBAN'), 'DE89');
    lacks(found(dump, 'IP_ADDRESS'), '10.4.7.22');
  });

  it('drops only a dump header line of the tool shape', () => {
    const chat = '-- Host: Jolanda Terveen +49 176 38820417\nINSERT INTO t VALUES (1);';
    holds(found(chat, 'PHONE_NUMBER'), '176 38820417');
    const dump =
      '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n-- Host: 10.2.0.7    Database: vet\nINSERT INTO t VALUES (1);';
    lacks(found(dump, 'IP_ADDRESS'), '10.2.0.7');
  });

  it("reads a long $numberLong under a person's key, keeps an id's and a short count's own", () => {
    const doc =
      '{"_id":{"$oid":"65a1b2c3d4e5f60718293a4b"},"phone":{"$numberLong":"4917638820417"},"taxId":{"$numberLong":"47036892816"},"herdSize":{"$numberInt":"42"}}';
    holds(found(doc, 'PHONE_NUMBER'), '4917638820417');
    holds(found(doc, 'DE_TAX_ID'), '47036892816');
  });

  it('reads hostile dumps in linear time', () => {
    const unit = "INSERT INTO settings (key, value) VALUES ('org_contact_x', '";
    assertLinearTime('unterminated settings', (t) => databaseDumpPieces(t), unit.repeat(2000), unit.repeat(8000));
    const mongo = '{"_id":{"$oid":"a"},"phone":{"$numberLong":"' + '1'.repeat(30);
    assertLinearTime('long numbers', (t) => databaseDumpPieces(t), mongo.repeat(500), mongo.repeat(2000));
  });
});

describe('review 37: livestock numbers and unit lines', () => {
  it('keeps a landline after a holding cue or country letters a phone', () => {
    holds(found('Betrieb: 030 84471209 (Familie Terveen)', 'PHONE_NUMBER'), '030 84471209');
    holds(found('Anrufen unter DE 0911 4455667', 'PHONE_NUMBER'), '0911 4455667');
    lacks(found('Betrieb 09 275 1180 114', 'PHONE_NUMBER'), '09 275');
    lacks(found('Ohrmarke DE 09 731 44210', 'PHONE_NUMBER'), '731');
  });

  it('keeps a fifteen-digit number after "00" a phone unless a chip is named', () => {
    holds(found('my number is 004915112345678', 'PHONE_NUMBER'), '004915112345678');
    lacks(found('Chip: 276098106214577', 'PHONE_NUMBER'), '276098106214577');
  });

  it("keeps a named person's number after a helpline word", () => {
    holds(found('Helpline for Terveen: 030 98765432', 'PHONE_NUMBER'), '030 98765432');
    lacks(found('Helpline for appointments: 030 98765432', 'PHONE_NUMBER'), '030 98765432');
  });
});

describe("review 37: a cash office's account turned away from", () => {
  it('keeps the IBAN after "Stadtkasse? Nein, …" flagged and the cash office\'s own dropped', () => {
    holds(found('Stadtkasse? Nein, bitte auf DE89 3704 0044 0532 0130 00', 'IBAN_CODE'), 'DE89');
    lacks(found('Gebühr an die Stadtkasse DE89 3704 0044 0532 0130 00', 'IBAN_CODE'), 'DE89');
  });
});
