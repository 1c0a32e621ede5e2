import { strict as assert } from 'node:assert';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe('Ghanaian digital addresses and British city landlines', () => {
  it('reads a Ghanaian address ending in its GPS digital address', () => {
    const csv =
      'name,email,address,status\nKofi Mensobi,k.mensobi@example.org,"House 19, Palm Avenue West, Accra GA-417-2236",Active\n';
    assert.ok(spansOf(csv, 'POSTAL_ADDRESS').some((v) => v.includes('House 19') && v.endsWith('GA-417-2236')));
    const form = 'Applicant: Ama Dorkenoo, permanent address House No. 5, Cocoa Lane, Tamale, GPS NT-0218-9054\n';
    assert.ok(spansOf(form, 'POSTAL_ADDRESS').some((v) => v.endsWith('NT-0218-9054')));
    const json = '{"type": "home", "formatted": "House 61, Akosombo Street, Kumasi AK-205-3381"}';
    assert.ok(spansOf(json, 'POSTAL_ADDRESS').some((v) => v.endsWith('AK-205-3381')));
  });

  it('leaves ticket-like codes without a house and street alone', () => {
    const text = 'Ticket status: open, queue AB-123-4567 assigned to the Accra desk.\n';
    assert.deepEqual(spansOf(text, 'POSTAL_ADDRESS'), []);
  });

  it('reads a 4-3-4 0151 number on a British page as a landline, not a mobile', () => {
    const letter =
      'Mersey Lettings Ltd · 9 Dock Road, Liverpool L3 7QP\n\n' +
      'Dear tenant,\nYour rent account shows arrears of £420.00. Please contact our rent team on 0151 496 0388 to agree a plan.\n';
    assert.ok(!spansOf(letter, 'PHONE_NUMBER').includes('0151 496 0388'));
  });

  it('keeps a 4-3-4 0151 number personal beside a person, and on a page with nothing British', () => {
    const named =
      'Mersey Lettings Ltd · 9 Dock Road, Liverpool L3 7QP\n\nRent due £420.00. You can reach Mr Tobias Wrenfield on 0151 496 0377.\n';
    assert.ok(spansOf(named, 'PHONE_NUMBER').includes('0151 496 0377'));
    const plain = 'Bitte kontaktieren Sie unser Team unter 0151 496 0388 für einen Termin.\n';
    assert.ok(spansOf(plain, 'PHONE_NUMBER').includes('0151 496 0388'));
  });

  it('keeps German mobiles and British mobiles personal', () => {
    const german =
      'Hausverwaltung Lindner GmbH · Bergstraße 4, 50667 Köln · 0151 2345 6789\nBitte rufen Sie mich an.\n';
    assert.ok(spansOf(german, 'PHONE_NUMBER').includes('0151 2345 6789'));
    const british = 'Mersey Lettings Ltd · 9 Dock Road, Liverpool L3 7QP · 07700 900123\nRent due £420.00.\n';
    assert.ok(spansOf(british, 'PHONE_NUMBER').includes('07700 900123'));
  });

  it('stays linear on long lines of dashed codes', () => {
    const line = 'House 1, Ring Lane ' + 'Aa-111-2222 '.repeat(40) + 'GA-123-4567 ';
    assertLinearTime('ghana', (t) => scanner.scan(t), line.repeat(20), line.repeat(80));
  });
});
