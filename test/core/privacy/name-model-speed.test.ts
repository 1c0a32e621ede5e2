import assert from 'node:assert/strict';
import type { Entity } from '../../../nodes/core/privacy/entities.js';
import {
  candidatesOf,
  committedNameModel,
  contextFeatures,
  findNames,
  keyOf,
  namedInTable,
  namesFound,
  oneWordItemsOf,
  orderTaken,
  takenInOrder,
} from '../../../nodes/core/privacy/name-model.js';
import { seededRandom } from '../../../nodes/core/seeded-random.js';

const TEXT = [
  'Rückruf an B. Okafor wegen der Lieferung; Frau Dilşad Uzunhasan meldet sich.',
  'Vorname;Nachname;Ort',
  'Kenshin;Kobayakawa;Gießen',
  'Ayodele;Okonkwo-Baptiste;Köln',
  'Kontoinhaber: Oyelaran, Betreff: Millionen für Standorte, Marge der Ältere',
  '@Dilşad schrieb an Jana Okafor und an Team Nord, Siegfried Mohr GmbH.',
].join('\n');

describe('name scorer: the speed-ups decide as before', () => {
  it('orders the rules findings by start as a sort by start does (ties and overlaps included)', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 50; round++) {
      const found = Array.from({ length: Math.floor(next() * 40) }, () => {
        const start = Math.floor(next() * 30);
        return { start, end: start + 1 + Math.floor(next() * 10) };
      });
      const n = orderTaken(found);
      const sorted = [...found].sort((a, b) => a.start - b.start);
      const ordered = takenInOrder(n);
      assert.deepEqual(
        ordered.map((e) => e.start),
        sorted.map((e) => e.start),
      );
      // What findNames reads: the furthest end among the findings starting before each position.
      const furthest = (list: { start: number; end: number }[], pos: number) =>
        list.filter((e) => e.start < pos).reduce((m, e) => Math.max(m, e.end), -1);
      for (let pos = 0; pos < 45; pos++) assert.equal(furthest(ordered, pos), furthest(sorted, pos));
      // The same findings, each once.
      assert.deepEqual(
        ordered.map((e) => `${e.start}-${e.end}`).sort(),
        found.map((e) => `${e.start}-${e.end}`).sort(),
      );
    }
  });

  it("holds the keys of the rules' name words in its table exactly as the set does", () => {
    const next = seededRandom(11);
    const words = candidatesOf(TEXT).candidates;
    for (let round = 0; round < 30; round++) {
      // Random PERSON findings over random word runs (and findings of other types the table ignores).
      const found = Array.from({ length: 1 + Math.floor(next() * 12) }, () => {
        const from = words[Math.floor(next() * words.length)];
        const to = words[Math.min(words.length - 1, words.indexOf(from) + Math.floor(next() * 3))];
        return { type: next() < 0.8 ? 'PERSON' : 'LOCATION', start: from.start, end: to.end };
      });
      const set = namesFound(TEXT, found);
      for (const w of words) {
        const key = keyOf(TEXT, w.end);
        assert.equal(namedInTable(TEXT, found, key), set?.has(key) ?? false, TEXT.slice(w.start, w.end));
      }
      for (let k = 0; k < 200; k++) {
        const key = (next() * 2 ** 32) | 0;
        assert.equal(namedInTable(TEXT, found, key), set?.has(key) ?? false);
      }
    }
  });

  it('finds the same names whatever the order of the rules findings', () => {
    const model = committedNameModel();
    const next = seededRandom(3);
    const words = candidatesOf(TEXT).candidates;
    const found: Entity[] = words
      .filter(() => next() < 0.3)
      .map((w): Entity => ({
        type: next() < 0.5 ? 'PERSON' : 'EMAIL_ADDRESS',
        start: w.start,
        end: w.end,
        score: 0.9,
      }));
    // A first run fills the per-word caches (a cached sum is stored as float32: scores of a first and a later run may differ in the 9th digit).
    findNames(TEXT, model, found);
    const expected = findNames(
      TEXT,
      model,
      [...found].sort((a, b) => a.start - b.start),
    );
    for (let round = 0; round < 10; round++) {
      const shuffled = [...found].sort(() => next() - 0.5);
      assert.deepEqual(findNames(TEXT, model, shuffled), expected);
    }
  });

  it('counts one-word items of a line in place as split and trim count them', () => {
    const reference = (line: string) => {
      let n = 0;
      for (const item of line.split(',')) {
        const t = item.trim();
        if (t.length > 0 && !t.includes(' ') && n < 4) n++;
      }
      return n;
    };
    const pieces = ['a', 'bé', ' ', ',', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '\r'];
    const next = seededRandom(13);
    for (let round = 0; round < 20_000; round++) {
      let line = '';
      for (let i = Math.floor(next() * 14); i > 0; i--) line += pieces[Math.floor(next() * pieces.length)];
      const text = `x,${line}\ny`;
      assert.equal(oneWordItemsOf(text, 2, 2 + line.length), reference(line), JSON.stringify(line));
    }
  });

  it('reads the same context features for a word whatever was read before (a reused buffer and line memo)', () => {
    const words = candidatesOf(TEXT).candidates;
    const first = words.map((w) => contextFeatures(TEXT, w.start, w.end, w.shape, 'mixed', false));
    const next = seededRandom(5);
    for (let round = 0; round < 100; round++) {
      const k = Math.floor(next() * words.length);
      const w = words[k];
      assert.deepEqual(contextFeatures(TEXT, w.start, w.end, w.shape, 'mixed', false), first[k]);
    }
  });
});
