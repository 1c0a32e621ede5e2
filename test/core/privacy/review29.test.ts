import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
const calendar = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:7f3c9e21-44ab@cal.example.org',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe('review 29: round 30 contact and calendar readers keep people', () => {
  it("a sole trader's card (ORG her own name, no N) is hers, a firm's card stays the firm's", () => {
    const text = card(
      'VERSION:4.0',
      'FN:Doris Quelling',
      'ORG:Doris Quelling',
      'TEL;TYPE=work:0951 4433210',
      'EMAIL:doris.quelling@web.de',
      'BDAY:19680412',
    );
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0951 4433210']);
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['doris.quelling@web.de']);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['19680412']);
    const firm = card('VERSION:4.0', 'FN:Kanzlei Brandhorst', 'ORG:Kanzlei Brandhorst', 'TEL;TYPE=work:0951 4433211');
    assert.deepEqual(found(firm, 'PHONE_NUMBER'), []);
  });

  it('KIND:individual is a person whatever ORG and FN say', () => {
    const text = card(
      'VERSION:4.0',
      'KIND:individual',
      'FN:Kanzlei Brandhorst',
      'ORG:Kanzlei Brandhorst',
      'TEL:0171 2345679',
    );
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 2345679']);
  });

  it("a firm's card keeps a mobile, a home line and a birthday as a person's", () => {
    const text = card(
      'VERSION:2.1',
      'KIND:org',
      'FN:Bestattungen Ruhfus GmbH',
      'ORG:Bestattungen Ruhfus GmbH',
      'TEL;WORK;VOICE:0951 40677-0',
      'TEL;CELL;VOICE:0171 2345677',
      'TEL;TYPE=home:0951 552314',
      'BDAY:19680412',
    );
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 2345677', '0951 552314']);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['19680412']);
  });

  it('a contact CSV row with only a nickname, or no name and no company, is a person', () => {
    const header = 'First Name,Middle Name,Last Name,Nickname,E-mail Address,Mobile Phone,Home Street,Company\r\n';
    const nick = header + ',,,Dodo,doris.q@web.de,0171 2345670,Lindenweg 7,\r\n';
    assert.deepEqual(found(nick, 'EMAIL_ADDRESS'), ['doris.q@web.de']);
    assert.deepEqual(found(nick, 'PHONE_NUMBER'), ['0171 2345670']);
    const none = header + ',,,,doris.q@web.de,0171 2345671,,\r\n';
    assert.deepEqual(found(none, 'PHONE_NUMBER'), ['0171 2345671']);
    // A firm's row keeps its own mailbox closed.
    const firm = header + ',,,,info@ruhfus-bestattungen.de,,,Bestattungen Ruhfus\r\n';
    assert.deepEqual(found(firm, 'EMAIL_ADDRESS'), []);
  });

  it("a firm's CSV row keeps its mobile, home address and birthday; a sole trader's row is hers", () => {
    const text =
      'First Name,Middle Name,Last Name,E-mail Address,Business Phone,Mobile Phone,Home Street,Home City,Home Postal Code,Company,Birthday\r\n' +
      ',,,info@ruhfus.de,0951 40677-0,0171 2345672,Lindenweg 7,Bamberg,96047,Bestattungen Ruhfus,4/12/1968\r\n';
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 2345672']);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['4/12/1968']);
    assert.equal(found(text, 'POSTAL_ADDRESS').length, 1);
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), []);
    const sole =
      'Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Group Membership\r\n' +
      'Doris Quelling,,,doris.quelling@web.de,0171 2345673,Doris Quelling,* myContacts\r\n';
    assert.deepEqual(found(sole, 'PHONE_NUMBER'), ['0171 2345673']);
  });

  it("an attendee named like the calendar that is named after its owner is hers; a firm's stays the firm's", () => {
    const text =
      'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Doris Quelling\r\n' +
      calendar('ATTENDEE;CN=Doris Quelling:mailto:doris.quelling@web.de', 'SUMMARY:Zahnarzt').slice(16);
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['doris.quelling@web.de']);
    const firm =
      'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Friedhofsverwaltung Bamberg\r\n' +
      calendar('ORGANIZER;CN=Friedhofsverwaltung Bamberg:mailto:termine@friedhof-bamberg.de', 'SUMMARY:Termin').slice(
        16,
      );
    assert.deepEqual(found(firm, 'EMAIL_ADDRESS'), []);
  });

  it("a one-person business's info@ under its owner's name keeps her mailbox and her phone", () => {
    const text =
      'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\n' +
      calendar(
        'ORGANIZER;CN=Doris Quellingmann:mailto:info@quellingmann.de',
        'DESCRIPTION:Anmeldung bei Doris 0171 2345676',
      ).slice(16);
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['info@quellingmann.de']);
    assert.deepEqual(found(text, 'PHONE_NUMBER'), ['0171 2345676']);
  });

  it("a venue's location that goes on to a person's home keeps that address", () => {
    const co = calendar(
      'LOCATION:Kapelle\\, c/o Doris Quelling\\, Lindenweg 7\\, 96047 Bamberg',
      'SUMMARY:Trauerfeier',
    );
    assert.equal(found(co, 'POSTAL_ADDRESS').length, 1);
    const then = calendar(
      'LOCATION:Friedhofskapelle\\, Am Friedhof 2\\, 96047 Bamberg\\; danach bei Doris Quelling\\, Lindenweg 7\\, 96049 Bamberg\\, Tel. 0171 2345674',
      'SUMMARY:Trauerfeier',
    );
    assert.deepEqual(found(then, 'PHONE_NUMBER'), ['0171 2345674']);
    assert.ok(found(then, 'POSTAL_ADDRESS').some((a) => a.includes('Lindenweg 7')));
    assert.ok(!found(then, 'POSTAL_ADDRESS').some((a) => a.includes('Am Friedhof')));
  });

  it("a UID written as a person's mailbox is hers; a generated one is no mailbox", () => {
    const text = calendar('UID:doris.quelling@gmail.com', 'SUMMARY:Treffen').replace(
      'UID:7f3c9e21-44ab@cal.example.org\r\n',
      '',
    );
    assert.deepEqual(found(text, 'EMAIL_ADDRESS'), ['doris.quelling@gmail.com']);
    assert.deepEqual(found(calendar('SUMMARY:Treffen'), 'EMAIL_ADDRESS'), []);
  });

  it('stays linear on long venue locations and long contact rows', () => {
    const scan = (text: string) => scanner.scan(text);
    const location = (n: number) => calendar('LOCATION:Kapelle\\, ' + repeated('Lindenweg 7 ', n));
    assertLinearTime('venue', scan, location(1_200), location(4_800));
    const row = (n: number) =>
      'First Name,Last Name,E-mail Address,Mobile Phone,Company\r\n' + repeated(',,a@b.de,0171 2345,Ruhfus\r\n', n);
    assertLinearTime('rows', scan, row(20_000), row(80_000));
  });

  it('the lead’s read: a UID on a free-mail provider is someone’s mailbox, a typed Mobile value in a firm’s row a person’s', () => {
    const event = (uid: string) => calendar(`UID:${uid}`, 'SUMMARY:Termin');
    assert.deepEqual(found(event('kqz77@web.de'), 'EMAIL_ADDRESS'), ['kqz77@web.de']);
    assert.deepEqual(found(event('4f1c2a9e-77@cal.example.org'), 'EMAIL_ADDRESS'), []);
    const header = 'Name,Given Name,Family Name,Organization 1 - Name,Phone 1 - Type,Phone 1 - Value\n';
    assert.deepEqual(found(header + ',,,Anna Berg,Mobile,0171 5550199\n', 'PHONE_NUMBER'), ['0171 5550199']);
    assert.deepEqual(found(header + ',,,Berg Bestattungen GmbH,Work,0761 208119\n', 'PHONE_NUMBER'), []);
  });

  it('a name and a phone written together into a closed cell stay someone’s (a label cell is no hiding place)', () => {
    const header = 'Name,Given Name,Family Name,Organization 1 - Name,Phone 1 - Type,Phone 1 - Value\n';
    const row = ',,,Berg Bestattungen GmbH,"Anna Schmidt, 0171 5550199",0761 208119\n';
    assert.deepEqual(found(header + row, 'PHONE_NUMBER'), ['0171 5550199']);
    assert.deepEqual(found(header + row, 'PERSON'), ['Anna Schmidt']);
    // The firm's own row with a plain label stays the firm's.
    assert.deepEqual(found(header + ',,,Berg Bestattungen GmbH,Work,0761 208119\n', 'PHONE_NUMBER'), []);
  });
});
