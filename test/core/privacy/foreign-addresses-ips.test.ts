import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../../nodes/core/privacy/entities.js';
import { personSpans, hasNone } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The values of one type the scanner finds in `text`. */
const values = (text: string, type: EntityType) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('one-line postal addresses with the street kind first or the postcode after the town', () => {
  const cases: [string, string, string][] = [
    ['RO', 'My name is Ilinca Varga, I live in ', 'Strada Zorilor 27, 030045 București'],
    ['RO, number after a comma', 'Anschrift: ', 'Bulevardul Unirii, 58, 400221 Cluj-Napoca'],
    ['PT', 'Parcels went to ', 'Rua do Almada, 142, 4050-036 Porto'],
    ['IT', 'Lieferadresse in allen Fällen ', 'Via Garibaldi, 31, 10122 Torino'],
    ['ES', 'my home address (', 'Calle de Toledo, 47, 28005 Madrid'],
    ['MX', 'Address: ', 'Calle Zacatecas 118, Col. Condesa, 06140 Ciudad de México, CDMX'],
    ['MX, state abbreviation', 'All parcels went to ', 'Calle Morelos 62, Col. Centro, 44100 Guadalajara, Jal.'],
    ['EG', 'Address: ', '23 Sharia Qasr El Nil, Downtown, Cairo 11511'],
    ['VN', 'the delivery address ', '41 Đường Hai Bà Trưng, Quận 3, TP. Hồ Chí Minh 700000'],
    ['MA', 'I am Salma Idrissi, ', '14, Rue Ibn Khaldoun, 20000 Casablanca'],
  ];
  for (const [country, before, address] of cases)
    it(`finds the whole address (${country})`, () => {
      assert.deepEqual(values(`${before}${address}.\nThanks`, 'POSTAL_ADDRESS'), [address]);
    });

  it('reads no person in a street named after one inside a found address', () => {
    const text =
      'Address: 23 Sharia Mahmoud Bassiouni, Downtown, Cairo 11511\nand 14, Rue Ibn Khaldoun, 20000 Casablanca.';
    const found = personSpans(text);
    hasNone(found, 'Bassiouni');
    hasNone(found, 'Khaldoun');
  });

  it('leaves a firm’s address and a street with no house number alone', () => {
    assert.deepEqual(
      values('Ceramica Tlaquepaque S.A. de C.V., Calle Hidalgo 75, 44500 Guadalajara', 'POSTAL_ADDRESS'),
      [],
    );
    assert.deepEqual(values('Der Markt liegt an der Via Roma, 90133 Palermo hat viele davon.', 'POSTAL_ADDRESS'), []);
  });

  it('reads long lines in linear time', () => {
    const unit = 'Strada Zorilor, Via Roma 27, 03004 Calle de Toledo 12 Sharia Nil, Cairo, x ';
    assertLinearTime('street-first addresses', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});

describe('an IPv4 address followed by a date in brackets', () => {
  it('is an IP address, and no phone number starts inside it', () => {
    const text = 'Phone: +44 7700 900123\nLogins: 109.41.17.203 (3 March), 88.12.4.7 (7 March)';
    assert.deepEqual(values(text, 'IP_ADDRESS'), ['109.41.17.203', '88.12.4.7']);
    assert.deepEqual(values(text, 'PHONE_NUMBER'), ['+44 7700 900123']);
  });
  it('leaves a phone number right after an IP address (a table row joined into one line) a phone number', () => {
    assert.deepEqual(values('Kestrel Bay | 10.12.40.155 | +32 486 71 20 93 | crew', 'PHONE_NUMBER'), [
      '+32 486 71 20 93',
    ]);
  });
});

describe('private addresses named for the organisation’s service hosts', () => {
  it('leaves a service host’s private address alone', () => {
    assert.deepEqual(values('Quelle: login-svc-de-3 (10.31.6.22)', 'IP_ADDRESS'), []);
    assert.deepEqual(values('Internal systems: auth-gw-2 (172.20.5.9), risk-engine (172.20.5.10)', 'IP_ADDRESS'), []);
  });
  it('flags a device’s or a person’s private address and any public one', () => {
    assert.deepEqual(values('Geräte: Lenas-iPhone (192.168.4.12)', 'IP_ADDRESS'), ['192.168.4.12']);
    assert.deepEqual(values('lena-laptop-svc (192.168.4.13)', 'IP_ADDRESS'), ['192.168.4.13']);
    assert.deepEqual(values('login from 10.0.8.7 at 03:12', 'IP_ADDRESS'), ['10.0.8.7']);
    assert.deepEqual(values('Quelle: auth-svc-eu-2 (93.184.12.40)', 'IP_ADDRESS'), ['93.184.12.40']);
  });
});
