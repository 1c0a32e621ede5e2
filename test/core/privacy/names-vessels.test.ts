import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { vesselNoPerson } from '../../../nodes/core/privacy/not-people-vessels.js';
import { has, hasNone, personSpans } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';

describe("ships' names, ports, seas, authorities and ranks of the sea are no person's", () => {
  it("reads a vessel's name after its type prefix, label or noun as the ship's", () => {
    for (const [text, ship] of [
      ['Subject: MV Quilla Marrow – crew change at Larnaca 4 May', 'Quilla Marrow'],
      ['Bordhospital MS Skerry Lantern – Behandlungsprotokoll\nPatient: Henrike Dalsgaard', 'Skerry'],
      ['Schiff: Rondel Carrier, IMO 9123457, Tiefgang 8,10 m', 'Rondel Carrier'],
      ['Vessel: Harlow Tern (IMO 9334410), Liberia flag, detained.', 'Harlow Tern'],
      ['CREW LIST – S/Y Zephyrine (Maltese flag), departure Gozo', 'Zephyrine'],
      ['Keep clear of the dredger "Brakwater" off the mole.', 'Brakwater'],
    ]) {
      hasNone(personSpans(text), ship);
    }
  });

  it('reads the same name as the ship where it stands again without its prefix', () => {
    const text =
      'Notice – MV Corran Sable\nThe crew of Corran Sable will sign off on Friday; master Henrike Dalsgaard confirms.';
    const found = personSpans(text);
    hasNone(found, 'Sable');
    has(found, 'Henrike Dalsgaard');
  });

  it('keeps "Ms" a title: the woman after it stays a person, in mixed case and in capitals', () => {
    has(personSpans('Please send the forms to Ms Jorunn Tveitane before Monday.'), 'Jorunn Tveitane');
    assert.ok(
      personSpans('Attendees: MS Jorunn Tveitane, Mr Henrike Dalsgaard').some((f) => f.includes('Jorunn')),
      'a given name after the capitals "MS" stays a person',
    );
    // In capitals the vessel rule must take no name "MS" stands before as a title (how much of an unlisted given
    // name in capitals the scorer takes is its own matter, so the rule is asked directly as well).
    const capitals = 'ATTENDEES: MS JORUNN TVEITANE AND MR HENRIKE DALSGAARD';
    assert.ok(
      personSpans(capitals).some((f) => f.includes('TVEITANE')),
      'a name in capitals after "MS" stays a person',
    );
    const start = capitals.indexOf('JORUNN');
    const name = { type: 'PERSON' as const, start, end: start + 'JORUNN TVEITANE'.length, score: 0.9 };
    assert.equal(vesselNoPerson(capitals, name, {}), false, 'the vessel rule leaves the name after "MS" a person');
  });

  it('keeps a given name after "MS" a person, also on board, unless the name is the ship\'s elsewhere', () => {
    has(personSpans('Passenger manifest, cruise 12: MS Tessa Brightwater, cabin 4012'), 'Tessa Brightwater');
    hasNone(personSpans('MV Tessa Brightwater – Bordhospital MS Tessa Brightwater, cabin 4012'), 'Brightwater');
  });

  it('keeps a person named after a prefix-like word in prose', () => {
    has(personSpans('Kapitän: Henrike Dalsgaard, an Bord seit 2019.'), 'Henrike Dalsgaard');
    has(personSpans('The yacht is skippered by Henrike Dalsgaard this season.'), 'Henrike Dalsgaard');
  });

  it('reads ports, seas, authorities, ranks and nationalities as no person', () => {
    for (const [text, word] of [
      ['Gebührenbescheid Hafen Wismar – Liegegeld für März', 'Wismar'],
      ['LOST PROPERTY – Celtic Sea ferry, sailing Rosslare–Pembroke', 'Celtic'],
      ['Kontakt: BG Verkehr, Dienststelle Schiffssicherheit', 'Verkehr'],
      ['ICC no. 0071123 issued by RYA, VHF certificate attached', 'RYA'],
      ['An: Wasserschutzpolizei Cuxhaven (Wache)', 'Cuxhaven'],
      ['VTS Solent – incident log 03/03/2026', 'Solent'],
      ['Employee: Henrike Dalsgaard, Chief Officer, Polish national resident in Gdynia', 'Chief Officer'],
      ['Versicherte: Jorunn Tveitane, Köchin, geb. 02.03.1981', 'Köchin'],
      ['Holder: Henrike Dalsgaard, Dutch, born 3 June 1972', 'Dutch'],
      ['Empfänger: Nereid Shipping S.A., Akti Kondyli 12, 18545 Piraeus', 'Kondyli'],
      ['LIEGEPLATZVERTRAG – Marina Grömitzhafen\nEigner: Henrike Dalsgaard', 'Grömitz'],
      ['Kündigung an den Yachthafen Krefeld-Marina zum Saisonende', 'Marina'],
      ['3 days alongside Tzaneio terminal; port dues EUR 4,100.', 'Tzaneio'],
      ['Beginn der Zählung 18:00 Uhr, Ende 20:10 Uhr.', 'Beginn'],
      ['Constituency office – Galway Bay North – opening hours', 'Galway'],
      ['Petition an den Deutschen Bundestag, Petitionsausschuss', 'Bundestag'],
    ]) {
      hasNone(personSpans(text), word);
    }
  });

  it('keeps persons beside those words', () => {
    has(personSpans('Gast: Marina Westerholt, Kabine 4012'), 'Marina Westerholt');
    has(personSpans('Film night: a Michael Bay double bill with Jorunn Tveitane.'), 'Jorunn Tveitane');
    has(personSpans('Employee: Henrike Dalsgaard, Chief Officer, Polish national'), 'Henrike Dalsgaard');
  });

  it('reads long lines of prefixes in linear time', () => {
    const scanner = new PrivacyScanner();
    const unit = 'MV Harlow Tern, Schiff: MS Rondel, Ms Jorunn Tveitane, Hafen Wismar; ';
    assertLinearTime('vessels', (t) => scanner.scan(t), repeated(unit, 20_000), repeated(unit, 80_000));
  });
});
