import { HAND_WRITTEN_21, privacyTestSet21 } from '../../support/privacy-testset21/index.js';
import { CODES, COMPUTED, MARK, unescapeEntities } from '../../support/privacy-testset21/markup.js';
import { PARTICLES, cultures, sharedWithEarlierSets, words } from '../../support/privacy-testset21/names.js';
import { Page } from '../../support/privacy-testset21/page.js';
import { Well512a } from '../../support/privacy-testset21/random.js';
import { testSetsBefore } from '../../support/earlier-test-sets.js';
import { describeHeldOutStructure } from '../../support/held-out-structure.js';
import assert from 'node:assert/strict';

// Structure of the labels only: this file never runs a detector on the set.
describeHeldOutStructure({
  set: 21,
  docs: privacyTestSet21,
  handWritten: HAND_WRITTEN_21,
  markup: { mark: MARK, codes: CODES, computed: COMPUTED, brackets: /[⦃⦄]/ },
  cultures: cultures(),
  overlap: { particles: PARTICLES, words, sharedWithEarlierSets },
  earlier: () => testSetsBefore(21),
  least: {
    hand: 66,
    generated: 150,
    handPerLanguage: 32,
    generatedPerLanguage: 70,
    handKinds: 66,
    generatedKinds: 15,
    cultures: 40,
    namesPerCulture: 4,
    distinctGeneratedNames: 250,
    generatedCultures: 40,
  },
  // Look-alikes both halves carry, never labelled: vehicle identification numbers, team handles in
  // wiki pages, forum nicknames that are no one's name, CMR consignment numbers and SEPA creditor ids.
  lookAlikes: [
    /\b(?:WVW|WDD|WBA|VF1|TMB|SAL|1FT|1HG)[A-HJ-NPR-Z0-9]{14}\b/,
    /@(?:werkstatt|dispo|qs|service|lager|fleet|ops)-team\b/,
    /\b(?:Turbo|Kombi|Diesel|Schrauber|Oldtimer|Torque|Clutch|Boxer)_[A-Z][a-z]+_\d\d\b/,
    /\bCMR-\d{2}-\d{6}\b/,
    /\bDE\d\dZZZ\d{11}\b/,
  ],
  // Pages that kept their HTML entities are labelled over the escaped characters; read as a browser shows them, the values must be valid.
  spoken: unescapeEntities,
});

describe('set 21 generator parts', () => {
  it('WELL512a gives the same stream for a seed, another for another seed, never a stuck state', () => {
    const a = new Well512a(21);
    const b = new Well512a(21);
    const first = [a.nextU32(), a.nextU32(), a.nextU32()];
    assert.deepEqual([b.nextU32(), b.nextU32(), b.nextU32()], first);
    assert.notEqual(new Well512a(22).nextU32(), first[0]);
    const zero = new Well512a(0);
    const outs = new Set(Array.from({ length: 100 }, () => zero.nextU32()));
    assert.ok(outs.size > 95, 'seed 0 still gives a varied stream');
  });

  it('labels an escaped page over the escaped characters, and reads them back as the browser shows them', () => {
    const { text, entities } = new Page().t('Fahrer: ').v('PERSON', 'Jörg Müller').t(' & Co').done('named');
    assert.equal(text, 'Fahrer: J&ouml;rg M&uuml;ller &amp; Co');
    const value = text.slice(entities[0].start, entities[0].end);
    assert.equal(value, 'J&ouml;rg M&uuml;ller');
    assert.equal(unescapeEntities('PERSON', value), 'Jörg Müller');
    assert.equal(unescapeEntities('PHONE_NUMBER', '0171&nbsp;2345678'), '0171 2345678');
    assert.equal(unescapeEntities('PERSON', 'J&#246;rg'), 'Jörg');
    assert.equal(unescapeEntities('PERSON', 'J&#xF6;rg'), 'Jörg');
  });
});
