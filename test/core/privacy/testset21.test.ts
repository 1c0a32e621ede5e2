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

  it("WELL512a follows the recurrence of Panneton, L'Ecuyer and Matsumoto (their macro form, written out here)", () => {
    // The paper's C code: z0 = VRm1; z1 = MAT0NEG(-16, V0) ^ MAT0NEG(-15, VM1); z2 = MAT0POS(11, VM2);
    // newV1 = z1 ^ z2; newV0 = MAT0NEG(-2, z0) ^ MAT0NEG(-18, z1) ^ MAT3NEG(-28, z2) ^ MAT4NEG(-5, 0xda442d24, newV1).
    const words = Array.from({ length: 16 }, (_, i) => (Math.imul(i + 1, 0x9e3779b9) ^ (i << 20)) >>> 0);
    const st = Uint32Array.from(words);
    let i = 0;
    const reference = (): number => {
      const z0 = st[(i + 15) & 15];
      const v0 = st[i];
      const vm1 = st[(i + 13) & 15];
      const vm2 = st[(i + 9) & 15];
      const z1 = (v0 ^ (v0 << 16) ^ vm1 ^ (vm1 << 15)) >>> 0;
      const z2 = (vm2 ^ (vm2 >>> 11)) >>> 0;
      const newV1 = (z1 ^ z2) >>> 0;
      st[i] = newV1;
      st[(i + 15) & 15] = (z0 ^ (z0 << 2) ^ z1 ^ (z1 << 18) ^ (z2 << 28) ^ newV1 ^ ((newV1 << 5) & 0xda442d24)) >>> 0;
      i = (i + 15) & 15;
      return st[i];
    };
    const g = Well512a.fromState(words);
    for (let k = 0; k < 1000; k++) assert.equal(g.nextU32(), reference(), `output ${k}`);
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
