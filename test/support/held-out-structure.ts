import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { isValidIBAN } from 'ibantools';
import { deSocialSecurityValid, deTaxIdValid, icaoCheckDigit, luhnValid } from '../../nodes/core/privacy/checksums.js';
import { PERSONAL_DATA_TYPES } from '../../nodes/core/privacy/entities.js';
import { ibanValid } from '../../nodes/core/privacy/iban-validity.js';
import { assertLabelSpans } from './labelled-sets.js';

/**
 * The structure checks every held-out test set since the fifth passes: counts, genres, label spans,
 * valid values, markup, own name lists, no text shared with earlier sets, unlabelled look-alikes.
 * They look at the labels only: no detector runs here (the sets are held out).
 */

const compact = (s: string) => s.replace(/[\s-]/g, '');
const icaoValid = (s: string, first: RegExp) =>
  /^[CFGHJKLMNPRTVWXYZ0-9]{9}\d$/.test(s) && first.test(s[0]) && icaoCheckDigit(s.slice(0, 9)) === Number(s[9]);
const MONTH = /jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec/i;
const digits = (s: string) => s.replace(/\D/g, '').length;
/** Digits of a date as OCR may read them ("O" for "0"). */
const dateDigits = (s: string) => s.replace(/[^\dOo]/g, '').length;

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
  DE_ID_CARD: (s) => icaoValid(s.toUpperCase(), /[LMNPRTVWXY]/), // lower-case documents too
  DE_PASSPORT: (s) => icaoValid(s.toUpperCase(), /[CFGHJK]/),
  DATE_OF_BIRTH: (s) => (/^[\dOo\s./'-]+$/.test(s) && dateDigits(s) >= 4) || MONTH.test(s), // OCR reads 0 as O
  POSTAL_ADDRESS: (s) =>
    /\p{L}{3}/u.test(s) && /\d/.test(s) && /\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i.test(s),
};

interface Doc {
  id: string;
  text: string;
  lang: 'de' | 'en';
  origin: 'hand' | 'generated';
  kind: string;
  entities: { type: string; start: number; end: number }[];
}

export interface HeldOutSpec {
  set: number;
  /** The set, and the same generator with another count and seed. */
  docs: (generatedCount?: number, seed?: number) => Doc[];
  /** The hand-written sources in the order of the set's hand-written documents. */
  handWritten: readonly { source: string }[];
  /** The markup: the mark pattern (type code in group 1, value in group 2), codes to types, codes whose value is computed, the bracket characters. */
  markup: { mark: RegExp; codes: Record<string, string>; computed?: ReadonlySet<string>; brackets: RegExp };
  cultures: Record<string, { given: readonly string[]; family: readonly string[] }>;
  overlap: {
    particles: ReadonlySet<string>;
    words: (name: string) => string[];
    sharedWithEarlierSets: (names?: string[]) => { shared: string[]; total: number };
  };
  /** The texts of the earlier sets, which this one must not repeat. */
  earlier: () => { text: string }[];
  least: {
    /** Names per culture in the lists (default 8), distinct generated names (default 200), cultures among them (default `cultures`). */
    namesPerCulture?: number;
    distinctGeneratedNames?: number;
    generatedCultures?: number;
    hand: number;
    generated: number;
    handPerLanguage: number;
    generatedPerLanguage: number;
    handKinds: number;
    generatedKinds: number;
    cultures: number;
  };
  /** Look-alikes that appear at least twice and are never labelled (creditor ids, VAT ids, …). */
  lookAlikes: RegExp[];
  /**
   * For a set whose values may stand in words (speech transcripts): the value as written, read back
   * from its spoken form, which is then checked like any other. Without it values are checked as they stand.
   */
  spoken?: (type: string, value: string) => string;
  /**
   * For a set that labels a value per word element (OCR engine output, set 30): the whole value a label
   * is part of, which is checked in its place. Without it every label is checked as it stands.
   */
  wholeValue?: (label: { type: string; start: number; end: number }, text: string) => string;
}

export function describeHeldOutStructure(spec: HeldOutSpec): void {
  const { least } = spec;
  describe(`held-out privacy test set ${spec.set} (structure of the labels; never scored here)`, () => {
    const docs = spec.docs();
    const hand = docs.filter((doc) => doc.origin === 'hand');
    const made = docs.filter((doc) => doc.origin === 'generated');
    const written = spec.spoken ?? ((_type: string, value: string) => value);
    const labelled = (type: string) =>
      docs.reduce((n, doc) => n + doc.entities.filter((e) => e.type === type).length, 0);

    it(`has at least ${least.hand} hand-written and ${least.generated} generated documents in both languages, the same on every run`, () => {
      assert.ok(hand.length >= least.hand, `${hand.length} hand-written`);
      assert.ok(made.length >= least.generated, `${made.length} generated`);
      for (const lang of ['de', 'en'] as const) {
        assert.ok(hand.filter((doc) => doc.lang === lang).length >= least.handPerLanguage, `hand-written ${lang}`);
        assert.ok(made.filter((doc) => doc.lang === lang).length >= least.generatedPerLanguage, `generated ${lang}`);
      }
      assert.equal(new Set(docs.map((doc) => doc.id)).size, docs.length, 'ids are unique');
      assert.deepEqual(spec.docs(), docs, 'generated reproducibly');
      assert.notDeepEqual(spec.docs(160, 17), docs, 'the seed matters');
    });

    it('has at least 8% documents without personal data, hand-written and generated', () => {
      const without = (set: Doc[]) => set.filter((doc) => doc.entities.length === 0).length;
      for (const [name, set] of [
        ['all', docs],
        ['hand-written', hand],
        ['generated', made],
      ] as const)
        assert.ok(without(set) >= 0.08 * set.length, `${without(set)} of ${set.length} ${name}`);
      assert.ok(without(docs) <= 0.2 * docs.length, 'most documents carry personal data');
    });

    it(`covers many genres: at least ${least.handKinds} hand-written kinds, every generated kind in both languages`, () => {
      assert.ok(new Set(hand.map((doc) => doc.kind)).size >= least.handKinds);
      const kinds = new Set(made.map((doc) => doc.kind));
      assert.ok(kinds.size >= least.generatedKinds, `${kinds.size} generated kinds`);
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
          .filter(
            (e) =>
              !VALID[e.type as keyof typeof VALID](
                written(e.type, spec.wholeValue ? spec.wholeValue(e, doc.text) : doc.text.slice(e.start, e.end)),
              ),
          )
          .map((e) => `${doc.id}: ${JSON.stringify(doc.text.slice(e.start, e.end))} is not a ${e.type}`),
      );
      assert.deepEqual(invalid, []);
      for (const type of PERSONAL_DATA_TYPES)
        assert.ok(labelled(type) >= 12, `${type} labelled ${labelled(type)} times`);
    });

    it('hand-written labels sit exactly on the values written in the markup, and no markup is left', () => {
      const { mark, codes, computed, brackets } = spec.markup;
      spec.handWritten.forEach((source, i) => {
        const marks = [...source.source.matchAll(mark)];
        assert.equal(hand[i].entities.length, marks.length, hand[i].id);
        marks.forEach((m, k) => {
          const e = hand[i].entities[k];
          assert.equal(e.type, codes[m[1]], `${hand[i].id} mark ${k}`);
          if (m[2] !== undefined && !computed?.has(m[1])) assert.equal(hand[i].text.slice(e.start, e.end), m[2]);
        });
      });
      for (const doc of docs) assert.ok(!brackets.test(doc.text), `markup left in ${doc.id}`);
    });

    it(`draws names from its own lists: at least ${least.cultures} cultures, at most 2% of name words shared with earlier sets`, () => {
      const cultures = Object.values(spec.cultures);
      assert.ok(cultures.length >= least.cultures, `${cultures.length} cultures`);
      const perCulture = least.namesPerCulture ?? 8;
      for (const c of cultures) assert.ok(c.given.length >= perCulture && c.family.length >= perCulture);
      const { shared, total } = spec.overlap.sharedWithEarlierSets();
      assert.ok(shared.length / total <= 0.02, `shared with earlier sets: ${shared.join(', ')}`);
      const handWords = [
        ...new Set(
          hand.flatMap((doc) =>
            doc.entities
              .filter((e) => e.type === 'PERSON')
              .flatMap((e) => spec.overlap.words(doc.text.slice(e.start, e.end))),
          ),
        ),
      ].filter((w) => w.length > 2 && !spec.overlap.particles.has(w));
      const hands = spec.overlap.sharedWithEarlierSets(handWords);
      assert.ok(hands.shared.length / hands.total <= 0.02, `hand-written names shared: ${hands.shared.join(', ')}`);
      const generatedNames = new Set(
        made.flatMap((doc) =>
          doc.entities.filter((e) => e.type === 'PERSON').map((e) => doc.text.slice(e.start, e.end)),
        ),
      );
      assert.ok(
        generatedNames.size >= (least.distinctGeneratedNames ?? 200),
        `${generatedNames.size} distinct generated names`,
      );
      const text = [...generatedNames].join('\n').toLowerCase();
      const drawn = cultures.filter((c) => c.family.some((f) => text.includes(f.toLowerCase())));
      assert.ok(
        drawn.length >= (least.generatedCultures ?? least.cultures),
        `generated names from ${drawn.length} cultures`,
      );
    });

    it('shares no text with the earlier test sets', () => {
      const earlier = new Set(spec.earlier().map((doc) => doc.text));
      assert.ok(docs.every((doc) => !earlier.has(doc.text)));
    });

    if (spec.lookAlikes.length > 0)
      it('carries unlabelled look-alikes: creditor ids, VAT ids, ISBNs, parcel and order numbers, versions, salutations', () => {
        for (const pattern of spec.lookAlikes) {
          let seen = 0;
          for (const doc of docs)
            for (const m of doc.text.matchAll(new RegExp(pattern.source, 'gi'))) {
              seen++;
              const at = m.index;
              const hit = doc.entities.find((e) => e.start < at + m[0].length && at < e.end);
              assert.equal(hit, undefined, `${doc.id}: look-alike ${m[0]} is labelled`);
            }
          assert.ok(seen >= 2, `${pattern} appears ${seen} times`);
        }
      });
  });
}

/** What the stream checks draw from a generator: a whole number below a bound. */
export interface BoundedDraws {
  below(bound: number): number;
}

/**
 * Asserts the generator's first eight outputs and its 100,000th for each seed, as printed by GSL's own C implementation
 * (`cases`: seed, first eight, 100,000th; `output` is the generator's gsl_rng_get, whatever its width), then that a
 * seed gives one sequence and another seed another, and that a small bound is reached whole.
 */
export function assertGslStream<G extends BoundedDraws>(
  make: (seed: number) => G,
  cases: readonly [number, number[], number][],
  output: (r: G) => number,
): void {
  const take = (r: G, n: number) => Array.from({ length: n }, () => output(r));
  for (const [seed, first, hundredThousandth] of cases) {
    const r = make(seed);
    assert.deepEqual(take(r, 8), first, `seed ${seed}`);
    assert.equal(take(r, 99_992)[99_991], hundredThousandth, `seed ${seed}`);
  }
  const draws = (r: BoundedDraws) => Array.from({ length: 40 }, () => r.below(1_000_000));
  const seed = cases[0][0] + 1;
  assert.deepEqual(draws(make(seed)), draws(make(seed)));
  assert.notDeepEqual(draws(make(seed + 1)), draws(make(seed)));
  const r = make(7);
  assert.equal(new Set(Array.from({ length: 2000 }, () => r.below(10))).size, 10);
}
