import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

/**
 * Review of round 38 (hostile inputs): a person's value that round 38's infrastructure and service-line rules
 * dropped must stay flagged — a person named after a service number or a word of someone's own beside it, a post
 * held by one person ("team lead"), a one-person practice's office line, a card written in its printed groups under
 * a message-id key, a home connection said so around a proxy label or a hosting bracket, and a person's name in a
 * mailbox under a desk label. Look-alikes beside them stay dropped.
 */
const scanner = new PrivacyScanner();
const values = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('review 38: service lines keep a person’s number', () => {
  it('keeps a number with a person named after it or an own word after it', () => {
    assert.deepEqual(values('The office said to call 030 4471 2290, that is Jonas Wendt at home.', 'PHONE_NUMBER'), [
      '030 4471 2290',
    ]);
    assert.deepEqual(values('Customer service: call 030 4471 2290 and ask for Jonas Wendt.', 'PHONE_NUMBER'), [
      '030 4471 2290',
    ]);
    assert.deepEqual(values('The office said to call 030 4471 2290 (her private line).', 'PHONE_NUMBER'), [
      '030 4471 2290',
    ]);
  });
  it('keeps a post held by one person and a one-person practice’s office line', () => {
    assert.deepEqual(values('Our team lead, call 040 3318 7765 if urgent.', 'PHONE_NUMBER'), ['040 3318 7765']);
    assert.deepEqual(
      values('Praxis Dr. Mira Lenz\nOffice: Hauptstr. 12, 37073 Göttingen, tel. 0551 4471229', 'PHONE_NUMBER'),
      ['0551 4471229'],
    );
  });
  it('still drops a desk’s line', () => {
    assert.deepEqual(values('Log in to the council portal or call 030 4471 2290 for permits.', 'PHONE_NUMBER'), []);
    assert.deepEqual(values('Office: Hauptstr. 12, 37073 Göttingen, tel. 0551 4471229', 'PHONE_NUMBER'), []);
  });
});

describe('review 38: cloud ids keep a printed card', () => {
  it('keeps a grouped card under a message-id key, drops a run-together id', () => {
    assert.deepEqual(values('{"eventId": "4111-1111-1111-1111"}', 'CREDIT_CARD'), ['4111-1111-1111-1111']);
    assert.deepEqual(values('{"eventId": "4111111111111111"}', 'CREDIT_CARD'), []);
  });
});

describe('review 38: infrastructure labels yield to a home connection', () => {
  it('keeps an address with an own word around the label or after it', () => {
    assert.deepEqual(values('my home proxy 91.64.22.187 keeps dropping', 'IP_ADDRESS'), ['91.64.22.187']);
    assert.deepEqual(values('login from 91.64.22.187 (hosting provider says it is a residential line)', 'IP_ADDRESS'), [
      '91.64.22.187',
    ]);
    assert.deepEqual(values('edge 91.64.22.187 is my home router', 'IP_ADDRESS'), ['91.64.22.187']);
  });
  it('still drops an edge, a proxy and a hosting machine', () => {
    assert.deepEqual(values('Edge servers involved: 91.64.22.187', 'IP_ADDRESS'), []);
    assert.deepEqual(values('reverse proxy: 91.64.22.188', 'IP_ADDRESS'), []);
    assert.deepEqual(values('seen from 91.64.22.189 (hosting, not a rider)', 'IP_ADDRESS'), []);
  });
  it('reads long lines in linear time', () => {
    const unit = 'my home proxy 91.64.22.187 (hosting x) edge ';
    const scan = (text: string) => void scanner.scan(text);
    assertLinearTime('review 38 ips', scan, repeated(unit, 2_000), repeated(unit, 8_000));
  });
});

describe('review 38: a desk label keeps a person’s mailbox', () => {
  it('keeps a given name’s mailbox, drops a desk word’s', () => {
    assert.deepEqual(values('team mailbox: anna.berg@firma.de', 'EMAIL_ADDRESS'), ['anna.berg@firma.de']);
    assert.deepEqual(values('{"desk_mailbox": "jonas.wendt@firma.de"}', 'EMAIL_ADDRESS'), ['jonas.wendt@firma.de']);
    assert.deepEqual(values('team mailbox: dispatch.north@firma.de', 'EMAIL_ADDRESS'), []);
  });
});
