import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe('log structures: the service’s own hosts', () => {
  it('drops private addresses under logfmt and MDC host keys, keeps the client’s', () => {
    const text =
      'ts=2027-03-02T04:05:06Z level=info app=rooms-api host=10.77.3.9 msg="stay saved" client_ip=203.0.113.45\n' +
      'ts=2027-03-02T04:05:07Z level=warn app=rooms-api msg="slow" upstream=10.77.3.10:5432 p99=812\n' +
      'job=night-sync msg="done" target=172.22.4.8\n' +
      '04:05:08,120 [desk-2] INFO  DeskSession - start terminal=192.168.77.21\n' +
      'ts=2027-03-02T04:05:09Z level=info remote_addr=10.77.3.99 msg="login"\n';
    const ips = spansOf(text, 'IP_ADDRESS');
    assert.deepEqual(ips.sort(), ['10.77.3.99', '203.0.113.45']);
  });

  it('drops ECS host.ip and an OpenTelemetry host.ip attribute, keeps client.ip and source.ip', () => {
    const text =
      '{"message":"checkin","client.ip":"10.55.1.7","host.ip":"10.55.0.4","source.ip":"192.168.9.9"}\n' +
      '{"resource":{"attributes":[{"key":"host.ip","value":{"stringValue":"10.55.0.5"}},' +
      '{"key":"client.address","value":{"stringValue":"10.55.1.8"}}]}}\n';
    assert.deepEqual(spansOf(text, 'IP_ADDRESS').sort(), ['10.55.1.7', '10.55.1.8', '192.168.9.9']);
  });

  it('drops RFC 5424 origin ip, keeps an ip under any other SD element', () => {
    const text =
      '<134>1 2027-03-02T04:05:06Z fe1 desk - - [visitor@32473 ip="10.60.2.2"][origin ip="10.60.1.1"] arrived\n';
    assert.deepEqual(spansOf(text, 'IP_ADDRESS'), ['10.60.2.2']);
  });

  it('keeps a host key’s address on a line that hands it to a device, and public hosts', () => {
    const text =
      'ts=2027-03-02T04:05:06Z host=192.168.88.14 msg="hotspot lease assigned to Pim Vos"\n' +
      'ts=2027-03-02T04:05:07Z host=81.2.69.160 msg="ok"\n';
    assert.deepEqual(spansOf(text, 'IP_ADDRESS').sort(), ['192.168.88.14', '81.2.69.160']);
  });

  it('drops an access log’s private first column polled by a health prober, keeps visitors’', () => {
    const text =
      '10.91.0.3 - - [02/Mar/2027:04:05:06 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"\n' +
      '10.91.0.4 - - [02/Mar/2027:04:05:07 +0100] "GET /book HTTP/1.1" 200 812 "-" "Mozilla/5.0 (X11)"\n';
    assert.deepEqual(spansOf(text, 'IP_ADDRESS'), ['10.91.0.4']);
  });

  it('reads long log lines in linear time', () => {
    const line = (n: number) =>
      Array.from({ length: n }, (_, i) => `[origin@1 a="${i}" host.ip="10.1.${i % 250}.2" k=v]`).join(' ') + '\n';
    assertLinearTime('log host keys', (t) => scanner.scan(t), line(300), line(1200));
  });
});

describe('log structures: people’s names as key and value pairs', () => {
  it('reads an OpenTelemetry attribute pair whose key names a guest’s name, not a service’s', () => {
    const text =
      '{"attributes":[{"key":"service.name","value":{"stringValue":"Front Desk"}},' +
      '{"key":"guest.name","value":{"stringValue":"Quillon Brevatto"}},' +
      '{"key":"guest.room","value":{"stringValue":"Sea View"}},' +
      '{"key":"passenger.family_name","value":{"stringValue":"Ostrevik"}}]}\n';
    const names = spansOf(text, 'PERSON');
    assert.ok(names.includes('Quillon Brevatto'), names.join('|'));
    assert.ok(names.includes('Ostrevik'), names.join('|'));
    assert.ok(!names.some((n) => /Front|Sea View/.test(n)), names.join('|'));
  });

  it('reads an MDC guest field up to the next key, not an MDC service field', () => {
    const text =
      '2027-03-02 04:05:06.120 ERROR [pool-3] [guest=Tarvo Mellinghaus booking=BK-7741 lang=de] export failed\n' +
      '2027-03-02 04:05:07.120 INFO  [pool-3] [service=Night Audit stage=Close Day] done\n';
    const names = spansOf(text, 'PERSON');
    assert.ok(names.includes('Tarvo Mellinghaus'), names.join('|'));
    assert.ok(!names.some((n) => /Night|Audit|Close/.test(n)), names.join('|'));
  });

  it('reads long attribute arrays in linear time', () => {
    const arr = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `{"key":"guest.name","value":{"stringValue":"Abc${i % 9} [guest=Xy${i % 7}"}}`,
      ).join(',');
    assertLinearTime('log structure names', (t) => scanner.scan(t), arr(400), arr(1600));
  });
});

describe('log structures: a document number quoted in an exception', () => {
  it('reads a passport number after "document number", not a letters-only code elsewhere', () => {
    // Nine letters and their ICAO 9303 check digit (7-3-1 weights), made up.
    const text =
      "ValidationException: document number 'CZLXRVNKH" +
      icaoCheck('CZLXRVNKH') +
      "' does not match birth date\n" +
      'INFO batch code CZLXRVNKH' +
      icaoCheck('CZLXRVNKH') +
      ' closed\n';
    const passports = spansOf(text, 'DE_PASSPORT');
    assert.equal(passports.length, 1, passports.join('|'));
  });
});

/** ICAO 9303's check digit over letters and digits (A=10 … Z=35, weights 7, 3, 1). */
function icaoCheck(value: string): string {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const v = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * [7, 3, 1][i % 3];
  }
  return String(sum % 10);
}

describe('log structures: a kiosk’s captured name', () => {
  it('reads the name after "Name erfasst:", not a prompt after it', () => {
    const text =
      '02:10:01,100 [desk-1] INFO  DeskSession - Name erfasst: Loa Feld\n' +
      '02:10:01,500 [desk-2] INFO  DeskSession - Name captured: Sina Bank\n' +
      '02:10:02,100 [desk-1] INFO  DeskSession - Name erfasst: Bitte warten\n';
    const names = spansOf(text, 'PERSON');
    assert.deepEqual(names, ['Loa Feld', 'Sina Bank']);
  });
});
