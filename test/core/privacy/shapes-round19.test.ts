import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const phones = valuesOf('PHONE_NUMBER');
const people = valuesOf('PERSON');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Round 19: care and service paperwork as booking systems, care services and small shops write it —
 * calendar exports, key=value logs and INI exports, care handovers and visit records, chats with a
 * business, delivery rounds, addresses from India, Australia and the Netherlands. Names and values are
 * made up here, not taken from any set.
 */
describe('privacy detectors: shapes of round 19 (bookings, care rounds, logs)', () => {
  describe('calendar exports', () => {
    const event =
      'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Massage 60 min\n' +
      'ATTENDEE;CN="Quorvath, Iselde";ROLE=REQ-PARTICIPANT:mailto:iq@example.org\n' +
      'ATTENDEE;CN=Brannoc Vellipar;ROLE=OPT-PARTICIPANT:mailto:bv@example.org\n' +
      'ATTENDEE;CUTYPE=ROOM;CN=Raum Sonnendeck:mailto:raum@example.org\n' +
      'LOCATION:Praxis Kielwasser\nEND:VEVENT\nEND:VCALENDAR\n';

    it("reads an attendee's common name, quoted surname first or as written", () => {
      const found = people(event);
      assert.ok(found.includes('Quorvath, Iselde'), JSON.stringify(found));
      assert.ok(found.includes('Brannoc Vellipar'), JSON.stringify(found));
    });

    it('takes no calendar block, property or room for a person (must-keep: the attendees stay)', () => {
      const found = people(event);
      for (const word of ['VCALENDAR', 'VEVENT', 'ATTENDEE', 'Raum Sonnendeck'])
        assert.ok(!found.some((f) => f.includes(word)), `${word}: ${JSON.stringify(found)}`);
    });

    it('reads an escaped LOCATION as an address (Indian and Australian layouts)', () => {
      assert.deepEqual(addresses('LOCATION:9/5\\, Kalyan Vihar\\, Delhi 110009\nDESCRIPTION:x'), [
        '9/5\\, Kalyan Vihar\\, Delhi 110009',
      ]);
      assert.deepEqual(addresses('LOCATION:14 Marine Terrace\\, Fremantle WA 6160\nEND:VEVENT'), [
        '14 Marine Terrace\\, Fremantle WA 6160',
      ]);
    });
  });

  describe('key=value logs and INI exports', () => {
    it('reads a quoted customer name in a log line', () => {
      const line = 'ts=2026-03-02T08:15:00Z event=login.ok customer_name="Brannoc Vellipar" slot=2026-03-04T10:00';
      assert.deepEqual(people(line), ['Brannoc Vellipar']);
    });

    it('reads "Name=" in a staff section of an INI export, a particle inside the name', () => {
      const ini = '; Export Lohn\n[Kraft 4]\nName=Iselde ter Quorvath\nGeburtsdatum=06.02.1971\nWochenstunden=30\n';
      assert.deepEqual(people(ini), ['Iselde ter Quorvath']);
    });

    it('takes no program or job named by "name=" for a person (must-keep)', () => {
      assert.deepEqual(people('[Desktop Entry]\nName=Firefox Web Browser\nExec=firefox %u\n'), []);
      assert.deepEqual(people('ts=2026-03-02 job name=nightly status=ok\n'), []);
    });
  });

  describe('care handovers and visit records', () => {
    it('reads the resident after a title and a room number before a colon', () => {
      const text =
        'Nachtwache an Früh\n* Zi. 4 Hr. Quandtmeyer: Puls 96, schläft unruhig.\n* Zi. 6 Fr. Brigitta Aumüllerin: Sturzgefahr, Klingel nah.\n';
      const found = people(text);
      assert.ok(found.includes('Quandtmeyer'), JSON.stringify(found));
      assert.ok(found.includes('Brigitta Aumüllerin'), JSON.stringify(found));
    });

    it('takes a label after a title for no person (must-keep: the name after it is found)', () => {
      const found = people('Anrede: Frau Name: Kowalczykówna');
      assert.ok(!found.some((f) => f.startsWith('Name')), JSON.stringify(found));
      assert.ok(found.includes('Kowalczykówna'), JSON.stringify(found));
    });

    it("reads a room's occupant before a dash, not an empty room", () => {
      const text =
        'Ward C, late shift\nRm 3 Oswin Marchetti – obs stable, pain 2/10.\nRm 4 Empty (awaiting admission).\nRm 5 Tobin Nightjar – NBM from midnight.\n';
      assert.deepEqual(people(text), ['Oswin Marchetti', 'Tobin Nightjar']);
    });

    it('reads a resident after "Bewohnerin" (must-keep: "Resident Services" is none)', () => {
      const found = people(
        'Notfallnummern für Bewohnerin Irmentraud Vogelstrom, Wohnbereich 2\nResident Services: 0800 123',
      );
      assert.ok(found.includes('Irmentraud Vogelstrom'), JSON.stringify(found));
      assert.ok(!found.some((f) => f.includes('Services')), JSON.stringify(found));
    });

    it('reads a client before an address on a line that opens with the visit time', () => {
      const text = 'Fahrplan Mittwoch\n9.30 Uhr Ilkea Brünsmann, Deichweg 4, 21635 Jork (Medikamentengabe)\n';
      assert.ok(people(text).includes('Ilkea Brünsmann'), JSON.stringify(people(text)));
    });

    it('reads who documented the entry ("Dokumentiert von", "Documented by")', () => {
      assert.deepEqual(people('Verband gewechselt, Wunde reizlos.\nDokumentiert von Brannoc Vellipar\n'), [
        'Brannoc Vellipar',
      ]);
      assert.deepEqual(people('Catheter flushed at 14:00.\nDocumented by Quorvath Iselde\n'), ['Quorvath Iselde']);
    });

    it('reads a carer named alone after the day and time of a visit, and takes no day for a person', () => {
      const text =
        'Home support record, Eamon Tulliver\nMon 08:40 carer Morwenna Pascoe: shower, breakfast.\nMon 12:10 carer Morwennick: soup eaten.\n';
      const found = people(text);
      assert.ok(found.includes('Morwennick'), JSON.stringify(found));
      assert.ok(!found.includes('Mon'), JSON.stringify(found));
    });
  });

  describe('days before times are no names', () => {
    it('takes no weekday of a timetable for a person', () => {
      const text =
        'Hallenbelegung Winter\nDi 19:15 Volleyball Halle A, Do 20:00 Badminton Halle B\nTraining danach wieder Sa 10:30 im Freibad.\n';
      const found = people(text);
      assert.ok(!found.some((f) => /^(?:Di|Do|Sa)$|Training|danach/.test(f)), JSON.stringify(found));
    });

    it("keeps a speaker whose surname is a day's abbreviation, a comma before the time (must-keep)", () => {
      assert.ok(people('Lena Berg, 11:02: passt\nMinh Do, 11:05: bin dabei\n').includes('Minh Do'));
    });
  });

  describe('labels and speakers', () => {
    it("reads the name after a sitter's label, not the label", () => {
      const found = people('Booking 2231 (two cats)\nSitter: Wanjiku Kamaru. Spare key with neighbour');
      assert.ok(found.includes('Wanjiku Kamaru'), JSON.stringify(found));
      assert.ok(!found.includes('Sitter'), JSON.stringify(found));
    });

    it("takes a day care's chat name for no person (must-keep: a person and a one-word contact)", () => {
      const text =
        '[03.02.26, 08:02] Tagespflege Haus Lerche: Der Bus kommt heute später.\n[03.02.26, 08:05] Maria Hauser: Danke für die Info!\n[03.02.26, 08:06] Montserrat: vale\n';
      const found = people(text);
      assert.ok(!found.some((f) => f.includes('Lerche')), JSON.stringify(found));
      assert.ok(found.includes('Maria Hauser') && found.includes('Montserrat'), JSON.stringify(found));
    });

    it('takes a greeting after a chat role for no person', () => {
      assert.deepEqual(people('[17:21] Customer: Hi, is the blue one still in stock?\n[17:25] Shop: sold out'), []);
    });

    it('reads a nickname in quotes after "prefers" or a user number (must-keep: an ordinary word is none)', () => {
      assert.ok(people('Guest list: Morag Dunbarton, who prefers "Nell" on her badge').includes('Nell'));
      assert.ok(people('Flagged account: user 40312 "Falkenauge" posted a phone number').includes('Falkenauge'));
      assert.deepEqual(people('Breakfast: prefers "Tea" with milk'), []);
    });
  });

  describe('sign-offs', () => {
    it('reads a name no list knows after a closing at the end of a message', () => {
      assert.ok(people('The parcel can go to the back door.\nThanks, Dibé').includes('Dibé'));
    });

    it("reads a name after a closing in a chat message's last sentence", () => {
      assert.ok(people('[18:40] Ilka Brandt: Key is under the mat. Cheers Nyokabi!').includes('Nyokabi'));
    });

    it('takes no firm, team or note after a closing for a person (must-keep)', () => {
      assert.deepEqual(people('Regards, ACME'), []);
      assert.deepEqual(
        people('[18:40] Ilka Brandt: Key is under the mat. Cheers Team!').filter((f) => f !== 'Ilka Brandt'),
        [],
      );
      assert.deepEqual(
        people('Offen: Sommerfeld bis Mo. – Anruf Hausmeister').filter((f) => f.includes('Anruf')),
        [],
      );
    });
  });

  describe('sentences after a question', () => {
    it('reads a given name opening the sentence after a question (must-keep: "Will" is a word)', () => {
      assert.deepEqual(people('From: Tamsin Okoro\nCould you take the early slot? Malika will be there too.'), [
        'Tamsin Okoro',
        'Malika',
      ]);
      assert.deepEqual(people('From: Tamsin Okoro\nIs it ready? Will do it later.'), ['Tamsin Okoro']);
    });
  });

  describe('postal addresses', () => {
    it('reads Indian addresses that open with a flat or block number', () => {
      assert.deepEqual(addresses('The flat is 7/2, Nehru Nagar, Madurai 625020.'), [
        '7/2, Nehru Nagar, Madurai 625020',
      ]);
      assert.deepEqual(addresses('Courier to C-204, Lotus Apartments, Kondapur, Hyderabad 500084'), [
        'C-204, Lotus Apartments, Kondapur, Hyderabad 500084',
      ]);
      assert.deepEqual(addresses('Home: 12/3, Kamaraj Salai, Chennai 600005'), ['12/3, Kamaraj Salai, Chennai 600005']);
    });

    it('reads a Dutch street ending in "-baan" and an Australian postcode after its state', () => {
      assert.deepEqual(addresses('Mijn moeder woont op Vaartbaan 9, 3439 ND Nieuwegein.'), [
        'Vaartbaan 9, 3439 ND Nieuwegein',
      ]);
      assert.deepEqual(addresses('Carys Penhallow now lives at 3 Wattle Crescent, Albany WA 6330'), [
        '3 Wattle Crescent, Albany WA 6330',
      ]);
    });

    it('takes no date before a venue for part of an address (must-keep: the street stays found)', () => {
      const found = addresses('Quiz night 14 March, Scout Hut, 3 High Street, Orange NSW 2800');
      assert.ok(found.length === 1 && !found[0].includes('March'), JSON.stringify(found));
    });

    it("takes a care home's and a salon's own address for no one's home", () => {
      assert.deepEqual(addresses('Stop 3: Elmfield Care Home, 8 Bridge Street (laundry pick-up)'), []);
      assert.deepEqual(addresses('Invoice from Schnittwerk Hair & Beauty, 4 Dock Road, Cork'), []);
    });

    it('keeps a home address after the word "home" (must-keep)', () => {
      assert.deepEqual(addresses('Please send it to my home, 12 Elm Road, York YO1 7HB'), [
        '12 Elm Road, York YO1 7HB',
      ]);
    });
  });

  describe('phone numbers', () => {
    it('reads an Australian 1300 number as a service line (must-keep: an order number is none)', () => {
      // Round 32: a 1300 number is an organisation's service line, never a person's (freephone-numbers.ts).
      assert.deepEqual(phones('Kestrel Storage · 1300 552 907'), []);
      assert.deepEqual(phones('Order 1300 123 456 shipped'), []);
    });
  });

  describe('tables and things', () => {
    it('takes a care home with its street in a customer column for no person (must-keep: a surname that is a word)', () => {
      const table =
        '| # | Kunde | Betrag |\n| 1 | Anna Bank | 12,00 € |\n| 2 | Pflegeheim Lindenhof, Am Anger 3 | Sammelrechnung |\n';
      assert.deepEqual(people(table), ['Anna Bank']);
    });

    it('takes no estate or numbered cupboard for a person (must-keep: a person surnamed so)', () => {
      assert.deepEqual(people('Das Sommerfest findet auf Schloss Elmenhorst statt'), []);
      assert.deepEqual(people('Ersatzbrille liegt im Schrank Nr. 4'), []);
      assert.ok(people('Trauzeugin: Anna Schloss').includes('Anna Schloss'));
    });

    it("takes a range of days under a label for no person (must-keep: one day's abbreviation may be a name)", () => {
      assert.deepEqual(people('Staff: Mon–Wed\nAnsprechpartner: Mo–Mi'), []);
      assert.deepEqual(people('Dear Mr Sun,'), ['Sun']);
    });
  });

  describe('placeholders and line ends', () => {
    it("takes a placeholder's type in capitals for no person", () => {
      assert.deepEqual(people('Wiederhole wörtlich: (PERSON_1) (IBAN-CODE_1). Gruß, Herr <PERSON_1>'), []);
    });

    it('reads a surname of the name lists alone after an institution and its town (must-keep: a district is none)', () => {
      assert.deepEqual(people('Amtsgericht Celle, Kowalski'), ['Kowalski']);
      assert.deepEqual(people('Berlin, Mitte'), []);
    });
  });

  describe('cost', () => {
    it('reads 100 KB and 400 KB of "CN=", "Name=" and nickname cues in linear time', () => {
      const scanner = new PrivacyScanner();
      for (const unit of ['ATTENDEE;CN=', ';CN="', 'x Name=Ab ', 'user      ', 'prefers "', '"Ab'])
        assertLinearTime(
          JSON.stringify(unit),
          (text) => scanner.scan(text),
          repeated(unit, 100_000),
          repeated(unit, 400_000),
        );
    });
  });
});
