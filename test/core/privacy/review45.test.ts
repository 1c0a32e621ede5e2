import assert from 'node:assert/strict';
import { found } from '../../support/type-findings.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { readPrintControlBytes } from '../../../nodes/core/privacy/print-control-bytes.js';
import { readPrintPageDescriptions } from '../../../nodes/core/privacy/print-page-descriptions.js';

/**
 * Review 45: hostile inputs against round 45's print stream readers (print-control-bytes.ts,
 * print-page-descriptions.ts): a value written where the reader takes command syntax must stay for the detectors.
 * Names and numbers are made up.
 */
const scanner = new PrivacyScanner();

describe('review 45: hostile inputs against round 45', () => {
  it("keeps a phone written as a PCL command's values; ordinary cursor moves still vanish", () => {
    const job = (cmd: string) => `\x1bE\x1b&l0O${cmd}\x1b&a180h780VKunde: Anna Berg\n`;
    assert.equal(found(job('\x1b&a0171h2345678V'), 'PHONE_NUMBER').length, 1);
    // A ten-digit value stays in the view, its command's characters as spaces.
    assert.match(readPrintControlBytes(job('\x1b*p1712345678X'))?.text ?? '', / 1712345678 /);
    // Look-alikes: real moves, fonts and the universal exit read as nothing but their effect.
    const view = readPrintControlBytes('\x1b%-12345X\x1bE\x1b(s0p12.00h10v0s0b4099T\x1b&a180h780VKunde\x1b*p300X Anna');
    assert.equal(view?.text, '\n\n\nKunde  Anna');
  });

  it('keeps a name or a phone under a hostile ESC/POS "GS (" size; real parameter codes still go', () => {
    const name = scanner.scan('\x1b@Bon 17\n\x1d(A\x10\x00Anna Berg 0171 2\n\x1dV\x00');
    assert.ok(name.length > 0, 'the name or the number stays');
    assert.equal(found('\x1b@Bon 17\n\x1d(A\x0c\x000171 2345678\nDanke\n\x1dV\x00', 'PHONE_NUMBER').length, 1);
    // Look-alike: a QR code's size and error level ("1C\x08", "1E0") are syntax; its stored data stays as text.
    const qr = readPrintControlBytes('\x1d(k\x03\x001C\x08\x1d(k\x03\x001E0\x1d(k\x0b\x001P0HELLO1234');
    assert.equal(qr?.text.trim(), 'HELLO1234');
  });

  it('keeps a country code among page description numbers; coordinates still vanish', () => {
    assert.equal(
      found('%!PS\n72 724 moveto (Tel.) show\n+49 171 234 5678 moveto\n(x) show\n', 'PHONE_NUMBER').length,
      1,
    );
    const view = readPrintPageDescriptions('%!PS\n72 724 moveto (Kunde:) show\n-12.5 0 rmoveto (Anna Berg) show\n');
    assert.equal(view?.text, '%!PS\nKunde:\nAnna Berg\n');
  });

  it("keeps two people's full names on a fixture line over odds; clubs' names still go", () => {
    const slip = (fixture: string) => `Bet slip SL-7\n------\n${fixture}\n  1 @ 1.85\nStake: €5\n`;
    const people = scanner.scan(slip('Anna Berg v Jonas Mustermann')).filter((e) => e.type === 'PERSON');
    assert.ok(people.length >= 1, 'a full name on the fixture line stays');
    // Look-alikes: clubs and counties on a bet slip are no people.
    for (const fixture of ['Rovers v Albion', 'Galway v Cork', 'FC Tal 04 - SV Kamp'])
      assert.deepEqual(found(slip(fixture), 'PERSON'), [], fixture);
  });

  it("keeps a phone under a firm named after a person at a letter's head; an operator's receipt header still goes", () => {
    for (const firm of ['Anna Berg Consulting GmbH', 'Jonas Kowalczyk Print Ltd'])
      assert.equal(found(`${firm}\n020 7946 0018\nDear Sir or Madam,\n`, 'PHONE_NUMBER').length, 1, firm);
    // Look-alikes: a casino's and a print shop's header line keep their numbers unflagged.
    assert.deepEqual(found('RECEIPT\nDonau Print GmbH\nTel. 030 12345678\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Casino Donaublick AG\n01 5123456\nAuszahlung\n', 'PHONE_NUMBER'), []);
  });
});

describe("review 45, the lead's read: fail closed where a rule does not know enough", () => {
  const names = (text: string) => found(text, 'PERSON');

  it("keeps a number under a firm's receipt head when its country's mobile ranges are not known here", () => {
    const head = (firm: string, phone: string) => `${firm}\n${phone}\nBet slip SL-26-4162617\nStake: €20.00\n`;
    // A French mobile, a Maltese and a Gibraltar mobile under an operator's line: each may be a person's own.
    assert.equal(found(head('Rivage Jeux SARL', '+33 6 12 34 56 78'), 'PHONE_NUMBER').length, 1);
    assert.equal(found(head('Valletta Crown Gaming plc', '+356 7912 3456'), 'PHONE_NUMBER').length, 1);
    assert.equal(found(head('Rock Straits Betting Ltd', '+350 5601 2045'), 'PHONE_NUMBER').length, 1);
    // Look-alike: the operator's Maltese landline is the firm's.
    assert.equal(found(head('Valletta Crown Gaming plc', '+356 2122 0000'), 'PHONE_NUMBER').length, 0);
  });

  it("finds a one-word speaker again where it stands as a word, not inside another's", () => {
    const chat = (tail: string) =>
      `Likan: 3-fold tonight, in for £50\nNelli Shamba: I am on too\nLikan: nope\nNelli Shamba: ${tail}\n`;
    assert.equal(names(chat("Likan's slip is void")).filter((n) => n === 'Likan').length, 3);
    // Look-alikes: a word that only begins with the speaker's, a hyphenated venue.
    for (const tail of ['Likanbar is closed', 'the Likan-Bar is closed'])
      assert.equal(names(chat(tail)).filter((n) => n === 'Likan').length, 2, tail);
  });
});
