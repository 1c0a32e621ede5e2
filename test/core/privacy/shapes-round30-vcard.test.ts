import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { vcardFields } from '../../../nodes/core/privacy/interchange-vcard.js';
import { assertLinearTime } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();
/** The text of every finding of `type`. */
const spans = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('contact interchange read by its properties (vCard, jCard, LDIF, sync JSON)', () => {
  it('a firm’s own card (KIND:org, or ORG without N): its switchboard, mailbox and premises are no person’s', () => {
    const firm =
      'BEGIN:VCARD\nVERSION:3.0\nKIND:org\nFN:Quellwald Steinwerk\nORG:Quellwald Steinwerk\nTEL;TYPE=work,voice:07731 48-2290\n' +
      'EMAIL;TYPE=work:auftrag@quellwald-steinwerk.de\nADR;TYPE=work:;;Mühlbachweg 17;Singen;;78224;Deutschland\nEND:VCARD\n';
    const person =
      'BEGIN:VCARD\nVERSION:3.0\nN:Trevisol;Ilvane;;;\nFN:Ilvane Trevisol\nTEL;TYPE=HOME:07731 96-4417\n' +
      'ADR;TYPE=HOME:;;Lärchenstieg 9;Singen;;78224;Deutschland\nEND:VCARD\n';
    const text = firm + person;
    assert.deepEqual(spans(text, 'PHONE_NUMBER'), ['07731 96-4417']);
    assert.deepEqual(spans(text, 'EMAIL_ADDRESS'), []);
    assert.deepEqual(spans(text, 'POSTAL_ADDRESS'), ['Lärchenstieg 9;Singen;;78224']);
  });

  it('vCard 4.0: a folded ADR after its LABEL parameter, a birthday without year, a tel: URI after its scheme', () => {
    const text =
      'BEGIN:VCARD\nVERSION:4.0\nFN:Oskarine Feldtmann\nN:Feldtmann;Oskarine;;;\nBDAY:--0713\n' +
      'TEL;VALUE=uri;TYPE="cell,voice":tel:+49-160-5512374\n' +
      'ADR;TYPE=home;LABEL="Ulmenhain 31, 24103 Kiel":;;\n Ulmenhain 31;Kiel;;24103;Deutschland\n' +
      'DEATHDATE:20250301\nUID:urn:uuid:4f1a0c22-9d3e-4b7a-8e55-2c61f0a9b3d4\nEND:VCARD';
    assert.deepEqual(spans(text, 'DATE_OF_BIRTH'), ['--0713']);
    assert.ok(spans(text, 'PHONE_NUMBER').includes('+49-160-5512374'));
    assert.ok(
      spans(text, 'POSTAL_ADDRESS').includes('Ulmenhain 31;Kiel;;24103'),
      String(spans(text, 'POSTAL_ADDRESS')),
    );
  });

  it('vCard 2.1 QUOTED-PRINTABLE: a name part is read as written (the scanner reads it decoded), a stamp is no one’s', () => {
    const text =
      'BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Drummel;Ottokar;;;\nREV:20250311T101500Z\nEND:VCARD';
    const reading = vcardFields(text);
    const people = reading?.personal.filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end));
    assert.deepEqual(people, ['Drummel', 'Ottokar']);
    assert.ok(reading?.impersonal.some((s) => text.slice(s.start, s.end) === '20250311T101500Z'));
  });

  it('CardDAV: the card inside address-data is read like any card', () => {
    const text =
      '<card:address-data>BEGIN:VCARD\nVERSION:3.0\nN:Hallgrimsen;Vebjørg;;;\nFN:Vebjørg Hallgrimsen\n' +
      'ORG:Kapellet Nordlys;Pårørende\nADR;TYPE=HOME:;;Sjøgata 12;Bodø;;8006;Norge\nEND:VCARD\n</card:address-data>';
    assert.ok(spans(text, 'POSTAL_ADDRESS').includes('Sjøgata 12;Bodø;;8006'), String(spans(text, 'POSTAL_ADDRESS')));
  });

  it('jCard: the same properties as JSON arrays (n components, adr from street to postcode, bday)', () => {
    const text =
      '["vcard", [\n  ["version", {}, "text", "4.0"],\n  ["fn", {}, "text", "Tjorven Aaskilde"],\n' +
      '  ["n", {}, "text", ["Aaskilde", "Tjorven", "", "", ""]],\n  ["bday", {}, "date", "--11-02"],\n' +
      '  ["adr", {"type": "home"}, "text", ["", "", "Fjordvegen 8", "Molde", "", "6413", "Norway"]],\n' +
      '  ["rev", {}, "timestamp", "20250102T120000Z"]\n]]';
    const reading = vcardFields(text);
    const of = (type: string) =>
      reading?.personal.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end));
    assert.deepEqual(of('PERSON'), ['Tjorven Aaskilde', 'Aaskilde', 'Tjorven']);
    assert.deepEqual(of('DATE_OF_BIRTH'), ['--11-02']);
    assert.deepEqual(of('POSTAL_ADDRESS'), ['Fjordvegen 8", "Molde", "", "6413']);
  });

  it('LDIF: a base64 value is read decoded, as a model reads it; a person’s phone attributes are phones', () => {
    const text =
      'dn: cn=Runa Vestbø,ou=Heirs,dc=example,dc=org\nobjectClass: inetOrgPerson\nsn: Vestbø\n' +
      'homePhone: +47 05 81 22 40\nhomePostalAddress:: U2rDuGdhdGEgMTIkODAwNiBCb2TDuCROb3JnZQ==\nemployeeNumber: 40231\n';
    const reading = vcardFields(text);
    assert.deepEqual(
      reading?.personal.map((e) => text.slice(e.start, e.end)),
      // The dn's cn= in a person's entry is the person's name (interchange-ldif.ts).
      ['Runa Vestbø', '+47 05 81 22 40'],
    );
    // "Sjøgata 12$8006 Bodø$Norge", base64: the whole encoded run is the placeholder's span (fail closed).
    assert.deepEqual(spans(text, 'POSTAL_ADDRESS'), ['U2rDuGdhdGEgMTIkODAwNiBCb2TDuCROb3JnZQ==']);
  });

  it('contact-sync JSON: a birthdays entry’s text and a phoneNumbers entry’s value', () => {
    const text =
      '{"connections": [{"names": [{"givenName": "Liv"}], "phoneNumbers": [{"value": "+47 05 66 31 90", "type": "home"}],\n' +
      ' "birthdays": [{"date": {"year": 1961, "month": 3, "day": 9}, "text": "9.3.1961"}],\n "etag": "%a1b2c3", "totalPeople": 1}]}';
    const reading = vcardFields(text);
    assert.deepEqual(
      reading?.personal.map((e) => `${e.type} ${text.slice(e.start, e.end)}`),
      ['PHONE_NUMBER +47 05 66 31 90', 'DATE_OF_BIRTH 9.3.1961'],
    );
  });

  it('reads long cards, long JSON and long LDIF in linear time', () => {
    const card =
      'BEGIN:VCARD\nN:Aa;Bb;;;\nADR;LABEL="' + 'x '.repeat(50) + '":;;\n ' + 'y;'.repeat(40) + '\nEND:VCARD\n';
    const json = '["vcard", [["n", {}, "text", ["' + 'a'.repeat(200) + '"]]]]\n"birthdays": [[[[[[[[[[[\n';
    const ldif = 'dn:: QUJD\nmobile: ' + '1 '.repeat(100) + '\n ' + 'z'.repeat(100) + '\n';
    const work = (s: string) => vcardFields(s);
    assertLinearTime('vcard', work, card.repeat(200), card.repeat(2000));
    assertLinearTime('jcard', work, json.repeat(200), json.repeat(2000));
    assertLinearTime('ldif', work, ldif.repeat(200), ldif.repeat(2000));
  });
});

describe('contact interchange as the scanner sees it (decoded transport encodings)', () => {
  it('vCard 2.1: a QUOTED-PRINTABLE name or address is flagged over its encoded span (a model decodes it)', () => {
    const text =
      'BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=C3=BCnholt;Wendelgard;;;\n' +
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Wendelgard Gr=C3=BCnholt\n' +
      'ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Eschenweg 4;Z=C3=BCrich;;8004;Schweiz\nEND:VCARD';
    const people = spans(text, 'PERSON');
    assert.ok(people.includes('Wendelgard'), String(people));
    assert.ok(people.includes('Gr=C3=BCnholt'), String(people));
    assert.ok(people.includes('Wendelgard Gr=C3=BCnholt'), String(people));
    assert.ok(
      spans(text, 'POSTAL_ADDRESS').some((p) => p.includes('Z=C3=BCrich')),
      String(spans(text, 'POSTAL_ADDRESS')),
    );
  });

  it('jCard: a card whose note holds an escaped line break is read whole', () => {
    const text =
      '["vcard", [\n  ["fn", {}, "text", "Halvdis Ormestad"],\n  ["note", {}, "text", "first line\\nsecond line"],\n' +
      '  ["adr", {"type": "home"}, "text", ["", "", "Bakkevegen 14", "Voss", "", "5700", "Norway"]]\n]]';
    assert.ok(
      spans(text, 'POSTAL_ADDRESS').includes('Bakkevegen 14", "Voss", "", "5700'),
      String(spans(text, 'POSTAL_ADDRESS')),
    );
  });

  it('a card’s country, folded inside its word, is no name; an empty N names nobody on a firm’s card', () => {
    const text =
      'BEGIN:VCARD\nVERSION:3.0\nN:Ravnsborg;Tyra;;;\nFN:Tyra Ravnsborg\n' +
      'ADR;TYPE=HOME:;;Calle de los Almendros 12;Villanueva de la Cañada;;28691;Sp\n ain\nEND:VCARD\n' +
      'BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Brunnental Forstamt\nORG:Brunnental Forstamt\nTEL:07141 99-3100\nEND:VCARD\n';
    const people = spans(text, 'PERSON');
    assert.ok(!people.includes('ain'), String(people));
    assert.deepEqual(spans(text, 'PHONE_NUMBER'), []);
  });
});
