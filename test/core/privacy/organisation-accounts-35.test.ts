import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The values of one type the scanner finds in `text`. */
const valuesOf = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

const IBAN_A = 'DE34 3704 0044 0987 6543 21';
const IBAN_B = 'DE61 3704 0044 1122 3344 55';

describe("organisations' own accounts (round 35)", () => {
  it("drops a firm's IBAN under a payer or holder label, keeps a person's", () => {
    assert.deepEqual(
      valuesOf(`Heuerabrechnung\nAusgezahlt von: Nordlicht Reederei GmbH, IBAN ${IBAN_A}\n`, 'IBAN_CODE'),
      [],
    );
    assert.deepEqual(valuesOf(`Wages\nPaid from: Kestrel Tankers Ltd, IBAN ${IBAN_A}\n`, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(`Kontoinhaber: Brakwater Shipping B.V., IBAN ${IBAN_A}\n`, 'IBAN_CODE'), []);
    // Privacy first: a person as holder, a registered merchant (one person), a personal cue.
    assert.deepEqual(valuesOf(`Kontoinhaber: Wiebke Tammen, IBAN ${IBAN_B}\n`, 'IBAN_CODE'), [IBAN_B]);
    assert.deepEqual(valuesOf(`Ausgezahlt von: Tammen Bootsbau e.K., IBAN ${IBAN_B}\n`, 'IBAN_CODE'), [IBAN_B]);
    assert.deepEqual(valuesOf(`Paid from: Kestrel Tankers Ltd, my own IBAN ${IBAN_B}\n`, 'IBAN_CODE'), [IBAN_B]);
    // No label: an IBAN beside a firm's name stays.
    assert.deepEqual(valuesOf(`Nordlicht Reederei GmbH, IBAN ${IBAN_B}\n`, 'IBAN_CODE'), [IBAN_B]);
  });

  it('drops a donations account, unless a person is named on its line', () => {
    assert.deepEqual(valuesOf(`Seemannsheim Emden\nSpenden an die Mission: IBAN ${IBAN_A}\n`, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(`Donations to the chapel: IBAN ${IBAN_A}\n`, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(`Spenden an die Familie von Wiebke Tammen: IBAN ${IBAN_B}\n`, 'IBAN_CODE'), [IBAN_B]);
  });

  it("drops a ship's MMSI read as a phone, keeps a phone on the same line", () => {
    const text = 'Schiff: Nordwind, IMO 9312345, Rufzeichen DFGH2, MMSI 218765432, Bordhandy 0151 2345 6789\n';
    assert.deepEqual(valuesOf(text, 'PHONE_NUMBER'), ['0151 2345 6789']);
    // A nine-digit number without "MMSI" before it is read as before.
    assert.deepEqual(valuesOf('Rückruf bitte unter 0421 5566 778\n', 'PHONE_NUMBER'), ['0421 5566 778']);
  });

  it('reads a passenger list\'s "DEU I" as a German ID card, "TUR I" not', () => {
    const list =
      'APIS Flug QX 410\n07 TAMMEN/WIEBKE   01.02.1990  DEU I LMNPTRWXZ3\n08 OKAY/ERDEM  03.04.1985  TUR I TVKRWZYCL1\n';
    assert.deepEqual(valuesOf(list, 'DE_ID_CARD'), ['LMNPTRWXZ3']);
  });

  it("reads a travel document's number after its label as no phone", () => {
    assert.deepEqual(valuesOf('Staatsangehörigkeit: polnisch · Reisepass POL 061234567\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf('Passport No. 512345678, mobile 0151 2345 6789\n', 'PHONE_NUMBER'), ['0151 2345 6789']);
    assert.deepEqual(valuesOf('Passbüro, Tel. 0711 948 4400\n', 'PHONE_NUMBER'), ['0711 948 4400']);
  });

  it('drops a unit line named "Hafenbüro" or "Praxis-Telefon"', () => {
    assert.deepEqual(valuesOf('Hafenbüro: 0431 5512 330\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf('Praxis-Telefon 0431 5512 331\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf('Meine Nummer im Büro: 0431 5512 332\n', 'PHONE_NUMBER'), ['0431 5512 332']);
  });

  it('reads long lines in linear time', () => {
    const unit = `Paid from: Kestrel Tankers Ltd MMSI DEU I Reisepass ABC Spenden an die ${IBAN_A.slice(0, 9)} `;
    assertLinearTime('organisation accounts', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
