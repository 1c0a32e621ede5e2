import assert from 'node:assert/strict';
import { valuesOf } from '../../support/privacy-found.js';

const addresses = valuesOf('POSTAL_ADDRESS');
const phones = valuesOf('PHONE_NUMBER');
const births = valuesOf('DATE_OF_BIRTH');
const people = valuesOf('PERSON');

/**
 * The classes the eleventh round fixed (test set 10, small practices' files and e-mail reply chains, as
 * development data), each with the cases that must stay found beside it. Values are made up here,
 * not taken from any set.
 */
describe('privacy detectors: shapes of round 11 (issue 9)', () => {
  const signature = (lines: string[], quote = '') => lines.map((line) => quote + line).join('\n');

  it('an office address closing a signature under a line naming a firm is no private address, quoted or not', () => {
    for (const quote of ['', '> ', '> > > '])
      for (const [role, contact, address] of [
        ['Sekretariat | Kanzlei Ostwall', 'Tel. 040 555 1200', 'Ostwall 9, 20457 Hamburg'],
        [
          'Vertrieb | Ostwall Consulting GmbH',
          'Fon 040/55 51 20 | m.berg@ostwall-kanzlei.de',
          'Ostwall 9, 20457 Hamburg',
        ],
        ['Branch Manager, Quarry Lettings Ltd', 'T: +44 117 555 0100', '21 Quarry Lane, Bristol BS3 1AA'],
        ['Reception | Harbour Dental Care LLP', 'Phone: 0117 555 0100', '21 Quarry Lane, Bristol BS3 1AA'],
        ['Zahnarztpraxis Dr. Berg', 'fon 040-555 1200', 'ostwall 9, 20457 hamburg'],
      ]) {
        const text = `Viele Grüße\n\n--\nMarit Berg\n${signature([role, contact, address], quote)}\n`;
        assert.deepEqual(addresses(text), [], text);
      }
  });

  it('the same address under different colleagues at one mail domain is the office when one block names the firm', () => {
    const text = [
      '--\nMarit Berg\nKanzlei Ostwall\nTel. 040 555 1201 | berg@ostwall-kanzlei.de\nOstwall 9, 20457 Hamburg\n',
      '> --\n> Jonas Kühl\n> Tel. 040 555 1207 | kuehl@ostwall-kanzlei.de\n> Ostwall 9, 20457 Hamburg\n',
    ].join('\n');
    assert.deepEqual(addresses(text), []);
    // Without a firm named, two senders at one own domain may be a family at home: kept.
    const family = text.replace('Kanzlei Ostwall\n', '');
    assert.equal(addresses(family).length, 2, family);
    // One sender whose quoted copy reads "<mailto:…>" or drops the phone is one sender, not two colleagues.
    const one = [
      '--\nMarit Berg\nTel. 040 555 1201 | berg@berg-familie.de\nOstwall 9, 20457 Hamburg\n',
      '> --\n> Marit Berg\n> berg@berg-familie.de <mailto:berg@berg-familie.de>\n> Ostwall 9, 20457 Hamburg\n',
    ].join('\n');
    assert.equal(addresses(one).length, 2, one);
  });

  it('a private sender keeps the home whatever ordinary words, surnames or a trade the signature block holds', () => {
    for (const lines of [
      ['Viele Grüße an das ganze Team', 'Anna Kowalski', 'Tel. 0176 5550 1234', 'Birkenweg 5, 12345 Berlin'],
      ['Ich bin nicht im Büro, schick das Paket bitte hierhin:', 'Tel. 0176 5550 1234', 'Birkenweg 5, 12345 Berlin'],
      ['Das Paket wiegt 5 kg', 'Tel. 0176 5550 1234', 'Birkenweg 5, 12345 Berlin'],
      ['Danke für die Anleitung!', 'Anna Leiter', 'Tel. 0176 5550 1234', 'Birkenweg 5, 12345 Berlin'],
      ['Cheers to the whole team!', 'Tom Head', 'Mobile 07700 900123', '14 Gorse Road, Bristol BS8 1AB'],
      [
        'Anna Kowalski (Inhaberin)',
        'Übersetzungen Englisch-Deutsch',
        'Tel. 0176 5550 1234',
        'Birkenweg 5, 12345 Berlin',
      ],
    ]) {
      const text = `${lines.join('\n')}\n`;
      assert.equal(addresses(text).length, 1, text);
    }
  });

  it('keeps a private sender’s home in a signature: no firm or role, free mail, home cues, c/o, quoted repeats', () => {
    // A private sender: name, phone, home.
    const own = '--\nTomke Varga\nTel. 0176 5550 1234 | tomke.varga@gmail.com\nRosenweg 4, 22111 Hamburg\n';
    assert.deepEqual(addresses(own), ['Rosenweg 4, 22111 Hamburg']);
    // Quoted again and again in the thread: the same sender, the same contact line.
    assert.deepEqual(addresses(`${own}\n> ${own.replace(/\n/g, '\n> ')}`), [
      'Rosenweg 4, 22111 Hamburg',
      'Rosenweg 4, 22111 Hamburg',
    ]);
    // A couple signing with their home, each with their own phone and free-mail address.
    const couple = [
      '--\nTomke Varga\nTel. 0176 5550 1234 | tomke.varga@gmx.de\nRosenweg 4, 22111 Hamburg\n',
      '--\nIstvan Varga\nTel. 0151 5550 9876 | istvan.varga@web.de\nRosenweg 4, 22111 Hamburg\n',
    ].join('\n');
    assert.deepEqual(addresses(couple), ['Rosenweg 4, 22111 Hamburg', 'Rosenweg 4, 22111 Hamburg']);
    // A person with their own mail domain, alone.
    assert.deepEqual(
      addresses('--\nTomke Varga\nTel. 0176 5550 1234 | mail@varga-familie.de\nRosenweg 4, 22111 Hamburg\n'),
      ['Rosenweg 4, 22111 Hamburg'],
    );
    // A firm's employee writing privately: a home cue or a c/o in the block keeps the address.
    for (const cue of ['privat: 0176 5550 1234', 'Tel. privat 0176 5550 1234', 'Tel. 0176 5550 1234 (c/o Varga)'])
      assert.deepEqual(
        addresses(`--\nMarit Berg\nSekretariat | Kanzlei Ostwall\n${cue}\nRosenweg 4, 22111 Hamburg\n`),
        ['Rosenweg 4, 22111 Hamburg'],
        cue,
      );
    // An address in prose under a contact line, not alone on its line, stays.
    assert.deepEqual(
      addresses('Sekretariat | Kanzlei Ostwall\nTel. 040 555 1200\nich wohne Rosenweg 4, 22111 Hamburg\n'),
      ['Rosenweg 4, 22111 Hamburg'],
    );
    // No contact line right above: a role line alone over an address says nothing of whose it is.
    assert.deepEqual(addresses('Teamleitung Vertrieb\nRosenweg 4, 22111 Hamburg\n'), ['Rosenweg 4, 22111 Hamburg']);
  });

  it('a number written internationally after a phone label is a phone, quoted or not, however its range is rated', () => {
    for (const [line, number] of [
      ['Tel: 0044 1275 4963444', '0044 1275 4963444'],
      ['> > T: +90 532 876 05879', '+90 532 876 05879'],
      ['You can reach me on +44 (0)1275 496 9953.', '+44 (0)1275 496 9953'],
      ['Phone: +44 (0)117 496 0510-32 | a@b.co.uk', '+44 (0)117 496 0510-32'],
      ['> Tel: +9053246006707 | s@example.org', '+9053246006707'],
    ])
      assert.deepEqual(phones(`--\nJana Okafor\n${line}\n`), [number], line);
    // The same digits with no label, or as a reference, a VAT or an order number, stay unflagged.
    for (const line of ['Ref. 0044 1275 4963444', 'VAT reg GB 0044 1275 49', 'Order 0044-1275-4963444-77'])
      assert.deepEqual(phones(`${line}\n`), [], line);
  });

  it('a date and the hour of a clock time is no phone number, even under "Sent from my phone"', () => {
    for (const text of [
      'Sent from my phone\n> \n> On 23 November 2026 10:13, Jana Okafor <jana@example.org> wrote:',
      'Von meinem iPhone gesendet\n> > Am 23. November 2026 20:15 schrieb Jana Okafor:',
      'Date/time of incident: 02/12/2026 14:05, phone call',
      'Telefonnotiz 27.11. 10:40 – Anruf',
      'CALL NOTES – 30/11 16:05, phone',
    ])
      assert.deepEqual(phones(text), [], text);
    // A phone number whose last group looks like a year, then a clock time, stays a phone number.
    for (const [text, phone] of [
      ['0171 555 2019 09:45 verpasst', '0171 555 2019'],
      ['Rückruf 030 4455 1987 14:30', '030 4455 1987'],
    ])
      assert.ok(
        phones(text).some((p) => p.startsWith(phone)),
        `${text}: ${phones(text).join('|')}`,
      );
    // Phone numbers that end in digits before a colon stay found.
    assert.deepEqual(phones('Tel. 040 5550 1234: bitte zurückrufen'), ['040 5550 1234']);
    assert.deepEqual(phones('phone +44 117 496 0123: after 12'), ['+44 117 496 0123']);
  });

  it('a traveller’s name, passport number and date: the date is the birth date, quoted or in lower case', () => {
    for (const [line, date] of [
      ['DERKACH/IVANKA, Reisepass GV5VKNNRR1, 1979-07-13. Mobil für die Airline: 0171 5550 123', '1979-07-13'],
      [
        '> > OKAFOR/JANA, German passport HT95C4H3P1, 8th June 1993. Mobile for the airline: 07700 900123',
        '8th June 1993',
      ],
      ['okafor/jana, german passport g5mvfr3tl1, 28/5/97. mobile for the airline: 07700 900123', '28/5/97'],
      ['Okafor, Jana, Personalausweis L01X00T47, 19. Juni 1994', '19. Juni 1994'],
    ])
      assert.deepEqual(births(line), [date], line);
    // Expiry and issue dates after the number, dates ahead, and a date with no document number before it stay unflagged.
    for (const line of [
      'OKAFOR/JANA, Reisepass GV5VKNNRR1, gültig bis 12.07.2031',
      'OKAFOR/JANA, passport HT95C4H3P1, valid until 2031-06-08',
      'OKAFOR/JANA, passport HT95C4H3P1, 2031-06-08 (expiry)',
      'Flug LH 2041, 12.07.1990 gebucht? Nein: Buchung 4711, 12.07.2026',
      'Reisepass beantragt, 12.07.1990 war der Termin',
    ])
      assert.deepEqual(births(line), [], line);
  });

  it('names in directory and address-book records: LDIF sn, givenName, a person’s cn and displayName, vCard N and FN', () => {
    assert.deepEqual(
      people(
        'dn: uid=bq,ou=people,dc=hold,dc=de\nobjectClass: inetOrgPerson\ncn: Blorvin Qxwertz\nsn: Qxwertz\ngivenName: Blorvin\n',
      ),
      ['Blorvin Qxwertz', 'Qxwertz', 'Blorvin'],
    );
    assert.deepEqual(people('displayName: Blorvin Qxwertz\nsn: Qxwertz\n'), ['Blorvin Qxwertz', 'Qxwertz']);
    assert.deepEqual(people('BEGIN:VCARD\nVERSION:3.0\nN:Qxwertz;Blorvin;;;\nFN:Blorvin Qxwertz\nEND:VCARD\n'), [
      'Qxwertz',
      'Blorvin',
      'Blorvin Qxwertz',
    ]);
    // Look-alikes: a group's entry, organisational units and domains, an organisation's card, a chat's "n:".
    for (const text of [
      'dn: cn=Domain Admins,ou=groups,dc=hold,dc=de\nobjectClass: groupOfNames\ncn: Domain Admins\nou: Verwaltung\no: Hold GmbH\n',
      'BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Stadtwerke Nord\nORG:Stadtwerke Nord\nEND:VCARD\n',
      'objectClass: top\ndc: hold\nou: People\n',
      'n: 5 rows\nfn: parse\n',
    ])
      assert.deepEqual(people(text), [], text);
  });

  it('a NAME, NACHNAME or VORNAME column in a person’s record (beside a birth or address column), in capitals too', () => {
    assert.deepEqual(people('KDNR   NAME              GEBDAT\n13166  SKJAERVO HALVDAN  19930503\n'), [
      'SKJAERVO HALVDAN',
    ]);
    assert.deepEqual(people('id;nachname;vorname;geb_dat\n1;Qxwertz;Blorvin;1961-04-12\n'), ['Qxwertz', 'Blorvin']);
    assert.deepEqual(
      people("INSERT INTO t (id, name, dob) VALUES (1, 'Blorvin Qxwertz', '1961-04-12'), (2, NULL, '1985-03-12');"),
      ['Blorvin Qxwertz'],
    );
    // A name column in a list of services or products (no birth or address column), NULLs. (Delimited
    // tables' and fixed-width lists' name columns are tables.ts's, read as before.)
    for (const text of ["INSERT INTO products (id, name, price) VALUES (1, 'Blue Widget', 9.99);"])
      assert.deepEqual(people(text), [], text);
  });
});
