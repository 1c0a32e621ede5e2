import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { functionWordMailbox } from '../../../nodes/core/privacy/role-mailboxes.js';
import { flagged, unflagged } from '../../support/type-findings.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { has, personSpans } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe('review 31: attacks on the round-32 rules that drop findings', () => {
  describe("a sole trader's mailbox on a domain writing their name as one word", () => {
    for (const address of [
      'info@jonasokonkwo.de',
      'INFO@JONASOKONKWO.DE',
      'kontakt@praxisokonkwo.de',
      'office@drkowalczyk.at',
      'mail@lenakowalczyk.de',
      'hello@tomaskowalczyk.com',
    ])
      it(`keeps ${address}`, () => {
        assert.equal(functionWordMailbox(address), false);
        flagged(`Bei Fragen schreiben Sie an ${address}`, 'EMAIL_ADDRESS', address);
      });
    for (const address of [
      'info@quarzwerk-logistik.de',
      'kontakt@stadtwerke-karlsruhe.de',
      'info@marienhof-klinik.de',
      'info@rosenplatz-kanzlei.de',
      'noreply@meridian-versand.de',
    ])
      it(`still drops the organisation's ${address}`, () => assert.equal(functionWordMailbox(address), true));
  });

  it("keeps an account a contact line calls the writer's own", () => {
    const text =
      'Bitte überweisen Sie auf mein privates Konto: info@zeltbau-fuchsmann.de, DE89 3704 0044 0532 0130 00\n' +
      'Kontakt: info@zeltbau-fuchsmann.de, DE12 5001 0517 0648 4898 90\n';
    flagged(text, 'IBAN_CODE', 'DE89 3704 0044 0532 0130 00');
    unflagged(text, 'IBAN_CODE', 'DE12 5001 0517 0648 4898 90');
  });

  it("keeps the direct line of a person's signature a few lines above the role mailbox", () => {
    const text =
      'Mit freundlichen Grüßen\nIda Schwertfeger\nVertrieb\n\nvertrieb@zeltbau-fuchsmann.de · 030 5523817\n\n\n\n\n' +
      'Kontakt: vertrieb@zeltbau-fuchsmann.de · 030 4455 2291\n\n\n\n' +
      'Guten Tag Frau Okonkwo,\nbitte melden Sie sich.\nKontakt: vertrieb@zeltbau-fuchsmann.de · 030 4455 2299\n';
    flagged(text, 'PHONE_NUMBER', '030 5523817');
    unflagged(text, 'PHONE_NUMBER', '030 4455 2291');
    unflagged(text, 'PHONE_NUMBER', '030 4455 2299');
  });

  it('reads contact lines below long lines in linear time', () => {
    const text = (n: number) =>
      'Ida Okonkwo\n' + 'x'.repeat(30) + '\n' + repeated('vertrieb@zeltbau-fuchsmann.de · 030 4455 2291 · ', n);
    assertLinearTime('signature', (t) => scanner.scan(t), text(500), text(2000));
  });

  it('keeps a person written surname first after a thing label', () => {
    const text = 'Liste: Okonkwo, Tobenna\nZielort: Schwertfeger, Ida\nListe: Dow Jones PEP\n';
    has(personSpans(text), 'Okonkwo, Tobenna');
    has(personSpans(text), 'Schwertfeger, Ida');
    assert.ok(!personSpans(text).some((p) => p.includes('Dow')));
  });

  it('keeps a person picked up at a destination', () => {
    // Surname first, no comma: a lone surname after "Ziel:" is not found at all (no person label; left).
    const text = 'Ziel: Okonkwo Tobenna abholen\nZiel: Vertragswerkstatt Bregenz\n';
    has(personSpans(text), 'Okonkwo Tobenna');
    assert.ok(!personSpans(text).some((p) => p.includes('Vertragswerkstatt')));
  });

  it('keeps a freephone number the writer calls their own', () => {
    const text =
      'Ruf mich an: 0800 5523817 (kostenlos)\nMeine private Nummer: 0800 123 4567 (kostenlos)\nHotline 0800 330 4400 (kostenlos)\n' +
      'Home safety check offered – call 0800 330 4411 (free).\n';
    flagged(text, 'PHONE_NUMBER', '0800 5523817');
    flagged(text, 'PHONE_NUMBER', '0800 123 4567');
    unflagged(text, 'PHONE_NUMBER', '0800 330 4400');
    unflagged(text, 'PHONE_NUMBER', '0800 330 4411');
  });

  describe('the router', () => {
    const guard = new PrivacyGuard();
    it("keeps a sole trader's one-word name domain local", () =>
      assert.equal(guard.decide({ question: 'Kontakt: info@jonasokonkwo.de' }).route, 'local'));
    it("sends a firm's role mailbox to the cloud", () =>
      assert.equal(guard.decide({ question: 'Kontakt: info@quarzwerk-logistik.de' }).route, 'cloud'));
  });

  it('reads long domain labels in linear time', () => {
    const text = (n: number) => repeated('Kontakt: info@' + 'a'.repeat(60) + '.de, ', n);
    assertLinearTime('domain labels', (t) => scanner.scan(t), text(500), text(2000));
  });
});
