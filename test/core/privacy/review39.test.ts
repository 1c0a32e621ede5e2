import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` in `text`, as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('review 39: a person beside a config value keeps it flagged', () => {
  it("keeps a host IP under a person's section header or a comment naming a person", () => {
    assert.deepEqual(found('[home]\nhost=91.52.17.203\n', 'IP_ADDRESS'), ['91.52.17.203']);
    assert.deepEqual(found('[kerstin]\nhost=91.52.17.204\nport=22\n', 'IP_ADDRESS'), ['91.52.17.204']);
    assert.deepEqual(found('vpn_host: 91.52.17.205  # Kerstin Wollmann\n', 'IP_ADDRESS'), ['91.52.17.205']);
    assert.deepEqual(found('SERVER=91.52.17.206 # Kerstins Rechner\n', 'IP_ADDRESS'), ['91.52.17.206']);
    assert.deepEqual(found('kerstin ansible_host=91.52.17.207\n', 'IP_ADDRESS'), ['91.52.17.207']);
    // Look-alikes: the deployment's own hosts stay unflagged.
    assert.deepEqual(found('[controller]\nhost=10.14.7.201\n# turnstile at the main gate\n', 'IP_ADDRESS'), []);
    assert.deepEqual(found('db1 ansible_host=10.20.0.11\nDB_HOST=10.20.0.12  # primary\n', 'IP_ADDRESS'), []);
  });

  it("keeps a person's mailbox used as a URL's user name", () => {
    const dsn = 'SMTP_URL=smtp://kerstin.wollmann@posteo.de:geheim@mail.posteo.de:587\n';
    assert.ok(found(dsn, 'EMAIL_ADDRESS').includes('kerstin.wollmann@posteo.de'));
    // Look-alike: an account name without "@" is the connection's.
    assert.deepEqual(found('DATABASE_URL=postgres://app:s3cret@db.internal:5432/club\n', 'EMAIL_ADDRESS'), []);
  });

  it("keeps an organisation-keyed account with a person or an owner's word beside it", () => {
    assert.deepEqual(
      found('creditor_iban = "DE89370400440532013000"  # mein Konto, Einzelunternehmerin\n', 'IBAN_CODE'),
      ['DE89370400440532013000'],
    );
    assert.deepEqual(found('CREDITOR_IBAN=DE89370400440532013000 # Kerstin Wollmann\n', 'IBAN_CODE'), [
      'DE89370400440532013000',
    ]);
    const club =
      '[club]\nname = "Ruderverein Seewinkel e.V."\n# Kassiererin Kerstin Wollmann\niban = "DE89370400440532013000"\n';
    assert.deepEqual(found(club, 'IBAN_CODE'), ['DE89370400440532013000']);
    const above =
      '[club]\nname = "Ruderverein Seewinkel e.V."\n# private account of the treasurer\niban = "DE89370400440532013000"\n';
    assert.deepEqual(found(above, 'IBAN_CODE'), ['DE89370400440532013000']);
    // Look-alikes: the club's own account and creditor account stay unflagged.
    assert.deepEqual(found('SEPA_CREDITOR_IBAN=DE89370400440532013000\n', 'IBAN_CODE'), []);
    assert.deepEqual(
      found('[club]\nname = "Ruderverein Seewinkel e.V."\niban = "DE89370400440532013000"\n', 'IBAN_CODE'),
      [],
    );
  });

  it('keeps an organisation value whose comment, section or line names a person', () => {
    assert.deepEqual(found('CLUB_PHONE=+49 5233 71840 # Kerstin\n', 'PHONE_NUMBER'), ['+49 5233 71840']);
    const trader = '[studio]\nname = "Kerstin Wollmann Fitness"\niban = "DE89370400440532013000"\n';
    assert.deepEqual(found(trader, 'IBAN_CODE'), ['DE89370400440532013000']);
    assert.deepEqual(found('Geschäftsstelle: 05233 71840 (Kerstin Wollmann)\n', 'PHONE_NUMBER'), ['05233 71840']);
    assert.deepEqual(found('BIND=91.52.17.208 # wohnt hier\n', 'IP_ADDRESS'), ['91.52.17.208']);
    // Look-alikes: the club's own values.
    assert.deepEqual(found('CLUB_PHONE=+49 5233 71840 # Geschäftsstelle\n', 'PHONE_NUMBER'), []);
    assert.deepEqual(found('Geschäftsstelle: 05233 71840, Mo-Fr 9-12 Uhr\n', 'PHONE_NUMBER'), []);
  });

  it('keeps an office line with a home cue after the number', () => {
    assert.deepEqual(found('Geschäftsstelle: 05233 71840 (bei Familie Wollmann zuhause)\n', 'PHONE_NUMBER'), [
      '05233 71840',
    ]);
    assert.deepEqual(found('Geschäftsstelle: 05233 71840 (kein privater Kontakt)\n', 'PHONE_NUMBER'), []);
    // A cue in a later clause speaks of another contact.
    assert.deepEqual(
      found('Fragen an die Praxis, Telefon 05233 71840, oder direkt an die Ärztin\n', 'PHONE_NUMBER'),
      [],
    );
  });

  it('reads long lines in linear time', () => {
    const scan = (text: string) => scanner.scan(text);
    const hosts = (n: number) => repeated('[anna]\nhost=10.1.2.3 # Kerstin Rechner\n', n);
    assertLinearTime('host owners', scan, hosts(100), hosts(400));
    const urls = (n: number) => 'x://' + repeated('a@b', n * 10) + '@h.example.org';
    assertLinearTime('url userinfo mailbox', scan, urls(100), urls(400));
  });
});
