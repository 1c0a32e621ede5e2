import assert from 'node:assert/strict';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { namedThingNoPerson } from '../../../nodes/core/privacy/not-people-things.js';

/**
 * Speed round 8's shortcuts must decide as the full tests did: the word after a name is read only
 * when its first letter can begin a thing's word, a club's letters only when the letter before the
 * blank can end them, and a name pair's dictionary look-up only after the rarer tests beside it.
 * Each shape the shortcut guards is still dropped or found, beside names that must stay.
 */
const scanner = new PrivacyScanner();
const found = (text: string) => scanner.scan(text).map((e) => [e.type, text.slice(e.start, e.end)]);

/** The words of not-people-things.ts that make a name a thing's, written after it. */
const WORDS_AFTER =
  'Way Street Road Avenue Lane Drive Close Crescent Terrace Square Gardens Boulevard Trophy Cup Shield Award Prize Memorial Athletic Rovers Wanderers Albion Academy College Hospice Pharmacy Chemist Chemists Eyecare Optometrists Opticians Plumbing Heating Electrical Roofing Joinery Removals Bakery Salon Stores Interiors Furnishings Apotheke Optik Stiftung Gymnasium Grundschule Realschule Stadion'.split(
    ' ',
  );
const CLUB_LETTERS = ['SV', 'TSV', 'FC', 'VfB', 'VfL', 'TuS', 'SC', 'SpVgg', 'TSG', 'SG', 'FSV', 'MTV', 'TV'];

/** namedThingNoPerson asked for `name` where it stands in `text`. */
function thing(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return namedThingNoPerson(text, start, start + name.length, name);
}

describe('speed round 8 shortcuts (decisions unchanged)', () => {
  it('every thing word right after a two-word name makes it a thing; another word, or a column gap, does not', () => {
    for (const word of WORDS_AFTER) assert.equal(thing(`bei Kelvin Grove ${word} heute`, 'Kelvin Grove'), true, word);
    assert.equal(thing('bei Jana Okafor heute', 'Jana Okafor'), false);
    assert.equal(thing('Jana Okafor Wayne', 'Jana Okafor'), false);
    assert.equal(thing('Jana Okafor  Pharmacy', 'Jana Okafor'), false);
    assert.equal(thing('Jana Okafor\tStores', 'Jana Okafor'), false);
    assert.equal(thing('Jana Okafor pharmacy', 'Jana Okafor'), false);
  });

  it("every club's letters before a name with a word of sport make it a club; other letters or no sport word do not", () => {
    for (const letters of CLUB_LETTERS)
      assert.equal(thing(`Training des ${letters} Ludwig Jahn am Dienstag`, 'Ludwig Jahn'), true, letters);
    assert.equal(thing('Gutachten durch SV Peter Müller erstellt', 'Peter Müller'), false);
    assert.equal(thing('Training des XSV Ludwig Jahn am Dienstag', 'Ludwig Jahn'), false);
    assert.equal(thing('Training des SVx Ludwig Jahn am Dienstag', 'Ludwig Jahn'), false);
  });

  it('places, prizes and clubs named after people are dropped in a scan; people beside them are found', () => {
    assert.deepEqual(found('Wir treffen uns an der Florence Nightingale Way Ecke.'), []);
    assert.deepEqual(found('Contact Jane Smith Pharmacy on the corner.'), []);
    assert.deepEqual(found('Mary Kingsley Trophy went to Jana Okafor.'), [['PERSON', 'Jana Okafor']]);
    assert.deepEqual(found('Training des SV Ludwig Jahn am Dienstag, Heimspiel gegen Bremen.'), []);
    assert.deepEqual(found('Gutachten durch SV Peter Müller erstellt.'), [['PERSON', 'Peter Müller']]);
  });

  it('a given name with an English word acting as a person, or a trade word after a given name, is still a person', () => {
    assert.deepEqual(found('Gerard Way called about the invoice.'), [['PERSON', 'Gerard Way']]);
    assert.deepEqual(found('Please call Florence Way tomorrow.'), [['PERSON', 'Florence Way']]);
    assert.deepEqual(found('Maria Bäcker hat angerufen.'), [['PERSON', 'Maria Bäcker']]);
    assert.deepEqual(found('Rückfrage bei John Plumber wegen der Rechnung.'), [['PERSON', 'John Plumber']]);
    // A given name that is also a word says nothing of the trade word after it; a kin word is no surname.
    assert.deepEqual(found('Nur Händler dürfen hier parken.'), []);
    assert.deepEqual(
      found('Maria Sister called yesterday.').filter(([, v]) => v === 'Maria Sister'),
      [],
    );
  });
});
