import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { found as valuesOf } from '../../support/type-findings.js';

const scanner = new PrivacyScanner();
const personIn = (text: string, part: string) => {
  const at = text.indexOf(part);
  return scanner.scan(text).some((e) => e.type === 'PERSON' && e.start < at + part.length && e.end > at);
};

const IBAN_DE = 'DE89 3704 0044 0532 0130 00';

describe('review 50: doors of round 50 closed (HAR captures, curl transcripts, missions, lettered headings)', () => {
  it("keeps a person named as a HAR pair's or a creator's name; a field's or a browser's name stays dropped", () => {
    const param = '{"postData":{"params":[{"name":"Jana Okafor","value":"unterschrieben"}]}}';
    assert.ok(personIn(param, 'Jana Okafor'));
    const cookie = '{"request":{"cookies":[{"name":"Jana Okafor","value":"applicant"}]}}';
    assert.ok(personIn(cookie, 'Jana Okafor'));
    // Many JSON records have a person as their creator; a HAR creator has its version beside its name.
    const creator = '{"item":{"creator":{"name":"Jana Okafor","email":"x@y.z"}}}';
    assert.ok(personIn(creator, 'Jana Okafor'));
    const har =
      '{"log":{"creator":{"name":"Firefox","version":"128.0"},"browser":{"name":"Mozilla Firefox","version":"128"}},' +
      '"request":{"headers":[{"name":"Sec-Fetch-Mode","value":"cors"},{"name":"Origin","value":"x"}]}}';
    assert.deepEqual(valuesOf(har, 'PERSON'), []);
  });

  it("keeps an address after curl's words in a chat; a curl capture's server stays dropped", () => {
    const chat = 'Jana Okafor: my box at home\n* Connected to jana-pc (84.158.12.77) port 22\n';
    assert.deepEqual(valuesOf(chat, 'IP_ADDRESS'), ['84.158.12.77']);
    const trying = 'Jana: try this\n*   Trying 84.158.12.77:22...\n';
    assert.deepEqual(valuesOf(trying, 'IP_ADDRESS'), ['84.158.12.77']);
    const capture =
      '$ curl -v https://x.example/\n*   Trying 203.0.113.77:443...\n* Connected to x.example (203.0.113.77) port 443\n' +
      '> GET / HTTP/2\n< HTTP/2 200\n';
    assert.deepEqual(valuesOf(capture, 'IP_ADDRESS'), []);
  });

  it("keeps a signed-in user's private address on a health endpoint's log line", () => {
    const user = '10.20.0.5 - jana.okafor [07/Dec/2026:10:00:00 +0000] "GET /healthz HTTP/1.1" 200 2\n';
    assert.deepEqual(valuesOf(user, 'IP_ADDRESS'), ['10.20.0.5']);
    const probe = '10.20.0.5 - - [07/Dec/2026:10:00:00 +0000] "GET /healthz HTTP/1.1" 200 2\n';
    assert.deepEqual(valuesOf(probe, 'IP_ADDRESS'), []);
  });

  it("keeps a desk key's line and a booking's place where no mission is named", () => {
    assert.deepEqual(valuesOf('{"patient":{"id":5,"emergencyLine":"0561 980 4417"}}', 'PHONE_NUMBER'), [
      '0561 980 4417',
    ]);
    assert.deepEqual(valuesOf('{"tenant":{"switchboard":"0561 980 4417"}}', 'PHONE_NUMBER'), ['0561 980 4417']);
    assert.deepEqual(
      valuesOf('{"mission":"Deutsche Botschaft Canberra","portal":{"emergencyLine":"0561 980 4417"}}', 'PHONE_NUMBER'),
      [],
    );
    // A home visit booked under a reference.
    const visit = 'Booking number: APT-12345678, 2026-11-26 08:00, Hauptstraße 5, 34117 Kassel\n';
    assert.deepEqual(valuesOf(visit, 'POSTAL_ADDRESS'), ['Hauptstraße 5, 34117 Kassel']);
    const mission =
      'Deutsche Botschaft Canberra\nBooking number: APT-12345678, 2026-11-26 08:00, 119 Empire Circuit, Yarralumla ACT 2600\n';
    assert.deepEqual(valuesOf(mission, 'POSTAL_ADDRESS'), []);
  });

  it("keeps a refund account asked for; a loan's undertaking to repay to the mission's account stays dropped", () => {
    for (const text of [
      `Please repay the overpaid fee to the account: ${IBAN_DE}\n`,
      `Kindly repay the overpaid visa fee to the account ${IBAN_DE}, holder J. Okafor\n`,
      `I repay the fee to the account ${IBAN_DE}\n`,
    ])
      assert.deepEqual(valuesOf(text, 'IBAN_CODE'), [IBAN_DE], text);
    const loan =
      'I, the undersigned, received EUR 400 (Embassy Dublin, 3 March 2026). I undertake to repay this amount within 30 ' +
      'days to the account IE55 BOFI 9000 1710 0277 45,\n';
    assert.deepEqual(valuesOf(loan, 'IBAN_CODE'), []);
  });

  it("keeps a family's or a surname's mailbox in a mission object", () => {
    for (const mailbox of ['info@familie-okafor.de', 'kontakt@okafor.de']) {
      const text = `{"mission":"Deutsche Botschaft Canberra","email":"${mailbox}"}`;
      assert.deepEqual(valuesOf(text, 'EMAIL_ADDRESS'), [mailbox], text);
    }
    const desk = '{"mission":"Deutsche Botschaft Canberra","email":"rk-10@canberra-diplo.example"}';
    assert.deepEqual(valuesOf(desk, 'EMAIL_ADDRESS'), []);
  });

  it('keeps a person by initial in a lettered list; an outline of headings stays dropped', () => {
    assert.ok(personIn('A. Okafor zur Person\nB. Angaben zum Aufenthalt\n', 'A. Okafor'));
    assert.deepEqual(valuesOf('A. Angaben zur Person\nB. Angaben zum Aufenthalt\n', 'PERSON'), []);
  });

  it('reads many curl lines in linear time', () => {
    const work = (text: string) => scanner.scan(text);
    assertLinearTime(
      'curl lines',
      work,
      repeated('*   Trying 84.158.12.77:443...\n', 30000),
      repeated('*   Trying 84.158.12.77:443...\n', 120000),
    );
  });
});
