import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import type { Entity, EntityType } from '../../../nodes/core/privacy/entities.js';
import { withoutHarCaptureWords } from '../../../nodes/core/privacy/har-captures.js';
import { isInfrastructureAddress } from '../../../nodes/core/privacy/service-host-ips.js';
import { isLogHostKeyAddress } from '../../../nodes/core/privacy/log-host-keys.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The values of one type the scanner finds in `text`. */
const values = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
/** Whether the har-captures filter keeps a PERSON finding on `value` (its first occurrence after `from`). */
const kept = (text: string, value: string, from = '') => {
  const start = text.indexOf(value, from ? text.indexOf(from) : 0);
  const e: Entity = { type: 'PERSON', start, end: start + value.length, score: 0.9 };
  return withoutHarCaptureWords(text, [e]).length === 1;
};
/** Whether the address's first occurrence after `from` is read as infrastructure. */
const infrastructure = (text: string, address: string, from = '') => {
  const at = text.indexOf(address, from ? text.indexOf(from) : 0);
  return isInfrastructureAddress(text, at, address);
};

const HAR = `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "133.0" },
    "browser": { "name": "WebInspector", "version": "537.36" },
    "pages": [{ "id": "page_8", "title": "Rückführungsdarlehen – Antrag", "pageTimings": { "onLoad": 812 } }],
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://citizenship.berlin-dfat.example/api/passport",
          "httpVersion": "HTTP/2",
          "cookies": [{ "name": "JSESSIONID", "value": "b8382a65947058b7d" }],
          "headers": [{ "name": "Content-Type", "value": "application/json" }, { "name": "X-CSRF-Token", "value": "25b3ac10a9dee05b8" }, { "name": "X-Applicant", "value": "Jana Okafor" }],
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "params": [{ "name": "lastname", "value": "Chaudharypur" }, { "name": "firstname", "value": "Mirela" }]
          }
        },
        "serverIPAddress": "203.0.113.41",
        "clientIPAddress": "82.113.99.14"
      }
    ]
  }
}`;

describe('a HAR capture: its own fields are no people, the values it carries stay', () => {
  const people = values(HAR, 'PERSON');
  for (const own of ['Firefox', 'WebInspector', 'Antrag', 'JSESSIONID', 'Content-Type', 'X-CSRF-Token', 'X-Applicant'])
    it(`"${own}" is no person`, () => assert.ok(!people.includes(own), people.join('|')));
  it('a host label of the URL is no person ("berlin-dfat")', () =>
    assert.ok(!people.some((p) => p.includes('berlin')), people.join('|')));
  it("a header's value naming the applicant stays a person", () => assert.ok(people.includes('Jana Okafor')));
  // Whether the detectors find a params value at all is recall (round 50's r50a/r50b); this filter must keep it.
  it("a params entry's value stays a person (the pair's name is a field name)", () => {
    assert.ok(kept(HAR, 'Mirela'));
    assert.ok(kept(HAR, 'Chaudharypur'));
  });
  it('the server address is no personal IP, the client address stays', () =>
    assert.deepEqual(values(HAR, 'IP_ADDRESS'), ['82.113.99.14']));
  it("the filter keeps a pair's value and a title word that is a listed name", () => {
    assert.ok(kept(HAR, 'Jana Okafor'));
    assert.ok(kept(HAR, 'Chaudharypur'));
    const title = HAR.replace('Rückführungsdarlehen – Antrag', 'Profil – Jana Okafor');
    assert.ok(kept(title, 'Okafor'));
    assert.ok(!kept(HAR, 'Antrag'));
  });
  it('"name" outside a creator or a name/value array stays (a record\'s name)', () => {
    const record = '{ "applicant": { "name": "Jana Okafor", "value": 12 } }';
    assert.ok(kept(record, 'Jana Okafor'));
  });
});

describe('curl transcripts: file arguments and the server connected to', () => {
  const CURL = `$ curl -v -X POST https://acs.bern-usemb.example/visa -F lastName=Okafor -F photo=@passfoto.jpg
*   Trying 203.0.113.77:443...
* Connected to acs.bern-usemb.example (203.0.113.77) port 443
* ALPN: server accepted h2
$ curl -X PATCH https://passport.wien-dfa.example/casework/v1/cases/KA-04814-26 -H @headers.txt -d '{"status":"APPROVED"}'
X-Forwarded-For: 82.113.99.15`;
  it('a file name after "@" is no person', () => {
    assert.ok(!kept(CURL, 'passfoto.jpg'));
    assert.ok(!kept(CURL, 'headers.txt'));
    assert.ok(!kept(CURL, 'passfoto'));
  });
  it('a file named after a person stays (fail closed)', () => {
    const named = '$ curl -F photo=@jana_okafor.jpg -F cv=@/tmp/Okafor-CV.pdf https://x.example/apply';
    assert.ok(kept(named, 'jana_okafor'));
    assert.ok(kept(named, 'Okafor-CV'));
  });
  it("curl's Trying and Connected addresses are the server's", () => {
    assert.ok(infrastructure(CURL, '203.0.113.77'));
    assert.ok(infrastructure(CURL, '203.0.113.77', '* Connected'));
    assert.deepEqual(values(CURL, 'IP_ADDRESS'), ['82.113.99.15']);
  });
  it('a client address under X-Forwarded-For or clientIPAddress stays', () => {
    assert.ok(!infrastructure(CURL, '82.113.99.15'));
    assert.ok(!infrastructure('"clientIPAddress": "82.113.99.14",', '82.113.99.14'));
  });
  it('a host label is no person, a host named after a person stays', () => {
    const fetch =
      'fetch("https://citizenship.berlin-dfat.example/api/travel-advice/pt?");\nsee https://jana-okafor.example/cv';
    assert.ok(!kept(fetch, 'berlin-dfat'));
    assert.ok(kept(fetch, 'jana-okafor'));
  });
});

describe('proxy logs: health probes and upstream servers are no personal IPs, clients stay', () => {
  const SQUID = `1772928000.158 45 10.40.0.241 TCP_REFRESH_MODIFIED/304 2535 GET https://acs.example/static/app.js - HIER_DIRECT/198.51.100.54 text/css
1772928000.158 45 10.40.0.242 TCP_HIT/200 2 GET https://acs.example/healthz - HIER_DIRECT/198.51.100.54 text/plain`;
  it("squid's hierarchy peer is the upstream server", () => {
    assert.ok(infrastructure(SQUID, '198.51.100.54'));
    assert.ok(infrastructure(SQUID, '198.51.100.54', '10.40.0.242'));
  });
  it("a squid client requesting a health endpoint is the platform's; any other client stays (a workstation)", () => {
    assert.ok(isLogHostKeyAddress(SQUID, SQUID.indexOf('10.40.0.242'), '10.40.0.242'));
    assert.ok(!isLogHostKeyAddress(SQUID, SQUID.indexOf('10.40.0.241'), '10.40.0.241'));
    assert.deepEqual(values(SQUID, 'IP_ADDRESS'), ['10.40.0.241']);
  });
  it("a combined log's health probe (absolute URL, or no user agent) is the platform's; a visitor stays", () => {
    const log = `82.113.99.14 - - [17/Feb/2026:08:14:02 +0000] "GET /lookup?ref=APT-1 HTTP/2.0" 200 1841
10.20.0.5 - - [17/Feb/2026:08:16:00 +0000] "GET /healthz HTTP/1.1" 200 2
10.40.1.75 - - [22/Mar/2026:08:20:24 +0000] "GET https://wahlregister.example/healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
10.40.1.76 - - [22/Mar/2026:08:20:24 +0000] "GET /status HTTP/1.1" 200 2
10.40.1.77 - - [22/Mar/2026:08:20:25 +0000] "GET /apply HTTP/1.1" 200 2 "-" "Mozilla/5.0"`;
    assert.deepEqual(values(log, 'IP_ADDRESS'), ['82.113.99.14', '10.40.1.76', '10.40.1.77']);
  });
});

describe('a server named in prose', () => {
  // The development sets label an address a report calls "Server …" (any machine may be someone's): prose keeps it,
  // only a capture's own fields and lines above name the server it connected to.
  it('"Server:", "Der Server … antwortet nicht", "Betroffener Server:" keep the address', () => {
    const text = `Severity: medium. Server: 192.0.2.201.
Der Server 100.41.4.218 antwortet nicht, Ticket 06516093 ist offen.
Betroffener Server: 91.198.44.20 (mx1.kanzlei-wehrle.de).`;
    assert.deepEqual(values(text, 'IP_ADDRESS'), ['192.0.2.201', '100.41.4.218', '91.198.44.20']);
  });
  it("a person's own server or a visitor's address stays", () => {
    const text = `Mein Server 82.1.2.3 läuft zu Hause.
My home server: 82.1.2.4
Login from 82.1.2.5 at 09:14.`;
    assert.deepEqual(values(text, 'IP_ADDRESS'), ['82.1.2.3', '82.1.2.4', '82.1.2.5']);
  });
});

describe('a settlement inside an address line is no person', () => {
  it('"Roeland Street 19, Cape Town 8001" and its form-encoded twin', () => {
    const text = `Termin: Roeland Street 19, Cape Town 8001. Bürge: buerge_anschrift=Kloof+Street+122%2C+Cape+Town+8005&betrag=697`;
    const people = values(text, 'PERSON');
    assert.ok(!people.some((p) => p.includes('Cape')), people.join('|'));
  });
  it('a person named like a town beside an address stays ("Jana Town")', () => {
    const text = 'Bürge: Jana Town, Roeland Street 19, Cape Town 8001, geboren 1980.';
    const people = values(text, 'PERSON');
    assert.ok(
      people.some((p) => p.includes('Jana')),
      people.join('|'),
    );
  });
});

describe('har-captures: linear time', () => {
  /** The filter over a finding at every occurrence of `word`. */
  const filterAll = (word: string) => (text: string) => {
    const found: Entity[] = [];
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      found.push({ type: 'PERSON', start: at, end: at + word.length, score: 0.9 });
    withoutHarCaptureWords(text, found);
  };
  it('long runs of pairs, file arguments and URLs', () => {
    const pairs = (n: number) => `"headers": [${repeated('{ "name": "Tok", "value": "a" }, ', n)}]`;
    assertLinearTime('pairs', filterAll('Tok'), pairs(4_000), pairs(16_000));
    const files = (n: number) => `curl ${repeated('-F a=@Tok ', n)}`;
    assertLinearTime('files', filterAll('Tok'), files(4_000), files(16_000));
    const urls = (n: number) => repeated('https://a.Tok-c.example/ ', n);
    assertLinearTime('urls', filterAll('Tok'), urls(4_000), urls(16_000));
    const squid = (n: number) =>
      repeated(
        '1772928000.158 45 10.40.0.241 TCP_HIT/200 2 GET https://a.example/healthz - HIER_DIRECT/198.51.100.54 text/plain\n',
        n,
      );
    assertLinearTime('squid', (t) => scanner.scan(t), squid(4_000), squid(16_000));
  });
});
