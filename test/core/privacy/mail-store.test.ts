import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { mailStorePieces } from '../../../nodes/core/privacy/mail-store.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The text of every finding of one type. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const holds = (list: string[], value: string) =>
  assert.ok(
    list.some((f) => f.includes(value)),
    `${value} in ${JSON.stringify(list)}`,
  );
const lacks = (list: string[], value: string) =>
  assert.ok(!list.some((f) => f.includes(value)), `no ${value} in ${JSON.stringify(list)}`);

const MSG_LISTING = [
  '$ msgdump --decode Anfrage_4471.msg',
  'Root Entry (CLSID 00020D0B-0000-0000-C000-000000000046)',
  '├─ __substg1.0_0037001F  PidTagSubject               = "Kontolöschung"',
  '├─ __substg1.0_0C1A001F  PidTagSenderName            = "Wendelin Ostrowski"',
  '├─ __substg1.0_0C1F001F  PidTagSenderEmailAddress    = "wendelin.ostrowski@posteo.de"',
  '├─ __substg1.0_0E04001F  PidTagDisplayTo             = "Funkelbrett Datenschutz"',
  '├─ __substg1.0_1000001F  PidTagBody (212 bytes, UTF-16LE):',
  '│    | Guten Tag,',
  '│    | bitte löschen Sie mein Konto.',
  '├─ __substg1.0_007D001F  PidTagTransportMessageHeaders:',
  '│    | Received: from relay-4.mail.wolkenpost.net (91.207.33.18)',
  '│    | X-Originating-IP: [87.163.41.209]',
  '│    | Message-ID: <448120.7731QR@relay-4.mail.wolkenpost.net>',
  '├─ __recip_version1.0_#00000000/',
  '│  ├─ __substg1.0_3001001F  PidTagDisplayName   = "Funkelbrett Datenschutz"',
  '│  ├─ __substg1.0_39FE001F  PidTagSmtpAddress   = "datenschutz@funkelbrett.de"',
  '├─ __attach_version1.0_#00000000/',
  '│  ├─ __substg1.0_37010102  PidTagAttachDataBinary   (4411 bytes)',
].join('\n');

const PST_DUMP = [
  'pst-props: archiv_2026.pst',
  '== Message 3 of 9, NID 0x21A4C4',
  'PidTagSubject (0x0037001F, PT_UNICODE): "Meldung eines Profils"',
  'PidTagSenderName (0x0C1A001F, PT_UNICODE): "Ysolde Marwitz"',
  'PidTagSenderEmailAddress (0x0C1F001F, PT_UNICODE): "ysolde.marwitz@gmx.net"',
  'PidTagBody (0x1000001F, PT_UNICODE): "Hallo,\\r\\n\\r\\nbitte sperren Sie das Profil \\"nachtwind_8\\".\\r\\n\\r\\nViele Grüße\\r\\nYsolde Marwitz\\r\\n"',
  'PidTagTransportMessageHeaders (0x007D001F, PT_UNICODE): "Received: from mx2.mail.wolkenpost.net (91.207.33.54)\\r\\nMessage-ID: <771204.5519XT@mx2.mail.wolkenpost.net>\\r\\n"',
  'Recipient 0: PidTagRecipientType=1; PidTagDisplayName="Funkelbrett Sicherheit"; PidTagSmtpAddress="sicherheit@funkelbrett.de"',
].join('\n');

const MBOX = [
  'From gerlinde.haupt@web.de Mon Mar  2 09:14:55 2026',
  'Return-Path: <gerlinde.haupt@web.de>',
  'Received: from mout.mail.wolkenpost.net (mout.mail.wolkenpost.net [91.207.33.77])',
  '\tby mx1.funkelbrett.de with ESMTPS; Mon, 2 Mar 2026 09:14:55 +0000',
  'Received: from [94.134.88.201] (unknown [94.134.88.201])',
  '\tby mout.mail.wolkenpost.net with ESMTPSA; Mon, 2 Mar 2026 09:14:50 +0000',
  'From: Gerlinde Haupt <gerlinde.haupt@web.de>',
  'To: Funkelbrett Datenschutz <datenschutz@funkelbrett.de>',
  'Cc: Ottokar Wiesner <sicherheit@funkelbrett.de>',
  'Subject: Auskunft',
  'Message-ID: <a81f22c9.lukas.brenner@mail.gmail.com>',
  'X-Originating-IP: [87.163.41.77]',
  '',
  'Guten Tag,',
  '>From meiner Seite ist alles gesagt.',
  '',
  'Gerlinde Haupt',
].join('\n');

const EWS = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<m:GetItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">',
  '<t:Message>',
  '  <t:Subject>Mein Profil</t:Subject>',
  '  <t:Body BodyType="HTML">&lt;html&gt;&lt;body&gt;&lt;p&gt;Hallo,&lt;/p&gt;&lt;p&gt;bitte entfernen Sie mein Foto.&lt;/p&gt;&lt;p&gt;Liebe Grüße&lt;br&gt;Rosalind Oberhuber&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</t:Body>',
  '  <t:Sender><t:Mailbox><t:Name>Rosalind Oberhuber</t:Name><t:EmailAddress>rosalind.oberhuber@outlook.com</t:EmailAddress></t:Mailbox></t:Sender>',
  '  <t:ToRecipients><t:Mailbox><t:Name>Funkelbrett Sicherheit</t:Name><t:EmailAddress>sicherheit@funkelbrett.de</t:EmailAddress></t:Mailbox></t:ToRecipients>',
  '  <t:InternetMessageId>&lt;512004.8812ZK@mx2.mail.wolkenpost.net&gt;</t:InternetMessageId>',
  '</t:Message>',
  '</m:GetItemResponse>',
].join('\n');

describe('mail stores (mail-store.ts)', () => {
  it('reads an Outlook .msg listing: a message id and a relay IP are the mail’s own, the user’s IP and address stay', () => {
    const emails = found(MSG_LISTING, 'EMAIL_ADDRESS');
    holds(emails, 'wendelin.ostrowski@posteo.de');
    lacks(emails, '448120.7731QR');
    const ips = found(MSG_LISTING, 'IP_ADDRESS');
    holds(ips, '87.163.41.209');
    lacks(ips, '91.207.33.18');
    holds(found(MSG_LISTING, 'PERSON'), 'Wendelin Ostrowski');
    lacks(found(MSG_LISTING, 'PERSON'), 'PidTag');
  });

  it('reads a desk’s display name beside its role mailbox as the organisation’s (property lines)', () => {
    const people = found(MSG_LISTING, 'PERSON');
    lacks(people, 'Funkelbrett');
    lacks(found(MSG_LISTING, 'EMAIL_ADDRESS'), 'datenschutz@funkelbrett.de');
    lacks(found(PST_DUMP, 'PERSON'), 'Funkelbrett');
  });

  it('reads a trust-and-safety desk (safety, verification, Spielerschutz) beside its mailbox as the organisation’s', () => {
    const dump = [
      'PidTagSenderName (0x0C1A001F, PT_UNICODE): "Ysolde Marwitz"',
      'Recipient 0: PidTagRecipientType=1; PidTagDisplayName="Funkelbrett Spielerschutz"; PidTagSmtpAddress="spielerschutz@funkelbrett.de"',
      'Recipient 1: PidTagRecipientType=2; PidTagDisplayName="Funkelbrett Safety"; PidTagSmtpAddress="safety@funkelbrett.de"',
      'Recipient 2: PidTagRecipientType=2; PidTagDisplayName="Hartwig Safety"; PidTagSmtpAddress="safety@funkelbrett.de"',
    ].join('\n');
    const people = found(dump, 'PERSON');
    lacks(people, 'Funkelbrett');
    holds(people, 'Ysolde Marwitz');
    // A person's name beside a role mailbox stays a person's.
    holds(people, 'Hartwig');
    lacks(found(dump, 'EMAIL_ADDRESS'), 'spielerschutz@funkelbrett.de');
  });

  it('reads a desk whose mailbox is its name’s initials as the organisation’s; a person’s initials stay', () => {
    const dump = [
      'PidTagSenderName (0x0C1A001F, PT_UNICODE): "Ysolde Marwitz"',
      'Recipient 0: PidTagRecipientType=1; PidTagDisplayName="Funkelbrett Law Enforcement Response"; PidTagSmtpAddress="ler@funkelbrett.de"',
      'Recipient 1: PidTagRecipientType=2; PidTagDisplayName="Hartwig Lembeck"; PidTagSmtpAddress="hl@funkelbrett.de"',
    ].join('\n');
    const people = found(dump, 'PERSON');
    lacks(people, 'Enforcement');
    holds(people, 'Hartwig Lembeck');
    const emails = found(dump, 'EMAIL_ADDRESS');
    lacks(emails, 'ler@funkelbrett.de');
    holds(emails, 'hl@funkelbrett.de');
  });

  it('reads a PST dump’s C-escaped body: the signature’s name is a line of its own, ending at the backslash', () => {
    const people = found(PST_DUMP, 'PERSON');
    assert.ok(
      scanner
        .scan(PST_DUMP)
        .some(
          (e) => e.type === 'PERSON' && PST_DUMP.slice(e.start, e.end) === 'Ysolde Marwitz' && PST_DUMP[e.end] === '\\',
        ),
      JSON.stringify(people),
    );
    lacks(people, 'nYsolde');
    lacks(found(PST_DUMP, 'EMAIL_ADDRESS'), '771204.5519XT');
    lacks(found(PST_DUMP, 'IP_ADDRESS'), '91.207.33.54');
    holds(found(PST_DUMP, 'EMAIL_ADDRESS'), 'ysolde.marwitz@gmx.net');
  });

  it('reads an mboxrd file: ids and relays dropped, a client without a name and X-Originating-IP kept', () => {
    const emails = found(MBOX, 'EMAIL_ADDRESS');
    holds(emails, 'gerlinde.haupt@web.de');
    // An id shaped like an address is no one's address (RFC 5322 §3.6.4).
    lacks(emails, 'lukas.brenner@mail.gmail.com');
    const ips = found(MBOX, 'IP_ADDRESS');
    lacks(ips, '91.207.33.77');
    holds(ips, '94.134.88.201');
    holds(ips, '87.163.41.77');
    const people = found(MBOX, 'PERSON');
    lacks(people, 'Funkelbrett');
    // A person's name beside a role mailbox stays a person's.
    holds(people, 'Ottokar Wiesner');
    holds(people, 'Gerlinde Haupt');
    const reading = mailStorePieces(MBOX);
    assert.ok(reading);
    assert.ok(reading.pieces.some((p) => MBOX.slice(p.start, p.end) === 'From meiner Seite ist alles gesagt.'));
  });

  it('reads EWS XML: the entity-escaped HTML body by its lines, the message id and the desk dropped', () => {
    const people = found(EWS, 'PERSON');
    assert.equal(people.filter((p) => p === 'Rosalind Oberhuber').length, 2, JSON.stringify(people));
    lacks(people, 'Funkelbrett');
    const emails = found(EWS, 'EMAIL_ADDRESS');
    holds(emails, 'rosalind.oberhuber@outlook.com');
    lacks(emails, '512004.8812ZK');
    lacks(emails, 'sicherheit@funkelbrett.de');
  });

  it('leaves look-alikes to the plain reading: prose, a reply address in angle brackets', () => {
    assert.equal(mailStorePieces('From the start we knew.\nNothing else.'), undefined);
    assert.equal(mailStorePieces('Bitte antworten Sie an <ida.kersten@example.org>.'), undefined);
    const mail = MBOX.replace('Subject: Auskunft', 'Reply-To: <ida.kersten@posteo.de>\nSubject: Auskunft');
    holds(found(mail, 'EMAIL_ADDRESS'), 'ida.kersten@posteo.de');
    // A relay's IP in prose is no trace field: kept.
    const prose = MBOX.replace('Guten Tag,', 'Guten Tag, ich war von 91.207.40.12 aus eingeloggt.');
    holds(found(prose, 'IP_ADDRESS'), '91.207.40.12');
  });

  it('reads a long one-line escaped body in linear time', () => {
    const body = (n: number) =>
      `PidTagSenderName (0x0C1A001F, PT_UNICODE): "Ysolde Marwitz"\nPidTagBody (0x1000001F, PT_UNICODE): "${repeated('Zeile mit \\"Text\\" und 91.207.33.1\\r\\n', n)}\n`;
    assertLinearTime('escaped body', (t) => scanner.scan(t), body(20_000), body(80_000));
    assertLinearTime(
      'unclosed string',
      (t) => mailStorePieces(t),
      `PidTagBody: "${repeated('a\\', 40_000)}`,
      `PidTagBody: "${repeated('a\\', 160_000)}`,
    );
  });
});
