import { personSpans, has, hasNone } from '../../support/person-spans.js';
import { assertLinearTime, repeated } from '../../support/linear-time.js';
import { phoneNoteNames } from '../../../nodes/core/privacy/names-phone-notes.js';
import { workRoleNames } from '../../../nodes/core/privacy/names-work-roles.js';

/**
 * Round 27: people in hand-written field documents named only by a delivery or field ROLE (weighbridge
 * tickets, consignment notes, keepers' diaries, rotas), by a phone note's phrase ("Es rief X an") or a
 * meeting verb ("met X from …"), and rare names of several ordinary English words after such evidence.
 * Names and wording are made up here; look-alikes stand beside them.
 */
describe('privacy detectors: shapes of round 27 (field roles, phone notes)', () => {
  it('finds a name after a delivery or field role, in a spaced line or after a firm and a comma', () => {
    const text =
      'Kennzeichen HX-RT 55       Abholer Gerwin Ostendorp\nBrutto 1.200 kg   Tara 900 kg\n' +
      'Beförderer: Kröger Transporte GmbH, Fahrerin Dendup Lhamu\nEntsorger: Deponie Nord\n' +
      'Jagdaufseher: Quirin Oberleitner, Revierförster Wendelin Hochgatterer\n';
    const found = personSpans(text);
    for (const n of ['Gerwin Ostendorp', 'Dendup Lhamu', 'Quirin Oberleitner', 'Wendelin Hochgatterer']) has(found, n);
    // A role before ordinary nouns or a place names no one.
    const words = personSpans('Fahrer Pause 30 min.\nAnlieferer Unterschrift: ____\nPolier: Rathaus\n');
    for (const w of ['Pause', 'Unterschrift', 'Rathaus']) hasNone(words, w);
  });

  it('finds an English field role with a colon (a rota) and rare names of ordinary words after a role', () => {
    const text =
      'Standby: Torquil Brodie, cell 555-201-3344\n' +
      'Tue: stalked with the guest, gamekeeper Wambli Runs Far.\nWarden Ohanzee Black Horse checked the nets.\n';
    const found = personSpans(text);
    for (const n of ['Torquil Brodie', 'Wambli Runs Far', 'Ohanzee Black Horse']) has(found, n);
    // A role before a plan or an ordinary word names no one; a role word in a sentence names nothing after it.
    hasNone(personSpans('Keeper Rota for the winter.\nThe ranger Station is closed.\n'), 'Rota');
    hasNone(personSpans('Keeper Rota for the winter.\nThe ranger Station is closed.\n'), 'Station');
  });

  it('finds a name in a phone note and after a meeting verb', () => {
    const text =
      'TELEFONNOTIZ\nEs rief Oumou Ag Mohamed an, Betreiberin der Mühle.\n' +
      'Anruf von Hiltrud Wessendorf wegen Biberschäden.\nRückruf an Gisbert Nolting erbeten.\n' +
      'Call from Peregrine Ashdown re the fence. Later met Wicapi Running Bear from the hunt club.\n';
    const spans = (t: string) => phoneNoteNames(t).map((e) => t.slice(e.start, e.end));
    const found = spans(text);
    for (const n of [
      'Oumou Ag Mohamed',
      'Hiltrud Wessendorf',
      'Gisbert Nolting',
      'Peregrine Ashdown',
      'Wicapi Running Bear',
    ])
      has(found, n);
    for (const n of ['Oumou Ag Mohamed', 'Hiltrud Wessendorf', 'Peregrine Ashdown', 'Wicapi Running Bear'])
      has(personSpans(text), n);
    // Phone notes about things or teams name no one.
    const things = spans('Es rief Das Amt an.\nAnruf von Zentrale wegen Termin.\nMet Friday Team from the office.\n');
    for (const w of ['Amt', 'Zentrale', 'Friday', 'Team']) hasNone(things, w);
  });

  it('finds the second person after "and" in a labelled person field, with a rare multi-word name', () => {
    const text = 'Landowner: Mato Stands Long and Wicapi Walking Elk\nLand: 40 acres\n';
    const found = personSpans(text);
    has(found, 'Wicapi Walking Elk');
  });

  it('keeps a sole trader named by a given name, a surname and the trade', () => {
    has(personSpans('Angebot Dach: Anna Schmidt Roofing, 12 Mill Lane.\n'), 'Anna Schmidt');
    // A firm after a role is no name.
    hasNone(
      workRoleNames('Bauleiter: Schmidt & Partner Architekten\n').map(() => 'x'),
      'x',
    );
  });

  it('reads an anglers club and a district as no person, a sole angler as one', () => {
    const text = "$row = ['club' => 'Loch Fyne Anglers'];\nJagdschein ausgestellt (Kreis Wesel)\n";
    const found = personSpans(text);
    for (const w of ['Fyne', 'Wesel']) hasNone(found, w);
    has(personSpans('Mitglied: Gustav Frenssen, Husum\n'), 'Gustav Frenssen');
  });

  it('runs in linear time on huge inputs of its shape', () => {
    const note = 'Es rief Oumou Ag Mohamed an. met Ohanzee Black Horse from ';
    assertLinearTime('phone notes', phoneNoteNames, repeated(note, 40_000), repeated(note, 160_000));
    const role = 'Fahrer Norbu Tsering Runs Far Above Long, ';
    assertLinearTime('field roles', workRoleNames, repeated(role, 40_000), repeated(role, 160_000));
  });
});
