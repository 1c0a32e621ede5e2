import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { postalAddresses } from '../../../nodes/core/privacy/addresses.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { hasNone, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

/** Each postal address the scanner finds in `text`, as its text. */
const addresses = (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === 'POSTAL_ADDRESS')
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 31: postal addresses of more countries', () => {
  it('reads a Turkish address: street word, "No:", five-digit postcode, district/city', () => {
    const text = 'Teslimat adresi doğrulandı:\nGülbahar Sokak No: 17, 34365 Şişli/İstanbul. Lütfen onaylayın.';
    assert.deepEqual(addresses(text), ['Gülbahar Sokak No: 17, 34365 Şişli/İstanbul']);
    const boulevard = 'Kunde Merve Kaplan, wohnhaft Cumhuriyet Bulvarı No: 52, 06690 Kızılay/Ankara, ruft zurück.';
    assert.ok(
      addresses(boulevard).includes('Cumhuriyet Bulvarı No: 52, 06690 Kızılay/Ankara'),
      addresses(boulevard).join('|'),
    );
    const row = '| Anschrift | Papatya Caddesi No: 9, 16110 Nilüfer/Bursa |';
    assert.deepEqual(addresses(row), ['Papatya Caddesi No: 9, 16110 Nilüfer/Bursa']);
    // The district and the street's name are no person's.
    hasNone(personSpans(row), 'Nilüfer');
    hasNone(personSpans(row), 'Caddesi');
    // Look-alikes: an order's number and an amount stay unflagged.
    assert.deepEqual(addresses('Sipariş No: 17, 34365 adet ürün gönderildi.'), []);
    assert.deepEqual(addresses('Invoice No: 17, 34365 EUR due on 12.03.2026'), []);
  });

  it('reads an Indian address: a house number alone first, the six-digit PIN after the town', () => {
    assert.deepEqual(addresses('Permanent address: 7, MG Road, Indore 452001\nPAN on file'), [
      '7, MG Road, Indore 452001',
    ]);
    assert.deepEqual(addresses('| Address | 2, 5th Cross, Malleshwaram, Mysuru 570001 |'), [
      '2, 5th Cross, Malleshwaram, Mysuru 570001',
    ]);
    // Look-alikes: a count of items, an amount with initials.
    assert.deepEqual(addresses('Batch 4, MG Units, Pune 411001 records'), []);
    assert.deepEqual(addresses('We paid 3, then INR 411001 more.'), []);
  });

  it('reads a Brazilian address before its CEP, with the state after a dash', () => {
    const text = 'Meus dados: Avenida Sete de Setembro, 845, 40060-001 Salvador - BA,\ntelefone em anexo.';
    assert.deepEqual(addresses(text), ['Avenida Sete de Setembro, 845, 40060-001 Salvador - BA']);
    const flat = 'Endereço: Rua Harmonia, 233, apto 41, Vila Madalena, 05435-000 São Paulo/SP';
    assert.deepEqual(addresses(flat), ['Rua Harmonia, 233, apto 41, Vila Madalena, 05435-000 São Paulo/SP']);
    hasNone(personSpans(flat), 'Harmonia');
    // Look-alikes: a case number and an amount before five digits and a dash.
    assert.deepEqual(addresses('Pedido 4471, 40060-001 Salvador - BA'), []);
    assert.deepEqual(addresses('Total: R$ 1.120, ref. 40060-001.'), []);
  });

  it('reads a street before its house, the town and postcode on the next line (Kenya, Nigeria)', () => {
    const text = 'Deliver to:\nNgong Lane, House 12\nNakuru 20100\nThank you.';
    assert.deepEqual(addresses(text), ['Ngong Lane, House 12\nNakuru 20100']);
    // Look-alike: a title before a flat on a numbered street ("Dr" is no Drive there).
    const letter = 'Registry · Leeds\n\nDr Ottoline Vasquez-Brandt\nFlat 7, 19 Quarry Street\nLeeds LS6 2QF\n\nDear Dr';
    assert.deepEqual(addresses(letter), ['Flat 7, 19 Quarry Street\nLeeds LS6 2QF']);
  });

  it('reads a French or Italian street with an elided particle (Luxembourg)', () => {
    const text = 'Please send the mandate to 48 Rue d’Esch, L-4230 Esch-sur-Alzette by courier.';
    assert.deepEqual(addresses(text), ['48 Rue d’Esch, L-4230 Esch-sur-Alzette']);
    assert.deepEqual(addresses('Consegna: Via dell’Orso 14, 20121 Milano'), ['Via dell’Orso 14, 20121 Milano']);
  });

  it('reads an escaped line break inside a JSON string as a line break', () => {
    const once = '{"name": "x", "adr": "Ngong Lane, House 12\\nNakuru 20100", "eml": "y"}';
    assert.deepEqual(
      postalAddresses(once).map((e) => once.slice(e.start, e.end)),
      ['Ngong Lane, House 12\\nNakuru 20100'],
    );
    const twice = '{\\"anschrift\\": \\"9, MG Road\\\\nIndore 452001\\", \\"ort\\": 1}';
    assert.deepEqual(
      postalAddresses(twice).map((e) => twice.slice(e.start, e.end)),
      ['9, MG Road\\\\nIndore 452001'],
    );
    // A path's "\n" before a lower-case letter stays a letter.
    assert.deepEqual(postalAddresses('C:\\new 12, 40060-001'), []);
  });

  it('reads a Singapore housing block with its floor and unit, and a Philippine city before its postcode', () => {
    const text = 'Originator address:    Blk 52 Jurong West Lorong 6, #04-233, Singapore 640052\nDate of birth: n/a';
    assert.deepEqual(addresses(text), ['Blk 52 Jurong West Lorong 6, #04-233, Singapore 640052']);
    const ph = 'Address:         9 M.H. Bonifacio Street, Iloilo City 5000\nBirthdate: n/a';
    assert.deepEqual(addresses(ph), ['9 M.H. Bonifacio Street, Iloilo City 5000']);
    // Look-alikes: a room's number before six digits, a city and a count.
    assert.deepEqual(addresses('Room #04-233, Singapore 640052'), []);
    assert.deepEqual(addresses('In 2019 we moved to Iloilo City 5000 people came'), []);
  });

  it("leaves a firm's imprint address unflagged", () => {
    const text =
      'Anatolia Ödeme Hizmetleri A.Ş. · Büyükdere Caddesi No: 185 · 34394 Levent/İstanbul\n\nSayın müşterimiz';
    assert.deepEqual(addresses(text), []);
  });

  it('reads these shapes in linear time', () => {
    const line = (n: number) => 'Rua Harmonia, 233, apto 41, x, '.repeat(n) + '05435-000 São Paulo - SP';
    assertLinearTime('Brazilian street before a CEP', (t) => postalAddresses(t), line(500), line(2000));
    const escaped = (n: number) => 'Ngong Lane, House 12\\\\\\nNakuru 20100 '.repeat(n);
    assertLinearTime('escaped line breaks', (t) => postalAddresses(t), escaped(500), escaped(2000));
  });
});
