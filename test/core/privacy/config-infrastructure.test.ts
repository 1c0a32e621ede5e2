import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("a deployment file's own infrastructure is no person's", () => {
  it("reads the IP under a host-like config key as the deployment's host", () => {
    const env = 'APP_ENV=production\nDB_HOST=10.61.4.22\nREDIS_HOST=10.61.4.23\nADMIN_HOME_IP=91.64.210.17\n';
    assert.deepEqual(found(env, 'IP_ADDRESS'), ['91.64.210.17']);
    const ini = '; turnstile.ini\n[controller]\nhost=10.14.7.201\nport=4370\n';
    assert.deepEqual(found(ini, 'IP_ADDRESS'), []);
    const inventory =
      '[web]\nweb1.kletterhalle-example.de ansible_host=49.12.77.31\n\n[db]\ndb1 ansible_host=10.3.9.8\n\n' +
      '[streaming]\n# Laptop fürs Streaming, gehört Wendelin Kraus\ncam ansible_host=84.133.9.202\n\n' +
      '[all:vars]\nntp_server=10.3.9.1\n';
    assert.deepEqual(found(inventory, 'IP_ADDRESS'), ['84.133.9.202']);
    assert.deepEqual(found('upstream: 10.5.5.5\nclient_ip: 10.5.5.6\n', 'IP_ADDRESS'), ['10.5.5.6']);
    assert.deepEqual(found('proxy_pass http://127.0.0.1:8080;\n', 'IP_ADDRESS'), []);
    // Prose with a capitalised "Server:" and a 127.x address that is no loopback stay flagged.
    assert.deepEqual(found('Betroffener Server: 91.198.7.40 (mx1)\nGesendet von 127.88.14.3\n', 'IP_ADDRESS'), [
      '91.198.7.40',
      '127.88.14.3',
    ]);
  });

  it('keeps an allow line flagged when its comment or section names a person', () => {
    const remote = '[remote]\n; maintenance only from home of Ottilie\nallow=84.133.9.202\nhost=84.133.9.203\n';
    assert.deepEqual(found(remote, 'IP_ADDRESS'), ['84.133.9.202', '84.133.9.203']);
    const list = 'allowlist:\n  - 49.12.80.3/32  # office\n  - 77.4.18.90/32  # Ottilie Brandhuber\n';
    assert.deepEqual(found(list, 'IP_ADDRESS'), ['77.4.18.90']);
  });

  it("reads a DSN's key or a connection string's account before '@' as no e-mail address", () => {
    const dsn = 'SENTRY_DSN=https://3f9a0c21b7d84e55a6c0d1e2f3a4b5c6@o482211.ingest.sentry.io/5512345\n';
    assert.deepEqual(found(dsn, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(
      found('DATABASE_URL=postgres://booking:s3cr3t@db.internal.example/booking\n', 'EMAIL_ADDRESS'),
      [],
    );
    const mail = '<a href="mailto:anna.berg@tennis-example.de">Anna</a> reply_to: ottilie.b@example.org\n';
    assert.deepEqual(found(mail, 'EMAIL_ADDRESS'), ['anna.berg@tennis-example.de', 'ottilie.b@example.org']);
  });

  it('reads kind: Secret after apiVersion as a Kubernetes object, "streng geheim" in prose as a marking', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\ntype: Opaque\n';
    assert.deepEqual(found(secret, 'CONFIDENTIALITY_MARKING'), []);
    assert.deepEqual(found('Der Bericht ist streng geheim und bleibt im Vorstand.', 'CONFIDENTIALITY_MARKING'), [
      'geheim',
    ]);
    assert.deepEqual(found('kind: Secret\nDas Protokoll ist Secret.', 'CONFIDENTIALITY_MARKING').length, 2);
  });

  it("reads a Terraform or Kubernetes resource's own name as no person", () => {
    const state =
      '{\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "cloudflare_record",\n' +
      '      "name": "bootshaus_kamera",\n      "instances": []\n    }\n  ]\n}\n';
    hasNone(personSpans(state), 'bootshaus');
    const k8s =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wendel\n  namespace: lorak\ndata:\n  contacts:\n' +
      '    - name: Anna Berg\n';
    const people = personSpans(k8s);
    hasNone(people, 'lorak');
    hasNone(people, 'wendel');
    has(people, 'Anna Berg');
  });

  it('reads long config lines in linear time', () => {
    const scan = (text: string) => scanner.scan(text);
    const keys = (n: number) => repeated('DB_HOST=10.1.2.3 # a\n', n * 20);
    assertLinearTime('host keys', scan, keys(200), keys(800));
    const userinfo = (n: number) => 'x://' + repeated('ab:', n * 10) + '@h.example.org';
    assertLinearTime('url userinfo', scan, userinfo(200), userinfo(800));
  });
});
