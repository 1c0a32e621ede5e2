import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

/*
 * Set 47's multipart bodies: a HAR's postData.text holds a multipart/form-data body inside a JSON string
 * (`name=\"geburtsdatum\"\r\n\r\n…`), DevTools' "Copy as cURL" inside a shell's $'…' string (`\r\n` written). The part's
 * name is the key of the value after it. All names and numbers here are made up.
 */

const scanner = new PrivacyScanner();

/** Each finding of `type` as the text it covers in the original. */
const spans = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

const B = '------geckoformboundary1ee9df8365c1';
const part = (name: string, value: string, extra = '') =>
  `${B}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`;

/** A body as a HAR writes it: inside a JSON string, its quotes and line breaks escaped. */
const inHar = (body: string) =>
  `{"postData":{"mimeType":"multipart/form-data; boundary=${B.slice(2)}","text":${JSON.stringify(body)}}}`;

describe('values of multipart/form-data parts, keyed by the part name (set 47)', () => {
  const body =
    part('geburtsdatum', '07.08.1937') +
    part('anschrift', 'Main Road 127, Cape Town 8001') +
    part('purpose', 'Passport renewal 2026') +
    part('termin', '12.03.2026') +
    part('photo', 'Jana Okafor 1990', '; filename="passfoto.jpg"\r\nContent-Type: image/jpeg') +
    `${B}--\r\n`;

  for (const [how, text] of [
    ['plain', body],
    ['inside a HAR JSON string', inHar(body)],
  ] as const) {
    it(`reads a birth date and an address under their part names (${how})`, () => {
      assert.deepEqual(spans(text, 'DATE_OF_BIRTH'), ['07.08.1937']);
      assert.ok(spans(text, 'POSTAL_ADDRESS').includes('Main Road 127, Cape Town 8001'));
    });

    it(`leaves a purpose, an appointment date and a file part alone (${how})`, () => {
      for (const type of ['PERSON', 'POSTAL_ADDRESS', 'DATE_OF_BIRTH'])
        for (const v of spans(text, type)) {
          assert.ok(!v.includes('Passport renewal'), `${type} ${v}`);
          assert.ok(!v.includes('12.03.2026') || type !== 'DATE_OF_BIRTH', `${type} ${v}`);
        }
    });
  }

  it('reads a phone part in a "Copy as cURL" $\'…\' body, where \\r\\n is written', () => {
    const text =
      "curl 'https://acs.example/crba/upload' \\\n  -H 'content-type: multipart/form-data; boundary=----WebKitFormBoundaryQ2x8' \\\n" +
      '  --data-raw $\'------WebKitFormBoundaryQ2x8\\r\\nContent-Disposition: form-data; name="parent"\\r\\n\\r\\nHawwaondo Baldeeyeya\\r\\n' +
      '------WebKitFormBoundaryQ2x8\\r\\nContent-Disposition: form-data; name="phone"\\r\\n\\r\\n+41 78 550 12 09\\r\\n' +
      '------WebKitFormBoundaryQ2x8\\r\\nContent-Disposition: form-data; name="ticket"\\r\\n\\r\\n4471 2290 18\\r\\n' +
      "------WebKitFormBoundaryQ2x8--\\r\\n'";
    assert.ok(spans(text, 'PHONE_NUMBER').includes('+41 78 550 12 09'));
    assert.ok(spans(text, 'PERSON').includes('Hawwaondo Baldeeyeya'));
  });

  it('reads a name part beside a birth date, but a bare "name" part without one is left to the other detectors', () => {
    const withBirth = part('nachname', 'Obuyaobiro') + part('geburtsdatum', '10.05.1958') + `${B}--\r\n`;
    assert.ok(spans(withBirth, 'PERSON').includes('Obuyaobiro'));
    const upload = part('name', 'Quarterly Report') + part('purpose', 'Archive') + `${B}--\r\n`;
    assert.deepEqual(spans(upload, 'PERSON'), []);
  });
});
