import assert from 'node:assert/strict';
import { Bm25SparseEncoder, tokenize } from '../../../nodes/core/embedding/index.js';

const weightOf = (v: { indices: number[]; values: number[] }, other: { indices: number[] }) =>
  v.indices.filter((i) => other.indices.includes(i)).length;

describe('BM25 sparse encoder (German and English, no model)', () => {
  it('folds case, Unicode forms and umlauts, drops stopwords of both languages and stems lightly', () => {
    assert.deepEqual(tokenize('Die Verträge der Müller GmbH'), tokenize('VERTRAEGE mueller gmbh'));
    assert.deepEqual(tokenize('the and of und der die das'), []);
    assert.deepEqual(tokenize('ﬁle'), ['file']); // NFKC: the ligature is two letters
    assert.deepEqual(tokenize('Rechnungen'), tokenize('Rechnung'));
    assert.deepEqual(tokenize('invoices'), tokenize('invoice'));
  });

  it('keeps product codes whole (joined) and in parts', () => {
    const tokens = tokenize('Modell XR-2000/B ersetzt v1.19');
    assert.ok(tokens.includes('xr2000b'));
    assert.ok(tokens.includes('xr') && tokens.includes('2000'));
    assert.ok(tokens.includes('v119'));
  });

  it('gives stable u32 ids sorted ascending, BM25-saturated document weights, and 1 per query term', () => {
    const enc = new Bm25SparseEncoder({ compoundParts: false });
    const [doc] = enc.encodeDocuments(['Pumpe Pumpe Pumpe Ventil']);
    assert.deepEqual(
      doc.indices,
      [...doc.indices].sort((a, b) => a - b),
    );
    assert.ok(doc.indices.every((i) => Number.isInteger(i) && i >= 0 && i <= 0xffffffff));
    assert.equal(doc.indices.length, 2);
    // tf 3 vs 1 with length 4, k1 1.2, b 0.75, average 120: tf(k1 + 1) / (tf + k1(1 - b + b·4/120)).
    const norm = 1.2 * (0.25 + (0.75 * 4) / 120);
    const expected = [(3 * 2.2) / (3 + norm), (1 * 2.2) / (1 + norm)].sort();
    assert.deepEqual(
      [...doc.values].sort().map((v) => v.toFixed(6)),
      expected.map((v) => v.toFixed(6)),
    );
    assert.deepEqual(enc.encodeDocuments(['Pumpe Pumpe Pumpe Ventil'])[0], doc, 'deterministic');
    const q = enc.encodeQuery('Ventil der Pumpe');
    assert.deepEqual(q.values, [1, 1]);
    assert.equal(weightOf(q, doc), 2);
  });

  it('lets a part of a German compound meet the compound (character parts, weighted low)', () => {
    const withParts = new Bm25SparseEncoder();
    const without = new Bm25SparseEncoder({ compoundParts: false });
    const doc = 'Die Kündigungsfrist beträgt drei Monate.';
    assert.equal(weightOf(without.encodeQuery('Frist'), without.encodeDocuments([doc])[0]), 0);
    const q = withParts.encodeQuery('Fristverlängerung');
    const shared = weightOf(q, withParts.encodeDocuments([doc])[0]);
    assert.ok(shared >= 1, 'the 5-gram "frist" is shared');
    assert.notEqual(withParts.id, without.id);
  });
});
