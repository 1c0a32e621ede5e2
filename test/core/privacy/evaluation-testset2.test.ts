import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { isValidIBAN } from 'ibantools';
import { isValidPhoneNumber } from 'libphonenumber-js';
import {
  deSocialSecurityValid,
  deTaxIdValid,
  icaoCheckDigit,
  luhnValid,
} from '../../../nodes/core/privacy/checksums.js';
import { PrivacyScanner } from '../../../nodes/core/privacy/detect.js';
import { assertTestSetBlock } from '../../support/privacy-eval-tables.js';
import { scoreScanner } from '../../support/privacy-scoring.js';
import { privacyTestSet } from '../../support/privacy-testset/index.js';
import { CULTURES } from '../../support/privacy-testset/names.js';
import { privacyTestSet2 } from '../../support/privacy-testset2/index.js';
import { HAND_WRITTEN } from '../../support/privacy-testset2/handwritten.js';
import { PEOPLE } from '../../support/privacy-testset2/names.js';
import { MONATE, MONTHS, PHONE_COUNTRIES } from '../../support/privacy-testset2/values.js';

const ROOT = join(__dirname, '../../../..');

const compact = (s: string) => s.replace(/[\s-]/g, '');
const icaoValid = (s: string, first: RegExp) =>
  /^[A-Z0-9]{10}$/.test(s) && first.test(s[0]) && icaoCheckDigit(s.slice(0, 9)) === Number(s[9]);
const MONTH_WORD = new RegExp(`(${[...MONATE, ...MONTHS].map((m) => m.slice(0, 3)).join('|')})`);

/** What a labelled value of each type must be; checksum values must pass the detectors' validators. */
const VALID: Record<string, (value: string) => boolean> = {
  PERSON: (v) => /^\p{L}[\p{L}\p{M} ,.'-]*$/u.test(v) && v.length <= 40,
  EMAIL_ADDRESS: (v) => /^[a-z0-9._-]+@([a-z0-9-]+\.)+[a-z]{2,}$/.test(v),
  PHONE_NUMBER: (v) => PHONE_COUNTRIES.some((c) => isValidPhoneNumber(v, c)),
  IBAN_CODE: (v) => isValidIBAN(compact(v)),
  CREDIT_CARD: (v) => /^\d{13,19}$/.test(compact(v)) && luhnValid(compact(v)),
  IP_ADDRESS: (v) => isIP(v) !== 0,
  DE_TAX_ID: (v) => deTaxIdValid(compact(v)),
  DE_SOCIAL_SECURITY: (v) => deSocialSecurityValid(v),
  DE_ID_CARD: (v) => icaoValid(v, /[LMNPRTVWXY]/),
  DE_PASSPORT: (v) => icaoValid(v, /[CFGHJK]/),
  DATE_OF_BIRTH: (v) => /\d{2}/.test(v) && (/^[\d./-]+$/.test(v) || MONTH_WORD.test(v)),
  POSTAL_ADDRESS: (v) =>
    /\p{L}{3}/u.test(v) && /\d/.test(v) && /(\b\d{5}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b)/.test(v),
};

describe('held-out privacy test set 2 (written after the second round of detector work, scored once)', () => {
  const docs = privacyTestSet2();
  const hand = docs.filter((d) => d.origin === 'hand');
  const labelled = (type: string) => docs.reduce((n, d) => n + d.entities.filter((e) => e.type === type).length, 0);

  it('has at least 80 hand-written documents, about half in each language, and about 200 generated ones, the same on every run', () => {
    assert.ok(hand.length >= 80, `${hand.length} hand-written`);
    for (const lang of ['de', 'en'] as const) assert.ok(hand.filter((d) => d.lang === lang).length >= 38, lang);
    assert.ok(docs.length - hand.length >= 200);
    for (const kind of [
      'email-thread',
      'chat',
      'csv',
      'hr-form',
      'patient-form',
      'insurance-claim',
      'tenancy',
      'ticket',
      'minutes',
      'invoice',
      'delivery-note',
      'cv',
      'incident-report',
      'school-letter',
      'bank-letter',
    ])
      assert.ok(hand.filter((d) => d.kind === kind).length >= 2, `${kind} hand-written`);
    const withoutPersonal = hand.filter((d) => d.entities.length === 0).length;
    assert.ok(
      withoutPersonal >= 0.08 * hand.length && withoutPersonal <= 0.2 * hand.length,
      `${withoutPersonal} without`,
    );
    assert.ok(docs.filter((d) => d.entities.length === 0).length >= 20, 'documents without personal data');
    assert.deepEqual(privacyTestSet2(), docs, 'generated reproducibly');
    assert.notDeepEqual(privacyTestSet2(100, 7), docs, 'the seed matters');
  });

  it('every label covers a valid value of its type, and every type is labelled often enough to be scored', () => {
    for (const d of docs)
      for (const e of d.entities) {
        const value = d.text.slice(e.start, e.end);
        assert.equal(value, value.trim(), `label with spaces around it in ${d.id}`);
        assert.ok(VALID[e.type]?.(value), `${d.id}: ${JSON.stringify(value)} is not a ${e.type}`);
      }
    for (const type of Object.keys(VALID)) assert.ok(labelled(type) >= 15, `${type} labelled ${labelled(type)} times`);
  });

  it('hand-written labels sit exactly on the values written in the markup, in order', () => {
    HAND_WRITTEN.forEach((source, i) => {
      const marks = [...source.source.matchAll(/\[\[([A-Z]+)(?::([^\]]+))?\]\]/g)];
      assert.equal(hand[i].entities.length, marks.length, hand[i].id);
      marks.forEach((m, k) => {
        const e = hand[i].entities[k];
        if (m[2] !== undefined) assert.equal(hand[i].text.slice(e.start, e.end), m[2]);
      });
      assert.ok(!/\[\[|\]\]|\{\{|\}\}/.test(hand[i].text), `markup left in ${hand[i].id}`);
    });
  });

  it("differs from test set 1: at most a small share of its names are in test set 1's lists, no text is shared", () => {
    const words = (lists: Record<string, { given: string[]; family: string[] }>) =>
      Object.values(lists).flatMap((c) => [...c.given, ...c.family]);
    const mine = words(PEOPLE);
    const theirs = new Set(words(CULTURES).map((n) => n.toLowerCase()));
    const shared = mine.filter((n) => theirs.has(n.toLowerCase()));
    assert.ok(Object.keys(PEOPLE).length >= 20, 'cultures');
    assert.ok(shared.length / mine.length <= 0.03, `shared with test set 1: ${shared.join(', ')}`);
    const set1 = new Set(privacyTestSet().map((d) => d.text));
    assert.ok(docs.every((d) => !set1.has(d.text)));
  });

  it('carries look-alikes that are not personal data: creditor ids, parcel numbers, order and article numbers, versions, letterheads', () => {
    const all = docs.map((d) => d.text).join('\n');
    for (const lookalike of [
      /DE\d\dZZZ0\d{10}/,
      /\bJVGL\d{16}\b|\b00\d{18}\b/,
      /\bSKU-\d{5}-/,
      /\b(AB-\d{6}|SO\d{8})\b/,
      /Version \d+\.\d+\.\d+|version \d+\.\d+\.\d+/,
      /GmbH|Ltd/,
      /(Bielefeld|Erfurt|Rostock|Augsburg|Kassel|Münster|Leeds|Swindon), \d/,
    ])
      assert.match(all, lookalike);
  });

  it('the README block and the cached peer figures are what `npm run eval:privacy -- --write` computes on this set', () => {
    assertTestSetBlock(ROOT, 2, docs, scoreScanner(docs, new PrivacyScanner()));
  });
});
