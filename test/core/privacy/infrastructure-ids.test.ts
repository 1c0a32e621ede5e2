import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/**
 * Round 38: infrastructure identifiers and service desks are no person's (cloud account ids, UUIDs, message ids,
 * edge and proxy addresses, CIDR ranges, desks' mailboxes, service lines), and an ID document's number inside an
 * `id_document` object is read as that document's. Values made up here; look-alikes that stay flagged beside them.
 */
const scanner = new PrivacyScanner();
const values = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const flagged = (text: string, type: EntityType, value: string) =>
  assert.ok(
    values(text, type).some((v) => v.includes(value)),
    `${value} should be a ${type} in ${text}`,
  );
const notFlagged = (text: string, type: EntityType, value: string) =>
  assert.ok(!values(text, type).some((v) => v.includes(value)), `${value} should be no ${type} in ${text}`);

describe('privacy detectors: infrastructure identifiers and service desks (round 38)', () => {
  it('reads no phone or card in cloud account ids, UUIDs and message ids', () => {
    const text =
      'aws sqs receive-message --queue-url https://sqs.eu-west-1.amazonaws.com/048215573391/ride-alerts\n' +
      '{"TopicArn": "arn:aws:sns:eu-west-1:073318842906:trip-events", "messageId": "4716983515223671"}\n' +
      'ce-id: 04917733-5a1c-4e0b-9f2d-7c3a1b2e4d5f\n' +
      'Rider phone: +49 171 5529 304\n';
    for (const v of ['048215573391', '073318842906', '4716983515223671', '04917733'])
      notFlagged(text, 'PHONE_NUMBER', v);
    notFlagged(text, 'CREDIT_CARD', '4716983515223671');
    flagged(text, 'PHONE_NUMBER', '171 5529 304');
  });

  it('reads no person in edge, proxy and WAF addresses or a CIDR range, but a login address stays', () => {
    const text =
      '{"client_ip": "91.64.118.23", "edge": "10.61.7.204"}\n' +
      'Edge servers involved: 10.12.3.40, 10.12.3.41\n' +
      'WAF blocked 185.220.0.0/16; attacker from 185.220.4.9 (hosting provider)\n' +
      "Login from 84.17.52.140 (the rider's IP).\n";
    for (const v of ['10.61.7.204', '10.12.3.40', '10.12.3.41', '185.220.0.0', '185.220.4.9'])
      notFlagged(text, 'IP_ADDRESS', v);
    flagged(text, 'IP_ADDRESS', '91.64.118.23');
    flagged(text, 'IP_ADDRESS', '84.17.52.140');
  });

  it("reads desks' mailboxes as role mailboxes, a person's hyphenated mailbox stays", () => {
    const text =
      '{"rider":"mail quirin.albers@posteo.de","desk_mailbox":"abholung@tramdesk.example"}\n' +
      'Von: fundbuero-automaten@stadtbahn.example\n' +
      'Forwarded to the team mailbox ops.harbourside@police.example.\n' +
      'Reply to anna-lena.berg@stadtbahn.example\n';
    for (const v of ['abholung@tramdesk.example', 'fundbuero-automaten@', 'ops.harbourside@'])
      notFlagged(text, 'EMAIL_ADDRESS', v);
    flagged(text, 'EMAIL_ADDRESS', 'quirin.albers@posteo.de');
    flagged(text, 'EMAIL_ADDRESS', 'anna-lena.berg@stadtbahn.example');
  });

  it("reads service lines by their words, a person's work mobile stays", () => {
    const text =
      'To appeal, write to the licensing office or call 03 488 2100. \n' +
      'Night cover: depot controller, 07 355 1290\n' +
      'Texts go to the cab phone 03 377 4018 (fleet phone, stays with the vehicle).\n' +
      'Office: 4 Quay Street, Nelson 7010, tel. 03 546 7700\n' +
      'Ratenzahlung (Forderungsmanagement Nord GmbH) auf Anfrage unter 0511 88 20 40.\n' +
      "Joss Whitcombe's work mobile 07911 428 337, call him after six.\n";
    for (const v of ['03 488 2100', '07 355 1290', '03 377 4018', '03 546 7700', '0511 88 20 40'])
      notFlagged(text, 'PHONE_NUMBER', v);
    flagged(text, 'PHONE_NUMBER', '07911 428 337');
  });

  it("reads an id_document object's number as the ID card's or passport's", () => {
    const card = idNumber('L01X00T47');
    const passport = idNumber('C01X00T47');
    const text =
      `{"id_document":{"type":{"string":"Personalausweis"},"issuing_state":{"string":"D"},"number":{"string":"${card}"}}}\n` +
      `{"id_document":{"type":"passport","number":"${passport}"},"ticket":{"type":{"string":"season ticket"},"number":{"string":"${idNumber('L01X00T48')}"}}}\n`;
    flagged(text, 'DE_ID_CARD', card);
    flagged(text, 'DE_PASSPORT', passport);
    // A ticket's number in an object of its own type (an Avro union around it) is no document's.
    notFlagged(text, 'DE_ID_CARD', idNumber('L01X00T48'));
  });

  it('reads long payloads in linear time', () => {
    const unit = '{"edge":"10.1.2.3","messageId":"1234567890123456","number":{"string":"X"},"type":"ID card"} ';
    const scan = (t: string) => scanner.scan(t);
    assertLinearTime('infrastructure ids', scan, repeated(unit, 20_000), repeated(unit, 80_000));
  });
});

/** A nine-character document number with its ICAO 9303 check digit (weights 7, 3, 1; letters A=10 …). */
function idNumber(body: string): string {
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const sum = [...body].reduce((s, c, i) => s + value(c) * [7, 3, 1][i % 3], 0);
  return body + (sum % 10);
}
