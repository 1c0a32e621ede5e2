import assert from 'node:assert/strict';
import { icalendarFields } from '../../../nodes/core/privacy/interchange-icalendar.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const mailboxes = valuesOf('EMAIL_ADDRESS');
const births = valuesOf('DATE_OF_BIRTH');
const people = valuesOf('PERSON');
const phones = valuesOf('PHONE_NUMBER');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Round 30: iCalendar (RFC 5545), CalDAV's calendar-data (RFC 4791) and jCal (RFC 7265), read by one
 * property table (interchange-icalendar.ts). Names and values are made up here.
 */
const calendar = (body: string, head = '') =>
  `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Quillmere//Planner 4.1//EN\n${head}${body}END:VCALENDAR\n`;

describe('privacy detectors: iCalendar, CalDAV and jCal (round 30)', () => {
  describe('identifiers and stamps', () => {
    const event = calendar(
      'BEGIN:VEVENT\nUID:7c1e90aa-31f2-4b0e-9d3c-5e2a11f0c7d4@harrowgate-rites.example\n' +
        'DTSTAMP:20260114T101500Z\nDTSTART:20260203T110000Z\nSUMMARY:Planning call\n' +
        'ATTENDEE;CN=Orlaith Venniker:mailto:orlaith.venniker@postbox.example\nEND:VEVENT\n',
    );

    it('reads a UID written uuid@host as an identifier, not a mailbox (the attendee keeps hers)', () => {
      assert.deepEqual(mailboxes(event), ['orlaith.venniker@postbox.example']);
    });

    it('reads a jCal uid the same way', () => {
      const json =
        '["vcalendar", [], [["vevent", [["uid", {}, "text", "a81c-77d0@harrowgate-rites.example"], ' +
        '["attendee", {"cn": "Orlaith Venniker"}, "cal-address", "mailto:orlaith.venniker@postbox.example"]], []]]]';
      assert.deepEqual(mailboxes(json), ['orlaith.venniker@postbox.example']);
    });
  });

  describe('birthday calendars', () => {
    const birthday = (start: string, summary: string, stamp = '20260301T080000Z') =>
      `BEGIN:VEVENT\nDTSTART;VALUE=DATE:${start}\nRRULE:FREQ=YEARLY\nSUMMARY:${summary}\n` +
      `UID:b${start}@kin.example\nDTSTAMP:${stamp}\nEND:VEVENT\n`;

    it("reads a yearly birthday's start as a date of birth", () => {
      const text = calendar(birthday('19510817', 'Geburtstag: Tamsin Orrelby'), 'X-WR-CALNAME:Familie\n');
      assert.deepEqual(births(text), ['19510817']);
    });

    it('takes no date of birth from a yearly event that is no birthday, nor one started the year it was made', () => {
      assert.deepEqual(births(calendar(birthday('19510817', 'Board meeting'))), []);
      assert.deepEqual(births(calendar(birthday('20260412', 'Birthday: Tamsin Orrelby'))), []);
    });

    it("reads the birthday's person in its summary", () => {
      const text = calendar(birthday('19630905', 'Brennick Tallowmere’s birthday'));
      assert.ok(people(text).includes('Brennick Tallowmere'), JSON.stringify(people(text)));
    });
  });

  describe("organisations' own calendar users", () => {
    const event = (organizer: string) =>
      calendar(
        `METHOD:PUBLISH\nBEGIN:VEVENT\nUID:1@x.example\nDTSTART;VALUE=DATE:20261101\nSUMMARY:Open day\n` +
          `LOCATION:Hall of rest\nDESCRIPTION:Enquiries: 0311 48 22 90\\nor office@fernhallow-cemetery.example\n` +
          `${organizer}\nEND:VEVENT\n`,
      );
    const firm = event('ORGANIZER;CN="Fernhallow Cemetery Office":mailto:\n office@fernhallow-cemetery.example');

    it("takes no firm's CN over its role mailbox for a person, nor the mailbox for someone's", () => {
      assert.deepEqual(people(firm), []);
      assert.deepEqual(mailboxes(firm), []);
    });

    it("reads a public event's phone of the firm as the firm's", () => {
      assert.deepEqual(phones(firm), []);
    });

    it("keeps a person's CN and mailbox, even on the firm's domain (fail closed)", () => {
      const text = event('ORGANIZER;CN=Ysolde Marrable:mailto:ysolde.marrable@fernhallow-cemetery.example');
      assert.ok(people(text).includes('Ysolde Marrable'), JSON.stringify(people(text)));
      assert.ok(mailboxes(text).includes('ysolde.marrable@fernhallow-cemetery.example'));
      assert.ok(phones(text).length > 0);
    });
  });

  describe('venues', () => {
    const located = (location: string) =>
      calendar(
        `BEGIN:VEVENT\nUID:4@x.example\nLOCATION:${location}\nDESCRIPTION:Trauerfeier\n` +
          'ATTENDEE;CN=Ebba Quernholt:mailto:ebba.q@postbox.example\nEND:VEVENT\n',
      );

    it("reads the address after a chapel's or hall's name as the venue's", () => {
      assert.deepEqual(addresses(located('Trauerhalle\\, Quendelweg 14\\, 76133 Karlsruhe')), []);
    });

    it("keeps an address that names no venue first (a mourner's home)", () => {
      assert.deepEqual(addresses(located('Quendelweg 14\\, 76133 Karlsruhe')), ['Quendelweg 14\\, 76133 Karlsruhe']);
    });
  });

  describe('free text', () => {
    it('reads a case number after its label as no phone, a phone after its label still as one', () => {
      const text = calendar(
        'BEGIN:VEVENT\nUID:2@x.example\nDESCRIPTION:Kontakt: Tel. 0721 448190\\nSterbefall-Nr. 2026/318\\nUrnenfeld\n' +
          'ATTENDEE;CN=Ebba Quernholt:mailto:ebba.q@postbox.example\nEND:VEVENT\n',
      );
      assert.deepEqual(phones(text), ['0721 448190']);
    });

    it('reads a date of birth broken by a fold', () => {
      const text = calendar(
        'BEGIN:VEVENT\nUID:3@x.example\nDESCRIPTION:Heir Ebba Quernholt\\nDeceased bor\n n 1938-04-21\\nPlot 7\nEND:VEVENT\n',
      );
      assert.deepEqual(births(text), ['1938-04-21']);
    });
  });

  it('reads long calendars in linear time', () => {
    const unit =
      'BEGIN:VEVENT\nUID:9f@x.example\nDTSTART;VALUE=DATE:19700101\nRRULE:FREQ=YEARLY\nSUMMARY:Birthday: Ab Cd\n' +
      'DESCRIPTION:Az. 12/34\\nbo\n rn 1970-01-01\nATTENDEE;CN="A, B";PARTSTAT=NEEDS-A\n CTION:mailto:a@b.example\nEND:VEVENT\n';
    assertLinearTime('calendar', icalendarFields, calendar(repeated(unit, 50_000)), calendar(repeated(unit, 200_000)));
    const json =
      '["vevent", [["uid", {"x": "y"}, "text", "1@x.example"], ["description", {}, "text", "Az. 1/2"]], []], ';
    assertLinearTime(
      'jCal',
      icalendarFields,
      '["vcalendar", ' + repeated(json, 50_000),
      '["vcalendar", ' + repeated(json, 200_000),
    );
  });
});
