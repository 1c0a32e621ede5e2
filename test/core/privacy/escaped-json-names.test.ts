import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { notPhoneByJsonKey } from '../../../nodes/core/privacy/phone-json-keys.js';
import { found } from '../../support/type-findings.js';

/*
 * Set 46's message queues: a RabbitMQ message's payload is JSON held as an escaped string (once, or twice when the
 * dump is itself a string); a learner's name under `"learner":{"given":…,"family":…}`, "Surname, Given" under
 * `"learner"`, camelCase compounds ("subjectGiven"); and the digits a JSON key says are no phone number (a Unix
 * time under "ts", a reference's digits under "entitlementRef"). All names and numbers here are made up.
 */

const scanner = new PrivacyScanner();

/** Each finding of `type` with its exact span's text, checked against the original text. */
const spans = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => [e.start, e.end, text.slice(e.start, e.end)] as const);

const payload = (given: string, family: string, extra = '') =>
  `{"learner":{"given":"${given}","family":"${family}","born":"1973-05-20"},"course":"KURS-2026-6097",` +
  `"level":"B1","language":"Deutsch"${extra}}`;

describe('names under a learner object and name-part keys, in plain and escaped JSON (set 46)', () => {
  it('reads "given" and "family" under a person key in plain JSON, each span exact', () => {
    const text = payload('Kuzebayka', 'Pychasova');
    const people = spans(text, 'PERSON');
    assert.deepEqual(
      people.map((p) => p[2]),
      ['Kuzebayka', 'Pychasova'],
    );
    assert.equal(people[0][0], text.indexOf('Kuzebayka'));
    // The course, level and language beside them are no names.
    for (const v of ['KURS-2026-6097', 'B1', 'Deutsch']) assert.ok(!people.some((p) => p[2].includes(v)), v);
  });

  it('reads the same payload held as an escaped string, once and twice, spans over the original text', () => {
    const once = `[{"routing_key":"subsidy.requested","payload":${JSON.stringify(payload('Kuzebayka', 'Pychasova'))},"payload_encoding":"string"}]`;
    const twice = JSON.stringify({ dump: once });
    for (const text of [once, twice]) {
      const people = spans(text, 'PERSON').map((p) => p[2]);
      assert.ok(people.includes('Kuzebayka'), `${text}: ${JSON.stringify(people)}`);
      assert.ok(people.includes('Pychasova'), `${text}: ${JSON.stringify(people)}`);
    }
  });

  it('keeps a phone under "mobile" in the same escaped payload, and drops the "ts" beside it', () => {
    const text = JSON.stringify({
      payload: payload('Firushiu', 'Papahagiba', ',"mobile":"0171 5550199","ts":1787332294000'),
    });
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 5550199']);
    assert.ok(found(text, 'PERSON').includes('Firushiu'));
  });

  it('reads "Surname, Given" under a "learner" key, not the course beside it', () => {
    const text =
      '{"course":"KURS-2026-5652","date":"2026-03-11","learner":"Afridikhelwal, Naziboo","present":true,"units":3}\n';
    assert.deepEqual(found(text, 'PERSON'), ['Afridikhelwal, Naziboo']);
    // A place written the same way under a weaker key is no person's; a YAML record's "learner:" label does not pull
    // the record's next field in.
    assert.deepEqual(found('{"owner":"Berlin, Germany"}', 'PERSON'), []);
    const yaml = '- learner: Clodagh Ní Dhomhnaill\n  born: 1969-12-03\n  course: Irish for beginners (Gaeilge 1)\n';
    assert.ok(!found(yaml, 'PERSON').some((p) => p.includes('Irish')));
  });

  it('reads camelCase compounds of given and family names, not a font family or a product family', () => {
    const text =
      '{"subjectSurname":"Demissiealem","subjectGiven":"Eteneshwork","subjectBorn":"1982-02-20",' +
      '"holderFamily":"Okafor","fontFamily":"Helvetica","productFamily":"Galaxy"}';
    const people = found(text, 'PERSON');
    for (const name of ['Demissiealem', 'Eteneshwork', 'Okafor']) assert.ok(people.includes(name), name);
    for (const thing of ['Helvetica', 'Galaxy']) assert.ok(!people.includes(thing), thing);
  });
});

describe('digits a JSON key says are no phone number (phone-json-keys.ts)', () => {
  it('drops a Unix time under a time key, keeps the same digits under a phone key', () => {
    const text =
      'agency/bookings/BK-0499448/assigned {"interpreter":"Ana Mureddugia","mobile":"0561 947434","qos":1,"ts":1795138080000}\n' +
      '{"createdAt":1792849976,"sent_at":1795138080000,"mobile":14155550199,"phoneTs":14155550123}';
    const phones = found(text, 'PHONE_NUMBER');
    assert.ok(phones.includes('0561 947434'), JSON.stringify(phones));
    assert.ok(phones.includes('14155550199'), JSON.stringify(phones));
    for (const time of ['1795138080000', '1792849976']) assert.ok(!phones.includes(time), time);
  });

  it('drops a reference key\'s digits, keeps a phone under "phone" and a "mobileRef"', () => {
    const text =
      '{"entitlementRef":"BAMF-TN 023.9780.50","phone":"0561 522012","mobileRef":"0171 5550199","caseReference":"AZ 0171 555019"}';
    const phones = found(text, 'PHONE_NUMBER');
    assert.ok(!phones.some((p) => p.includes('9780')), JSON.stringify(phones));
    assert.ok(!phones.some((p) => p.includes('555019') && !p.includes('5550199')), JSON.stringify(phones));
    assert.ok(phones.includes('0561 522012'));
    assert.ok(phones.includes('0171 5550199'));
  });

  it('asks only of a JSON key', () => {
    const prose = 'ts 1787332294000 and entitlementRef BAMF-TN 023.9780.50';
    assert.equal(notPhoneByJsonKey(prose, prose.indexOf('1787'), prose.indexOf('1787') + 13), false);
    const json = '{"ts":1787332294000}';
    assert.equal(notPhoneByJsonKey(json, 6, 19), true);
    // A longer number (no Unix time) under "ts" is read as it was.
    const longer = '{"ts":178733229400012}';
    assert.equal(notPhoneByJsonKey(longer, 6, 21), false);
  });
});

describe('a marriage registration and base64 headers in a HAR (set 47)', () => {
  const marriage =
    '{"spouse1":{"given":"Otienoojuok","family":"Obuyaobiro","born":"1958-05-10"},' +
    '"spouse2":{"given":"Yögorsi","family":"Vaneevkar","born":"1992-03-23"},"marriedOn":"2026-09-01",' +
    '"nameDeclaration":"Obuyaobiro-Vaneevkar","consent":{"given":"yes","family":"none"},"contact":"jana.okafor@example.org"}';

  for (const [how, text] of [
    ['plain', marriage],
    ['in a HAR postData.text', `{"postData":{"mimeType":"application/json","text":${JSON.stringify(marriage)}}}`],
  ] as const) {
    it(`reads the spouses' names under numbered persons' keys and the declared name (${how})`, () => {
      const people = spans(text, 'PERSON').map((p) => p[2]);
      for (const v of ['Otienoojuok', 'Obuyaobiro', 'Yögorsi', 'Vaneevkar', 'Obuyaobiro-Vaneevkar'])
        assert.ok(people.includes(v), `${v}: ${JSON.stringify(people)}`);
      // "given":"yes" under a consent object is a flag, and the marriage's date is no birth date.
      assert.ok(!people.includes('yes') && !people.includes('none'), JSON.stringify(people));
      assert.ok(!spans(text, 'DATE_OF_BIRTH').some((d) => d[2] === '2026-09-01'));
    });
  }

  it('reads a base64 header by the words of its name, and leaves a trace or request id in base64 alone', () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const name = b64('Piereto Costamolines');
    const trace = b64('{"ids":[12,77],"run":"a1b2c3"}');
    const request = b64('e88f339c-d659-4bc3-aae6-781a952f9b05');
    const text =
      `> PATCH /casework/v1/cases/KA-04814-26 HTTP/2\n> X-Applicant-B64: ${name}\n> X-Trace-B64: ${trace}\n` +
      `> X-Request-Id-B64: ${request}\n>\n< HTTP/2 204\n`;
    const people = spans(text, 'PERSON').map((p) => p[2]);
    assert.deepEqual(people, [name]);
    const har = `{"headers":[{"name":"X-Applicant-B64","value":"${name}"},{"name":"X-Trace-B64","value":"${trace}"}]}`;
    assert.deepEqual(
      spans(har, 'PERSON').map((p) => p[2]),
      [name],
    );
  });
});
