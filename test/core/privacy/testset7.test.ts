import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { isValidIBAN } from 'ibantools';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { PERSONAL_DATA_TYPES } from '../../../nodes/core/privacy/entities.js';
import { ibanValid } from '../../../nodes/core/privacy/iban-validity.js';
import { assertLabelSpans } from '../../support/labelled-sets.js';
import { privacyTestSet } from '../../support/privacy-testset/index.js';
import { privacyTestSet2 } from '../../support/privacy-testset2/index.js';
import { privacyTestSet3 } from '../../support/privacy-testset3/index.js';
import { privacyTestSet4 } from '../../support/privacy-testset4/index.js';
import { privacyTestSet5 } from '../../support/privacy-testset5/index.js';
import { privacyTestSet6 } from '../../support/privacy-testset6/index.js';
import { HAND_WRITTEN_7, privacyTestSet7 } from '../../support/privacy-testset7/index.js';
import { CODES, MARK } from '../../support/privacy-testset7/markup.js';
import { CULTURES, PARTICLES } from '../../support/privacy-testset7/names.js';
import { sharedWithEarlierSets, words } from '../../support/privacy-testset7/overlap.js';

// Structure of the labels only: this file never runs a detector on the set (it is held out).

const compact = (s: string) => s.replace(/[\s-]/g, '');
const digits = (s: string) => s.replace(/[^\dO]/g, '').length; // OCR reads 0 as O
const icaoValid = (s: string, first: RegExp) =>
  /^[CFGHJKLMNPRTVWXYZ0-9]{9}\d$/.test(s) && first.test(s[0]) && icaoCheckDigit(s.slice(0, 9)) === Number(s[9]);
const MONTH = /jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec/i;

/** What a labelled value of each type must be; checksum values must pass Ragwire's validators. */
const VALID: Record<(typeof PERSONAL_DATA_TYPES)[number], (value: string) => boolean> = {
  PERSON: (s) => /^[\p{L}\p{M}][\p{L}\p{M} ,.'’\n-]*$/u.test(s) && s.length <= 60, // OCR breaks lines inside names
  EMAIL_ADDRESS: (s) =>
    /^[\p{L}0-9._+'-]+@([\p{L}0-9-]+\.)+\p{L}{2,}$/iu.test(s) ||
    /^[a-z0-9._+-]+ \(at\) [a-z0-9.-]+ \(dot\) [a-z]{2,}$/i.test(s),
  PHONE_NUMBER: (s) => /^[+\d(][\d ()/.-]*\d( ext\. \d+)?$/.test(s) && digits(s) >= 7 && digits(s) <= 15,
  IBAN_CODE: (s) => isValidIBAN(compact(s).toUpperCase()) && ibanValid(compact(s).toUpperCase()),
  CREDIT_CARD: (s) => /^\d{13,19}$/.test(compact(s)) && luhnValid(compact(s)),
  IP_ADDRESS: (s) => isIP(s) !== 0,
  DE_TAX_ID: (s) => /^\d{11}$/.test(compact(s)) && deTaxIdValid(compact(s)),
  DE_SOCIAL_SECURITY: (s) => deSocialSecurityValid(s),
  DE_ID_CARD: (s) => icaoValid(s.toUpperCase(), /[LMNPRTVWXY]/), // lower-case documents too
  DE_PASSPORT: (s) => icaoValid(s.toUpperCase(), /[CFGHJK]/),
  DATE_OF_BIRTH: (s) => (/^[\dO\s./'-]+$/.test(s) && digits(s) >= 4) || (MONTH.test(s) && /\d/.test(s)),
  POSTAL_ADDRESS: (s) =>
    /\p{L}{3}/u.test(s) && /\d/.test(s) && /\b\d{5}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i.test(s),
};

describe('held-out privacy test set 7 (structure of the labels; never scored here)', () => {
  const docs = privacyTestSet7();
  const hand = docs.filter((doc) => doc.origin === 'hand');
  const made = docs.filter((doc) => doc.origin === 'generated');

  it('has at least 60 hand-written and 120 generated documents in both languages, the same on every run', () => {
    assert.ok(hand.length >= 60, `${hand.length} hand-written`);
    assert.ok(made.length >= 120, `${made.length} generated`);
    for (const lang of ['de', 'en'] as const) {
      assert.ok(hand.filter((doc) => doc.lang === lang).length >= 28, `hand-written ${lang}`);
      assert.ok(made.filter((doc) => doc.lang === lang).length >= 60, `generated ${lang}`);
    }
    assert.equal(new Set(docs.map((doc) => doc.id)).size, docs.length, 'ids are unique');
    assert.equal(new Set(hand.map((doc) => doc.kind)).size, hand.length, 'every hand-written document its own kind');
    assert.deepEqual(privacyTestSet7(), docs, 'generated reproducibly');
    assert.notDeepEqual(privacyTestSet7(144, 17), docs, 'the seed matters');
  });

  it('has at least 8% documents without personal data, hand-written and generated, but most have some', () => {
    const without = (set: typeof docs) => set.filter((doc) => doc.entities.length === 0).length;
    for (const [name, set] of [
      ['all', docs],
      ['hand-written', hand],
      ['generated', made],
    ] as const)
      assert.ok(without(set) >= 0.08 * set.length, `${without(set)} of ${set.length} ${name}`);
    assert.ok(without(docs) <= 0.2 * docs.length);
  });

  it('every label lies inside its text, in order, without overlap, on a trimmed value of a known type', () => {
    assertLabelSpans(docs, PERSONAL_DATA_TYPES);
  });

  it('every labelled value is a valid value of its type: checksums, phone numbers, dates, postcodes', () => {
    const invalid = docs.flatMap((doc) =>
      doc.entities
        .filter((e) => !VALID[e.type as keyof typeof VALID](doc.text.slice(e.start, e.end)))
        .map((e) => `${doc.id}: ${JSON.stringify(doc.text.slice(e.start, e.end))} is not a ${e.type}`),
    );
    assert.deepEqual(invalid, []);
    for (const type of PERSONAL_DATA_TYPES) {
      const n = docs.reduce((sum, doc) => sum + doc.entities.filter((e) => e.type === type).length, 0);
      assert.ok(n >= 5, `${type} labelled ${n} times`);
    }
  });

  it('hand-written labels sit exactly on the values written in the markup, and no markup is left', () => {
    HAND_WRITTEN_7.forEach((source, i) => {
      const marks = [...source.source.matchAll(MARK)];
      assert.equal(hand[i].entities.length, marks.length, hand[i].id);
      marks.forEach((m, k) => {
        const e = hand[i].entities[k];
        assert.equal(e.type, CODES[m[1] as keyof typeof CODES]);
        assert.equal(hand[i].text.slice(e.start, e.end), m[2]);
      });
    });
    for (const doc of docs) assert.ok(!/[«»]/.test(doc.text), `markup left in ${doc.id}`);
  });

  it('draws names from its own lists: at least 30 cultures, at most 2% of name words shared with earlier sets', () => {
    const cultures = Object.values(CULTURES).filter((c) => c.given.length >= 3 && c.family.length >= 3);
    assert.ok(cultures.length >= 30, `${cultures.length} cultures`);
    const { shared, total } = sharedWithEarlierSets();
    assert.ok(shared.length / total <= 0.02, `shared with sets 1-6, the devset and the corpus: ${shared.join(', ')}`);
    const labelledWords = (set: typeof docs) => [
      ...new Set(
        set.flatMap((doc) =>
          doc.entities.filter((e) => e.type === 'PERSON').flatMap((e) => words(doc.text.slice(e.start, e.end))),
        ),
      ),
    ];
    for (const [name, set] of [
      ['hand-written', hand],
      ['generated', made],
    ] as const) {
      const mine = labelledWords(set).filter((w) => w.length > 2 && !PARTICLES.has(w));
      const found = sharedWithEarlierSets(mine);
      assert.ok(found.shared.length / found.total <= 0.02, `${name} names shared: ${found.shared.join(', ')}`);
    }
    const text = made
      .flatMap((doc) => doc.entities.filter((e) => e.type === 'PERSON').map((e) => doc.text.slice(e.start, e.end)))
      .join('\n')
      .toLowerCase();
    const drawn = cultures.filter((c) => c.family.some((f) => text.includes(f.toLowerCase())));
    assert.ok(drawn.length >= 25, `generated names from ${drawn.length} cultures`);
  });

  it('shares no text with test sets 1 to 6', () => {
    const earlier = new Set(
      [
        ...privacyTestSet(),
        ...privacyTestSet2(),
        ...privacyTestSet3(),
        ...privacyTestSet4(),
        ...privacyTestSet5(),
        ...privacyTestSet6(),
      ].map((doc) => doc.text),
    );
    assert.ok(docs.every((doc) => !earlier.has(doc.text)));
  });
});
