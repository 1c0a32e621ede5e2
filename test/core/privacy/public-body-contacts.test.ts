import assert from 'node:assert/strict';
import { isPublicBodyName } from '../../../nodes/core/privacy/not-people-desks.js';
import { found as valuesOf } from '../../support/type-findings.js';

const BODY_IBAN = 'DE66 5001 0517 0000 1447 01';
const PERSON_IBAN = 'DE89 3704 0044 0532 0130 00';

describe("a library's, an archive's or an association's own contacts (round 51, set 48)", () => {
  it("drops the letterhead's address and the desk's line and mailbox; keeps a reader's own", () => {
    const head =
      'Kreisarchiv Wendelheim · Brunnengasse 7 · 72555 Wendelheim\nauskunft@kreisarchiv-wdh.example\n\nSehr geehrte Frau Okafor,';
    assert.deepEqual(valuesOf(head, 'POSTAL_ADDRESS'), []);
    assert.deepEqual(valuesOf(head, 'EMAIL_ADDRESS'), []);
    // Privacy first: a reader's mailbox on the archive's domain with her initial, and her own home address, stay.
    const reader = 'Jana Okafor\nLindenweg 4, 72555 Wendelheim\nj.okafor@kreisarchiv-wdh.example';
    assert.deepEqual(valuesOf(reader, 'EMAIL_ADDRESS'), ['j.okafor@kreisarchiv-wdh.example']);
    assert.equal(valuesOf(reader, 'POSTAL_ADDRESS').length, 1);
  });

  it('drops a desk line given beside its mailbox; keeps a mobile there', () => {
    const desk = 'Gebühren 2026. Rückfragen +49 7123 4455-0, lesesaal@kreisarchiv-wdh.example';
    assert.deepEqual(valuesOf(desk, 'PHONE_NUMBER'), []);
    const mobile = 'Gebühren 2026. Rückfragen +49 171 2345678, lesesaal@kreisarchiv-wdh.example';
    assert.deepEqual(valuesOf(mobile, 'PHONE_NUMBER'), ['+49 171 2345678']);
  });

  it("drops a public body's and an association's account; keeps the patron's own", () => {
    assert.deepEqual(valuesOf(`Vereinskonto: ${BODY_IBAN}`, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(`Zahlung: ${BODY_IBAN} (Stadtkasse), Zweck: Auszug`, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(`Our collection account: ${BODY_IBAN}`, 'IBAN_CODE'), []);
    // The holder's bank in brackets names no public body, and a refund to the patron's account is hers.
    assert.deepEqual(valuesOf(`Erstattung auf ${PERSON_IBAN} (Sparkasse)`, 'IBAN_CODE'), [PERSON_IBAN]);
    assert.deepEqual(valuesOf(`Please refund to my account ${PERSON_IBAN} (Library)`, 'IBAN_CODE'), [PERSON_IBAN]);
  });

  it("drops a Wi-Fi network's gateway; keeps a home router said so", () => {
    assert.deepEqual(valuesOf('Gateway 10.61.30.1, Proxy 10.61.30.3', 'IP_ADDRESS'), []);
    assert.deepEqual(valuesOf('Gateway 192.168.178.1 (Fritzbox bei mir zu Hause)', 'IP_ADDRESS'), ['192.168.178.1']);
  });

  it("reads a library's or archive's name as no person; a given name among the words keeps it", () => {
    assert.equal(isPublicBodyName('Schulbibliothek Auwald'), true);
    assert.equal(isPublicBodyName('Staatsarchiv'), true);
    assert.equal(isPublicBodyName('Jana Bibliothek'), false);
    assert.equal(isPublicBodyName('Jana Okafor'), false);
  });
});
