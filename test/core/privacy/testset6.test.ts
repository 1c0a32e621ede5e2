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
import { privacyTestSet } from '../../support/privacy-testset/index.js';
import { privacyTestSet2 } from '../../support/privacy-testset2/index.js';
import { privacyTestSet3 } from '../../support/privacy-testset3/index.js';
import { privacyTestSet4 } from '../../support/privacy-testset4/index.js';
import { privacyTestSet5 } from '../../support/privacy-testset5/index.js';
import { HAND_WRITTEN_6, privacyTestSet6 } from '../../support/privacy-testset6/index.js';
import { CODES, COMPUTED, MARK } from '../../support/privacy-testset6/markup.js';
import { CULTURES } from '../../support/privacy-testset6/names.js';
import { PARTICLES, sharedWithEarlierSets, words } from '../../support/privacy-testset6/overlap.js';
import { assertLabelSpans } from '../../support/labelled-sets.js';

// Structure of the labels only: this file never runs a detector on the set (it is held out).

const compact = (s: string) => s.replace(/[\s-]/g, '');
const icaoValid = (s: string, first: RegExp) =>
  /^[CFGHJKLMNPRTVWXYZ0-9]{9}\d$/.test(s) && first.test(s[0]) && icaoCheckDigit(s.slice(0, 9)) === Number(s[9]);
const MONTH = /jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec/i;
const digits = (s: string) => s.replace(/\D/g, '').length;

/** What a labelled value of each type must be; checksum values must pass Ragwire's validators. */
const VALID: Record<(typeof PERSONAL_DATA_TYPES)[number], (value: string) => boolean> = {
  PERSON: (s) => /^[\p{L}\p{M}][\p{L}\p{M} ,.'’/\n-]*$/u.test(s) && s.length <= 60,
  EMAIL_ADDRESS: (s) =>
    /^[\p{L}0-9._+'-]+@([\p{L}0-9-]+\.)+\p{L}{2,}$/iu.test(s) ||
    /^[a-z0-9._+-]+ \(at\) [a-z0-9.-]+ \(dot\) [a-z]{2,}$/i.test(s),
  PHONE_NUMBER: (s) => /^[+\d(][\d ()/.-]*\d(\s?(ext\.|x)\s?\d+)?$/.test(s) && digits(s) >= 7 && digits(s) <= 16,
  IBAN_CODE: (s) => isValidIBAN(compact(s).toUpperCase()) && ibanValid(compact(s).toUpperCase()),
  CREDIT_CARD: (s) => /^\d{13,19}$/.test(compact(s)) && luhnValid(compact(s)),
  IP_ADDRESS: (s) => isIP(s) !== 0,
  DE_TAX_ID: (s) => /^\d{11}$/.test(compact(s)) && deTaxIdValid(compact(s)),
  DE_SOCIAL_SECURITY: (s) => deSocialSecurityValid(s),
  DE_ID_CARD: (s) => icaoValid(s, /[LMNPRTVWXY]/),
  DE_PASSPORT: (s) => icaoValid(s, /[CFGHJK]/),
  DATE_OF_BIRTH: (s) => (/^[\dOo\s./-]+$/.test(s) && digits(s) >= 4) || MONTH.test(s), // OCR reads 0 as O
  POSTAL_ADDRESS: (s) =>
    /\p{L}{3}/u.test(s) && /\d/.test(s) && /\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i.test(s),
};

describe('held-out privacy test set 6 (structure of the labels; never scored here)', () => {
  const docs = privacyTestSet6();
  const hand = docs.filter((doc) => doc.origin === 'hand');
  const made = docs.filter((doc) => doc.origin === 'generated');
  const labelled = (type: string) => docs.reduce((n, doc) => n + doc.entities.filter((e) => e.type === type).length, 0);

  it('has at least 70 hand-written and 140 generated documents in both languages, the same on every run', () => {
    assert.ok(hand.length >= 70, `${hand.length} hand-written`);
    assert.ok(made.length >= 140, `${made.length} generated`);
    for (const lang of ['de', 'en'] as const) {
      assert.ok(hand.filter((doc) => doc.lang === lang).length >= 33, `hand-written ${lang}`);
      assert.ok(made.filter((doc) => doc.lang === lang).length >= 70, `generated ${lang}`);
    }
    assert.equal(new Set(docs.map((doc) => doc.id)).size, docs.length, 'ids are unique');
    assert.deepEqual(privacyTestSet6(), docs, 'generated reproducibly');
    assert.notDeepEqual(privacyTestSet6(160, 17), docs, 'the seed matters');
  });

  it('has at least 8% documents without personal data, hand-written and generated', () => {
    const without = (set: typeof docs) => set.filter((doc) => doc.entities.length === 0).length;
    for (const [name, set] of [
      ['all', docs],
      ['hand-written', hand],
      ['generated', made],
    ] as const)
      assert.ok(without(set) >= 0.08 * set.length, `${without(set)} of ${set.length} ${name}`);
    assert.ok(without(docs) <= 0.2 * docs.length, 'most documents carry personal data');
  });

  it('covers many genres: at least 60 hand-written kinds, every generated kind in both languages', () => {
    assert.ok(new Set(hand.map((doc) => doc.kind)).size >= 60);
    const kinds = new Set(made.map((doc) => doc.kind));
    assert.ok(kinds.size >= 10, `${kinds.size} generated kinds`);
    for (const kind of kinds)
      for (const lang of ['de', 'en'] as const)
        assert.ok(
          made.some((doc) => doc.kind === kind && doc.lang === lang),
          `${kind} in ${lang}`,
        );
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
    for (const type of PERSONAL_DATA_TYPES) assert.ok(labelled(type) >= 12, `${type} labelled ${labelled(type)} times`);
  });

  it('hand-written labels sit exactly on the values written in the markup, and no markup is left', () => {
    HAND_WRITTEN_6.forEach((source, i) => {
      const marks = [...source.source.matchAll(MARK)];
      assert.equal(hand[i].entities.length, marks.length, hand[i].id);
      marks.forEach((m, k) => {
        const e = hand[i].entities[k];
        assert.equal(e.type, CODES[m[1] as keyof typeof CODES], `${hand[i].id} mark ${k}`);
        if (!COMPUTED.has(m[1])) assert.equal(hand[i].text.slice(e.start, e.end), m[2]);
      });
    });
    for (const doc of docs) assert.ok(!/[⟨⟩]/.test(doc.text), `markup left in ${doc.id}`);
  });

  it('draws names from its own lists: at least 30 cultures, at most 2% of name words shared with earlier sets', () => {
    const cultures = Object.values(CULTURES);
    assert.ok(cultures.length >= 30, `${cultures.length} cultures`);
    for (const c of cultures) assert.ok(c.given.length >= 8 && c.family.length >= 8);
    const { shared, total } = sharedWithEarlierSets();
    assert.ok(shared.length / total <= 0.02, `shared with sets 1-5, the devset and the corpus: ${shared.join(', ')}`);
    const handWords = [
      ...new Set(
        hand.flatMap((doc) =>
          doc.entities.filter((e) => e.type === 'PERSON').flatMap((e) => words(doc.text.slice(e.start, e.end))),
        ),
      ),
    ].filter((w) => w.length > 2 && !PARTICLES.has(w));
    const hands = sharedWithEarlierSets(handWords);
    assert.ok(hands.shared.length / hands.total <= 0.02, `hand-written names shared: ${hands.shared.join(', ')}`);
    const generatedNames = new Set(
      made.flatMap((doc) => doc.entities.filter((e) => e.type === 'PERSON').map((e) => doc.text.slice(e.start, e.end))),
    );
    assert.ok(generatedNames.size >= 200, `${generatedNames.size} distinct generated names`);
    const text = [...generatedNames].join('\n').toLowerCase();
    const drawn = cultures.filter((c) => c.family.some((f) => text.includes(f.toLowerCase())));
    assert.ok(drawn.length >= 30, `generated names from ${drawn.length} cultures`);
  });

  it('shares no text with test sets 1 to 5', () => {
    const earlier = new Set(
      [...privacyTestSet(), ...privacyTestSet2(), ...privacyTestSet3(), ...privacyTestSet4(), ...privacyTestSet5()].map(
        (doc) => doc.text,
      ),
    );
    assert.ok(docs.every((doc) => !earlier.has(doc.text)));
  });

  it('carries unlabelled look-alikes: creditor ids, VAT ids, ISBNs, parcel and order numbers, versions, salutations', () => {
    const unlabelled = (pattern: RegExp) => {
      let seen = 0;
      for (const doc of docs)
        for (const m of doc.text.matchAll(new RegExp(pattern.source, 'gi'))) {
          seen++;
          const at = m.index;
          const hit = doc.entities.find((e) => e.start < at + m[0].length && at < e.end);
          assert.equal(hit, undefined, `${doc.id}: look-alike ${m[0]} is labelled`);
        }
      assert.ok(seen >= 2, `${pattern} appears ${seen} times`);
    };
    unlabelled(/DE\d\dZZZ0\d{10}/); // SEPA creditor identifiers
    unlabelled(/\bDE\d{9}\b/); // VAT ids
    unlabelled(/\b978-\d-\d{4}-\d{4}-\d\b/); // ISBNs
    unlabelled(/\b(JVGL\d{16,17}|1Z[A-Z0-9]{16})\b/); // parcel numbers
    unlabelled(/\b(AB|BST|PO|RE|INV)-\d{6,8}\b/); // order and invoice numbers
    unlabelled(/\b(Version|Release|v)\s?\d+\.\d+(\.\d+)?\b/); // version numbers
    unlabelled(/\b(GmbH|Ltd|plc|LLP|eG|KG)\b/); // company names
    unlabelled(/Sehr geehrte Damen und Herren|Dear Sir or Madam|Liebe Kolleginnen und Kollegen|Hallo zusammen|Hi team/);
  });
});
