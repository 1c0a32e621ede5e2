import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { withoutApiPayloadFirmValues } from '../../../nodes/core/privacy/config-organisation.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The values of one type the scanner finds in `text`. */
const valuesOf = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("the dispatch software's own contacts in API payloads and logs (round 48, set 45)", () => {
  it("drops a firm object's phone, mailbox and name; keeps a customer's in the same payload", () => {
    const json =
      '{"data":{"job":{"customer":{"name":"Jana Okafor","phone":"0251 823768","email":"jana.okafor@mailbox.example"}},' +
      '"company":{"name":"Hausmeisterdienst Krull & Söhne","phone":"0251 49 30 12-0","email":"auftrag@krull-hausmeister.example"}}}';
    assert.deepEqual(valuesOf(json, 'PHONE_NUMBER'), ['0251 823768']);
    assert.deepEqual(valuesOf(json, 'EMAIL_ADDRESS'), ['jana.okafor@mailbox.example']);
    assert.ok(!valuesOf(json, 'PERSON').some((v) => /Krull|Hausmeister/.test(v)));
  });

  it("keeps a one-person firm's values and a firm object's mobile or person-shaped mailbox", () => {
    const solo = '{"company":{"name":"Jana Okafor","phone":"0251 49 30 12","email":"info@okafor-reinigung.example"}}';
    assert.deepEqual(valuesOf(solo, 'PHONE_NUMBER'), ['0251 49 30 12']);
    assert.deepEqual(valuesOf(solo, 'EMAIL_ADDRESS'), ['info@okafor-reinigung.example']);
    const mobile =
      '{"company":{"name":"Glanzwerk Gebäudereinigung GmbH","phone":"0171 2345678","email":"jana.okafor@glanzwerk.example"}}';
    assert.deepEqual(valuesOf(mobile, 'PHONE_NUMBER'), ['0171 2345678']);
    assert.deepEqual(valuesOf(mobile, 'EMAIL_ADDRESS'), ['jana.okafor@glanzwerk.example']);
  });

  it('drops values under firm keys (office, branch_phone, hotline, dispatcher_line, mailbox, support)', () => {
    const grpc =
      '{\n  "noticeId": "JOB-8230143",\n  "owner": {\n    "givenName": "Ikechukwuoma",\n    "familyName": "Obiorahoma",\n' +
      '    "phone": "+41 78 195 99 60"\n  },\n  "office": "+43 316 71 28 80"\n}';
    assert.deepEqual(valuesOf(grpc, 'PHONE_NUMBER'), ['+41 78 195 99 60']);
    const proto =
      'object_number: "OBJ-70547"\nhotline: "+43 316 71 28 80"\nmailbox: "kehrtermine@kehrbezirk-graz.example"\n' +
      'branch_phone: "0341 2290 410"\ndispatcher_line: "(902) 555-0140"\n';
    assert.deepEqual(valuesOf(proto, 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf(proto, 'EMAIL_ADDRESS'), []);
    const error =
      '{"errors":[{"message":"rejected","extensions":{"code":"REJECTED","support":"auftrag@krull-hausmeister.example"}}]}';
    assert.deepEqual(valuesOf(error, 'EMAIL_ADDRESS'), []);
  });

  it("keeps a person's look-alikes under firm keys: a mobile, a named mailbox, a person's object, an owner's word", () => {
    assert.deepEqual(valuesOf('{\n  "office": "0171 2345678"\n}', 'PHONE_NUMBER'), ['0171 2345678']);
    const named = '{"extensions":{"code":"REJECTED","support":"jana.okafor@krull-hausmeister.example"}}';
    assert.deepEqual(valuesOf(named, 'EMAIL_ADDRESS'), ['jana.okafor@krull-hausmeister.example']);
    const contact = '{"contact":{"office":"0251 49 30 12","hotline":"0251 49 30 13"}}';
    assert.deepEqual(valuesOf(contact, 'PHONE_NUMBER'), ['0251 49 30 12', '0251 49 30 13']);
    const person = '{"name":"Jana Okafor","office":"0251 49 30 12"}';
    assert.deepEqual(valuesOf(person, 'PHONE_NUMBER'), ['0251 49 30 12']);
    const home = 'office_home: "0251 49 30 12"\nmy_office: "0251 49 30 14"\n';
    assert.deepEqual(valuesOf(home, 'PHONE_NUMBER'), ['0251 49 30 12', '0251 49 30 14']);
  });

  it("drops an outgoing notification's sender, keeps its recipient", () => {
    const log =
      '2026-07-02T07:51:29.378Z INFO  notify.sms to="0251 823768" from="0341 2290 410" template=pickup_confirmed\n';
    assert.deepEqual(valuesOf(log, 'PHONE_NUMBER'), ['0251 823768']);
    // An inbound message's sender is a person.
    const inbound = '2026-07-02T07:51:29.378Z INFO  inbound.sms from="0341 2290 411" text="Bitte später"\n';
    assert.deepEqual(valuesOf(inbound, 'PHONE_NUMBER'), ['0341 2290 411']);
  });

  it("drops a comment line's desk or firm line, keeps a person's", () => {
    const desk =
      '{"verified":true}\n# Rückfragen: kehrtermine@kehrbezirk-graz.example\n# queries: auftrag@krull.example\n';
    assert.deepEqual(valuesOf(desk, 'EMAIL_ADDRESS'), []);
    const firm = '{"ok":true}\n# Brightside Window Cleaning Leeds Ltd · 0113 496 0712\n';
    assert.deepEqual(valuesOf(firm, 'PHONE_NUMBER'), []);
    const person = '{"ok":true}\n# Rückfragen: jana.okafor@krull.example\n# Jana Okafor Reinigung · 0113 496 0713\n';
    assert.deepEqual(valuesOf(person, 'EMAIL_ADDRESS'), ['jana.okafor@krull.example']);
    assert.deepEqual(valuesOf(person, 'PHONE_NUMBER'), ['0113 496 0713']);
    const mine = '{"ok":true}\n# Rückfragen (privat): 0113 496 0714\n# Rückfragen: meine Nummer 0113 496 0715\n';
    assert.deepEqual(valuesOf(mine, 'PHONE_NUMBER'), ['0113 496 0714', '0113 496 0715']);
  });

  it('reads long payload lines in linear time', () => {
    const work = (text: string) =>
      withoutApiPayloadFirmValues(text, [{ type: 'PHONE_NUMBER', start: text.length - 5, end: text.length, score: 1 }]);
    assertLinearTime('payload key', work, repeated('"office": "', 20000), repeated('"office": "', 80000));
    assertLinearTime('comment line', work, repeated('# Firm GmbH ', 20000), repeated('# Firm GmbH ', 80000));
  });
});
