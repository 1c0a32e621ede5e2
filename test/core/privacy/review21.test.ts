import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { valuesOf } from '../../support/privacy-found.js';
import { assertLinearTime } from '../../support/linear-time.js';

const emails = valuesOf('EMAIL_ADDRESS');
const phones = valuesOf('PHONE_NUMBER');
const addresses = valuesOf('POSTAL_ADDRESS');

/**
 * Review 21 of round 23: a person's contact data must not pass as an organisation's imprint footer
 * (organisation-contacts.ts). A hostile caller can write "© 2026 Acme GmbH" under a victim's data; a sole
 * trader's imprint is a person's; mobile numbers and free-mail boxes are people's wherever they stand.
 * Probes are made up here.
 */
describe('privacy review 21: imprint footers that are people', () => {
  const scanner = new PrivacyScanner();

  it("keeps a person's values above an injected copyright line that names another firm or marks them private", async () => {
    for (const text of [
      'Privatadresse: Lindenweg 5, 10115 Berlin, Handy 0171 2345678\n© 2026 Acme GmbH',
      'Lindenweg 5 · 10115 Berlin · Tel. 030 2345678 · mausi@example-home.de\n© 2026 Acme GmbH',
      'Meine Wohnung: Lindenweg 5 · 10115 Berlin · Tel. 030 2345678 © 2026 Acme GmbH',
    ]) {
      assert.ok(addresses(text).length >= 1, text);
      assert.ok(phones(text).length === 1, text);
      const decision = await new PrivacyGuard().decide({ question: text });
      assert.notEqual(decision.route, 'cloud', text);
    }
  });

  it('keeps mobile numbers and free-mail boxes in a register-number line, and every value beside them', () => {
    const text = 'Acme GmbH · HRB 12345 · Lindenweg 5 · 10115 Berlin · 0171 2345678 · mausi@gmail.com';
    assert.deepEqual(phones(text), ['0171 2345678']);
    assert.deepEqual(emails(text), ['mausi@gmail.com']);
  });

  it("keeps a sole trader's imprint: an owner named in the block, or a registered merchant (e.K.)", () => {
    const owner =
      'Schmidt Design\nInhaberin: Anna Schmidt\nHauptstr. 3 · 12345 Berlin · Tel. 030 1234567 · kontakt@schmidt-design.de\n© 2026 Schmidt Design GmbH';
    assert.deepEqual(emails(owner), ['kontakt@schmidt-design.de']);
    assert.deepEqual(phones(owner), ['030 1234567']);
    const merchant =
      'Blumen Schmidt e.K. · HRA 1234 · Hauptstr. 3 · 12345 Berlin · Tel. 030 1234567 · info@blumen-schmidt.de';
    assert.deepEqual(emails(merchant), ['info@blumen-schmidt.de']);
    assert.deepEqual(phones(merchant), ['030 1234567']);
    // A mailbox on a domain that is a person's name ("anna-schmidt.de") is hers.
    const ownDomain = 'Acme GmbH · Lindenweg 5 · 10115 Berlin · kontakt@anna-schmidt.de\n© 2026 Acme GmbH';
    assert.ok(
      emails(ownDomain).some((v) => v.endsWith('kontakt@anna-schmidt.de')),
      ownDomain,
    );
  });

  it("still drops a company's own footer whose copyright line names it", () => {
    const text =
      'Kranwerk GmbH · Hafenstraße 17 · 04179 Leipzig · Tel. 0341 55120-0 · kontakt@kranwerk.de\n© 2026 Kranwerk GmbH';
    assert.deepEqual(emails(text), []);
    assert.deepEqual(phones(text), []);
    assert.deepEqual(addresses(text), []);
    assert.deepEqual(scanner.scan('What is Ragwire?'), []);
  });
});

describe('privacy review 21: a copyright notice on the line names its firm once more', () => {
  it("keeps values a notice on the same line does not tie to its firm; the firm's own one-line footer drops", () => {
    const victim = 'Lindenweg 5 · 10115 Berlin · Tel. 030 2345678 © 2026 Acme GmbH';
    assert.deepEqual(phones(victim), ['030 2345678']);
    const firm = '© 2026 Kranwerk GmbH · Hafenstraße 17 · 04179 Leipzig · Tel. 0341 55120-0 · kontakt@kranwerk.de';
    assert.deepEqual(phones(firm), []);
    assert.deepEqual(emails(firm), []);
  });
});

describe('privacy review 21: role columns and bylines hold names, not machines or products', () => {
  const persons = valuesOf('PERSON');
  it('reads no machine, team, operator sign or product under a role column; a name there stays', () => {
    for (const text of [
      '| Operator | Shift |\n|---|---|\n| Robot 3 | Early |\n| Team B | Late |',
      '| Operator | Description |\n|---|---|\n| AND | both |',
      '| Inspector | Result |\n|---|---|\n| Chrome DevTools | pass |',
    ])
      assert.deepEqual(persons(text), [], text);
    assert.deepEqual(persons('| Instructor | Vehicle |\n|---|---|\n| Oyelaran | Golf |'), ['Oyelaran']);
  });

  it('reads no product or service as a byline name; a person with an initial stays', () => {
    for (const text of ['Posted by Google Cloud » Mon 4 May 2026', 'Reviewed by Microsoft Defender on 4 May'])
      assert.deepEqual(persons(text), [], text);
    assert.deepEqual(persons('Posted by Kugu O. » Mon 4 May 2026'), ['Kugu O.']);
    assert.deepEqual(persons('Written by Anna Weber'), ['Anna Weber']);
  });
});

describe('privacy review 21: a field label that is a given name', () => {
  it('keeps "Iban" signing a message; "IBAN" as a label is none', () => {
    const persons = valuesOf('PERSON');
    assert.deepEqual(persons('Can you send the invoice by Friday?\nIban\n\nSure, will do.'), ['Iban']);
    assert.deepEqual(persons('Thanks for the update.\nSwift\n'), ['Swift']);
    assert.ok(!persons('Name, Vorname\nGeburtsdatum\nIBAN\n\nOyelaran, Wiltrud\n').includes('IBAN'));
  });
});

describe('privacy review 21: bylines behind quote marks, bullets and tags', () => {
  it('reads a byline after "> ", a dash, a bullet or an HTML tag at the line start', () => {
    const persons = valuesOf('PERSON');
    for (const text of [
      '> Posted by Kugu O. » Mon 4 May 2026',
      '—Posted by Kugu O. » Mon 4 May 2026',
      '• Posted by Kugu O. » Mon 4 May 2026',
      '<p>Posted by Kugu O. &raquo; Mon 4 May 2026</p>',
      '<div class="meta"><span>Posted by Kugu O. » Mon 4 May 2026</span></div>',
    ])
      assert.deepEqual(persons(text), ['Kugu O.'], text);
    // Look-alike: a tool after a tag stays no one.
    assert.deepEqual(persons('<p>Posted by Admin » Mon 4 May 2026</p>'), []);
  });
});

describe('privacy review 21: an unterminated hex reference before hex letters', () => {
  it('reads "&#x40" before "example" as "@", so the address is found and covered whole', () => {
    const text = 'Kontakt: anna.schmidt&#x40example.de bitte';
    assert.deepEqual(emails(text), ['anna.schmidt&#x40example.de']);
    assert.equal(new PrivacyGuard().decide({ question: text }).route, 'local');
    // A terminated reference and a wide one keep their own reading.
    assert.deepEqual(emails('anna.schmidt&#x40;example.de'), ['anna.schmidt&#x40;example.de']);
    assert.deepEqual(emails('anna.schmidt&#x0040example.de'), ['anna.schmidt&#x0040example.de']);
  });
});

describe('privacy review 21: names the rules read, whatever the scorer threshold', () => {
  const people = valuesOf('PERSON');
  it('reads a chat handle joined by "_" whose first part is a given name; code names stay clear', () => {
    assert.deepEqual(people('Hi @anna_schmidt, bitte prüfen'), ['anna_schmidt']);
    assert.deepEqual(people('set @some_flag to true, ping @dev_team'), []);
  });

  it('reads a definition question about a given name, and a list row in columns under a person label', () => {
    assert.deepEqual(people('Was ist mit Jens?'), ['Jens']);
    assert.deepEqual(people('What is Qdrant?'), []);
    assert.deepEqual(people('Heirs:\nAdeyemi, Folasade      1/3        04.07.1968'), ['Adeyemi, Folasade']);
    assert.deepEqual(people('Produkte:\nNordlicht Deluxe      1/2'), []);
  });
});

describe('privacy review 21: hostile inputs stay linear', () => {
  const scanner = new PrivacyScanner();
  it('scans lead-ins before bylines, role tables and footers with personal cues in linear time', () => {
    const units = [
      '> > <p class="x"> <span> Posted by Kugu\n',
      '| Operator | Shift |\n|---|---|\n' + '| Robot Team Chrome | Early |\n'.repeat(20),
      'Meine Acme GmbH · Lindenweg 5 · 10115 Berlin · Tel. 030 2345678 · kontakt@acme.de\nInhaber\n© 2026 Acme GmbH\n',
    ];
    for (const unit of units)
      assertLinearTime(
        'review 21',
        (t: string) => scanner.scan(t),
        unit.repeat(Math.ceil(50_000 / unit.length)),
        unit.repeat(Math.ceil(200_000 / unit.length)),
      );
  });
});
