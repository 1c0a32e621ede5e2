import assert from 'node:assert/strict';
import { split } from 'llm-splitter';
import { chunkText, type ChunkOptions } from '../../../nodes/core/text/chunking.js';
import { countTokens } from 'gpt-tokenizer/encoding/cl100k_base';

const sentence = (i: number) => `Sentence number ${i} talks about topic ${i % 7} in some detail.`;
const paragraphs = Array.from({ length: 12 }, (_, p) =>
  Array.from({ length: 3 + (p % 4) }, (_, s) => sentence(p * 10 + s)).join(' '),
).join('\n\n');

/** Offsets of sentence ends in the text (after the terminating period). */
function sentenceEnds(text: string): Set<number> {
  const ends = new Set<number>();
  for (const m of text.matchAll(/\.(?=\s|$)/g)) ends.add((m.index ?? 0) + 1);
  return ends;
}

describe('chunking', () => {
  const options: ChunkOptions = { size: 300, overlap: 80, unit: 'characters' };

  it('keeps every chunk within the size and maps it back to the original text', () => {
    const chunks = chunkText(paragraphs, options);
    assert.ok(chunks.length > 5);
    chunks.forEach((c, i) => {
      assert.equal(c.index, i);
      assert.ok(c.text.length <= 300, `chunk ${i} has ${c.text.length} characters`);
      assert.equal(paragraphs.slice(c.start, c.end), c.text);
    });
  });

  it('breaks only between sentences, and covers the whole text', () => {
    const ends = sentenceEnds(paragraphs);
    const chunks = chunkText(paragraphs, options);
    for (const c of chunks) assert.ok(ends.has(c.end), `chunk ends mid-sentence: …${c.text.slice(-30)}`);
    let covered = 0;
    for (const c of chunks) {
      assert.ok(c.start <= covered + 2, 'no gap between chunks');
      covered = Math.max(covered, c.end);
    }
    assert.equal(covered, paragraphs.length);
  });

  it('overlaps by whole trailing sentences within the overlap budget', () => {
    const chunks = chunkText(paragraphs, options);
    let overlapping = 0;
    for (let i = 1; i < chunks.length; i++) {
      const shared = chunks[i - 1].end - chunks[i].start;
      if (shared > 0) {
        overlapping++;
        assert.ok(shared <= 80 + 1, `overlap of ${shared} characters`);
        assert.ok(sentenceEnds(paragraphs).has(chunks[i - 1].end));
      }
    }
    assert.ok(overlapping > 0);
    assert.equal(
      chunkText(paragraphs, { ...options, overlap: 0 }).every((c, i, all) => i === 0 || c.start >= all[i - 1].end),
      true,
    );
  });

  it('prefers paragraph breaks: a paragraph that fits a chunk is not split', () => {
    const text = ['A'.repeat(50) + '. ' + 'B'.repeat(60) + '.', 'C'.repeat(80) + '. ' + 'D'.repeat(80) + '.'].join(
      '\n\n',
    );
    const chunks = chunkText(text, { size: 200, overlap: 0, unit: 'characters' });
    assert.deepEqual(
      chunks.map((c) => c.text[0]),
      ['A', 'C'],
    );
  });

  it('cuts an over-long sentence between words, and an over-long word hard', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ') + '.';
    const chunks = chunkText(long, { size: 64, overlap: 0, unit: 'characters' });
    assert.ok(chunks.every((c) => c.text.length <= 64));
    assert.ok(
      chunks.every((c) => /^word\d+/.test(c.text)),
      'pieces start at a word',
    );
    const url = 'https://example.com/' + 'x'.repeat(300);
    assert.ok(chunkText(url, { size: 64, overlap: 0, unit: 'characters' }).every((c) => c.text.length <= 64));
  });

  it('keeps "Dr." and "Nr." with their sentence', () => {
    const text = 'Dr. Müller prüft Vertrag Nr. 12 heute. Danach folgt der nächste Schritt im Verfahren.';
    const chunks = chunkText(text, { size: 45, overlap: 0, unit: 'characters' });
    assert.equal(chunks[0].text, 'Dr. Müller prüft Vertrag Nr. 12 heute.');
  });

  it('measures in cl100k tokens when asked', () => {
    const chunks = chunkText(paragraphs, { size: 60, overlap: 10, unit: 'tokens' });
    assert.ok(chunks.every((c) => countTokens(c.text) <= 60));
    assert.ok(chunks.length > chunkText(paragraphs, { size: 300, overlap: 0, unit: 'characters' }).length / 2);
  });

  it('refuses nonsensical options with a message naming the option', () => {
    assert.throws(() => chunkText('x', { size: 0, overlap: 0, unit: 'characters' }), /chunk size/);
    assert.throws(() => chunkText('x', { size: 100, overlap: 60, unit: 'characters' }), /overlap/);
    assert.throws(() => chunkText('x', { size: 100, overlap: 0, unit: 'words' as never }), /unit/);
  });

  it('why not llm-splitter: at the same size it ends chunks mid-sentence where Ragwire does not', () => {
    const ends = sentenceEnds(paragraphs);
    const theirs = split(paragraphs, { chunkSize: 300, chunkOverlap: 0, chunkStrategy: 'paragraph' });
    const trimmedEnd = (end: number) => {
      while (end > 0 && /\s/.test(paragraphs[end - 1])) end--;
      return end;
    };
    const midSentence = theirs.filter((c) => !ends.has(trimmedEnd(c.end)));
    assert.ok(midSentence.length > 0, 'llm-splitter cuts inside sentences when a paragraph exceeds the size');
    const ours = chunkText(paragraphs, { size: 300, overlap: 0, unit: 'characters' });
    assert.equal(ours.filter((c) => !ends.has(c.end)).length, 0);
  });
});
