import assert from 'node:assert/strict';

/** A document of a labelled privacy set, as far as the structure checks read it. */
export interface LabelledDocument {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/**
 * The structure every labelled set keeps (test sets 3 to 5 check it the same way): each label lies
 * inside its text, in order and without overlap, on a trimmed value of a known type.
 */
export function assertLabelSpans(docs: LabelledDocument[], types: readonly string[]): void {
  for (const doc of docs) {
    let end = 0;
    for (const e of doc.entities) {
      assert.ok(types.includes(e.type), `${doc.id}: type ${e.type}`);
      assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end), doc.id);
      assert.ok(e.start >= end && e.start < e.end && e.end <= doc.text.length, `${doc.id}: span ${e.start}-${e.end}`);
      const value = doc.text.slice(e.start, e.end);
      assert.equal(value, value.trim(), `${doc.id}: label with spaces around ${JSON.stringify(value)}`);
      end = e.end;
    }
  }
}
