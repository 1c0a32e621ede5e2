import assert from 'node:assert/strict';
import { chunkPointId, contentId, uuidV5 } from '../../../nodes/core/text/point-ids.js';

describe('point ids', () => {
  it('are RFC 9562 version-5 UUIDs, stable per (document, chunk) and distinct otherwise', () => {
    const id = chunkPointId('handbook', 3);
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(chunkPointId('handbook', 3), id);
    assert.notEqual(chunkPointId('handbook', 4), id);
    assert.notEqual(chunkPointId('handbook3', 0), chunkPointId('handbook', 30));
    assert.notEqual(uuidV5('a'), uuidV5('b'));
  });

  it('identify a document without an id by its content', () => {
    assert.equal(contentId('same text'), contentId('same text'));
    assert.notEqual(contentId('same text'), contentId('other text'));
  });
});
