import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe("the security trade's own words (review 44)", () => {
  it("reads a name after the trade's person labels", () => {
    assert.deepEqual(found('Bericht Nr. 26-0932\nEinsatzkraft: Kaasteen Shotridge (Dienstausweis W-221)\n', 'PERSON'), [
      'Kaasteen Shotridge',
    ]);
    assert.deepEqual(found('Keine Feuerwehr aufgeboten.\nPatrouilleur: Rentap Barieng', 'PERSON'), ['Rentap Barieng']);
    assert.deepEqual(found('Besucher: Rézműves Tsura, Firma Kältetechnik Süd\n', 'PERSON'), ['Rézműves Tsura']);
    assert.deepEqual(found('Paid by card, auth 448120.\nTechnician: Keletso', 'PERSON'), ['Keletso']);
    assert.deepEqual(found('Akte: E-2024-822\nZielperson: Masika Kazadi-Mutombo\n', 'PERSON'), [
      'Masika Kazadi-Mutombo',
    ]);
    assert.ok(
      found('02:42:30 Schlüsselträger 1 Mayamba, 0171 4402918: erreicht, kommt\n', 'PERSON').includes('Mayamba'),
    );
  });

  it('leaves the look-alikes: a folder, a key register change, a detector', () => {
    assert.deepEqual(found('Schlüsselträger Konto AK-4471-09 geändert\n', 'PERSON'), []);
    assert.deepEqual(found('Ordner: Projekte\nDatei: Plan.pdf\n', 'PERSON'), []);
    assert.deepEqual(found('Zone: 7\nMelder: Rauch\nBereich: OG1\n', 'PERSON'), []);
    assert.deepEqual(found('  - zone: 1\n    melder: Magnetkontakt\n    bereich: Tiefgarage\n', 'PERSON'), []);
  });

  it("keeps a person who reports an alarm (a name, not a detector's type, after Melder)", () => {
    assert.deepEqual(found('Melder: Jana Rauch, Nachbarin\n', 'PERSON'), ['Jana Rauch']);
  });

  it("takes the trade's places, units and police for no person", () => {
    assert.deepEqual(found('Objekt: Einfamilienhaus\n02:41:55 Anruf Objekt: keine Antwort\n', 'PERSON'), []);
    assert.deepEqual(found('Alarmobjekt: Lager Mainfrankenpark, Halle 4\n', 'PERSON'), []);
    assert.deepEqual(found('03:05:00 Streife vor Ort, Tür gesichert, Polizei verständigt\n', 'PERSON'), []);
    assert.deepEqual(found('CCTV camera 31 covers the area, clip requested by Garda member 7711.', 'PERSON'), []);
    assert.deepEqual(found('Hausverbot bis 14.03.2028.\nCentermanagement Donaupark, Sicherheitsdienst', 'PERSON'), []);
    assert.deepEqual(found('Keyholder 3: Greywall mobile response (key safe KS-2)\n', 'PERSON'), []);
  });

  it("drops a control room's, an ARC's and a key register's line, keeps a person's and a mobile", () => {
    assert.deepEqual(found('Questions to the control room on 0113 496 0771.', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Control room contact: 011 555 0199 (24h).', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Thanks.\nGreywall Monitoring Ltd, 0113 496 0712\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Lager 2. Verlust ist unverzüglich unter 0931 460 27 70 zu melden.\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Control room: call Jana Berg on 0113 496 0712.', 'PHONE_NUMBER'), ['0113 496 0712']);
    assert.deepEqual(found('Please call the control room on 07700 900123.', 'PHONE_NUMBER'), ['07700 900123']);
    assert.deepEqual(found('Please call me on 0113 496 0712.', 'PHONE_NUMBER'), ['0113 496 0712']);
  });

  it("reads the trade's desks as role mailboxes, a person's mailbox stays", () => {
    assert.deepEqual(found('Rückfragen an einsatzleitung@ordnungsdienst-west.de.', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found('To: arc@greywall-arc.co.uk\nSubject: False alarm', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(found('To: tonkori.akibe@btinternet.com\nSubject: False alarm', 'EMAIL_ADDRESS'), [
      'tonkori.akibe@btinternet.com',
    ]);
  });

  it("leaves an alarm panel's, a recorder's or a reader's private address, keeps a public one and a person's", () => {
    assert.deepEqual(found('Zone: 7\nPanel: 10.20.21.51\n', 'IP_ADDRESS'), []);
    assert.deepEqual(found('- Panel 10.20.14.77 meldet Übertragungsfehler seit 03:12', 'IP_ADDRESS'), []);
    assert.deepEqual(found('Zentrale: Typ MZ-5000, Firmware 4.12.3, IP 192.168.20.15\n', 'IP_ADDRESS'), []);
    assert.deepEqual(found('{"zone": 1, "panel": "172.16.19.173", "fw": "6.4.5"}', 'IP_ADDRESS'), []);
    assert.deepEqual(
      found(
        'time;door;uid;user;ip;panel_ip\n2026-08-24T19:45:51;Door 29;0497;Feivel Shlaifer;91.164.236.228;192.168.29.208\n',
        'IP_ADDRESS',
      ),
      ['91.164.236.228'],
    );
    assert.deepEqual(found('Panel: 84.75.183.52\n', 'IP_ADDRESS'), ['84.75.183.52']);
    assert.deepEqual(found('Ip: 192.168.1.20\nUser: Jana Berg\n', 'IP_ADDRESS'), ['192.168.1.20']);
    assert.deepEqual(found('Panel 192.168.1.50 is on my home network\n', 'IP_ADDRESS'), ['192.168.1.50']);
  });
});
