import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';

/**
 * Hostile review of round 36: a person's value the scanner flagged before must not be dropped as a mail store's own
 * identifier (message id, relay IP), a desk's role mailbox or a service host's address.
 */
const scanner = new PrivacyScanner();

function found(text: string): string[] {
  return scanner.scan(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
}

function has(text: string, type: string, value: string): void {
  const f = found(text);
  assert.ok(
    f.some((x) => x.startsWith(`${type} `) && x.includes(value)),
    `${type} ${value} missing: ${f.join(' | ')}`,
  );
}

function hasNo(text: string, value: string): void {
  const f = found(text);
  assert.ok(!f.some((x) => x.includes(value)), `${value} flagged: ${f.join(' | ')}`);
}

describe('review 36: mail stores keep a person’s values', () => {
  it('keeps a mailbox written as a message id; drops a mail system’s id', () => {
    const chat = `PidTagSubject = "Frage"\nschreib mir, Message-ID: <mirela.vossberg@gmx.de> reicht\nMessage-ID: <771203.5521QX@mx.relay-hub.net>`;
    has(chat, 'EMAIL_ADDRESS', 'mirela.vossberg@gmx.de');
    hasNo(chat, '771203.5521QX');
    has(
      `PidTagInternetMessageId = "<tobin.harkel@web.de>"\nPidTagBody = "Hallo"`,
      'EMAIL_ADDRESS',
      'tobin.harkel@web.de',
    );
  });

  it('keeps an IP after "from host (…)" outside a Received field', () => {
    const prose = `PidTagSubject = "Login"\nDer Nutzer meldete sich from home.example (85.44.19.203) gestern an.`;
    has(prose, 'IP_ADDRESS', '85.44.19.203');
    const relay = `PidTagSubject = "x"\nReceived: from mx-in-4.mail.relay-hub.net (185.20.31.44)\n\tby mbx-01.internal`;
    hasNo(relay, '185.20.31.44');
  });

  it('keeps a subscriber line’s IP named in a Received field', () => {
    const mbox =
      'From ulla@vossberg-mail.de Mon Jan  1 10:00:00 2024\n' +
      'Received: from ullas-mbp.fritz.box (p5DD0A1B2.dip0.t-ipconnect.de [91.38.12.77])\n\tby mx.relay-hub.net\n' +
      'Subject: hallo\n\nHallo';
    has(mbox, 'IP_ADDRESS', '91.38.12.77');
  });

  it('keeps a private IP of a host named for a person', () => {
    has('Sandbox lena-web (10.1.2.4) meldet Fehler', 'IP_ADDRESS', '10.1.2.4');
    hasNo('Quelle auth-gw-1 (172.31.8.4) meldet Fehler', '172.31.8.4');
  });

  it('reads long hostile mail stores in linear time', () => {
    const unit = 'Received: from a.b (1.2.3.4) Message-ID: <x.y@z.de> PidTagX = "\\r\\n';
    assertLinearTime('review36 mail store', (t) => scanner.scan(t), unit.repeat(200), unit.repeat(1600));
    assert.ok(true);
  });
});

describe('review 36: a person’s initials are their mailbox, even where a desk writes the same', () => {
  it('keeps ler@ beside "Lena Emmerich Roth"; drops it beside the law enforcement response desk', () => {
    has('Lena Emmerich Roth <ler@funkelbrett.de>', 'EMAIL_ADDRESS', 'ler@funkelbrett.de');
    hasNo('Law Enforcement Response <ler@funkelbrett.de>', 'ler@funkelbrett.de');
    hasNo('Anfragen von Behörden bitte an ler@funkelbrett.de', 'ler@funkelbrett.de');
  });
});
