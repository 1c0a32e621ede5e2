import { personSpans } from '../../support/person-spans.js';
import assert from 'node:assert/strict';

/**
 * Round 27, left from round 26: a labelled field whose value is a firm named after its owner's surname and its
 * partners ("Schmidt & Partner Architekten") is the firm, no person; a whole name before "& Söhne" still names
 * the owner (a sole trader's firm is theirs), and two people joined by "&" stay two people.
 */
describe('privacy detectors: leftovers of round 27 (firms named after a surname in labelled fields)', () => {
  it('reads a surname with its partners after a field label as a firm', () => {
    assert.deepEqual(personSpans('Bauleiter: Quistorp & Partner Architekten'), []);
    assert.deepEqual(personSpans('Ansprechpartner: Brakelmann & Söhne'), []);
    assert.deepEqual(personSpans('Contact: Oltrogge & Co, Hamburg'), []);
    // A title names the doctor or lawyer the firm is (the letterhead's surname of the signer below).
    const letter =
      'Gemeinschaftspraxis Dr. med. Uhlig & Partner · Innere Medizin\n\nMit freundlichen Grüßen\nDr. med. Hedwig Uhlig';
    assert.deepEqual(personSpans(letter), ['Uhlig', 'Hedwig Uhlig']);
  });

  it('keeps whole names and two people joined by "&"', () => {
    assert.deepEqual(personSpans('Ansprechpartner: Hedwig Brakelmann & Söhne'), ['Hedwig Brakelmann']);
    assert.deepEqual(personSpans('Ansprechpartner: Hedwig Brakelmann & Tjark Quistorp'), [
      'Hedwig Brakelmann',
      'Tjark Quistorp',
    ]);
  });

  // Found when the scorer was retrained on sets 1 to 25: names only the scorer had taken.
  it('reads a judge after "Richterin am Amtsgericht", also with the given name broken over a line', () => {
    assert.deepEqual(personSpans('durch die Richterin am Landgericht Wiebke Tammen für Recht erkannt'), [
      'Wiebke Tammen',
    ]);
    const broken = 'durch den Richter am Amtsgericht Ger-\nold Quistorp für Recht erkannt:';
    assert.deepEqual(personSpans(broken), ['Ger-\nold Quistorp']);
    assert.deepEqual(personSpans('Der Richter am Amtsgericht entscheidet ohne mündliche Verhandlung.'), []);
  });

  it('reads a call transcript speaker named in brackets after a role label ("AGENT (X):")', () => {
    const call =
      'Repairs line 02/12/2026\nAGENT (Kanokwan): Council repairs, how can I help?\nCALLER: The boiler again.';
    assert.deepEqual(personSpans(call), ['Kanokwan']);
    assert.deepEqual(personSpans('AGENT (Tier 2): escalated\nCALLER (Mobile): no answer'), []);
  });

  it('keeps a name under a thing key unless a word of it names a thing (review 25: unlisted names hid there)', () => {
    assert.deepEqual(personSpans('GET /book?club=Kowalczyk+Wiśniewski&id=3 HTTP/1.1'), ['Kowalczyk+Wiśniewski']);
    assert.deepEqual(personSpans('GET /book?water=Lough+Corrib&id=3 HTTP/1.1'), []);
    assert.deepEqual(personSpans("$row = ['club' => 'ASV Petri Heil', 'fee' => 12];"), []);
  });

  // Found reading the whole change before release.
  it('reads a listed or titled name in a speaker bracket', () => {
    assert.deepEqual(personSpans('AGENT (Grace): Repairs, how can I help?\nCALLER (Mrs Iris Hill): the boiler.'), [
      'Grace',
      'Iris Hill',
    ]);
    assert.deepEqual(personSpans('AGENT (Tier 2): escalated\nCALLER (Mobile): no answer'), []);
  });
});
