import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { withoutConfigOrganisationValues } from '../../../nodes/core/privacy/config-organisation.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The values of one type the scanner finds in `text`. */
const valuesOf = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

const IBAN_A = 'DE34370400440987654321';
const IBAN_B = 'DE61 3704 0044 1122 3344 55';
const IBAN_GB = 'GB82 WEST 1234 5698 7654 32';

describe("an organisation's own accounts, lines and mailboxes in configuration and club prose (round 39)", () => {
  it('drops values under keys naming the organisation or a service, keeps persons’ keys', () => {
    const env =
      `SEPA_CREDITOR_ID=DE12ZZZ00000123456\nSEPA_CREDITOR_IBAN=${IBAN_A}\n` +
      `SMTP_FROM=kasse@ruderclub-elbwiese.de\nMAIL_FROM_ADDRESS=mitgliederbuero@tc-auwald.de\n`;
    assert.deepEqual(valuesOf(env, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(env, 'EMAIL_ADDRESS'), []);
    const yaml = `data:\n  SUPPORT_MAILBOX: buero@tc-auwald.de\n  SUPPORT_PHONE: "+43 5512 40 77"\nevent_office: "0341 555 0190"\n`;
    assert.deepEqual(valuesOf(yaml, 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf(yaml, 'EMAIL_ADDRESS'), []);
    // Privacy first: a person's key, a personal mailbox under an admin key, a debtor's or a test account of a person.
    assert.deepEqual(valuesOf(`TREASURER_IBAN=${IBAN_A}\n`, 'IBAN_CODE'), [IBAN_A]);
    assert.deepEqual(valuesOf(`ADMIN_EMAIL=mirela.kovacs@tc-auwald.de\n`, 'EMAIL_ADDRESS'), [
      'mirela.kovacs@tc-auwald.de',
    ]);
    assert.deepEqual(valuesOf(`DEBTOR_IBAN=${IBAN_A}\n`, 'IBAN_CODE'), [IBAN_A]);
    assert.deepEqual(valuesOf(`# Testkonto (echtes Konto von Ilse Vornholt)\nTEST_IBAN=${IBAN_A}\n`, 'IBAN_CODE'), [
      IBAN_A,
    ]);
    assert.deepEqual(valuesOf(`SUPPORT_MAILBOX: mirela.kovacs@tc-auwald.de\n`, 'EMAIL_ADDRESS'), [
      'mirela.kovacs@tc-auwald.de',
    ]);
  });

  it("reads a TOML section naming a club or a firm as the owner of its values and its name as no person's", () => {
    const toml = `[club]\nname = "Kanuverein Moorbrücke e.V."\niban = "${IBAN_GB}"\ncreditor_id = "DE12ZZZ00000123456"\n`;
    assert.deepEqual(valuesOf(toml, 'IBAN_CODE'), []);
    const ski = `[club]\nname = "Skiclub Hohe Wand"\niban = "${IBAN_B}"\n`;
    assert.deepEqual(valuesOf(ski, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(ski, 'PERSON'), []);
    // Spaced digits of a dropped account are no phone.
    assert.deepEqual(valuesOf(toml, 'PHONE_NUMBER'), []);
    // A member's section and a treasurer's key keep theirs.
    assert.deepEqual(valuesOf(`[member]\nname = "Ilse Vornholt"\niban = "${IBAN_B}"\n`, 'IBAN_CODE'), [IBAN_B]);
    assert.deepEqual(
      valuesOf(`[club]\nname = "Kanuverein Moorbrücke e.V."\ntreasurer_iban = "${IBAN_B}"\n`, 'IBAN_CODE'),
      [IBAN_B],
    );
  });

  it("drops a club's account, office line and fax in prose, keeps a member's or a private one", () => {
    assert.deepEqual(
      valuesOf(`Beiträge bitte auf das Vereinskonto: Kreissparkasse, IBAN ${IBAN_B}\n`, 'IBAN_CODE'),
      [],
    );
    assert.deepEqual(valuesOf(`Gesamt: 410,00 €\nZahlung per Rechnung an IBAN ${IBAN_B}\n`, 'IBAN_CODE'), []);
    assert.deepEqual(valuesOf(`Geschäftsstelle Mo–Do 9–12 Uhr, Fax 0431 672 3129\n`, 'PHONE_NUMBER'), []);
    assert.deepEqual(valuesOf(`Office: lunch till two\n  office: +44 161 672 0190\n`, 'PHONE_NUMBER'), [
      '+44 161 672 0190',
    ]);
    assert.deepEqual(valuesOf(`TC Auwald e.V.\nGeschäftsstelle: 08141 672 210\n`, 'PHONE_NUMBER'), []);
    assert.deepEqual(
      valuesOf(`Kirchgasse 4, 80331 München\nOffice +44 161 672 0190 | www.moorbrook-sports.com\n`, 'PHONE_NUMBER'),
      [],
    );
    assert.deepEqual(valuesOf(`Office: +44 161 672 0190\n`, 'PHONE_NUMBER'), ['+44 161 672 0190']);
    // A possessive's office in a sentence and a farm's fax are no labels of a unit.
    assert.deepEqual(valuesOf(`I rang the claimant's office on 01223 672 077 twice.\n`, 'PHONE_NUMBER'), [
      '01223 672 077',
    ]);
    assert.deepEqual(valuesOf(`Hofstelle Wiebke Tammen, Fax 05233 672 28\n`, 'PHONE_NUMBER'), ['05233 672 28']);
    // Privacy first: my private account, a member's IBAN in a dues list, a person named before the number.
    assert.deepEqual(
      valuesOf(`Bitte nicht aufs Vereinskonto, sondern auf mein privates Konto ${IBAN_B}\n`, 'IBAN_CODE'),
      [IBAN_B],
    );
    assert.deepEqual(valuesOf(`Firmenkonto der Inhaberin: IBAN ${IBAN_B}\n`, 'IBAN_CODE'), [IBAN_B]);
    assert.deepEqual(valuesOf(`Beitragsliste\nIlse Vornholt, IBAN ${IBAN_B}, 120 €\n`, 'IBAN_CODE'), [IBAN_B]);
    assert.deepEqual(valuesOf(`Kassenwartin: Ilse Vornholt, Fax 0431 672 3129\n`, 'PHONE_NUMBER'), ['0431 672 3129']);
    assert.deepEqual(valuesOf(`Ilse Vornholt\nFax 0431 672 3129\n`, 'PHONE_NUMBER'), ['0431 672 3129']);
  });

  it("reads a club's and a league's desk mailboxes as units'", () => {
    assert.deepEqual(valuesOf(`Anmeldung an jugendleitung@tsv-moorbruecke.de\n`, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(valuesOf(`Einspruch an stadionverbote@fussballbund-elbe.de.\n`, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(
      valuesOf(`Absagen an ansetzung@schiedsrichter-moorbruecke.de (kein privater Kontakt).\n`, 'EMAIL_ADDRESS'),
      [],
    );
    // A personal-looking local part stays, and so does a desk's box the line calls someone's private one.
    assert.deepEqual(
      valuesOf(`Absagen an ansetzung@schiedsrichter-moorbruecke.de (mein privater Kontakt).\n`, 'EMAIL_ADDRESS'),
      ['ansetzung@schiedsrichter-moorbruecke.de'],
    );
    assert.deepEqual(valuesOf(`Anmeldung an ilse.vornholt@tsv-moorbruecke.de\n`, 'EMAIL_ADDRESS'), [
      'ilse.vornholt@tsv-moorbruecke.de',
    ]);
  });

  it('reads long config lines in linear time', () => {
    const work = (text: string) =>
      withoutConfigOrganisationValues(text, [
        { type: 'IBAN_CODE', start: text.length - 5, end: text.length, score: 1 },
      ]);
    assertLinearTime('config key', work, repeated('SUPPORT_PHONE_', 20000), repeated('SUPPORT_PHONE_', 80000));
    assertLinearTime('prose label', work, repeated('Vereinskonto ', 20000), repeated('Vereinskonto ', 80000));
  });
});
