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
import { CULTURES as SET1_NAMES } from '../../support/privacy-testset/names.js';
import { privacyTestSet2 } from '../../support/privacy-testset2/index.js';
import { PEOPLE as SET2_NAMES } from '../../support/privacy-testset2/names.js';
import { HAND_WRITTEN, privacyTestSet3 } from '../../support/privacy-testset3/index.js';
import { MARK, TYPES } from '../../support/privacy-testset3/markup.js';
import { CULTURES } from '../../support/privacy-testset3/names.js';
import { MONATE, MONTHS, phoneValid } from '../../support/privacy-testset3/values.js';
import { assertLabelSpans } from '../../support/labelled-sets.js';

// Structure of the labels only: this file never runs a detector on the set (it is held out).

/** The entity types the set labels: every type of personal data the detectors know. */
const LABELLED_TYPES = PERSONAL_DATA_TYPES;

const compact = (s: string) => s.replace(/[\s-]/g, '');
const icaoValid = (s: string, first: RegExp) =>
  /^[CFGHJKLMNPRTVWXYZ0-9]{9}\d$/.test(s) && first.test(s[0]) && icaoCheckDigit(s.slice(0, 9)) === Number(s[9]);
const MONTH_WORD = new RegExp(`(${[...MONATE, ...MONTHS].map((m) => m.slice(0, 3)).join('|')})`, 'i');
const POSTCODE = /\b\d{5}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b/;

/** What a labelled value of each type must be; checksum values must pass the validators. */
const VALID: Record<(typeof LABELLED_TYPES)[number], (value: string) => boolean> = {
  PERSON: (s) => /^\p{L}[\p{L}\p{M} ,.'-]*$/u.test(s) && s.length <= 40,
  EMAIL_ADDRESS: (s) => /^[a-z0-9._+-]+@([a-z0-9-]+\.)+[a-z]{2,}$/.test(s),
  PHONE_NUMBER: phoneValid,
  IBAN_CODE: (s) => isValidIBAN(compact(s)) && ibanValid(compact(s)),
  CREDIT_CARD: (s) => /^\d{13,19}$/.test(compact(s)) && luhnValid(compact(s)),
  IP_ADDRESS: (s) => isIP(s) !== 0,
  DE_TAX_ID: (s) => /^\d{11}$/.test(compact(s)) && deTaxIdValid(compact(s)),
  DE_SOCIAL_SECURITY: (s) => deSocialSecurityValid(s),
  DE_ID_CARD: (s) => icaoValid(s, /[LMNPRTVWXY]/),
  DE_PASSPORT: (s) => icaoValid(s, /[CFGHJK]/),
  DATE_OF_BIRTH: (s) => /\d{2}/.test(s) && (/^[\d./-]+$/.test(s) || MONTH_WORD.test(s)),
  POSTAL_ADDRESS: (s) => /\p{L}{3}/u.test(s) && /\d/.test(s) && POSTCODE.test(s),
};

describe('held-out privacy test set 3 (structure of the labels; never scored here)', () => {
  const docs = privacyTestSet3();
  const hand = docs.filter((doc) => doc.origin === 'hand');
  const made = docs.filter((doc) => doc.origin === 'generated');
  const labelled = (type: string) => docs.reduce((n, doc) => n + doc.entities.filter((e) => e.type === type).length, 0);

  it('has at least 70 hand-written and 180 generated documents in both languages, the same on every run', () => {
    assert.ok(hand.length >= 70, `${hand.length} hand-written`);
    assert.ok(made.length >= 180, `${made.length} generated`);
    for (const lang of ['de', 'en'] as const) {
      assert.ok(hand.filter((doc) => doc.lang === lang).length >= 30, `hand-written ${lang}`);
      assert.ok(made.filter((doc) => doc.lang === lang).length >= 90, `generated ${lang}`);
    }
    assert.equal(new Set(docs.map((doc) => doc.id)).size, docs.length, 'ids are unique');
    assert.deepEqual(privacyTestSet3(), docs, 'generated reproducibly');
    assert.notDeepEqual(privacyTestSet3(120, 11), docs, 'the seed matters');
  });

  it('has at least 8% documents without personal data, hand-written and generated', () => {
    const without = (set: typeof docs) => set.filter((doc) => doc.entities.length === 0).length;
    assert.ok(without(docs) >= 0.08 * docs.length, `${without(docs)} of ${docs.length}`);
    assert.ok(without(hand) >= 0.08 * hand.length, `${without(hand)} of ${hand.length} hand-written`);
    assert.ok(without(hand) <= 0.2 * hand.length, 'most hand-written documents carry personal data');
  });

  it('covers many genres: at least 25 hand-written kinds, every generated layout in both languages', () => {
    assert.ok(new Set(hand.map((doc) => doc.kind)).size >= 25);
    const kinds = new Set(made.map((doc) => doc.kind));
    assert.ok(kinds.size >= 20, `${kinds.size} generated layouts`);
    for (const kind of kinds)
      for (const lang of ['de', 'en'] as const)
        assert.ok(
          made.some((doc) => doc.kind === kind && doc.lang === lang),
          `${kind} in ${lang}`,
        );
  });

  it('every label lies inside its text, in order, without overlap, on a trimmed value of a known type', () => {
    assertLabelSpans(docs, LABELLED_TYPES);
  });

  it('every labelled value is a valid value of its type: checksums, phone numbers, dates, postcodes', () => {
    for (const doc of docs)
      for (const e of doc.entities) {
        const value = doc.text.slice(e.start, e.end);
        assert.ok(VALID[e.type as keyof typeof VALID](value), `${doc.id}: ${JSON.stringify(value)} is not a ${e.type}`);
      }
    for (const type of LABELLED_TYPES) assert.ok(labelled(type) >= 20, `${type} labelled ${labelled(type)} times`);
  });

  it('hand-written labels sit exactly on the values written in the markup, and no markup is left', () => {
    HAND_WRITTEN.forEach((source, i) => {
      const marks = [...source.source.matchAll(MARK)].filter((m) => m[1] === '');
      assert.equal(hand[i].entities.length, marks.length, hand[i].id);
      marks.forEach((m, k) => {
        const e = hand[i].entities[k];
        assert.equal(e.type, TYPES[m[2] as keyof typeof TYPES], `${hand[i].id} mark ${k}`);
        if (m[3] !== undefined) assert.equal(hand[i].text.slice(e.start, e.end), m[3]);
      });
      assert.ok(!/\{\{[~A-Z]/.test(hand[i].text), `markup left in ${hand[i].id}`);
    });
  });

  it('draws names from its own lists: at least 20 cultures, hardly any name shared with test sets 1 and 2', () => {
    const cultures = Object.values(CULTURES);
    assert.ok(cultures.length >= 20, `${cultures.length} cultures`);
    for (const c of cultures) assert.ok(c.given.length >= 5 && c.family.length >= 5);
    const words = (lists: Record<string, { given: string[]; family: string[] }>) =>
      Object.values(lists).flatMap((c) => [...c.given, ...c.family]);
    const mine = words(CULTURES);
    const theirs = new Set([...words(SET1_NAMES), ...words(SET2_NAMES)].map((n) => n.toLowerCase()));
    const shared = mine.filter((n) => theirs.has(n.toLowerCase()));
    assert.ok(shared.length / mine.length <= 0.02, `shared with test sets 1 and 2: ${shared.join(', ')}`);
    const generatedNames = new Set(
      made.flatMap((doc) => doc.entities.filter((e) => e.type === 'PERSON').map((e) => doc.text.slice(e.start, e.end))),
    );
    assert.ok(generatedNames.size >= 300, `${generatedNames.size} distinct generated names`);
  });

  it('shares no text with test sets 1 and 2', () => {
    const earlier = new Set([...privacyTestSet(), ...privacyTestSet2()].map((doc) => doc.text));
    assert.ok(docs.every((doc) => !earlier.has(doc.text)));
  });

  it('carries unlabelled look-alikes: creditor ids, parcel numbers, order numbers, versions, companies, salutations', () => {
    const unlabelled = (pattern: RegExp) => {
      let seen = 0;
      for (const doc of docs)
        for (const m of doc.text.matchAll(new RegExp(pattern.source, 'g'))) {
          seen++;
          const at = m.index;
          const hit = doc.entities.find((e) => e.start < at + m[0].length && at < e.end);
          assert.equal(hit, undefined, `${doc.id}: look-alike ${m[0]} is labelled`);
        }
      assert.ok(seen >= 3, `${pattern} appears ${seen} times`);
    };
    unlabelled(/DE\d\dZZZ0\d{10}/); // SEPA creditor identifiers
    unlabelled(/\b(00340434\d{12}|1Z[A-Z]{3}\d{13}|JJD00\d{16})\b/); // parcel numbers
    unlabelled(/\b(AB|SO|ORD|RE)-\d{6,8}\b/); // order and invoice numbers
    unlabelled(/(\bv|[Vv]ersion[= ]|Firmware |Suite |Build )\d+\.\d+(\.\d+)?\b/); // version numbers
    unlabelled(/\b(GmbH|Ltd|plc|LLP|eG)\b/); // company names
    unlabelled(/Sehr geehrte Damen und Herren|Dear Sir or Madam|Liebe Kolleginnen und Kollegen/);
  });
});
