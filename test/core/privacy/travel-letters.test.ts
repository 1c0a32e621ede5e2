import { strict as assert } from 'node:assert';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe("Travel letters: a roster's birth dates and a host's own lines", () => {
  it("reads a whole date after a labelled participant's name and a comma as the birth date", () => {
    const text = 'Sprachkurs 06.07.–26.07.\nSchülerin: Lenka Dvořáková, 11.03.2009\nGastfamilie: Joseph Borg';
    assert.deepEqual(spansOf(text, 'DATE_OF_BIRTH'), ['11.03.2009']);
    const en = 'Surf Camp – Waiver\nParticipant: Maris Ozolins, 07.02.2001\nCan swim 200 m: yes';
    assert.deepEqual(spansOf(en, 'DATE_OF_BIRTH'), ['07.02.2001']);
  });

  it("leaves a signer's date, a recent date and an unlabelled name's date alone", () => {
    assert.deepEqual(spansOf('Geprüft von: Lenka Dvořáková, 11.03.2009', 'DATE_OF_BIRTH'), []);
    assert.deepEqual(spansOf('Schülerin: Lenka Dvořáková, 11.03.2026', 'DATE_OF_BIRTH'), []);
    assert.deepEqual(spansOf('We met Lenka Dvořáková, 11.03.2009 was the day.', 'DATE_OF_BIRTH'), []);
  });

  it("drops a host's reception line, its 'call us on' and a house rule's 'Office:' number", () => {
    const rules = 'Bitte beachten Sie die Hausordnung. Rezeption täglich 8–12 und 14–18 Uhr, Tel. 038731 2210.';
    assert.deepEqual(spansOf(rules, 'PHONE_NUMBER'), []);
    const reply = '> Hi Tamati, late check-out is fine for room 9. For anything urgent call us on 03 441 2290.';
    assert.deepEqual(spansOf(reply, 'PHONE_NUMBER'), []);
    const park = 'Quiet hours 10 pm – 7 am. Office: (520) 555-0199 is for park business only.';
    assert.deepEqual(spansOf(park, 'PHONE_NUMBER'), []);
  });

  it("keeps 'call me on', a named person's number and a mobile after the host's words", () => {
    assert.deepEqual(spansOf('Hi Tamati, for anything call me on 03 441 2290.', 'PHONE_NUMBER'), ['03 441 2290']);
    assert.deepEqual(spansOf('Hi Tamati, call Rewi Parata on 03 441 2290.', 'PHONE_NUMBER'), ['03 441 2290']);
    assert.deepEqual(spansOf('For anything urgent call us on 0171 5523 9087.', 'PHONE_NUMBER'), ['0171 5523 9087']);
  });

  it("drops a spa town's levy mailbox and keeps a person's mailbox there", () => {
    const levy = 'Fragen an die Kurverwaltung: kurbeitrag@ostseebad.de, 04364 4920-0';
    assert.deepEqual(spansOf(levy, 'EMAIL_ADDRESS'), []);
    const person = 'Fragen an die Kurverwaltung: jana.pieper@ostseebad.de';
    assert.deepEqual(spansOf(person, 'EMAIL_ADDRESS'), ['jana.pieper@ostseebad.de']);
  });

  it("reads a campsite pitch and a walk's minutes as no address, a street still as one", () => {
    assert.deepEqual(spansOf('Gast: Ilse Mahr\nStellplatz 12 (Seeblick), Wohnmobil', 'POSTAL_ADDRESS'), []);
    assert.deepEqual(spansOf('Schulweg 10 min zu Fuß, Halbpension', 'POSTAL_ADDRESS'), []);
    assert.deepEqual(spansOf('Anschrift: Schulweg 10, 24937 Flensburg', 'POSTAL_ADDRESS'), [
      'Schulweg 10, 24937 Flensburg',
    ]);
  });

  it('reads long lines in linear time', () => {
    const line = 'Schülerin: Lenka Dvořáková, 11.03.2009, Rezeption täglich 8–12 Uhr, Tel. ';
    assertLinearTime('travel', (t) => scanner.scan(t), repeated(line, 4000), repeated(line, 16000));
  });
});
