import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { apisFields } from '../../../nodes/core/privacy/interchange-apis.js';
import { namesAfterMailInBrackets } from '../../../nodes/core/privacy/names-mail-brackets.js';
import { namesAfterPluralTitles } from '../../../nodes/core/privacy/names-plural-titles.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

const scanner = new PrivacyScanner();

/** Each finding of `type` as its text. */
const found = (text: string, type: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));

describe('shapes of round 28: hand-written documents of set 26', () => {
  it('reads two years joined by a dash in a timeline as a period, not a phone number', () => {
    const text =
      'Lebenslauf Dr. Wibke Oltmanns · mobil +49 171 5530218\n1998–2004 Universitätsklinikum Kiel\n2004-2011 Praxis';
    const phones = found(text, 'PHONE_NUMBER');
    assert.deepEqual(phones, ['+49 171 5530218']);
  });

  it('reads twelve plain digits as a pension number only after a word naming one', () => {
    // 202610260915 passes the pension number's checksum with its letter read as a 0/1 look-alike.
    const stamp = 'Interface log: message created 202610260915 by the order entry, sent to the pharmacy.';
    assert.deepEqual(found(stamp, 'DE_SOCIAL_SECURITY'), []);
    assert.deepEqual(found('SV-Nummer 202610260915 laut Meldebogen', 'DE_SOCIAL_SECURITY'), ['202610260915']);
    assert.deepEqual(found('RV-Nr. 65 170839 J 003', 'DE_SOCIAL_SECURITY'), ['65 170839 J 003']);
  });
});

describe('shapes of round 28: IATA SSR DOCS lines in a booking', () => {
  it('reads the advance passenger information by position', () => {
    const text =
      'PNR QX7TLM\n 1.1WENZELBACH/ODILIA MRS\n 3 SSR DOCS LH HK1 P/DEU/C4RTJ81NZ/DEU/23FEB79/F/14MAR31/WENZELBACH/ODILIA/MARLENE-1.1\n 4 TK OK05DEC/FRAL12345';
    assert.deepEqual(found(text, 'DE_PASSPORT'), ['C4RTJ81NZ']);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['23FEB79']);
    const names = found(text, 'PERSON');
    for (const name of ['ODILIA', 'MARLENE']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    assert.ok(names.some((n) => n.includes('WENZELBACH')));
    // The expiry is no birth date, the issuing state and the sex no name.
    for (const word of ['14MAR31', 'DEU', 'F'])
      assert.ok(!names.includes(word) && !found(text, 'DATE_OF_BIRTH').includes(word));
  });

  it('types a German identity card by its document type and leaves a foreign number to the others', () => {
    const id = 'SSR DOCS YY HK1/I/D/L01X5RT72/D/07NOV91/M/09DEC29/KRUMPHOLT/BENNO//H';
    assert.deepEqual(found(id, 'DE_ID_CARD'), ['L01X5RT72']);
    assert.deepEqual(found(id, 'DATE_OF_BIRTH'), ['07NOV91']);
    assert.ok(!found(id, 'PERSON').includes('H'));
    const foreign = 'SSR DOCS BA HK1 P/GBR/538812094/GBR/02JAN88/M/30JUN32/ASHCOMBE/RUPERT';
    assert.deepEqual(found(foreign, 'DE_PASSPORT'), []);
    assert.deepEqual(found(foreign, 'DATE_OF_BIRTH'), ['02JAN88']);
  });

  it('reads a long DOCS line in linear time', () => {
    const slashes = (size: number) => `SSR DOCS YY HK1 ${repeated('P/', size)}`;
    assertLinearTime('slashes', apisFields, slashes(200_000), slashes(800_000));
    const blanks = (size: number) => `SSR DOCS YY HK1 P/DEU/C01/DEU/01JAN80/M/01JAN30/${repeated('A ', size)}-1.1`;
    assertLinearTime('blank-separated name', apisFields, blanks(200_000), blanks(800_000));
    const lines = (size: number) => repeated('SSR DOCS YY HK1 ', size);
    assertLinearTime('action codes only', apisFields, lines(200_000), lines(800_000));
  });
});

describe('shapes of round 28: labels and initials read as names', () => {
  it('reads a keeper label and an address label at a line start as labels', () => {
    const keeper = 'Kleintierpraxis Nord\nHalter: Wiebke Strunkmann · wohnhaft Am Siel 7, 26506 Norden';
    assert.deepEqual(found(keeper, 'PERSON'), ['Wiebke Strunkmann']);
    const home =
      'Hannelore Brinkschulte, geboren 03.09.1974 in Kiel\nPrivat: Lindenweg 4, 24103 Kiel, mobil erreichbar';
    assert.deepEqual(found(home, 'PERSON'), ['Hannelore Brinkschulte']);
    // The same word in running text, as a surname after a title, is still a person.
    assert.deepEqual(found('Bitte Frau Privat zurückrufen: 0171 2233445', 'PERSON'), ['Privat']);
  });

  it('reads initials after a word saying initials as no name', () => {
    const text = 'Meldung der Apotheke am Hafen\nPatientin: Initialen E.R., 71 J., weiblich\nMeldende: Gesa Oltrogge';
    assert.deepEqual(found(text, 'PERSON'), ['Gesa Oltrogge']);
    assert.deepEqual(found('Patient: initials K. T., seen by Dr. Ruth Elbersmann', 'PERSON'), ['Ruth Elbersmann']);
  });
});

describe('shapes of round 28: animals in veterinary records', () => {
  it('reads a pet named after its label, its breed and its birth date as no person', () => {
    const text =
      'Kleintierpraxis Altmark – Karteikarte\nTier: „Krümel“, Golden Retriever, ♂, geb. 03.06.2020, Chip 276098100112233\nHalterin: Wenke Ossenbrügge, geb. 14.11.1983';
    assert.deepEqual(found(text, 'PERSON'), ['Wenke Ossenbrügge']);
    assert.deepEqual(found(text, 'DATE_OF_BIRTH'), ['14.11.1983']);
  });

  it("reads a vet's patient as an animal only where the line carries an animal's identifier", () => {
    const vet =
      'Client record – Harbour Vets\nOwner: Lorcan Mulrennan\nPatient: "Biscuit", Cocker Spaniel, FN, microchip 372100400998877';
    assert.deepEqual(found(vet, 'PERSON'), ['Lorcan Mulrennan']);
    const horse = 'Horse: "Silver Harriet", UELN 826003000445566\nOwner: Imelda Crosthwaite';
    assert.deepEqual(found(horse, 'PERSON'), ['Imelda Crosthwaite']);
    // A hospital's patient is a person, and an owner named later on an animal's line too.
    assert.deepEqual(found('Ward 4 handover\nPatient: Bruno Kettleborough, 54, bed 12', 'PERSON'), [
      'Bruno Kettleborough',
    ]);
    assert.ok(found('Tier: Kater Moritz · Halterin: Grete Paulsenkamp', 'PERSON').includes('Grete Paulsenkamp'));
  });
});

describe('shapes of round 28: abbreviations in capitals', () => {
  it("reads a code's hyphenated label and a department in brackets after a name as no person", () => {
    const device =
      'Complaint intake – infusion set leaked (case CX-2231)\nCustomer: Oriel Fennimore-Stack, phone 0161 496 0733 · Pump UDI-DI (01)05012345678900, lot 7H22';
    assert.deepEqual(found(device, 'PERSON'), ['Oriel Fennimore-Stack']);
    const log = '04:10 sodium 118 mmol/l, patient Lia Brandtworth-Keel (ED) – phoned to nurse in charge, read-back OK';
    assert.deepEqual(found(log, 'PERSON'), ['Lia Brandtworth-Keel']);
    // A double given name in capitals is still a person.
    assert.ok(found('Teilnehmer: ANNA-LENA KRÜGERMANN', 'PERSON').some((n) => n.includes('ANNA-LENA')));
  });
});

describe('shapes of round 28: a joint practice named after its physicians', () => {
  it('reads each surname after the plural title as a person, not the town after them', () => {
    const visit = 'Außendienstbericht KW 11\nBesuchte Praxis: Dres. Quernheim & Vollbrecht, Minden\nThema: Muster';
    assert.deepEqual(found(visit, 'PERSON'), ['Quernheim', 'Vollbrecht']);
    const three =
      'Besuch am 04.03.\nGemeinschaftspraxis Dres. med. Ostendarp, Kleinefeld und Dr. Hedda Rumöller, Herford';
    assert.deepEqual(found(three, 'PERSON'), ['Ostendarp', 'Kleinefeld', 'Hedda Rumöller']);
    // One name after the plural title and no "&"/"und": no list of physicians to read.
    assert.deepEqual(namesAfterPluralTitles('Dres. Praxisverbund Nord'), []);
  });

  it('reads a long list after the plural title in linear time', () => {
    const list = (size: number) => `Liste\nDres. ${repeated('Ahlers, ', size)}`;
    assertLinearTime('comma list', namesAfterPluralTitles, list(100_000), list(400_000));
    const titles = (size: number) => `Liste\n${repeated('Dres. med. ', size)}`;
    assertLinearTime('titles only', namesAfterPluralTitles, titles(100_000), titles(400_000));
  });
});

describe('shapes of round 28: a name after a mailbox in one bracket', () => {
  it("reads the account holder's name after the mailbox, not a team's", () => {
    const log =
      'Study portal: account (q.vandersloot@example.net, Quirijn Vandersloot) unlocked after two failed logins';
    assert.deepEqual(found(log, 'PERSON'), ['Quirijn Vandersloot']);
    assert.deepEqual(found('Ticket sent to (help@firm.example, Customer Care) twice', 'PERSON'), []);
    assert.deepEqual(namesAfterMailInBrackets('Escalated (ops@firm.example, Nordwind Logistik)'), []);
  });

  it('reads long brackets in linear time', () => {
    const brackets = (size: number) => repeated('(a@b, Cc Dd ', size);
    assertLinearTime('unclosed brackets', namesAfterMailInBrackets, brackets(100_000), brackets(400_000));
  });
});

describe("shapes of round 28: a British rural house's name for the street", () => {
  it('reads a farm or cottage name before the town and postcode as an address', () => {
    const owner = 'Owner: Peregrine Oakhurst-Vane, Blackthorn Farm, Tenbury Wells WR15 8QT\nVaccinated 12/01/2025';
    assert.deepEqual(found(owner, 'POSTAL_ADDRESS'), ['Blackthorn Farm, Tenbury Wells WR15 8QT']);
    // Words with no dwelling's word before a postcode stay no street.
    assert.deepEqual(found('Wave 2, Leeds LS1 4AP', 'POSTAL_ADDRESS'), []);
  });
});

describe("shapes of round 28: an organisation's contact under a label saying whose", () => {
  it("leaves a pharmacy's phone, a practice's address and a sponsor's fax unflagged, a person's kept", () => {
    const report =
      'Meldende Person: Apothekerin Marit Kolbenschlag, Tel. Apotheke 0421 336655\nArzt: Dr. Jost Vierkötter, Praxisanschrift: Am Wall 12, 28195 Bremen';
    assert.deepEqual(found(report, 'PHONE_NUMBER'), []);
    assert.deepEqual(found(report, 'POSTAL_ADDRESS'), []);
    const us = 'Prescriber: Dr Nerys Pengelly, practice address 410 Harbor Way, Eureka, CA 95501';
    assert.deepEqual(found(us, 'POSTAL_ADDRESS'), []);
    assert.deepEqual(found('Erstmeldung an Sponsor (Fax 0611 4470 1900) binnen 24 h', 'PHONE_NUMBER'), []);
    // The reporter's own number and home address stay flagged.
    const own = 'Meldende Person: Marit Kolbenschlag, Tel. privat 0421 998877, wohnhaft Am Wall 14, 28195 Bremen';
    assert.deepEqual(found(own, 'PHONE_NUMBER'), ['0421 998877']);
    assert.deepEqual(found(own, 'POSTAL_ADDRESS'), ['Am Wall 14, 28195 Bremen']);
  });
});

describe("shapes of round 28: a letterhead's joint practice", () => {
  it("leaves the practice name on a letter's first line to the organisation, a later mention read", () => {
    const letter =
      'Gemeinschaftspraxis Dres. Wallrabe & Osterkamp · Fachärzte für Innere Medizin\nOverbergstraße 9 · 48145 Münster\n\nÜberweisung an: Radiologie am Dom';
    assert.deepEqual(namesAfterPluralTitles(letter), []);
    const later = 'Besuchsbericht\nPraxis Dres. Wallrabe & Osterkamp, Münster';
    assert.equal(namesAfterPluralTitles(later).length, 2);
  });
});

describe('shapes of round 28: a keeper after the pet', () => {
  it("keeps a keeper written after the pet's name without a label of their own", () => {
    assert.ok(found('Hund: Bello, Halterin Wiebke Ostermeyer', 'PERSON').includes('Wiebke Ostermeyer'));
    assert.ok(found('Pet name: Rex, owner Tamsin Oyelowo-Pratt', 'PERSON').includes('Tamsin Oyelowo-Pratt'));
    assert.ok(found('Pet name: Rex; Tamsin Oyelowo-Pratt', 'PERSON').includes('Tamsin Oyelowo-Pratt'));
  });
});
