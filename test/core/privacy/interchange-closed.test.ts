import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';

const scanner = new PrivacyScanner();
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('closed fields: an organisation’s own values, and only those', () => {
  it('a firm’s own card: its street (two words) and switchboard are its own, a person in its NOTE is someone', () => {
    const card =
      'BEGIN:VCARD\nVERSION:3.0\nKIND:org\nORG:Steinhaus Grabmale GmbH\nFN:Steinhaus Grabmale GmbH\n' +
      'ADR;TYPE=WORK:;;Am Alten Markt 7;Lörrach;;79539;Deutschland\nTEL;TYPE=WORK:+49 7621 55120\n' +
      'NOTE:Rückruf an Frau Edeltraud Vinzelberg\\, mobil 0172 4418390\nEND:VCARD';
    assert.deepEqual(found(card, 'POSTAL_ADDRESS'), []);
    assert.ok(!found(card, 'PHONE_NUMBER').includes('+49 7621 55120'), String(found(card, 'PHONE_NUMBER')));
    assert.ok(found(card, 'PHONE_NUMBER').includes('0172 4418390'), String(found(card, 'PHONE_NUMBER')));
    assert.ok(
      found(card, 'PERSON').some((p) => p.includes('Vinzelberg')),
      String(found(card, 'PERSON')),
    );
  });

  it('a person’s card: a name inside the employer’s ORG is the firm’s, the person’s own N and FN stay', () => {
    const card =
      'BEGIN:VCARD\nVERSION:3.0\nN:Quarmby;Leontine;;;\nFN:Leontine Quarmby\n' +
      'ORG:Grabmalkunst Wendelin Oehme\nTEL;TYPE=CELL:+49 160 5512374\nEND:VCARD';
    const people = found(card, 'PERSON');
    assert.ok(people.includes('Leontine Quarmby'), String(people));
    assert.ok(!people.some((p) => p.includes('Oehme')), String(people));
  });

  it('a venue’s LOCATION: the address is the venue’s, a person named in it is still someone', () => {
    const event =
      'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:5d1c2a@example.org\nDTSTART:20260312T110000\n' +
      'SUMMARY:Trauerfeier\nLOCATION:Trauerhalle\\, Lindenallee 14\\, 79539 Lörrach\\, bei Frau Irmgard Pfeilsticker 0171 2233445\n' +
      'END:VEVENT\nEND:VCALENDAR';
    assert.ok(
      !found(event, 'POSTAL_ADDRESS').some((a) => a.includes('Lindenallee')),
      String(found(event, 'POSTAL_ADDRESS')),
    );
    assert.ok(
      found(event, 'PERSON').some((p) => p.includes('Pfeilsticker')),
      String(found(event, 'PERSON')),
    );
  });
});
