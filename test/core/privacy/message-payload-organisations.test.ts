import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { withoutApiPayloadFirmValues } from '../../../nodes/core/privacy/config-organisation.js';
import { withoutConfigResourceNames } from '../../../nodes/core/privacy/config-infrastructure.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { found as valuesOf } from '../../support/type-findings.js';

const scanner = new PrivacyScanner();
/** Whether any PERSON finding lies inside `part` of `text`. */
const personIn = (text: string, part: string) => {
  const at = text.indexOf(part);
  return scanner.scan(text).some((e) => e.type === 'PERSON' && e.start >= at && e.end <= at + part.length);
};

const IBAN_DE = 'DE89 3704 0044 0532 0130 00';

describe("public bodies and agencies in booking and invoice payloads, their contacts; a broker's own names (set 46)", () => {
  it("drops a public body's name and the contacts tied to it; a person as requester keeps hers", () => {
    const booking =
      '{"data":{"bookingNumber":"BK-4431844","requester":"Klinikum Kassel, Zentrale Notaufnahme",' +
      '"requesterEmail":"zna-sekretariat@klinikum-ks.example","requesterPhone":"0561 980 4417","language":"ar"}}\n';
    assert.equal(personIn(booking, 'Klinikum Kassel'), false);
    assert.deepEqual(valuesOf(booking, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(valuesOf(booking, 'PHONE_NUMBER'), []);
    const person =
      '{"data":{"bookingNumber":"BK-4431845","requester":"Jana Okafor",' +
      '"requesterEmail":"zna-sekretariat@klinikum-ks.example","requesterPhone":"0561 980 4417","language":"ar"}}\n';
    assert.equal(personIn(person, 'Jana Okafor'), true);
    assert.deepEqual(valuesOf(person, 'PHONE_NUMBER'), ['0561 980 4417']);
    // A mobile under requesterPhone and a person's mailbox under customerEmail stay beside a public body.
    const mobile =
      '{"requester":"Jobcenter Linz-Land (AMS)","requesterPhone":"0151 48487052",' +
      '"customer":"Polizeiinspektion Winterthur Nord","customerEmail":"jana.okafor@kapo-wthur.example"}\n';
    assert.deepEqual(valuesOf(mobile, 'PHONE_NUMBER'), ['0151 48487052']);
    assert.deepEqual(valuesOf(mobile, 'EMAIL_ADDRESS'), ['jana.okafor@kapo-wthur.example']);
    assert.equal(personIn(mobile, 'Jobcenter Linz-Land'), false);
    // A person named in the public body's name ("Dr. Jana Okafor, Klinikum …") keeps the record personal.
    const named = '{"requester":"Jana Okafor, Klinikum Kassel","requesterPhone":"0561 980 4417","language":"ar"}\n';
    assert.equal(personIn(named, 'Jana Okafor'), true);
    assert.deepEqual(valuesOf(named, 'PHONE_NUMBER'), ['0561 980 4417']);
    // A word of someone's own in the key keeps the value.
    const privat = '{"requester":"Klinikum Kassel, Zentrale Notaufnahme","requesterPrivatePhone":"0561 980 4417"}\n';
    assert.deepEqual(valuesOf(privat, 'PHONE_NUMBER'), ['0561 980 4417']);
  });

  it("drops a customer object's name and mailbox, and an MQTT requester's line", () => {
    const invoice =
      'billing.invoices [2] @749216 key=RE-2026-39574: {"supplier":{"name":"Jana Okafor","iban":"DE09 7015 0000 4923 5062 19"},' +
      '"customer":{"name":"Nottingham Magistrates\' Court","email":"listings@nottingham-mc.example"},"net":"164.80"}\n';
    assert.equal(personIn(invoice, "Nottingham Magistrates' Court"), false);
    assert.deepEqual(valuesOf(invoice, 'EMAIL_ADDRESS'), []);
    // The sole-trader interpreter invoicing with her own account stays hers.
    assert.equal(personIn(invoice, 'Jana Okafor'), true);
    assert.deepEqual(valuesOf(invoice, 'IBAN_CODE'), ['DE09 7015 0000 4923 5062 19']);
    const mqtt =
      'agency/bookings/BK-4192902/requested {"requester":"Nottingham Magistrates\' Court","phone":"0115 955 8111","lang":"ar"}\n' +
      'agency/bookings/BK-4192902/assigned {"interpreter":"Jana Okafor","mobile":"0115 496 0777","qos":1}\n';
    assert.deepEqual(valuesOf(mqtt, 'PHONE_NUMBER'), ['0115 496 0777']);
    // A person as the requester of the same kind of message keeps the phone.
    const mqttPerson = 'agency/bookings/BK-4192903/requested {"requester":"Jana Okafor","phone":"0115 955 8111"}\n';
    assert.deepEqual(valuesOf(mqttPerson, 'PHONE_NUMBER'), ['0115 955 8111']);
  });

  it("drops an invoicing agency's mailbox, line and account; a sole trader's stay", () => {
    const agency =
      '{"data":{"supplier":"Sprachbrücke Übersetzungen & Dolmetschdienste GmbH","supplierEmail":"auftraege@sprachbruecke.example",' +
      `"supplierPhone":"0521 98 76 20-0","iban":"${IBAN_DE}","customer":"Amtsgericht Bielefeld",` +
      '"customerEmail":"verwaltung@ag-bielefeld.example","lines":[{"booking":"BK-8950302","hours":6}]}}\n';
    assert.deepEqual(valuesOf(agency, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(agency, 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf(agency, 'EMAIL_ADDRESS'), []);
    const soleTrader =
      '{"data":{"supplier":"Jana Okafor Übersetzungen","supplierEmail":"jana.okafor@okafor-uebersetzungen.example",' +
      `"supplierPhone":"0521 98 76 20","iban":"${IBAN_DE}","customer":"Amtsgericht Bielefeld",` +
      '"customerEmail":"verwaltung@ag-bielefeld.example","lines":[{"booking":"BK-8950302","hours":6}]}}\n';
    assert.deepEqual(valuesOf(soleTrader, 'IBAN_CODE'), [IBAN_DE]);
    assert.deepEqual(valuesOf(soleTrader, 'PHONE_NUMBER'), ['0521 98 76 20']);
    assert.ok(valuesOf(soleTrader, 'EMAIL_ADDRESS').includes('jana.okafor@okafor-uebersetzungen.example'));
  });

  it("drops a school's desk mailbox; the participant's values stay", () => {
    const enrolment =
      '{"participant":{"firstName":"Jana","lastName":"Okafor","phone":"(412) 795-4089"},' +
      '"placementLevel":"A1","schoolContact":"registrar@redriver-english.example"}\n';
    assert.deepEqual(valuesOf(enrolment, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(valuesOf(enrolment, 'PHONE_NUMBER'), ['(412) 795-4089']);
    const personal = '{"placementLevel":"A1","schoolContact":"jana.okafor@redriver-english.example"}\n';
    assert.deepEqual(valuesOf(personal, 'EMAIL_ADDRESS'), ['jana.okafor@redriver-english.example']);
  });

  it("drops a queue listing's names, its vhost and a topic's language code; names elsewhere stay", () => {
    const listing =
      'Timeout: 60.0 seconds ...\nListing queues for vhost / ...\nname\tmessages\tconsumers\tmessage_bytes\n' +
      'bookings.court\t69\t0\t399296\ntranslation.orders\t316\t3\t771147\ncourses.subsidy\t4\t3\t412678\n';
    assert.deepEqual(valuesOf(listing, 'PERSON'), []);
    const topic =
      'agency/pool/vi/availability {"onsite":4,"video":2}\n' +
      'agency/bookings/BK-1/assigned {"interpreter":"Jana Okafor","mobile":"0151 48487052"}\n';
    assert.equal(personIn(topic, 'vi/'), false);
    assert.equal(personIn(topic, 'Jana Okafor'), true);
  });

  it('reads payloads and listings in linear time', () => {
    const payload = (text: string) =>
      withoutApiPayloadFirmValues(text, [
        { type: 'PHONE_NUMBER', start: text.length - 10, end: text.length - 2, score: 1 },
        { type: 'PERSON', start: 14, end: 29, score: 1 },
      ]);
    const record = '{"requester":"Klinikum Kassel, Zentrale","requesterPhone":"0561 980 4417",';
    assertLinearTime('payload parties', payload, repeated(record, 20000), repeated(record, 80000));
    const listing = (text: string) =>
      withoutConfigResourceNames(text, [{ type: 'PERSON', start: text.length - 16, end: text.length - 6, score: 1 }]);
    const rows = 'bookings.court\t1\nagency/pool/vi/x ';
    assertLinearTime(
      'queue listing',
      listing,
      'name\tmessages\n' + repeated(rows, 20000),
      'name\tmessages\n' + repeated(rows, 80000),
    );
  });
});
