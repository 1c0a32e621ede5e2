import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { hasNone, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

/** Each postal address the scanner finds in `text`, as its text. */
const addresses = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'POSTAL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('addresses of round 38: countries no rule knew, and addresses under an address key', () => {
  it('reads a postcode with its country prefix after the street (Luxembourg, Lithuania, Latvia)', () => {
    assert.deepEqual(addresses('Kontakt:\n14, Rue des Tilleuls, L-7312 Mersch\nTel. folgt'), [
      '14, Rue des Tilleuls, L-7312 Mersch',
    ]);
    assert.deepEqual(addresses('Sender: 6, Montée de la Pétrusse, L-2912 Luxembourg\n'), [
      '6, Montée de la Pétrusse, L-2912 Luxembourg',
    ]);
    assert.deepEqual(addresses('Gyvena: Žalgirio pr. 41, LT-08217 Vilnius\n'), ['Žalgirio pr. 41, LT-08217 Vilnius']);
    assert.deepEqual(addresses('Dzīvo: Ozolu iela 17, LV-3601 Ventspils\n'), ['Ozolu iela 17, LV-3601 Ventspils']);
    // Look-alikes: a product code with a town's name, a prefix of the wrong length.
    assert.deepEqual(addresses('Part L-2714 Luxembourg edition, 12 units in stock'), []);
    assert.deepEqual(addresses('Item 4, Spare Kit, L-27145 Mersch warehouse'), []);
  });

  it('reads a Belgian street, its kind first and the number after its name, with a four-digit postcode', () => {
    // A street named after its station is still a street ("Rue de la Station" is no station's address).
    assert.deepEqual(addresses('Mara Peeters\nRue de la Station 11, 4845 Jalhay\n'), [
      'Rue de la Station 11, 4845 Jalhay',
    ]);
    // A street and a town without a number is a place.
    assert.deepEqual(addresses('Meet at Avenue des Hêtres, 4830 Limbourg'), []);
  });

  it('reads Colombian nomenclature "Calle/Carrera N # N-N, town postcode" and no phone in its postcode', () => {
    const text = 'Dirección: Calle 27 # 41-12, Manizales 170004\n';
    assert.deepEqual(addresses(text), ['Calle 27 # 41-12, Manizales 170004']);
    assert.deepEqual(found(text, 'PHONE_NUMBER'), []);
    assert.deepEqual(addresses('Vive en Carrera 9B # 33-70, Pereira 660003.'), ['Carrera 9B # 33-70, Pereira 660003']);
    assert.deepEqual(addresses('Domicilio: Diagonal 75 # 2-18, Ibagué 730001\n'), [
      'Diagonal 75 # 2-18, Ibagué 730001',
    ]);
    // Look-alike: an order's "# 18-44" without a street's word.
    assert.deepEqual(addresses('Order # 18-44, Manizales 170004'), []);
  });

  it('reads Malaysian, Thai and East African layouts', () => {
    assert.deepEqual(addresses('Alamat: 27, Jalan Cempaka, 81300 Skudai\n'), ['27, Jalan Cempaka, 81300 Skudai']);
    assert.deepEqual(addresses('Tinggal di 9, Lorong Bukit Indah, 31400 Ipoh.'), ['9, Lorong Bukit Indah, 31400 Ipoh']);
    assert.deepEqual(addresses('Customer: Niran Chaiyo, 41 Ratchada Soi 7, Chiang Mai 50200, tel. later'), [
      '41 Ratchada Soi 7, Chiang Mai 50200',
    ]);
    assert.deepEqual(addresses('She lives at Plot 44, Mkwawa Road, Iringa 51101. Keys later.'), [
      'Plot 44, Mkwawa Road, Iringa 51101',
    ]);
    assert.deepEqual(addresses('Residence: House 207, Menelik Avenue, Hawassa 1310\n'), [
      'House 207, Menelik Avenue, Hawassa 1310',
    ]);
    // Look-alikes: a stand and a count, a house number with no street.
    assert.deepEqual(addresses('House 207, 1310 guests expected'), []);
  });

  it('reads any address under an address key of a JSON or key-value record', () => {
    const json =
      '{"resident":"Tove Lindqvist","home":{"string":"22, Kestrel Row, Duncairn 4471"},"mobile":null}\n' +
      '{\\"pickup\\":{\\"address\\":\\"8, Marram Lane, Port Elsby\\",\\"lat\\":52.1}}\n' +
      '{"postal_address": "Birchwood Close 15, Hollins Vale"}';
    assert.deepEqual(addresses(json), [
      '22, Kestrel Row, Duncairn 4471',
      '8, Marram Lane, Port Elsby',
      'Birchwood Close 15, Hollins Vale',
    ]);
    // The towns inside are no names.
    hasNone(personSpans(json), 'Duncairn');
    hasNone(personSpans(json), 'Port Elsby');
    // Look-alikes: a place without a number, a station with one, coordinates, a firm's address key.
    assert.deepEqual(addresses('{"dropoff":{"address":"Kiel Hbf, Ostseekai"}}'), []);
    assert.deepEqual(addresses('{"address":"Terminal 2, Munich Airport"}'), []);
    assert.deepEqual(addresses('{"address":"52.5200, 13.4050"}'), []);
    assert.deepEqual(addresses('{"company_address":"8, Marram Lane, Port Elsby"}'), []);
    // "home" is an address key only as a key: "Home: 5 Kestrel Row, Duncairn" in prose is no record.
    assert.deepEqual(addresses('{"homepage":"8, Marram Lane, Port Elsby"}'), []);
  });

  it('reads long lines of keyed values and layouts in linear time', () => {
    const scan = (text: string) => scanner.scan(text);
    const keyed = (n: number) => '{"address":"' + '12, Marram Lane, '.repeat(n) + 'Port Elsby"}';
    assertLinearTime('keyed address value', scan, keyed(200), keyed(2000));
    const malay = (n: number) => '9, Jalan Cempaka, '.repeat(n) + '81300 Skudai';
    assertLinearTime('Malaysian streets', scan, malay(200), malay(2000));
    const colombian = (n: number) => 'Calle 27 # 41-12, '.repeat(n) + 'Manizales 170004';
    assertLinearTime('Colombian ways', scan, colombian(200), colombian(2000));
  });
});
