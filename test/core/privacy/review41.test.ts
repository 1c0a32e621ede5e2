import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { isLogHostKeyAddress } from '../../../nodes/core/privacy/log-host-keys.js';
import { assertLinearTime } from '../../support/linear-time.js';
import { spansOf } from '../../support/person-spans.js';

const scanner = new PrivacyScanner();

describe('review 41: a person’s values the round’s rules must not drop', () => {
  it('keeps a host key’s private address when the line speaks of someone’s own machine', () => {
    const own = 'notes: my home server "host.ip":"192.168.40.12" runs the family photo share';
    assert.deepEqual(spansOf(own, 'IP_ADDRESS'), ['192.168.40.12']);
    const device = 'level=info terminal=10.61.2.33 msg="own laptop of the guest, paired"';
    assert.deepEqual(spansOf(device, 'IP_ADDRESS'), ['10.61.2.33']);
    // Look-alike: the service's own host on a plain log line stays dropped.
    const service = 'ts=2027-01-02T03:04:05Z level=info app=stays host=10.61.2.40 msg="cache warm"';
    assert.deepEqual(spansOf(service, 'IP_ADDRESS'), []);
    assert.equal(isLogHostKeyAddress(service, service.indexOf('10.61'), '10.61.2.40'), true);
  });

  it('keeps a full name after a lodging word when the surname is also an ordinary word', () => {
    assert.deepEqual(spansOf('Wir buchen diesmal im Hotel Anna Berg.', 'PERSON'), ['Anna Berg']);
    assert.ok(spansOf('Das Camp Jonas Berg war laut.', 'PERSON').some((v) => v.includes('Jonas Berg')));
    assert.ok(spansOf('Ferien im Resort Anna Vogel gebucht.', 'PERSON').some((v) => v.includes('Anna Vogel')));
    // Look-alikes: lodgings with no person's name stay dropped.
    assert.deepEqual(spansOf('Wir buchen im Hotel Seeblick und in der Pension Alpenruh.', 'PERSON'), []);
  });

  it('keeps a pitch as an address where someone lives there or a postcode and town follow', () => {
    assert.ok(
      spansOf('Herr Quandt wohnt dauerhaft auf Stellplatz 44, Campingplatz Seewiese.', 'POSTAL_ADDRESS').some((v) =>
        v.includes('Stellplatz 44'),
      ),
    );
    assert.ok(
      spansOf('Post bitte an: Dauerstellplatz 12, 23999 Seedorf', 'POSTAL_ADDRESS').some((v) =>
        v.includes('12, 23999'),
      ),
    );
    // Look-alike: a booked pitch in a host's letter is no address.
    assert.deepEqual(
      spansOf('Ihr Stellplatz 44 ist ab 14 Uhr frei, der Parkplatz 3 daneben auch.', 'POSTAL_ADDRESS'),
      [],
    );
  });

  it("keeps a family's own domain personal, even its info@ (natural persons), but not a service for families", () => {
    for (const address of ['info@familie-berg.de', 'kontakt@family-adeyemi.com', 'hello@thebergfamily.org'])
      assert.deepEqual(spansOf(`Bitte an ${address} schreiben.`, 'EMAIL_ADDRESS'), [address]);
    // Look-alikes: a public family benefits office's and a family-law firm's role mailboxes.
    assert.deepEqual(spansOf('Anfragen an info@familienkasse.de richten.', 'EMAIL_ADDRESS'), []);
    assert.deepEqual(spansOf('Questions: help@familylaw-experts.co.uk', 'EMAIL_ADDRESS'), []);
  });

  it('reads long lines in linear time', () => {
    const line = (n: number) =>
      Array.from({ length: n }, (_, i) => `level=info host=10.61.${i % 250}.9 msg="x" my laptop Stellplatz ${i}`).join(
        '\n',
      );
    assertLinearTime('review41', (t) => scanner.scan(t), line(300), line(1200));
  });
});
